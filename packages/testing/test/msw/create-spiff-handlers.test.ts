import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCompany,
  makeWebhookMapping,
  makeWebhookRecord,
} from '../../src/fixtures/factories.js';
import { createSpiffHandlers } from '../../src/msw/create-spiff-handlers.js';
import { signedFetch } from '../signed-fetch.js';

const company = makeCompany();
const mapping = makeWebhookMapping();
const spiff = createSpiffHandlers({
  companies: [company],
  webhooks: [mapping],
  baseUrl: 'https://eu.spiff.com',
});
const server = setupServer(...spiff.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  spiff.dispose();
});

describe('createSpiffHandlers', () => {
  it('behaves like the mock server: signed requests pass, bad ones get 401, state is kept', async () => {
    const record = makeWebhookRecord();
    const url = `https://eu.spiff.com/_webhook/mapping/${mapping.mappingId}`;
    expect(
      (await signedFetch(url, { method: 'PUT', body: record, secret: mapping.secret })).status,
    ).toBe(200);
    expect(spiff.state.webhookRecords(mapping.mappingId)).toEqual([record]);
    const wrong = await signedFetch(url, { method: 'PUT', body: record, secret: company.secret });
    expect(wrong).toMatchObject({
      status: 401,
      json: { error: 'Could not validate HMAC Signature' },
    });
    const imports = await signedFetch(
      `https://eu.spiff.com/api/external_data/${company.id}/imports`,
      {
        secret: company.secret,
      },
    );
    expect(imports).toMatchObject({ status: 200, json: { imports: [] } });
    expect(spiff.journal.entries.map((e) => e.status)).toEqual([200, 401, 200]);
  });

  it('injects faults, including a network error for a reset', async () => {
    spiff.faults.add({ status: 429, retryAfter: 1 }).add({ reset: true });
    const url = `https://eu.spiff.com/api/external_data/${company.id}/objects`;
    const limited = await signedFetch(url, { secret: company.secret });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    await expect(signedFetch(url, { secret: company.secret })).rejects.toThrow(
      /fetch failed|Failed to fetch/,
    );
  });
});
