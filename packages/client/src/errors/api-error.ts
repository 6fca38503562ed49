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

const codes: Record<number, SpiffApiErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  422: 'unprocessable_entity',
  429: 'rate_limited',
};

const hints: Partial<Record<SpiffApiErrorCode, string>> = {
  unauthorized:
    'Check the secret: the company secret for /api/external_data, the webhook secret for /_webhook; and the clock.',
  rate_limited: 'Slow down: retry after the delay Spiff asked for.',
};

/** Spiff's message from an error body (`{ "error": "…" }`), if there is one. */
function messageOf(body: unknown): string | undefined {
  if (typeof body === 'string' && body.trim()) return body.trim().slice(0, 300);
  if (body && typeof body === 'object') {
    const { error, message } = body as { error?: unknown; message?: unknown };
    if (typeof error === 'string') return error;
    if (typeof message === 'string') return message;
  }
  return undefined;
}

/**
 * Spiff answered with an error status. `status`, `code`, `operationId`, `method`, `path`, the
 * parsed `body` and Spiff's own `spiffMessage` say what happened; a subclass per status family
 * lets you `catch` the one you handle.
 */
export class SpiffApiError extends SpiffError {
  override name = 'SpiffApiError';
  readonly status: number;
  readonly code: SpiffApiErrorCode;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly spiffMessage: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: SpiffApiErrorInit) {
    const code = codes[init.status] ?? (init.status >= 500 ? 'server_error' : 'http_error');
    const spiffMessage = messageOf(init.body);
    const hint = hints[code];
    super(
      `${init.operationId} (${init.method} ${init.path}) failed with ${init.status}` +
        `${spiffMessage ? `: ${spiffMessage}` : ''}.${hint ? ` ${hint}` : ''}`,
    );
    this.status = init.status;
    this.code = code;
    this.operationId = init.operationId;
    this.method = init.method;
    this.path = init.path;
    this.body = init.body;
    this.spiffMessage = spiffMessage;
    this.retryAfterSeconds = init.retryAfterSeconds;
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
/** 401: "Could not validate HMAC Signature": the wrong secret, a re-serialized body, or clock skew. */
export class SpiffAuthenticationError extends SpiffApiError {
  override name = 'SpiffAuthenticationError';
}
/** 404: an unknown company, object, import, connector or path. */
export class SpiffNotFoundError extends SpiffApiError {
  override name = 'SpiffNotFoundError';
}
/** 422: Spiff refused the body (see `body.details` when the mock names fields). */
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
