import { hmacSha256Hex } from './hmac.js';

/** A request body as it goes on the wire; `undefined`/`null` for a request without one. */
export type SignableBody = string | Uint8Array | null | undefined;

/** The current time in unix seconds, the unit of the Signature timestamp. */
export const unixSeconds = (nowMs: number = Date.now()) => Math.floor(nowMs / 1000);

/**
 * The `Signature` header value for one request: `t=<unix seconds>,v1=<hex HMAC-SHA256>` of
 * `"<t>.<body>"`, keyed by `secret`.
 *
 * Pass the exact bytes you send: JSON serialized twice (or pretty-printed) signs differently. A
 * request without a body signs `"<t>."`. Sign each attempt afresh so a retry never carries a stale
 * timestamp.
 *
 * @param secret the company secret (Import and Object APIs) or the connector's webhook secret
 * @param body the exact body bytes or string sent, or nothing
 * @param timestamp unix seconds; defaults to now
 */
export async function signPayload(
  secret: string,
  body?: SignableBody,
  timestamp: number = unixSeconds(),
): Promise<string> {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new TypeError(
      '[@spiff-sdk/signature] The secret is empty: pass the company or webhook secret.',
    );
  }
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new TypeError(
      '[@spiff-sdk/signature] The timestamp must be a whole number of unix seconds.',
    );
  }
  const digest = await hmacSha256Hex(secret, `${timestamp}.`, body ?? '');
  return `t=${timestamp},v1=${digest}`;
}
