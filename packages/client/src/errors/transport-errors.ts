import { SpiffError } from './spiff-error.js';

/** Where a failed request was going. */
export interface RequestTarget {
  method: string;
  /** The URL path (no host, no query). */
  path: string;
}

/** An attempt took longer than `timeoutMs` (after any retries). */
export class SpiffTimeoutError extends SpiffError {
  override name = 'SpiffTimeoutError';
  readonly method: string;
  readonly path: string;
  readonly timeoutMs: number;
  readonly attempts: number;

  constructor(target: RequestTarget, timeoutMs: number, attempts: number) {
    super(
      `${target.method} ${target.path} timed out after ${timeoutMs} ms (${attempts} attempt${attempts === 1 ? '' : 's'}). ` +
        'Raise timeoutMs, or check the network to Spiff.',
    );
    this.method = target.method;
    this.path = target.path;
    this.timeoutMs = timeoutMs;
    this.attempts = attempts;
  }
}

/**
 * No usable answer: the connection failed or was reset, or the body was cut off or not JSON. For
 * a POST that creates something, the server may still have acted on it.
 */
export class SpiffConnectionError extends SpiffError {
  override name = 'SpiffConnectionError';
  readonly method: string;
  readonly path: string;
  readonly attempts: number;

  constructor(target: RequestTarget, reason: string, attempts: number, cause?: unknown) {
    super(
      `${target.method} ${target.path} failed: ${reason} (${attempts} attempt${attempts === 1 ? '' : 's'}).`,
      {
        cause: cause === undefined ? undefined : sanitizeCause(cause),
      },
    );
    this.method = target.method;
    this.path = target.path;
    this.attempts = attempts;
  }
}

/** Keeps only the name, message and code of a low-level error: nothing that could carry headers. */
function sanitizeCause(cause: unknown): Error {
  if (!(cause instanceof Error)) return new Error(String(cause));
  const inner = (cause as { cause?: unknown }).cause;
  const safe = new Error(
    cause.message,
    inner instanceof Error ? { cause: sanitizeCause(inner) } : undefined,
  );
  safe.name = cause.name;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') (safe as Error & { code?: string }).code = code;
  return safe;
}
