import { setupServer } from 'msw/node';
import { afterAll, expect, it } from 'vitest';
import { makeCompany } from '@spiff-sdk/testing';
import { createSpiffHandlers } from '@spiff-sdk/testing/msw';
import { createSpiffClient } from '../src/index.js';

const company = makeCompany();
const spiff = createSpiffHandlers({ companies: [company] });
const server = setupServer(...spiff.handlers);
afterAll(() => {
  server.close();
  spiff.dispose();
});

it('works with msw even when created before server.listen(): fetch is looked up per call', async () => {
  // openapi-fetch alone captures globalThis.fetch at creation (the msw pitfall); our client does not.
  const client = createSpiffClient({ companyId: company.id, secret: company.secret });
  server.listen({ onUnhandledRequest: 'error' });
  expect(await client.imports.testSignature()).toBe(true);
  const { response } = await client.raw.GET('/api/external_data/{company_id}/objects');
  expect(response.status).toBe(200);
});
