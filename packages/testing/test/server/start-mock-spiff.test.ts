import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signPayload } from '@spiff-sdk/signature';
import {
  makeCompany,
  makeImportRecord,
  makeObjectPayload,
  makeWebhookMapping,
  makeWebhookRecord,
} from '../../src/fixtures/factories.js';
import { startMockSpiff, type MockSpiffServer } from '../../src/server/start-mock-spiff.js';
import { signedFetch } from '../signed-fetch.js';

const company = makeCompany();
const mapping = makeWebhookMapping();
let spiff: MockSpiffServer;
const api = (path = '') => `${spiff.url}/api/external_data/${company.id}${path}`;
const hook = (path = '') => `${spiff.url}/_webhook/mapping/${mapping.mappingId}${path}`;
const asCompany = (url: string, init: { method?: string; body?: unknown } = {}) =>
  signedFetch(url, { ...init, secret: company.secret });
const asWebhook = (url: string, init: { method?: string; body?: unknown } = {}) =>
  signedFetch(url, { ...init, secret: mapping.secret });

beforeAll(async () => {
  spiff = await startMockSpiff({ companies: [company], webhooks: [mapping], importDelayMs: null });
});
afterAll(() => spiff.close());
afterEach(() => spiff.faults.clear());

describe('signatures', () => {
  it('accepts a request signed with the company secret', async () => {
    const res = await asCompany(api('/imports/test'), {
      method: 'POST',
      body: { company_id: company.id },
    });
    expect(res).toMatchObject({ status: 200, json: { success: true } });
    expect(spiff.journal.last).toMatchObject({ operationId: 'testSignature', signature: 'valid' });
  });

  it.each([
    ['missing', null, 'missing'],
    ['malformed', 't=1,v1=zz', 'malformed'],
    ['wrong', 't=1,v1=' + '0'.repeat(64), 'mismatch'],
  ])('answers 401 to a %s signature', async (_name, signature, verdict) => {
    const res = await signedFetch(api('/imports'), { secret: company.secret, signature });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: 'Could not validate HMAC Signature' });
    expect(spiff.journal.last?.signature).toBe(verdict);
  });

  it("answers 401 to an expired signature and to the other family's secret", async () => {
    const stale = await signedFetch(api('/imports'), {
      secret: company.secret,
      timestamp: Math.floor(Date.now() / 1000) - 301,
    });
    expect(stale.status).toBe(401);
    expect(spiff.journal.last?.signature).toBe('expired');
    const wrongSecret = await signedFetch(hook('/test'), {
      method: 'PUT',
      body: makeWebhookRecord(),
      secret: company.secret,
    });
    expect(wrongSecret.status).toBe(401);
  });

  it('verifies the exact bytes: a body re-serialized after signing is refused', async () => {
    const body = JSON.stringify({ company_id: company.id });
    const signature = await signPayload(company.secret, body);
    const res = await fetch(api('/imports/test'), {
      method: 'POST',
      headers: { signature, 'content-type': 'application/json' },
      body: JSON.stringify(JSON.parse(body), null, 2),
    });
    expect(res.status).toBe(401);
  });
});

describe("Spiff's own errors", () => {
  it('404s an unknown company, 400s an unknown mapping, 404s an unknown path', async () => {
    const other = makeCompany();
    const unknownCompany = await signedFetch(`${spiff.url}/api/external_data/${other.id}/imports`, {
      secret: other.secret,
    });
    expect(unknownCompany).toMatchObject({
      status: 404,
      json: { error: 'Unable to find the company' },
    });
    const unknownMapping = await signedFetch(`${spiff.url}/_webhook/mapping/nope`, {
      method: 'PUT',
      body: makeWebhookRecord(),
      secret: mapping.secret,
    });
    expect(unknownMapping).toMatchObject({ status: 400, json: { error: 'Invalid mapping id' } });
    const unknownPath = await asCompany(`${spiff.url}/api/v2/nothing`);
    expect(unknownPath).toMatchObject({ status: 404, json: { error: 'Page not found' } });
    expect(spiff.journal.last?.operationId).toBeUndefined();
  });

  it('404s an import into an object that does not exist', async () => {
    const res = await asCompany(api('/imports'), {
      method: 'POST',
      body: {
        import_target: '0a5de148-4864-41f3-bd59-03ee50435e14',
        import_action: 'upsert',
        payload: [],
      },
    });
    expect(res).toMatchObject({
      status: 404,
      json: { error: 'Unable to find the object for the import' },
    });
  });
});

