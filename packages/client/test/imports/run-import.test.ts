import { afterEach, describe, expect, it } from 'vitest';
import type { ImportRecord } from '@spiff-sdk/types';
import { makeCompany, makeImportRecord } from '@spiff-sdk/testing';
import { useMockSpiff } from '@spiff-sdk/testing/vitest';
import {
  createSpiffClient,
  SpiffImportRunError,
  SpiffServerError,
  SpiffValidationError,
  type ImportRunProgress,
  type ImportRunResult,
} from '../../src/index.js';

const company = makeCompany();
const spiff = useMockSpiff({ companies: [company], importDelayMs: 5 });
const client = (extra: Partial<Parameters<typeof createSpiffClient>[0]> = {}) =>
  createSpiffClient({
    companyId: company.id,
    secret: company.secret,
    baseUrl: spiff.url,
    ...extra,
  });
const records = (n: number) => Array.from({ length: n }, () => makeImportRecord());
const fastPoll = { pollIntervalMs: 5 };

afterEach(() => {
  spiff.faults.clear();
  spiff.journal.clear();
});

/** Every input record is in exactly one chunk, and the counts add up. */
function expectAccountedFor(result: ImportRunResult, total: number) {
  let next = 0;
  for (const chunk of result.imports) {
    expect(chunk.offset).toBe(next);
    next += chunk.records;
  }
  expect(next).toBe(total);
  expect(result.total).toBe(total);
  expect(result.accepted + result.failed + result.unconfirmed).toBe(total);
}

