import { describe, expect, it } from 'vitest';
import { signPayload } from '../src/sign-payload.js';
import { SpiffSignatureError } from '../src/signature-error.js';
import { verifySignature } from '../src/verify-signature.js';
import { vectors } from './vectors.js';

const at = (seconds: number) => () => seconds * 1000;
const webhook = vectors.find((v) => v.name === 'webhook record')!;

async function reasonOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpiffSignatureError);
  return (error as SpiffSignatureError).reason;
}

describe('verifySignature', () => {
  it.each(vectors.map((v) => [v.name, v] as const))(
    'accepts the OpenSSL vector: %s',
    async (_n, v) => {
      await expect(
        verifySignature({ header: v.header, body: v.body, secret: v.secret, now: at(v.timestamp) }),
      ).resolves.toEqual({ timestamp: v.timestamp });
    },
  );

  it('accepts the body as bytes and uppercase hex', async () => {
    await expect(
      verifySignature({
        header: webhook.header.toUpperCase().replace('T=', 't=').replace('V1=', 'v1='),
        body: new TextEncoder().encode(webhook.body),
        secret: webhook.secret,
        now: at(webhook.timestamp),
      }),
    ).resolves.toBeDefined();
  });

  it('rejects a tampered body, a re-serialized body and the wrong secret as a mismatch', async () => {
    const base = { header: webhook.header, secret: webhook.secret, now: at(webhook.timestamp) };
    const tampered = webhook.body.replace('Jane', 'John');
    const spaced = JSON.stringify(JSON.parse(webhook.body), null, 1);
    expect(await reasonOf(verifySignature({ ...base, body: tampered }))).toBe('mismatch');
    expect(await reasonOf(verifySignature({ ...base, body: spaced }))).toBe('mismatch');
    expect(
      await reasonOf(verifySignature({ ...base, body: webhook.body, secret: 'company-secret' })),
    ).toBe('mismatch');
  });

  it('accepts a header with several v1 digests when one matches (secret rotation)', async () => {
    const t = 1_733_300_000;
    const fromOld = await signPayload('old-secret', '{}', t);
    const fromNew = await signPayload('new-secret', '{}', t);
    const both = `${fromOld},v1=${fromNew.split('v1=')[1]}`;
    for (const secret of ['old-secret', 'new-secret']) {
      await expect(
        verifySignature({ header: both, body: '{}', secret, now: at(t) }),
      ).resolves.toEqual({ timestamp: t });
    }
    expect(
      await reasonOf(verifySignature({ header: both, body: '{}', secret: 'x', now: at(t) })),
    ).toBe('mismatch');
  });

  it('enforces the tolerance both ways, 300 s by default', async () => {
    const t = 1_733_300_000;
    const header = await signPayload('s', '{}', t);
    const check = (nowSeconds: number, toleranceSeconds?: number) =>
      verifySignature({ header, body: '{}', secret: 's', now: at(nowSeconds), toleranceSeconds });
    await expect(check(t + 300)).resolves.toBeDefined();
    await expect(check(t - 300)).resolves.toBeDefined();
    expect(await reasonOf(check(t + 301))).toBe('expired');
    expect(await reasonOf(check(t - 301))).toBe('future');
    expect(await reasonOf(check(t + 11, 10))).toBe('expired');
    await expect(check(t + 3600, 7200)).resolves.toBeDefined();
  });

  it('calls a missing or broken header malformed', async () => {
    for (const header of [undefined, null, '', 'v1=abc', 't=1']) {
      expect(await reasonOf(verifySignature({ header, body: '', secret: 's' }))).toBe('malformed');
    }
  });

  it('never puts the secret or the header into the error', async () => {
    const secret = 'super-secret-value';
    const header = await signPayload(secret, '{"a":1}', 1_700_000_000);
    const failures = [
      verifySignature({ header, body: '{"a":2}', secret }),
      verifySignature({ header, body: '{"a":1}', secret }),
      verifySignature({ header: `${header}x`, body: '{"a":1}', secret }),
    ];
    for (const failure of failures) {
      const error = await failure.catch((e: Error) => e);
      const shown = `${String(error)} ${(error as Error).stack} ${JSON.stringify(error)}`;
      expect(shown).not.toContain(secret);
      expect(shown).not.toContain(header.split('v1=')[1]);
    }
  });

  it('refuses to verify with an empty secret', async () => {
    await expect(verifySignature({ header: webhook.header, body: '', secret: '' })).rejects.toThrow(
      TypeError,
    );
  });
});
