import { SpiffSignatureError } from './signature-error.js';

/** A Signature header taken apart: one timestamp and every `v1` digest it carries. */
export interface ParsedSignatureHeader {
  timestamp: number;
  /** Lowercased; several during a secret rotation. */
  digests: string[];
}

const digestPattern = /^[0-9a-f]{64}$/i;

/**
 * Parses `t=<seconds>,v1=<hex>[,v1=<hex>…]`. Entries of other schemes (`v0=…`) are ignored, as
 * Stripe's verifier does, so a future scheme does not break today's verifiers.
 */
export function parseSignatureHeader(header: string | null | undefined): ParsedSignatureHeader {
  if (typeof header !== 'string' || header.trim() === '') {
    throw new SpiffSignatureError('malformed', 'No Signature header was sent.');
  }
  let timestamp: number | undefined;
  const digests: string[] = [];
  for (const entry of header.split(',')) {
    const eq = entry.indexOf('=');
    const key = entry.slice(0, eq).trim();
    const value = entry.slice(eq + 1).trim();
    if (eq < 0) throw new SpiffSignatureError('malformed', 'An entry has no "=".');
    if (key === 't') {
      if (timestamp !== undefined || !/^[0-9]+$/.test(value)) {
        throw new SpiffSignatureError('malformed', 'It needs exactly one numeric t=.');
      }
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (!digestPattern.test(value)) {
        throw new SpiffSignatureError('malformed', 'A v1 digest is not 64 hex digits.');
      }
      digests.push(value.toLowerCase());
    }
  }
  if (timestamp === undefined) throw new SpiffSignatureError('malformed', 'It has no t=.');
  if (digests.length === 0) throw new SpiffSignatureError('malformed', 'It has no v1=.');
  return { timestamp, digests };
}
