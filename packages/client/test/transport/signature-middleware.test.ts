import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import type { paths } from '@spiff-sdk/types';
import { makeCompany, makeWebhookMapping } from '@spiff-sdk/testing';
import { useMockSpiff } from '@spiff-sdk/testing/vitest';
import {
  createSignatureMiddleware,
  SignableRequest,
  type WebhookPaths,
  SpiffValidationError,
} from '../../src/index.js';

const company = makeCompany();
const mapping = makeWebhookMapping();
const spiff = useMockSpiff({ companies: [company], webhooks: [mapping] });

describe('createSignatureMiddleware in a hand-built openapi-fetch client', () => {
  it.each([
    ['with SignableRequest (kept body)', SignableRequest],
    ['with a plain Request (body read from a clone)', Request],
  ])('signs so that Spiff accepts it, %s', async (_name, RequestClass) => {
    const client = createClient<paths>({ baseUrl: spiff.url, Request: RequestClass });
    client.use(createSignatureMiddleware({ secret: company.secret }));
    const params = { path: { company_id: company.id }, header: { Signature: '' } };
    const posted = await client.POST('/api/external_data/{company_id}/imports/test', {
      params,
      body: { company_id: company.id },
    });
    expect(posted.data).toEqual({ success: true });
    const listed = await client.GET('/api/external_data/{company_id}/objects', { params });
    expect(listed.response.status).toBe(200);
    expect(spiff.journal.entries.slice(-2).map((e) => e.signature)).toEqual(['valid', 'valid']);
  });

  it('signs a client typed by WebhookPaths, with no Signature header to pass', async () => {
    const hooks = createClient<WebhookPaths>({ baseUrl: spiff.url, Request: SignableRequest });
    hooks.use(createSignatureMiddleware({ secret: mapping.secret }));
    const { data } = await hooks.PUT('/_webhook/mapping/{mapping_id}', {
      params: { path: { mapping_id: mapping.mappingId } },
      body: { external_id: 'R1' },
    });
    expect(data).toEqual({ ok: true });
  });

  it('refuses an empty secret', () => {
    expect(() => createSignatureMiddleware({ secret: ' ' })).toThrow(SpiffValidationError);
  });
});
