import { describe, expect, it } from 'vitest';
import {
  makeCompany,
  makeImportRecord,
  makeObjectPayload,
  makeWebhookMapping,
  makeWebhookRecord,
} from '@spiff-sdk/testing';
import { useMockSpiff } from '@spiff-sdk/testing/vitest';
import { createSpiffClient, createWebhookClient } from '../../src/index.js';

const company = makeCompany();
const mapping = makeWebhookMapping();
const spiff = useMockSpiff({ companies: [company], webhooks: [mapping], importDelayMs: null });

/** The operationIds the mock matched since `from`, each with its status and signature verdict. */
const since = (from: number) =>
  spiff.journal.entries.slice(from).map((e) => `${e.operationId} ${e.status} ${e.signature}`);

describe('raw: every operation through the openapi-fetch client, signed by the same pipeline', () => {
  it('the nine company operations', async () => {
    const { raw } = createSpiffClient({
      companyId: company.id,
      secret: company.secret,
      baseUrl: spiff.url,
    });
    const from = spiff.journal.entries.length;
    const IMPORTS = '/api/external_data/{company_id}/imports';
    const OBJECTS = '/api/external_data/{company_id}/objects';
    const job = await raw.POST(IMPORTS, {
      body: { import_target: 'teams', import_action: 'upsert', payload: [makeImportRecord()] },
    });
    const id = job.data!.import.id;
    await raw.GET(`${IMPORTS}/{id}`, { params: { path: { id } } });
    await raw.GET(IMPORTS);
    await raw.POST(`${IMPORTS}/test`, { body: { company_id: company.id } });
    const object = await raw.POST(OBJECTS, { body: { object: makeObjectPayload() } });
    const path = { id: object.data!.object.id };
    await raw.GET(`${OBJECTS}/{id}`, { params: { path } });
    await raw.PUT(`${OBJECTS}/{id}`, { params: { path }, body: { object: makeObjectPayload() } });
    await raw.GET(OBJECTS);
    await raw.DELETE(`${OBJECTS}/{id}`, { params: { path } });
    expect(since(from)).toEqual(
      [
        'createImport',
        'getImport',
        'listImports',
        'testSignature',
        'createObject',
        'getObject',
        'updateObject',
        'listObjects',
        'deleteObject',
      ].map((op) => `${op} 200 valid`),
    );
  });

  it('the five webhook operations', async () => {
    const { raw } = createWebhookClient({ secret: mapping.secret, baseUrl: spiff.url });
    const from = spiff.journal.entries.length;
    const ONE = '/_webhook/mapping/{mapping_id}';
    const path = { mapping_id: mapping.mappingId };
    const [a, b] = [makeWebhookRecord(), makeWebhookRecord()];
    await raw.PUT(ONE, { params: { path }, body: a });
    await raw.DELETE(ONE, { params: { path }, body: { external_id: a.external_id } });
    await raw.PUT(`${ONE}/bulk`, { params: { path }, body: [a, b] });
    await raw.DELETE(`${ONE}/bulk`, { params: { path }, body: [a, b] });
    await raw.PUT(`${ONE}/test`, { params: { path }, body: a });
    expect(since(from)).toEqual(
      ['upsertRecord', 'deleteRecord', 'upsertRecords', 'deleteRecords', 'testWebhook'].map(
        (op) => `${op} 200 valid`,
      ),
    );
  });
});
