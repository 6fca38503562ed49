import { afterEach, describe, expect, it } from 'vitest';
import { makeCompany, makeWebhookMapping, makeWebhookRecord } from '@spiff-sdk/testing';
import { useMockSpiff } from '@spiff-sdk/testing/vitest';
import {
  createWebhookClient,
  SpiffAuthenticationError,
  SpiffBadRequestError,
  SpiffValidationError,
} from '../src/index.js';

const company = makeCompany();
const mapping = makeWebhookMapping();
const spiff = useMockSpiff({ companies: [company], webhooks: [mapping] });
const hooks = () => createWebhookClient({ secret: mapping.secret, baseUrl: spiff.url });
const stored = () => spiff.state.webhookRecords(mapping.mappingId).map((r) => r.external_id);

afterEach(() => spiff.faults.clear());

describe('createWebhookClient: every webhook operation in one line', () => {
  it('upsert, delete, test', async () => {
    const client = hooks();
    const record = makeWebhookRecord();
    expect(await client.upsert(mapping.mappingId, record)).toEqual({ ok: true });
    expect(stored()).toContain(record.external_id);
    expect(await client.delete(mapping.mappingId, { external_id: record.external_id })).toEqual({
      ok: true,
    });
    expect(stored()).not.toContain(record.external_id);
    const probe = makeWebhookRecord();
    expect(await client.test(mapping.mappingId, probe)).toEqual({ ok: true });
    expect(stored()).not.toContain(probe.external_id);
  });

  it('upsertMany and deleteMany split into batches and report each', async () => {
    const client = hooks();
    const records = Array.from({ length: 7 }, () => makeWebhookRecord());
    const upserted = await client.upsertMany(mapping.mappingId, records, { batchSize: 3 });
    expect(upserted).toMatchObject({ accepted: 7, failed: 0, total: 7 });
    expect(upserted.batches.map((b) => [b.offset, b.count, b.ok])).toEqual([
      [0, 3, true],
      [3, 3, true],
      [6, 1, true],
    ]);
    expect(
      spiff.journal
        .of('upsertRecords')
        .slice(-3)
        .map((e) => (e.body as unknown[]).length),
    ).toEqual([3, 3, 1]);
    expect(stored()).toEqual(expect.arrayContaining(records.map((r) => r.external_id)));

    spiff.faults.add({ match: { operationId: 'deleteRecords' }, status: 422 });
    const deleted = await client.deleteMany(mapping.mappingId, records, { batchSize: 3 });
    expect(deleted).toMatchObject({ accepted: 4, failed: 3, total: 7 });
    expect(deleted.batches[0]).toMatchObject({
      offset: 0,
      count: 3,
      ok: false,
      error: { status: 422 },
    });
    expect(stored()).toEqual(expect.arrayContaining(records.slice(0, 3).map((r) => r.external_id)));
  });

  it('raw: the openapi-fetch client for webhook paths, signing', async () => {
    const { raw } = hooks();
    const record = makeWebhookRecord();
    const { data, response } = await raw.PUT('/_webhook/mapping/{mapping_id}', {
      params: { path: { mapping_id: mapping.mappingId } },
      body: record,
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true });
  });
});

describe('errors and scope', () => {
  it('a 400 for an unknown mapping, a 401 for the company secret', async () => {
    await expect(hooks().upsert('no-such-mapping', makeWebhookRecord())).rejects.toBeInstanceOf(
      SpiffBadRequestError,
    );
    const wrong = createWebhookClient({ secret: company.secret, baseUrl: spiff.url });
    await expect(wrong.upsert(mapping.mappingId, makeWebhookRecord())).rejects.toBeInstanceOf(
      SpiffAuthenticationError,
    );
  });

  it('refuses records without external_id before sending anything', async () => {
    const before = spiff.journal.entries.length;
    const client = hooks();
    await expect(client.upsert(mapping.mappingId, { name: 'x' } as never)).rejects.toThrow(
      expect.objectContaining({ field: 'record.external_id' }),
    );
    const records = [makeWebhookRecord(), { external_id: '' }, makeWebhookRecord()];
    await expect(client.upsertMany(mapping.mappingId, records)).rejects.toThrow(
      expect.objectContaining({ field: 'records[1].external_id' }),
    );
    await expect(client.upsert('', makeWebhookRecord())).rejects.toBeInstanceOf(
      SpiffValidationError,
    );
    expect(spiff.journal.entries.length).toBe(before);
  });

  it('a webhook client cannot reach company paths', async () => {
    const { raw } = hooks();
    // @ts-expect-error company paths are not in the webhook client's paths
    const attempt = raw.GET('/api/external_data/{company_id}/imports', {
      params: { path: { company_id: company.id } },
    });
    await expect(attempt).rejects.toThrow(/not a webhook path.*createSpiffClient/);
  });
});
