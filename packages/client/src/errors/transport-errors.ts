import { SpiffError } from './spiff-error.js';

/** Where a failed request was going. */
export interface RequestTarget {
  method: string;
  /** The URL path (no host, no query). */
  path: string;
}

/** No answer within `timeoutMs`, on every attempt. */
export class SpiffTimeoutError extends SpiffError {
  override name = 'SpiffTimeoutError';
  declare readonly method: string;
  declare readonly path: string;

  constructor(
    target: RequestTarget,
    readonly timeoutMs: number,
    readonly attempts: number,
  ) {
    super(`${target.method} ${target.path} timed out (${attempts} attempts of ${timeoutMs} ms).`);
    Object.assign(this, target);
  }
}

/**
 * No usable answer: the connection failed or was reset, or the body was cut off or not JSON. For
 * a POST that creates something, Spiff may still have acted on it.
 */
export class SpiffConnectionError extends SpiffError {
  override name = 'SpiffConnectionError';
  declare readonly method: string;
  declare readonly path: string;

  constructor(
    target: RequestTarget,
    reason: string,
    readonly attempts: number,
    cause?: unknown,
  ) {
    super(`${target.method} ${target.path}: ${reason} (${attempts} attempts).`, {
      cause: cause && sanitize(cause),
    });
    Object.assign(this, target);
  }
}

/** Keeps only the name, message and code of a low-level error chain: nothing that could carry headers. */
function sanitize(cause: unknown): Error {
  const { name, message, code, cause: inner } = cause as Error & { code?: string };
  return Object.assign(
    new Error(String(message ?? cause), inner ? { cause: sanitize(inner) } : {}),
    { name, code },
  );
}
