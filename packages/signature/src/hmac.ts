/**
 * HMAC-SHA256 as lowercase hex over `prefix` then `body`, by node:crypto where it exists and Web
 * Crypto elsewhere (edge runtimes, browsers). Loaded once, lazily, so importing this package never
 * pulls node:crypto into a runtime that lacks it.
 */
export type HmacHex = (
  secret: string,
  prefix: string,
  body: string | Uint8Array,
) => Promise<string>;

/** node:crypto: hashes the two parts with two `update()` calls, never concatenating the body. */
export async function createNodeHmac(): Promise<HmacHex> {
  const { createHmac } = await import('node:crypto');
  return async (secret, prefix, body) =>
    createHmac('sha256', secret).update(prefix).update(body).digest('hex');
}

/** Web Crypto (`crypto.subtle`), for runtimes without node:crypto. */
export function createWebHmac(subtle: SubtleCrypto = globalThis.crypto.subtle): HmacHex {
  const encoder = new TextEncoder();
  return async (secret, prefix, body) => {
    const key = await subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const head = encoder.encode(prefix);
    const tail = typeof body === 'string' ? encoder.encode(body) : body;
    const message = new Uint8Array(head.length + tail.length);
    message.set(head);
    message.set(tail, head.length);
    const digest = new Uint8Array(await subtle.sign('HMAC', key, message));
    let hex = '';
    for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
    return hex;
  };
}

let selected: Promise<HmacHex> | undefined;

/** The HMAC of this runtime: node:crypto if it can be imported, Web Crypto otherwise. */
export function hmacSha256Hex(secret: string, prefix: string, body: string | Uint8Array) {
  selected ??= createNodeHmac().catch(() => createWebHmac());
  return selected.then((hmac) => hmac(secret, prefix, body));
}
