import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCompany, makeWebhookMapping } from '@spiff-sdk/testing';
import { useMockSpiff } from '@spiff-sdk/testing/vitest';
import { createSpiffClient, createWebhookClient, SpiffError } from '../../src/index.js';

const company = makeCompany({ secret: 'company-secret-7f3a9c' });
const mapping = makeWebhookMapping({ secret: 'webhook-secret-1b2d4e' });
const spiff = useMockSpiff({ companies: [company], webhooks: [mapping] });

/** A hostile server that echoes the Signature header and the client's secret in every error. */
let echo: ReturnType<typeof createServer>;
let echoUrl: string;
beforeAll(async () => {
  echo = createServer((req, res) => {
    res.writeHead(req.url?.includes('objects') ? 500 : 401, { 'content-type': 'application/json' });
    const secret = req.url?.startsWith('/_webhook/') ? mapping.secret : company.secret;
    res.end(
      JSON.stringify({
        error: `bad signature ${req.headers.signature} for secret ${secret}`,
        details: [{ field: 'header', message: String(req.headers.signature) }],
      }),
    );
  });
  await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => echo.close(() => r())));

function everythingShown(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current) {
    parts.push(String(current), (current as Error).stack ?? '', JSON.stringify(current));
    if (current instanceof Error) parts.push(JSON.stringify(Object.entries(current)));
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join('\n');
}

const fast = { baseDelayMs: 1, maxDelayMs: 2 };
/** A company client with the real secret, against the mock unless told otherwise. */
const companyClient = (options: Partial<Parameters<typeof createSpiffClient>[0]> = {}) =>
  createSpiffClient({
    companyId: company.id,
    secret: company.secret,
    baseUrl: spiff.url,
    retry: fast,
    ...options,
  });

describe('no secret and no Signature value in any error', () => {
  const cases: Array<[string, () => Promise<unknown>]> = [
    [
      '401 from an echoing server (company)',
      () => companyClient({ baseUrl: echoUrl }).imports.list(),
    ],
    [
      '500 after retries from an echoing server',
      () => companyClient({ baseUrl: echoUrl }).objects.list(),
    ],
    [
      '401 from an echoing server (webhook)',
      () =>
        createWebhookClient({ secret: mapping.secret, baseUrl: echoUrl }).upsert('m', {
          external_id: '1',
        }),
    ],
    [
      '401 from the mock, wrong secret',
      () => companyClient({ secret: `${company.secret}x` }).imports.list(),
    ],
    ['connection refused', () => companyClient({ baseUrl: 'http://127.0.0.1:9' }).imports.list()],
    [
      'timeout',
      async () => {
        spiff.faults.add({ latencyMs: 200, times: 3 });
        return companyClient({ timeoutMs: 20 }).imports.list();
      },
    ],
    [
      'connection reset',
      async () => {
        spiff.faults.add({ reset: true, times: 3 });
        return companyClient().imports.list();
      },
    ],
    [
      'truncated answer',
      async () => {
        spiff.faults.add({ body: 'truncated' });
        return companyClient().imports.list();
      },
    ],
    [
      'validation: bad company id',
      async () => createSpiffClient({ companyId: company.secret, secret: company.secret }),
    ],
    [
      'validation: webhook record without external_id',
      () =>
        createWebhookClient({ secret: mapping.secret, baseUrl: spiff.url }).upsert(
          mapping.mappingId,
          {} as never,
        ),
    ],
    [
      'import run that cannot submit',
      async () => {
        spiff.faults.add({ status: 503, match: { operationId: 'createImport' } });
        return companyClient().imports.run({
          target: 'teams',
          action: 'upsert',
          records: [{ external_id: '1' }],
        });
      },
    ],
  ];

  it.each(cases)('%s', async (_name, run) => {
    const error = await Promise.resolve()
      .then(run)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(SpiffError);
    const shown = everythingShown(error);
    expect(shown).not.toContain(company.secret);
    expect(shown).not.toContain(mapping.secret);
    expect(shown).not.toMatch(/v1=[0-9a-f]{64}/);
    expect(shown).not.toMatch(/[0-9a-f]{64}/);
  });
});
