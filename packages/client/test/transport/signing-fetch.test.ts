import { afterEach, describe, expect, it } from 'vitest';
import { verifySignature } from '@spiff-sdk/signature';
import {
  makeCompany,
  makeObjectPayload,
  makeWebhookMapping,
  makeWebhookRecord,
} from '@spiff-sdk/testing';
import { useMockSpiff } from '@spiff-sdk/testing/vitest';
import {
  createSpiffClient,
  createWebhookClient,
  SpiffConnectionError,
  SpiffRateLimitError,
  SpiffServerError,
  SpiffTimeoutError,
} from '../../src/index.js';

const company = makeCompany();
const mapping = makeWebhookMapping();
const spiff = useMockSpiff({ companies: [company], webhooks: [mapping] });
const fast = { baseDelayMs: 1, maxDelayMs: 5 };
const client = (extra: Partial<Parameters<typeof createSpiffClient>[0]> = {}) =>
  createSpiffClient({
    companyId: company.id,
    secret: company.secret,
    baseUrl: spiff.url,
    retry: fast,
    ...extra,
  });

afterEach(() => {
  spiff.faults.clear();
  spiff.journal.clear();
});

describe('retries', () => {
  it('retries an idempotent call on 500–504, signing every attempt afresh', async () => {
    let clock = Date.now();
    const signatures: string[] = [];
    const spiffClient = client({
      now: () => (clock += 1_000),
      fetch: async (input, init) => {
        signatures.push(new Headers(init?.headers).get('signature')!);
        return fetch(input, init);
      },
    });
    spiff.faults.add({ status: 503, times: 2 });
    expect(await spiffClient.objects.list()).toEqual(expect.any(Array));
    const stamps = signatures.map((s) => Number(/t=(\d+)/.exec(s)![1]));
    expect(stamps).toHaveLength(3);
    expect(stamps[1]!).toBeGreaterThan(stamps[0]!);
    expect(stamps[2]!).toBeGreaterThan(stamps[1]!);
    expect(spiff.journal.entries.map((e) => e.status)).toEqual([503, 503, 200]);
  });

  it('succeeds after transient failures within maxRetries', async () => {
    spiff.faults.add({ status: 502 }).add({ status: 504 });
    expect(await client().objects.list()).toEqual(expect.any(Array));
    expect(spiff.journal.entries.map((e) => e.status)).toEqual([502, 504, 200]);
    expect(spiff.journal.last?.signature).toBe('valid');
  });

  it('gives up after maxRetries and throws the typed error', async () => {
    spiff.faults.add({ status: 500, times: 5 });
    await expect(
      client({ retry: { ...fast, maxRetries: 1 } }).objects.list(),
    ).rejects.toBeInstanceOf(SpiffServerError);
    expect(spiff.journal.entries).toHaveLength(2);
  });

  it('honours Retry-After on 429 (seconds), and reports it when retries run out', async () => {
    spiff.faults.add({ status: 429, retryAfter: 1 });
    const started = Date.now();
    await client().imports.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    spiff.faults.add({ status: 429, retryAfter: 7 });
    const error = await client({ retry: { maxRetries: 0 } })
      .imports.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpiffRateLimitError);
    expect(error).toMatchObject({ retryAfterSeconds: 7 });
  });

  it('retries 408 and connection resets, and retries webhook PUT and DELETE', async () => {
    spiff.faults.add({ status: 408 }).add({ reset: true });
    expect(await client().objects.list()).toEqual(expect.any(Array));
    const hooks = createWebhookClient({ secret: mapping.secret, baseUrl: spiff.url, retry: fast });
    spiff.faults.add({ reset: true, match: { method: 'DELETE' } });
    spiff.faults.add({ status: 503, match: { method: 'PUT' } });
    const record = makeWebhookRecord();
    await hooks.upsert(mapping.mappingId, record);
    await hooks.delete(mapping.mappingId, record);
    expect(spiff.journal.entries.filter((e) => e.status === 200)).toHaveLength(3);
  });

  it('never retries a POST that creates something, unless nonIdempotent is set', async () => {
    spiff.faults.add({ status: 503, match: { operationId: 'createObject' } });
    await expect(client().objects.create(makeObjectPayload())).rejects.toBeInstanceOf(
      SpiffServerError,
    );
    expect(spiff.journal.of('createObject')).toHaveLength(1);
    spiff.faults.add({ reset: true, match: { operationId: 'createImport' } });
    await expect(
      client().imports.create({ import_target: 'teams', import_action: 'upsert', payload: [] }),
    ).rejects.toBeInstanceOf(SpiffConnectionError);
    expect(spiff.journal.of('createImport')).toHaveLength(1);

    spiff.faults.add({ status: 503, match: { operationId: 'createObject' } });
    const retried = client({ retry: { ...fast, nonIdempotent: true } });
    expect(await retried.objects.create(makeObjectPayload())).toHaveProperty('id');
    expect(spiff.journal.of('createObject').map((e) => e.status)).toEqual([503, 503, 200]);
  });

  it('retries the signature test, a POST that stores nothing', async () => {
    spiff.faults.add({ status: 503, match: { operationId: 'testSignature' } });
    expect(await client().imports.testSignature()).toBe(true);
  });

  it('does not retry 400, 401, 404 or 422', async () => {
    for (const status of [400, 401, 404, 422]) spiff.faults.add({ status });
    for (let i = 0; i < 4; i++)
      await expect(client().objects.list()).rejects.toHaveProperty('status');
    expect(spiff.journal.entries.map((e) => e.status)).toEqual([400, 401, 404, 422]);
  });
});

describe('timeouts and cancellation', () => {
  it('times out each attempt, retries, then throws SpiffTimeoutError', async () => {
    spiff.faults.add({ latencyMs: 300, times: 2 });
    const error = await client({ timeoutMs: 50, retry: { ...fast, maxRetries: 1 } })
      .objects.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpiffTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, attempts: 2, method: 'GET' });
  });

  it("a caller's signal cancels at once, even during a retry wait", async () => {
    spiff.faults.add({ status: 503, times: 3 });
    const controller = new AbortController();
    const slow = client({ retry: { baseDelayMs: 5_000, maxDelayMs: 5_000 } });
    const pending = slow.objects.list({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 50);
    const started = Date.now();
    await expect(pending).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a truncated or non-JSON answer is a SpiffConnectionError, not a crash', async () => {
    spiff.faults.add({ body: 'truncated' });
    await expect(client().objects.list()).rejects.toThrow(/cut off or is not JSON/);
    spiff.faults.add({ body: 'invalid-json' });
    await expect(client().objects.list()).rejects.toBeInstanceOf(SpiffConnectionError);
  });
});

describe('the signature on the wire', () => {
  it('covers the exact bytes sent, and a bodyless GET signs "<t>."', async () => {
    const seen: Array<{ body: string; signature: string }> = [];
    const spiffClient = client({
      fetch: async (input, init) => {
        seen.push({
          body: (init?.body as string) ?? '',
          signature: new Headers(init?.headers).get('signature')!,
        });
        return fetch(input, init);
      },
    });
    await spiffClient.objects.create({ label: 'Zoë — 日本', fields: [] });
    await spiffClient.objects.list();
    for (const { body, signature } of seen) {
      await expect(
        verifySignature({ header: signature, body, secret: company.secret }),
      ).resolves.toBeDefined();
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    }
    expect(seen[1]!.body).toBe('');
  });
});
