import { parseArgs } from 'node:util';
import type { MockCompany, MockWebhook } from '../server/mock-state.js';
import type { StartMockSpiffOptions } from '../server/start-mock-spiff.js';

export const usage = `Usage: spiff-mock [--port 4010] [--host 127.0.0.1]
                  --company <uuid>:<company secret>   (repeatable)
                  --webhook <mapping_id>:<webhook secret>   (repeatable)
                  [--import-delay-ms 20] [--tolerance-seconds 300]`;

function pair(flag: string, value: string): [string, string] {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) {
    // Never echo the value: it holds a secret.
    throw new Error(`${flag} expects <id>:<secret>`);
  }
  return [value.slice(0, colon), value.slice(colon + 1)];
}

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${flag} expects a whole number, got "${value}"`);
  return n;
}

/** Turns `spiff-mock` arguments into server options; throws a message fit for the terminal. */
export function parseCliArgs(args: string[]): StartMockSpiffOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      company: { type: 'string', multiple: true, default: [] },
      webhook: { type: 'string', multiple: true, default: [] },
      'import-delay-ms': { type: 'string' },
      'tolerance-seconds': { type: 'string' },
    },
    strict: true,
  });
  const companies: MockCompany[] = values.company.map((v) => {
    const [id, secret] = pair('--company', v);
    return { id, secret };
  });
  const webhooks: MockWebhook[] = values.webhook.map((v) => {
    const [mappingId, secret] = pair('--webhook', v);
    return { mappingId, secret };
  });
  if (companies.length === 0 && webhooks.length === 0) {
    throw new Error('Give at least one --company or --webhook.');
  }
  return {
    port: integer('--port', values.port),
    host: values.host,
    companies,
    webhooks,
    importDelayMs: integer('--import-delay-ms', values['import-delay-ms']),
    toleranceSeconds: integer('--tolerance-seconds', values['tolerance-seconds']),
  };
}