describe('validation against the spec', () => {
  it('answers 422 naming the field, for imports and for webhooks', async () => {
    const badImport = await asCompany(api('/imports'), {
      method: 'POST',
      body: { import_target: 'teams', import_action: 'merge', payload: [] },
    });
    expect(badImport.status).toBe(422);
    expect(badImport.json.error).toMatch(
      /^Invalid request: \/import_action must be equal to one of/,
    );
    const badRecord = await asWebhook(hook(), { method: 'PUT', body: { name: 'no id' } });
    expect(badRecord.status).toBe(422);
    expect(badRecord.json.error).toContain('/external_id');
    expect(badRecord.json.details).toEqual([
      { field: '/external_id', message: "must have required property 'external_id'" },
    ]);
    const notJson = await asWebhook(hook('/bulk'), { method: 'PUT', body: '{not json' });
    expect(notJson.status).toBe(422);
  });
});

describe('imports', () => {
  it('runs a job: pending, then success on advance(), records upserted then soft-deleted', async () => {
    const records = [makeImportRecord(), makeImportRecord()];
    const created = await asCompany(api('/imports'), {
      method: 'POST',
      body: { import_target: 'team_members', import_action: 'upsert', payload: records },
    });
    expect(created.status).toBe(200);
    expect(created.json.import).toMatchObject({ status: 'pending', completed_at: null });
    expect(spiff.state.advance()).toBe(1);
    const done = await asCompany(api(`/imports/${created.json.import.id}`));
    expect(done.json.imports[0]).toMatchObject({ status: 'success', import_errors: [] });
    expect(spiff.state.records(company.id, 'team_members').map((r) => r.externalId)).toEqual(
      expect.arrayContaining(records.map((r) => r.external_id)),
    );

    await asCompany(api('/imports'), {
      method: 'POST',
      body: { import_target: 'team_members', import_action: 'delete', payload: [records[0]] },
    });
    spiff.state.advance();
    const kept = spiff.state.records(company.id, 'team_members').map((r) => r.externalId);
    expect(kept).not.toContain(records[0]!.external_id);
    const all = spiff.state.records(company.id, 'team_members', { includeDeleted: true });
    expect(all.find((r) => r.externalId === records[0]!.external_id)?.deleted).toBe(true);
  });

  it('reports a record without external_id in import_errors', async () => {
    const created = await asCompany(api('/imports'), {
      method: 'POST',
      body: {
        import_target: 'teams',
        import_action: 'upsert',
        payload: [{ name: 'x' }, makeImportRecord()],
      },
    });
    spiff.state.advance();
    const got = await asCompany(api(`/imports/${created.json.import.id}`));
    expect(got.json.imports[0].status).toBe('success');
    expect(got.json.imports[0].import_errors).toEqual(['Record 0: missing external_id']);
    const listed = await asCompany(api('/imports'));
    expect(listed.json.imports.map((i: { id: string }) => i.id)).toContain(created.json.import.id);
  });

  it('loses no record across a hundred concurrent import jobs', async () => {
    const batches = Array.from({ length: 100 }, () => [makeImportRecord(), makeImportRecord()]);
    const answers = await Promise.all(
      batches.map((payload) =>
        asCompany(api('/imports'), {
          method: 'POST',
          body: { import_target: 'sub_teams', import_action: 'upsert', payload },
        }),
      ),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(spiff.state.advance()).toBe(100);
    const stored = new Set(spiff.state.records(company.id, 'sub_teams').map((r) => r.externalId));
    expect(batches.flat().filter((r) => !stored.has(r.external_id!))).toEqual([]);
  });

  it('completes jobs by itself after importDelayMs', async () => {
    const auto = await startMockSpiff({ companies: [company], importDelayMs: 5 });
    try {
      const created = await signedFetch(`${auto.url}/api/external_data/${company.id}/imports`, {
        method: 'POST',
        body: { import_target: 'teams', import_action: 'upsert', payload: [makeImportRecord()] },
        secret: company.secret,
      });
      await new Promise((r) => setTimeout(r, 30));
      expect(auto.state.import(company.id, created.json.import.id)?.status).toBe('success');
    } finally {
      await auto.close();
    }
  });
});

describe('objects', () => {
  it('creates, reads, updates, lists and deletes an object; refuses to delete a non-empty one', async () => {
    const created = await asCompany(api('/objects'), {
      method: 'POST',
      body: { object: makeObjectPayload() },
    });
    expect(created.status).toBe(200);
    const id = created.json.object.id;
    expect((await asCompany(api(`/objects/${id}`))).json.object.label).toBe('Opportunity');
    const updated = await asCompany(api(`/objects/${id}`), {
      method: 'PUT',
      body: { object: { label: 'Deal', fields: [{ label: 'Stage', type: 'text' }] } },
    });
    expect(updated.json.object).toMatchObject({ id, label: 'Deal' });
    expect(
      (await asCompany(api('/objects'))).json.objects.map((o: { id: string }) => o.id),
    ).toContain(id);

    await asCompany(api('/imports'), {
      method: 'POST',
      body: { import_target: id, import_action: 'upsert', payload: [makeImportRecord()] },
    });
    spiff.state.advance();
    const refused = await asCompany(api(`/objects/${id}`), { method: 'DELETE' });
    expect(refused.status).toBe(422);

    const empty = await asCompany(api('/objects'), {
      method: 'POST',
      body: { object: makeObjectPayload() },
    });
    const deleted = await asCompany(api(`/objects/${empty.json.object.id}`), { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect((await asCompany(api(`/objects/${empty.json.object.id}`))).status).toBe(404);
  });
});

describe('webhooks', () => {
  it('upserts and deletes single and bulk records; test stores nothing', async () => {
    const one = makeWebhookRecord();
    const many = [makeWebhookRecord(), makeWebhookRecord(), makeWebhookRecord()];
    expect((await asWebhook(hook(), { method: 'PUT', body: one })).json).toEqual({ ok: true });
    expect((await asWebhook(hook('/bulk'), { method: 'PUT', body: many })).status).toBe(200);
    const ids = () => spiff.state.webhookRecords(mapping.mappingId).map((r) => r.external_id);
    expect(ids()).toEqual(
      expect.arrayContaining([one.external_id, ...many.map((r) => r.external_id)]),
    );
    await asWebhook(hook(), { method: 'DELETE', body: { external_id: one.external_id } });
    await asWebhook(hook('/bulk'), { method: 'DELETE', body: many.slice(0, 2) });
    expect(ids()).not.toContain(one.external_id);
    expect(ids()).toContain(many[2]!.external_id);
    const before = ids().length;
    expect(
      (await asWebhook(hook('/test'), { method: 'PUT', body: makeWebhookRecord() })).status,
    ).toBe(200);
    expect(ids()).toHaveLength(before);
  });

  it('loses no record under hundreds of concurrent requests', async () => {
    const records = Array.from({ length: 300 }, () => makeWebhookRecord());
    const statuses = await Promise.all(
      records.map((r) => asWebhook(hook(), { method: 'PUT', body: r })),
    );
    expect(statuses.every((s) => s.status === 200)).toBe(true);
    const stored = new Set(spiff.state.webhookRecords(mapping.mappingId).map((r) => r.external_id));
    expect(records.filter((r) => !stored.has(r.external_id))).toEqual([]);
  });
});

describe('faults', () => {
  it('answers a queued status with Retry-After for the next N matching requests only', async () => {
    spiff.faults.add({
      match: { operationId: 'listImports' },
      status: 503,
      retryAfter: 2,
      times: 2,
    });
    const first = await asCompany(api('/imports'));
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect((await asCompany(api('/objects'))).status).toBe(200);
    expect((await asCompany(api('/imports'))).status).toBe(503);
    expect((await asCompany(api('/imports'))).status).toBe(200);
    expect(spiff.faults.pending).toBe(0);
  });

  it('resets the connection', async () => {
    spiff.faults.add({ reset: true });
    await expect(asCompany(api('/imports'))).rejects.toThrow();
    expect(spiff.journal.last?.fault).toBe('reset');
  });

  it('delays, truncates or breaks the JSON of an answer after processing the request', async () => {
    spiff.faults.add({ latencyMs: 60 });
    const started = performance.now();
    expect((await asCompany(api('/imports'))).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);

    const record = makeWebhookRecord();
    spiff.faults.add({ body: 'truncated', match: { method: 'PUT' } });
    const truncated = await asWebhook(hook(), { method: 'PUT', body: record });
    expect(truncated.json).toBeUndefined();
    expect(truncated.text).toBe('{"ok"');
    expect(spiff.state.webhookRecords(mapping.mappingId).map((r) => r.external_id)).toContain(
      record.external_id,
    );

    spiff.faults.add({ body: 'invalid-json' });
    const invalid = await asCompany(api('/imports'));
    expect(invalid.status).toBe(200);
    expect(invalid.json).toBeUndefined();
  });
});

describe('journal', () => {
  it('records each request without the secret or the Signature header', async () => {
    spiff.journal.clear();
    await asCompany(api('/imports/test'), { method: 'POST', body: { company_id: company.id } });
    await asWebhook(hook('/test'), { method: 'PUT', body: makeWebhookRecord() });
    expect(spiff.journal.entries).toHaveLength(2);
    expect(spiff.journal.of('testSignature')[0]).toMatchObject({
      method: 'POST',
      status: 200,
      signature: 'valid',
      body: { company_id: company.id },
    });
    const dump = JSON.stringify(spiff.journal.entries);
    expect(dump).not.toContain(company.secret);
    expect(dump).not.toContain(mapping.secret);
    expect(dump).not.toMatch(/v1=/);
  });
});

describe('journal limit', () => {
  it('keeps only the newest journalLimit entries', async () => {
    const small = await startMockSpiff({ companies: [company], journalLimit: 3 });
    try {
      for (let i = 0; i < 5; i++)
        await signedFetch(`${small.url}/nope/${i}`, { secret: company.secret });
      expect(small.journal.entries.map((e) => e.path)).toEqual(['/nope/2', '/nope/3', '/nope/4']);
    } finally {
      await small.close();
    }
  });
});
