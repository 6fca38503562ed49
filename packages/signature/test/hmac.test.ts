import { describe, expect, it } from 'vitest';
import { createNodeHmac, createWebHmac, hmacSha256Hex, type HmacHex } from '../src/hmac.js';
import { vectors } from './vectors.js';

const digestOf = (header: string) => header.split('v1=')[1];

describe.each([
  ['node:crypto', () => createNodeHmac()],
  ['Web Crypto', async () => createWebHmac()],
])('HMAC-SHA256 by %s', (_name, load: () => Promise<HmacHex>) => {
  it.each(vectors.map((v) => [v.name, v] as const))('matches OpenSSL: %s', async (_n, v) => {
    const hmac = await load();
    expect(await hmac(v.secret, `${v.timestamp}.`, v.body)).toBe(digestOf(v.header));
    expect(await hmac(v.secret, `${v.timestamp}.`, new TextEncoder().encode(v.body))).toBe(
      digestOf(v.header),
    );
  });
});

it('hmacSha256Hex answers the vectors through the backend this runtime has', async () => {
  const v = vectors[1]!;
  expect(await hmacSha256Hex(v.secret, `${v.timestamp}.`, v.body)).toBe(digestOf(v.header));
});
