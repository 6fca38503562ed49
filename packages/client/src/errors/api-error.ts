import { SpiffError } from './spiff-error.js';

/** A short name for the status family, for `switch` statements. */
export type SpiffApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'not_found'
  | 'unprocessable_entity'
  | 'rate_limited'
  | 'server_error'
  | 'http_error';

/** What the client knows about a failed call. */
export interface SpiffApiErrorInit {
  status: number;
  operationId: string;
  method: string;
  path: string;
  /** The parsed error body (secrets and signatures redacted). */
  body: unknown;
  /** Seconds to wait, from `Retry-After`, if Spiff sent one. */
  retryAfterSeconds?: number | undefined;
}

/**
 * Spiff answered with an error status. `status`, `code`, `operationId`, `method`, `path`, the
 * parsed `body` and Spiff's own `spiffMessage` say what happened; a subclass per status family
 * lets you `catch` the one you handle.
 */
export class SpiffApiError extends SpiffError {
  override name = 'SpiffApiError';
  declare readonly status: number;
  declare readonly operationId: string;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly body: unknown;
  declare readonly retryAfterSeconds: number | undefined;
  readonly code: SpiffApiErrorCode;
  /** Spiff's message (`{ "error": "…" }`), e.g. "Could not validate HMAC Signature". */
  readonly spiffMessage: string | undefined;

  constructor(init: SpiffApiErrorInit) {
    const { error, message } = (init.body ?? {}) as { error?: unknown; message?: unknown };
    const said = [error, message, init.body].find((m): m is string => typeof m === 'string');
    super(
      `${init.operationId} (${init.method} ${init.path}) failed with ${init.status}${said ? `: ${said}` : ''}`,
    );
    Object.assign(this, init);
    this.spiffMessage = said;
    this.code =
      (
        {
          400: 'bad_request',
          401: 'unauthorized',
          404: 'not_found',
          422: 'unprocessable_entity',
          429: 'rate_limited',
        } as const
      )[init.status as 400] ?? (init.status >= 500 ? 'server_error' : 'http_error');
  }

  /** The subclass for a status: `SpiffNotFoundError` for 404, and so on. */
  static from(init: SpiffApiErrorInit): SpiffApiError {
    const Subclass =
      {
        400: SpiffBadRequestError,
        401: SpiffAuthenticationError,
        404: SpiffNotFoundError,
        422: SpiffUnprocessableEntityError,
        429: SpiffRateLimitError,
      }[init.status] ?? (init.status >= 500 ? SpiffServerError : SpiffApiError);
    return new Subclass(init);
  }
}

/** 400: e.g. "Invalid mapping id". */
export class SpiffBadRequestError extends SpiffApiError {
  override name = 'SpiffBadRequestError';
}
/** 401: "Could not validate HMAC Signature": the wrong secret (company vs webhook), a re-serialized body, or clock skew. */
export class SpiffAuthenticationError extends SpiffApiError {
  override name = 'SpiffAuthenticationError';
}
/** 404: an unknown company, object, import, connector or path. */
export class SpiffNotFoundError extends SpiffApiError {
  override name = 'SpiffNotFoundError';
}
/** 422: Spiff refused the body. */
export class SpiffUnprocessableEntityError extends SpiffApiError {
  override name = 'SpiffUnprocessableEntityError';
}
/** 429: too many requests; `retryAfterSeconds` says how long Spiff asked to wait. */
export class SpiffRateLimitError extends SpiffApiError {
  override name = 'SpiffRateLimitError';
}
/** 5xx: Spiff failed; idempotent calls were already retried. */
export class SpiffServerError extends SpiffApiError {
  override name = 'SpiffServerError';
}
