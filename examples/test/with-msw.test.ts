/**
 * Testing with msw, for suites that mock fetch in-process (Jest-style). The handlers behave like
 * the mock server. The SDK's clients look `fetch` up at call time, so they may be created before
 * `server.listen()`.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWebhookClient, SpiffAuthenticationError } from '@spiff-sdk/client';
import { makeWebhookMapping } from '@spiff-sdk/testing';
import { createSpiffHandlers } from '@spiff-sdk/testing/msw';

const mapping = makeWebhookMapping();
const spiff = createSpiffHandlers({ webhooks: [mapping] }); // intercepts https://app.spiff.com
const server = setupServer(...spiff.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  spiff.dispose();
});

it('upserts through the webhook API as if Spiff were there', async () => {
  const hooks = createWebhookClient({ secret: mapping.secret }); // the default host, app.spiff.com
  await hooks.upsert(mapping.mappingId, { external_id: 'OPP-7', name: 'Globex expansion' });
  expect(spiff.state.webhookRecords(mapping.mappingId)).toEqual([
    { external_id: 'OPP-7', name: 'Globex expansion' },
  ]);
});

it('rejects the wrong secret like Spiff does', async () => {
  const hooks = createWebhookClient({ secret: 'a-company-secret-by-mistake' });
  await expect(hooks.upsert(mapping.mappingId, { external_id: 'OPP-8' })).rejects.toBeInstanceOf(
    SpiffAuthenticationError,
  );
});
