import { constantTimeEqual } from './constant-time-equal.js';
import { hmacSha256Hex } from './hmac.js';
import { parseSignatureHeader } from './parse-signature-header.js';
import { unixSeconds, type SignableBody } from './sign-payload.js';
import { SpiffSignatureError } from './signature-error.js';

/** What to verify, and how strictly. */
export interface VerifySignatureOptions {
  /** The received `Signature` header value. */
  header: string | null | undefined;
  /** The exact body bytes received (not a re-serialization of parsed JSON). */
  body: SignableBody;
  /** The secret the sender signed with. */
  secret: string;
  /** How far the timestamp may be from now, either way. Spiff does not document one: 300 s is Stripe's. */
  toleranceSeconds?: number;
  /** The clock, in milliseconds like `Date.now`; injectable for tests. */
  now?: () => number;
}

/** The verified timestamp, for callers that want to reject replays within the tolerance. */
export interface VerifiedSignature {
  timestamp: number;
}

/**
 * Verifies a Spiff `Signature` header against the exact body. Resolves when one `v1` digest
 * matches (several are accepted, for secret rotation) and the timestamp is within the tolerance;
 * otherwise rejects with a {@link SpiffSignatureError} whose `reason` is `malformed`, `mismatch`,
 * `expired` or `future`. Digests are compared in constant time.
 */
export async function verifySignature(options: VerifySignatureOptions): Promise<VerifiedSignature> {
  const { header, body, secret, toleranceSeconds = 300, now = Date.now } = options;
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new TypeError(
      '[@spiff-sdk/signature] The secret is empty: pass the secret to verify with.',
    );
  }
  const { timestamp, digests } = parseSignatureHeader(header);
  const expected = await hmacSha256Hex(secret, `${timestamp}.`, body ?? '');
  // Check every digest, not just until the first match, so timing does not reveal which matched.
  let matched = false;
  for (const digest of digests) matched = constantTimeEqual(digest, expected) || matched;
  if (!matched) throw new SpiffSignatureError('mismatch');
  const age = unixSeconds(now()) - timestamp;
  if (age > toleranceSeconds) throw new SpiffSignatureError('expired');
  if (-age > toleranceSeconds) throw new SpiffSignatureError('future');
  return { timestamp };
}