describe('imports.run', () => {
  it('imports an array in chunks, polls each job to the end and accounts for every record', async () => {
    const input = records(2_500);
    const result = await client().imports.run({
      target: 'team_members',
      action: 'upsert',
      records: input,
      ...fastPoll,
    });
    expect(result.imports.map((c) => [c.offset, c.records, c.status])).toEqual([
      [0, 1000, 'success'],
      [1000, 1000, 'success'],
      [2000, 500, 'success'],
    ]);
    expectAccountedFor(result, 2_500);
    expect(result.accepted).toBe(2_500);
    const stored = new Set(
      spiff.state.records(company.id, 'team_members').map((r) => r.externalId),
    );
    expect(input.every((r) => stored.has(r.external_id!))).toBe(true);
    expect(spiff.journal.of('createImport')).toHaveLength(3);
  });

  it('reads a sync or async iterable lazily: never more than one chunk ahead', async () => {
    let produced = 0;
    const readAtSubmit: number[] = [];
    async function* source(): AsyncGenerator<ImportRecord> {
      for (let i = 0; i < 50; i++) {
        produced++;
        yield makeImportRecord();
      }
    }
    const watching = client({
      fetch: async (input, init) => {
        if (init?.method === 'POST') readAtSubmit.push(produced);
        return fetch(input, init);
      },
    });
    const result = await watching.imports.run({
      target: 'teams',
      action: 'upsert',
      records: source(),
      chunkSize: 10,
      ...fastPoll,
    });
    expectAccountedFor(result, 50);
    // The chunker has read the chunk it submits plus at most the record that closed it.
    readAtSubmit.forEach((read, i) => expect(read).toBeLessThanOrEqual((i + 1) * 10 + 1));

    function* sync() {
      yield* records(3);
    }
    expectAccountedFor(
      await client().imports.run({
        target: 'teams',
        action: 'upsert',
        records: sync(),
        ...fastPoll,
      }),
      3,
    );
  });

  it('counts import errors of finished jobs as failed records', async () => {
    const input = [...records(3), { name: 'no id' }, ...records(2)];
    const result = await client().imports.run({
      target: 'teams',
      action: 'upsert',
      records: input,
      chunkSize: 3,
      ...fastPoll,
    });
    expectAccountedFor(result, 6);
    expect(result).toMatchObject({ accepted: 5, failed: 1 });
    expect(result.imports[1]!.errors).toEqual(['Record 0: missing external_id']);
  });

  it('stops when a chunk cannot be submitted and says exactly which records were not sent', async () => {
    let creates = 0;
    const flaky = client({
      fetch: async (input, init) => {
        if (init?.method === 'POST' && ++creates === 2) spiff.faults.add({ status: 503 });
        return fetch(input, init);
      },
    });
    const input = records(25);
    const error = await flaky.imports
      .run({ target: 'teams', action: 'upsert', records: input, chunkSize: 10, ...fastPoll })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpiffImportRunError);
    const { partial } = error as SpiffImportRunError;
    expect((error as SpiffImportRunError).cause).toBeInstanceOf(SpiffServerError);
    expect(partial.imports.map((c) => c.status)).toEqual(['success', 'not_sent']);
    // The chunk that failed, and the one record already read into the next chunk: nothing is lost.
    expect(partial.unsent).toEqual([
      { offset: 10, records: input.slice(10, 20) },
      { offset: 20, records: input.slice(20, 21) },
    ]);
    expect(partial.resumeFrom).toBe(21);
    expect(partial).toMatchObject({ accepted: 10, failed: 11, total: 21 });
    expect(spiff.journal.of('createImport').map((e) => e.status)).toEqual([200, 503]);
  });

  it('stops before a record that cannot be serialized, with the records not sent', async () => {
    const input: ImportRecord[] = [
      ...records(12),
      { external_id: 'big', amount: 10n as unknown as number },
      ...records(5),
    ];
    const error = await client()
      .imports.run({
        target: 'teams',
        action: 'upsert',
        records: input,
        chunkSize: 10,
        ...fastPoll,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpiffImportRunError);
    const { partial, cause } = error as SpiffImportRunError;
    expect(cause).toBeInstanceOf(SpiffValidationError);
    expect((cause as SpiffValidationError).field).toBe('records[12]');
    expect(partial.unsent).toEqual([{ offset: 10, records: input.slice(10, 12) }]);
    expect(partial.resumeFrom).toBe(12);
    expect(partial.accepted + partial.failed).toBe(12);
  });

  it('splits chunks by maxChunkBytes and refuses a record larger than the limit', async () => {
    const input = Array.from({ length: 10 }, (_, i) => ({
      external_id: `b${i}`,
      note: 'x'.repeat(400),
    }));
    const result = await client().imports.run({
      target: 'teams',
      action: 'upsert',
      records: input,
      maxChunkBytes: 1_500,
      ...fastPoll,
    });
    expectAccountedFor(result, 10);
    for (const entry of spiff.journal.of('createImport')) {
      expect(Buffer.byteLength(JSON.stringify(entry.body))).toBeLessThanOrEqual(1_500);
    }
    expect(result.imports.length).toBeGreaterThan(3);
    await expect(
      client().imports.run({
        target: 'teams',
        action: 'upsert',
        records: [{ external_id: 'x', n: 'y'.repeat(2_000) }],
        maxChunkBytes: 1_500,
      }),
    ).rejects.toMatchObject({ cause: { field: 'records[0]' } });
  });

  it('keeps up to `concurrency` jobs in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const counting = client({
      fetch: async (input, init) => {
        if (init?.method === 'POST') peak = Math.max(peak, ++inFlight);
        const response = await fetch(input, init);
        const body = await response.clone().json();
        if (body.imports?.[0]?.status === 'success') inFlight--;
        return response;
      },
    });
    const result = await counting.imports.run({
      target: 'teams',
      action: 'upsert',
      records: records(60),
      chunkSize: 10,
      concurrency: 3,
      ...fastPoll,
    });
    expectAccountedFor(result, 60);
    expect(peak).toBe(3);
  });

  it('reports progress after each job', async () => {
    const seen: ImportRunProgress[] = [];
    await client().imports.run({
      target: 'teams',
      action: 'upsert',
      records: records(25),
      chunkSize: 10,
      onProgress: (p) => seen.push(p),
      ...fastPoll,
    });
    // `total` counts the records read so far: an iterable's length is not known up front.
    expect(seen.map((p) => [p.chunk.offset, p.accepted, p.total])).toEqual([
      [0, 10, 10],
      [10, 20, 20],
      [20, 25, 25],
    ]);
  });

  it('treats an unknown status as running until completed_at is set, or reports a timeout', async () => {
    const job = (status: string, completed_at: string | null) => ({
      id: '6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8',
      status,
      completed_at,
      import_action: 'upsert',
      import_target: 'teams',
      created_at: '2026-12-04T00:00:00Z',
      import_errors: [],
      warnings: [],
    });
    let polls = 0;
    const scripted = (finishAfter: number | null) =>
      createSpiffClient({
        companyId: company.id,
        secret: 's',
        baseUrl: 'http://spiff.test',
        fetch: async (_input, init) => {
          if (init?.method === 'POST') return Response.json({ import: job('queued', null) });
          polls++;
          const done = finishAfter !== null && polls >= finishAfter;
          return Response.json({
            imports: [
              job(done ? 'reviewed' : 'queued_for_review', done ? '2026-12-04T00:01:00Z' : null),
            ],
          });
        },
      });
    const finished = await scripted(3).imports.run({
      target: 'teams',
      action: 'upsert',
      records: records(2),
      pollIntervalMs: 1,
    });
    expect(finished.imports[0]!.status).toBe('reviewed');
    expect(polls).toBe(3);
    const stuck = await scripted(null).imports.run({
      target: 'teams',
      action: 'upsert',
      records: records(2),
      pollIntervalMs: 5,
      timeoutMs: 40,
    });
    expect(stuck.imports[0]).toMatchObject({ status: 'timeout', id: expect.any(String) });
    expect(stuck).toMatchObject({ accepted: 0, unconfirmed: 2, total: 2 });
  });

  it('refuses bad options before sending anything', async () => {
    const run = (o: object) =>
      client().imports.run({ target: 'teams', action: 'upsert', records: [], ...o } as never);
    await expect(run({ target: '' })).rejects.toMatchObject({ field: 'target' });
    await expect(run({ action: 'merge' })).rejects.toMatchObject({ field: 'action' });
    await expect(run({ chunkSize: 0 })).rejects.toMatchObject({ field: 'chunkSize' });
    await expect(run({ records: 42 })).rejects.toMatchObject({ field: 'records' });
    await expect(run({ records: [1] })).rejects.toMatchObject({ cause: { field: 'records[0]' } });
    expect(spiff.journal.entries).toHaveLength(0);
  });

  it('stops at once when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = client().imports.run({
      target: 'teams',
      action: 'upsert',
      records: records(30),
      chunkSize: 10,
      pollIntervalMs: 1_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('cancelled')), 30);
    await expect(pending).rejects.toThrow('cancelled');
  });
});
