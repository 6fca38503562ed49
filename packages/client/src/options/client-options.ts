import { SpiffValidationError } from '../errors/validation-error.js';
import { SPIFF_REGIONS, type SpiffRegion } from './regions.js';

/** How failed attempts are retried. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2; 0 turns retries off). */
  maxRetries?: number;
  /** The first backoff step, in ms (default 500); each retry doubles it, with full jitter. */
  baseDelayMs?: number;
  /** The largest backoff step, in ms (default 8000). */
  maxDelayMs?: number;
  /** Also retry POSTs that create things (imports, objects); this risks duplicates (default false). */
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
  /** Per-attempt timeout in ms (default 30000). */
  timeoutMs?: number;
  /** Retry behaviour for idempotent calls. */
  retry?: RetryOptions;
  /** The clock, in ms like `Date.now` (default `Date.now`); signatures use its seconds. */
  now?: () => number;
}

/** Options resolved, checked and defaulted. */
export interface ResolvedClientOptions {
  secret: string;
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  retry: Required<RetryOptions>;
  now: () => number;
}

const nonNegative = (field: string, value: number | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new SpiffValidationError(field, `expected a non-negative number, got ${String(value)}.`);
  }
  return value;
};

/** Checks the shared options and fills in defaults; throws {@link SpiffValidationError} on bad input. */
export function resolveClientOptions(
  options: BaseClientOptions,
  secretName: string,
): ResolvedClientOptions {
  if (typeof options?.secret !== 'string' || options.secret.trim() === '') {
    throw new SpiffValidationError(
      'secret',
      `the ${secretName} is empty. Pass the ${secretName} Spiff gave you.`,
    );
  }
  let baseUrl: string;
  if (options.baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw new SpiffValidationError(
        'baseUrl',
        `"${options.baseUrl}" is not a URL. Use e.g. https://app.spiff.com.`,
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new SpiffValidationError('baseUrl', 'use an http(s) URL.');
    }
    baseUrl = options.baseUrl.replace(/\/+$/, '');
  } else {
    const subdomain = options.subdomain ?? 'app';
    if (!(SPIFF_REGIONS as readonly string[]).includes(subdomain)) {
      throw new SpiffValidationError(
        'subdomain',
        `"${subdomain}" is not a Spiff region (${SPIFF_REGIONS.join(', ')}). For another host, pass baseUrl.`,
      );
    }
    baseUrl = `https://${subdomain}.spiff.com`;
  }
  const retry = options.retry ?? {};
  return {
    secret: options.secret,
    baseUrl,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: nonNegative('timeoutMs', options.timeoutMs, 30_000),
    retry: {
      maxRetries: Math.floor(nonNegative('retry.maxRetries', retry.maxRetries, 2)),
      baseDelayMs: nonNegative('retry.baseDelayMs', retry.baseDelayMs, 500),
      maxDelayMs: nonNegative('retry.maxDelayMs', retry.maxDelayMs, 8_000),
      nonIdempotent: retry.nonIdempotent ?? false,
    },
    now: options.now ?? Date.now,
  };
}
