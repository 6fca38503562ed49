import { SpiffApiError } from '../errors/api-error.js';
import { redactDeep } from '../errors/redact.js';
import { SpiffConnectionError } from '../errors/transport-errors.js';
import { retryAfterMs } from './retry-policy.js';
import { serializeBody } from './serialize-body.js';
import type { SignedSender } from './signed-sender.js';

/** Per-call options of the ergonomic methods. */
export interface CallOptions {
  /** Cancels the call at once (and any retry wait). */
  signal?: AbortSignal | undefined;
}

/** One call: path parameters, body (or its exact serialized form) and signal. */
export interface CallInit extends CallOptions {
  path?: Record<string, string>;
  body?: unknown;
  /** The exact body to send, already serialized (imports.run builds it from pre-serialized records). */
  json?: string;
}

/** Calls one operation and returns its data, or throws a typed error. */
export type OperationCaller = <Data>(
  operationId: string,
  method: string,
  path: string,
  init?: CallInit,
) => Promise<Data>;

/**
 * The one function every ergonomic method goes through. It fills the path, serializes the body
 * once, sends through the signed sender (no `Request` is built, nothing is cloned), and turns the
 * answer into data or a typed error: `SpiffApiError` by status, `SpiffConnectionError` for an
 * answer that is cut off or not JSON.
 */
export function createOperationCaller(
  send: SignedSender,
  baseUrl: string,
  secret: string,
  fill: Record<string, string> = {},
): OperationCaller {
  return async (operationId, method, template, init = {}) => {
    const values: Record<string, string> = { ...fill, ...init.path };
    const path = template.replace(/\{(\w+)\}/g, (_, key: string) =>
      encodeURIComponent(values[key]!),
    );
    const body = init.json ?? (init.body === undefined ? '' : serializeBody(init.body));
    const response = await send({ method, url: baseUrl + path, path, body, signal: init.signal });
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (init.signal?.aborted) throw init.signal.reason;
      throw new SpiffConnectionError(
        { method, path },
        'the connection broke while reading the answer',
        1,
        error,
      );
    }
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      if (response.ok)
        throw new SpiffConnectionError(
          { method, path },
          'the answer was cut off or is not JSON',
          1,
        );
      data = text;
    }
    if (response.ok) return data as never;
    const wait = retryAfterMs(response.headers.get('retry-after'), Date.now());
    throw SpiffApiError.from({
      operationId,
      method,
      path,
      status: response.status,
      body: redactDeep(data, [secret]),
      retryAfterSeconds: wait === undefined ? undefined : Math.ceil(wait / 1000),
    });
  };
}
