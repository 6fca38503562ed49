import { describe, expect, it } from 'vitest';
import { signPayload, unixSeconds } from '../src/sign-payload.js';
import { vectors } from './vectors.js';

describe('signPayload', () => {
  it.each(vectors.map((v) => [v.name, v] as const))(
    'gives the OpenSSL header: %s',
    async (_n, v) => {
      expect(await signPayload(v.secret, v.body, v.timestamp)).toBe(v.header);
    },
  );

  it('signs "<t>." for a request without a body', async () => {
    const bodyless = vectors.find((v) => v.body === '')!;
    expect(await signPayload(bodyless.secret, undefined, bodyless.timestamp)).toBe(bodyless.header);
    expect(await signPayload(bodyless.secret, null, bodyless.timestamp)).toBe(bodyless.header);
  });

  it('stamps the current unix second by default, in lowercase hex', async () => {
    const before = unixSeconds();
    const header = await signPayload('s', '{}');
    const after = unixSeconds();
    const [, t, digest] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header)!;
    expect(Number(t)).toBeGreaterThanOrEqual(before);
    expect(Number(t)).toBeLessThanOrEqual(after);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a different digest for the same object serialized differently', async () => {
    const compact = vectors.find((v) => v.name === 'seed test body')!;
    const spaced = vectors.find((v) => v.name === 'same object, spaced JSON')!;
    expect(JSON.parse(compact.body)).toEqual(JSON.parse(spaced.body));
    expect(compact.header).not.toBe(spaced.header);
  });

  it('refuses an empty secret or a bad timestamp, without echoing anything secret', async () => {
    await expect(signPayload('', '{}')).rejects.toThrow(/secret is empty/);
    await expect(signPayload('s', '{}', 1.5)).rejects.toThrow(/whole number of unix seconds/);
    await expect(signPayload('s', '{}', -1)).rejects.toThrow(TypeError);
  });
});
