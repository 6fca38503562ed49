import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/parse-cli-args.js';
import { makeCompany, makeWebhookMapping } from '../../src/fixtures/factories.js';
import { signedFetch } from '../signed-fetch.js';

const bin = new URL('../../dist/cli/spiff-mock.js', import.meta.url).pathname;

describe('parseCliArgs', () => {
  it('reads repeatable companies and webhooks', () => {
    expect(
      parseCliArgs(['--port', '0', '--company', 'a:s1', '--company', 'b:s:2', '--webhook', 'm:w']),
    ).toMatchObject({
      port: 0,
      companies: [
        { id: 'a', secret: 's1' },
        { id: 'b', secret: 's:2' },
      ],
      webhooks: [{ mappingId: 'm', secret: 'w' }],
    });
  });

  it('refuses bad input without echoing secrets', () => {
    expect(() => parseCliArgs([])).toThrow(/at least one --company or --webhook/);
    expect(() => parseCliArgs(['--company', 'topsecret'])).toThrow(
      '--company expects <id>:<secret>',
    );
    expect(() => parseCliArgs(['--company', 'a:b', '--port', 'x'])).toThrow(
      /--port expects a whole number/,
    );
  });
});

describe('the spiff-mock bin', () => {
  it('prints its URL first, logs one line per request, and stops cleanly on SIGTERM', async () => {
    const company = makeCompany();
    const mapping = makeWebhookMapping();
    const child = spawn(process.execPath, [
      bin,
      '--port',
      '0',
      '--company',
      `${company.id}:${company.secret}`,
      '--webhook',
      `${mapping.mappingId}:${mapping.secret}`,
    ]);
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const url = (await lines.next()).value as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const res = await signedFetch(`${url}/api/external_data/${company.id}/imports`, {
      secret: company.secret,
    });
    expect(res.status).toBe(200);
    const log = (await lines.next()).value as string;
    expect(log).toMatch(/GET \/api\/external_data\/.+\/imports 200 listImports signature=valid/);
    expect(log).not.toContain(company.secret);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});
