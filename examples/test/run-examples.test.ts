import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dist = new URL('../dist/', import.meta.url).pathname;
// The examples must never reach real Spiff from the test suite, whatever the caller's shell has.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith('SPIFF_')),
);

/** Each example, and a line its output must contain when it worked. */
const examples: Array<[string, RegExp]> = [
  ['sign-by-hand.js', /POST imports\/test → 200 \{"success":true\}[\s\S]*reason "mismatch"/],
  ['imports-api.js', /import .+: success, 0 errors/],
  ['objects-api.js', /updated: Region, Country[\s\S]*deleted the empty object/],
  ['webhooks-api.js', /bulk upsert: 120\/120 in 3 batches[\s\S]*bulk delete: 20 records/],
  [
    'errors-and-retries.js',
    /SpiffValidationError on companyId[\s\S]*401 unauthorized[\s\S]*503 → 503 → 200[\s\S]*not retried: SpiffServerError/,
  ],
  [
    'import-workflow.js',
    /2500 accepted, 0 failed of 2500[\s\S]*stopped: 1000 accepted, 1001 to send again, input to resume from position 2001/,
  ],
  [
    'demo/main.js',
    /Summary: 10000 records accepted, 0 failed; 10 import jobs; webhooks: 25 upserted in 3 batches, 6 deleted/,
  ],
];

describe('every example runs against the embedded mock', () => {
  it.each(examples)('%s', async (file, expected) => {
    const { stdout } = await run(process.execPath, [dist + file], { env, timeout: 60_000 });
    expect(stdout).toMatch(
      /against (the embedded mock Spiff|the mock Spiff) at http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(stdout).toMatch(expected);
  });

  it('the demo exits non-zero with a clear message when Spiff refuses it', async () => {
    // Real-Spiff mode pointed at a loopback port where nothing listens: the first step fails.
    const failing = {
      ...env,
      SPIFF_COMPANY_ID: '00000000-0000-4000-8000-000000000000',
      SPIFF_SECRET: 'x',
      SPIFF_SUBDOMAIN: 'app',
      SPIFF_BASE_URL: 'http://127.0.0.1:9',
    };
    const error = await run(process.execPath, [`${dist}demo/main.js`], {
      env: failing,
      timeout: 60_000,
    }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toMatch(
      /✖ The demo failed to check the credentials: .*could not connect/,
    );
  });
});
