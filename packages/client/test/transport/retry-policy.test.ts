import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  isIdempotent,
  maxRetryAfterMs,
  retryAfterMs,
} from '../../src/transport/retry-policy.js';

const policy = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 8_000, nonIdempotent: false };

describe('backoffMs: exponential with full jitter', () => {
  it('spans [0, base·2^retry) and caps at maxDelayMs', () => {
    expect(backoffMs(0, policy, () => 0)).toBe(0);
    expect(backoffMs(0, policy, () => 0.999)).toBeCloseTo(499.5);
    expect(backoffMs(3, policy, () => 0.5)).toBe(2_000);
    expect(backoffMs(10, policy, () => 0.999)).toBeCloseTo(7_992);
  });

  it('draws a different wait from the same step (jitter)', () => {
    const waits = new Set(Array.from({ length: 20 }, () => backoffMs(2, policy)));
    expect(waits.size).toBeGreaterThan(15);
    for (const w of waits) expect(w).toBeLessThan(2_000);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-12-04T12:00:00Z');
  it('reads seconds and HTTP dates, capped at 60 s', () => {
    expect(retryAfterMs('3', now)).toBe(3_000);
    expect(retryAfterMs('Fri, 04 Dec 2026 12:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs('3600', now)).toBe(maxRetryAfterMs);
    expect(retryAfterMs('Fri, 04 Dec 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});

describe('isIdempotent', () => {
  it('is true for GET, PUT, DELETE and the signature test, false for creating POSTs', () => {
    expect(isIdempotent('GET', '/api/external_data/x/imports')).toBe(true);
    expect(isIdempotent('PUT', '/_webhook/mapping/m')).toBe(true);
    expect(isIdempotent('DELETE', '/api/external_data/x/objects/o')).toBe(true);
    expect(isIdempotent('POST', '/api/external_data/x/imports/test')).toBe(true);
    expect(isIdempotent('POST', '/api/external_data/x/imports')).toBe(false);
    expect(isIdempotent('POST', '/api/external_data/x/objects')).toBe(false);
  });
});
