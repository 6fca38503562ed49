import { randomUUID } from 'node:crypto';
import {
  makeCompany,
  makeWebhookMapping,
  startMockSpiff,
  type MockSpiffServer,
} from '@spiff-sdk/testing';
import type { SpiffRegion } from '@spiff-sdk/client';

/** Where the examples send their requests, and with which credentials. */
export interface Connection {
  /** `mock` (the embedded mock Spiff on loopback) or `spiff` (real Spiff, from the environment). */
  kind: 'mock' | 'spiff';
  companyId: string;
  secret: string;
  subdomain?: SpiffRegion;
  baseUrl?: string;
  /** Present when the webhook part can run. */
  webhook?: { mappingId: string; secret: string };
  /** The embedded mock, when there is one (for faults and state). */
  mock?: MockSpiffServer;
  close(): Promise<void>;
}

/**
 * Real Spiff when `SPIFF_COMPANY_ID`, `SPIFF_SECRET` and `SPIFF_SUBDOMAIN` are set (plus
 * `SPIFF_WEBHOOK_SECRET` and `SPIFF_MAPPING_ID` for webhooks; `SPIFF_BASE_URL` for another host);
 * otherwise a mock Spiff on 127.0.0.1, so nothing leaves the machine.
 */
export async function connect(options: { importDelayMs?: number } = {}): Promise<Connection> {
  const env = process.env;
  if (env.SPIFF_COMPANY_ID && env.SPIFF_SECRET && env.SPIFF_SUBDOMAIN) {
    return {
      kind: 'spiff',
      companyId: env.SPIFF_COMPANY_ID,
      secret: env.SPIFF_SECRET,
      subdomain: env.SPIFF_SUBDOMAIN as SpiffRegion,
      ...(env.SPIFF_BASE_URL ? { baseUrl: env.SPIFF_BASE_URL } : {}),
      ...(env.SPIFF_WEBHOOK_SECRET && env.SPIFF_MAPPING_ID
        ? { webhook: { mappingId: env.SPIFF_MAPPING_ID, secret: env.SPIFF_WEBHOOK_SECRET } }
        : {}),
      close: async () => {},
    };
  }
  const company = makeCompany();
  const mapping = makeWebhookMapping({ mappingId: `demo-${randomUUID().slice(0, 8)}` });
  const mock = await startMockSpiff({
    companies: [company],
    webhooks: [mapping],
    importDelayMs: options.importDelayMs ?? 20,
  });
  return {
    kind: 'mock',
    companyId: company.id,
    secret: company.secret,
    baseUrl: mock.url,
    webhook: mapping,
    mock,
    close: () => mock.close(),
  };
}

/** Client options for the connection's company. */
export const companyOptions = (c: Connection) => ({
  companyId: c.companyId,
  secret: c.secret,
  ...(c.baseUrl ? { baseUrl: c.baseUrl } : { subdomain: c.subdomain }),
});

/** Client options for the connection's webhook connector. */
export const webhookOptions = (c: Connection, secret: string) => ({
  secret,
  ...(c.baseUrl ? { baseUrl: c.baseUrl } : { subdomain: c.subdomain }),
});

/** Runs an example: connect, run, close; a failure prints a clear message and exits non-zero. */
export async function runExample(
  name: string,
  body: (c: Connection) => Promise<void>,
): Promise<void> {
  const connection = await connect();
  try {
    console.log(
      `${name} — against ${connection.kind === 'mock' ? `the mock Spiff at ${connection.baseUrl}` : 'Spiff'}`,
    );
    await body(connection);
  } catch (error) {
    console.error(`✖ ${name} failed: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await connection.close();
  }
}
