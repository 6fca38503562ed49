import { SpiffValidationError } from '../errors/validation-error.js';
import { SPIFF_REGIONS, type SpiffRegion } from './regions.js';

/** How failed attempts of idempotent calls are retried. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2; 0 turns retries off). */
  maxRetries?: number;
  /** The first backoff step, in ms (default 500); each retry doubles it, with full jitter. */
  baseDelayMs?: number;
  /** The largest backoff step, in ms (default 8000). */
  maxDelayMs?: number;
  /** Also retry POSTs that create things (imports, objects), at the risk of duplicates (default false). */
  nonIdempotent?: boolean;
}

/** Options both clients share. */
export interface BaseClientOptions {
  /** The secret that signs every request. */
  secret: string;
  /** Spiff's region: `app` (default), `us1`, `eu` or `eu1`. */
  subdomain?: SpiffRegion;
  /** A full base URL instead of a region, for other hosts (and the mock). */
  baseUrl?: string;
  /** The fetch to send with (default `globalThis.fetch`, looked up at call time). */
  fetch?: typeof globalThis.fetch;
  /** How long each attempt may wait for Spiff's response headers, in ms (default 30000; 0 for none). */
  timeoutMs?: number;
  /** Retry behaviour for idempotent calls. */
  retry?: RetryOptions;
  /** The clock, in ms like `Date.now`; signatures use its seconds. */
  now?: () => number;
}

/** Options checked and defaulted. */
export interface ResolvedClientOptions {
  secret: string;
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  retry: Required<RetryOptions>;
  now: () => number;
}

function number(field: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value >= 0 && value < Infinity))
    throw new SpiffValidationError(field, 'expected a number ≥ 0.');
  return value;
}

/** Checks the shared options and fills in defaults; throws {@link SpiffValidationError} on bad input. */
export function resolveClientOptions(
  options: BaseClientOptions,
  secretName: string,
): ResolvedClientOptions {
  const { secret, subdomain = 'app', baseUrl, retry = {} } = options ?? {};
  if (typeof secret !== 'string' || !secret.trim()) {
    throw new SpiffValidationError('secret', `pass the ${secretName}.`);
  }
  // Values are not echoed in messages: a swapped argument could be a secret.
  if (baseUrl === undefined && !SPIFF_REGIONS.includes(subdomain)) {
    throw new SpiffValidationError(
      'subdomain',
      `use one of ${SPIFF_REGIONS.join(', ')}, or pass baseUrl.`,
    );
  }
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl)) {
    throw new SpiffValidationError('baseUrl', 'expected an http(s) URL.');
  }
  return {
    secret,
    baseUrl: (baseUrl ?? `https://${subdomain}.spiff.com`).replace(/\/+$/, ''),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: number('timeoutMs', options.timeoutMs, 30_000),
    retry: {
      maxRetries: Math.floor(number('retry.maxRetries', retry.maxRetries, 2)),
      baseDelayMs: number('retry.baseDelayMs', retry.baseDelayMs, 500),
      maxDelayMs: number('retry.maxDelayMs', retry.maxDelayMs, 8_000),
      nonIdempotent: retry.nonIdempotent ?? false,
    },
    now: options.now ?? Date.now,
  };
}
