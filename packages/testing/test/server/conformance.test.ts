import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationFixtures } from '../../src/generated/fixtures.js';
import { makeCompany, makeWebhookMapping } from '../../src/fixtures/factories.js';
import { startMockSpiff, type MockSpiffServer } from '../../src/server/start-mock-spiff.js';
import { SpecValidator } from '../../src/validation/spec-validator.js';
import { openapiDocument } from '../../src/generated/openapi-document.js';
import { signedFetch } from '../signed-fetch.js';

/** Known-answer vectors computed by OpenSSL, committed in the signature package. */
const vectors: Array<{
  name: string;
  secret: string;
  timestamp: number;
  body: string;
  header: string;
}> = JSON.parse(
  readFileSync(new URL('../../../signature/test/vectors/vectors.json', import.meta.url), 'utf8'),
);

const company = makeCompany();
const mapping = makeWebhookMapping();
const validator = new SpecValidator(openapiDocument);
let spiff: MockSpiffServer;

beforeAll(async () => {
  spiff = await startMockSpiff({ companies: [company], webhooks: [mapping], importDelayMs: null });
});
afterAll(() => spiff.close());

/** Every operation, called once with its fixture request, in an order that makes each succeed. */
const calls: Array<[string, string, string, unknown?]> = [
  ['testSignature', 'POST', '/imports/test', { company_id: company.id }],
  ['createObject', 'POST', '/objects', operationFixtures.createObject.request],
  ['listObjects', 'GET', '/objects'],
  ['getObject', 'GET', '/objects/{object}'],
  ['updateObject', 'PUT', '/objects/{object}', operationFixtures.updateObject.request],
  ['deleteObject', 'DELETE', '/objects/{object}'],
  [
    'createImport',
    'POST',
    '/imports',
    { ...operationFixtures.createImport.request, import_target: 'team_members' },
  ],
  ['listImports', 'GET', '/imports'],
  ['getImport', 'GET', '/imports/{import}'],
  ['upsertRecord', 'PUT', '/_webhook', operationFixtures.upsertRecord.request],
  ['deleteRecord', 'DELETE', '/_webhook', operationFixtures.deleteRecord.request],
  ['upsertRecords', 'PUT', '/_webhook/bulk', operationFixtures.upsertRecords.request],
  ['deleteRecords', 'DELETE', '/_webhook/bulk', operationFixtures.deleteRecords.request],
  ['testWebhook', 'PUT', '/_webhook/test', operationFixtures.testWebhook.request],
];

describe('every operation against the mock', () => {
  const ids: Record<string, string> = {};
  it.each(calls)(
    '%s answers 200 with a body valid against the spec',
    async (operationId, method, path, body) => {
      const webhook = path.startsWith('/_webhook');
      const resolved = path
        .replace('{object}', ids.object ?? '')
        .replace('{import}', ids.import ?? '');
      const url = webhook
        ? `${spiff.url}/_webhook/mapping/${mapping.mappingId}${resolved.slice('/_webhook'.length)}`
        : `${spiff.url}/api/external_data/${company.id}${resolved}`;
      const res = await signedFetch(url, {
        method,
        body,
        secret: webhook ? mapping.secret : company.secret,
      });
      expect(res.status, res.text).toBe(200);
      expect(spiff.journal.last?.operationId).toBe(operationId);
      expect(validator.response(operationId, res.status, res.json)).toEqual([]);
      if (operationId === 'createObject') ids.object = res.json.object.id;
      if (operationId === 'createImport') ids.import = res.json.import.id;
    },
  );

  it('answers errors whose bodies are valid against the spec too', async () => {
    const unauthorized = await signedFetch(`${spiff.url}/api/external_data/${company.id}/objects`, {
      secret: 'wrong',
    });
    expect(validator.response('listObjects', unauthorized.status, unauthorized.json)).toEqual([]);
    const invalid = await signedFetch(`${spiff.url}/_webhook/mapping/${mapping.mappingId}/bulk`, {
      method: 'PUT',
      body: [{}],
      secret: mapping.secret,
    });
    expect(invalid.status).toBe(422);
    expect(validator.response('upsertRecords', invalid.status, invalid.json)).toEqual([]);
  });
});

describe('an independent implementation', () => {
  const vector = vectors.find((v) => v.name === 'seed test body')!;
  const vectorCompany = { id: JSON.parse(vector.body).company_id, secret: vector.secret };

  it('signs requests the mock accepts, and a tampered body is rejected', async () => {
    const mock = await startMockSpiff({
      companies: [vectorCompany],
      now: () => vector.timestamp * 1000,
    });
    try {
      const send = (body: string) =>
        fetch(`${mock.url}/api/external_data/${vectorCompany.id}/imports/test`, {
          method: 'POST',
          headers: { signature: vector.header, 'content-type': 'application/json' },
          body,
        });
      expect((await send(vector.body)).status).toBe(200);
      expect((await send(vector.body.replace('0a5d', '1a5d'))).status).toBe(401);
      expect(mock.journal.entries.map((e) => e.signature)).toEqual(['valid', 'mismatch']);
    } finally {
      await mock.close();
    }
  });
});
