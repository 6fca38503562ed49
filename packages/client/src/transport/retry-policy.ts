import type { ResolvedClientOptions } from '../options/client-options.js';

/** Statuses worth another attempt: timeouts, rate limits and passing server failures. */
export const retryableStatuses = new Set([408, 429, 500, 502, 503, 504]);

/** The longest wait a `Retry-After` can impose (a server asking for more is capped here). */
export const maxRetryAfterMs = 60_000;

/**
 * Whether a request can be sent twice without harm: every GET, PUT and DELETE, and the signature
 * test (a POST that stores nothing). A POST that creates an import job or an object is not.
 */
export function isIdempotent(method: string, path: string): boolean {
  if (method !== 'POST') return true;
  return /\/imports\/test\/?$/.test(path);
}

/** `Retry-After` in ms (seconds or an HTTP date), capped at 60 s; undefined if absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - nowMs;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, 0), maxRetryAfterMs);
}

/** Exponential backoff with full jitter: a random wait in [0, min(max, base·2^retry)). */
export function backoffMs(
  retry: number,
  policy: ResolvedClientOptions['retry'],
  random = Math.random,
): number {
  return random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
}
