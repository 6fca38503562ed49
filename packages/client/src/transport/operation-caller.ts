import type { Client } from 'openapi-fetch';
import { SpiffApiError } from '../errors/api-error.js';
import { redactDeep } from '../errors/redact.js';
import { SpiffError } from '../errors/spiff-error.js';
import { SpiffConnectionError, SpiffTimeoutError } from '../errors/transport-errors.js';
import { retryAfterMs } from './retry-policy.js';

/** Per-call options of the ergonomic methods. */
export interface CallOptions {
  /** Cancels the call at once (and any retry wait). */
  signal?: AbortSignal | undefined;
}

/** One call: path parameters, body and signal. */
export interface CallInit extends CallOptions {
  path?: Record<string, string>;
  body?: unknown;
  /** Sends this exact string instead of serializing `body` (imports.run pre-serializes records). */
  bodySerializer?: () => string;
}

/** Calls one operation and returns its data, or throws a typed error. */
export type OperationCaller = <Data>(operationId: string, method: string, path: string, init?: CallInit) => Promise<Data>;

/**
 * Builds the one function every ergonomic method goes through: it sends with openapi-fetch
 * (signing and retries happen below it) and turns the answer into data or a typed error:
 * `SpiffApiError` by status, `SpiffTimeoutError`/`SpiffConnectionError` for no usable answer. A
 * caller's abort is rethrown as is.
 */
export function createOperationCaller(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  raw: Client<any>,
  secret: string,
  fill: Record<string, string> = {},
): OperationCaller {
  return async (operationId, method, path, init = {}) => {
    const values = { ...fill, ...init.path };
    const target = { operationId, method, path: path.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m) };
    let result;
    try {
      result = await raw.request(method.toLowerCase() as 'get', path, {
        params: { path: init.path },
        body: init.body,
        bodySerializer: init.bodySerializer,
        signal: init.signal,
      });
    } catch (error) {
      if (error instanceof SpiffError || init.signal?.aborted) throw error;
      const name = (error as Error)?.name;
      if (name === 'TimeoutError') throw new SpiffTimeoutError(target, 0, 1);
      throw new SpiffConnectionError(target, name === 'SyntaxError' ? 'the answer was cut off or is not JSON' : 'the answer could not be read', 1, error);
    }
    const { response } = result;
    if (!response.ok) {
      const wait = retryAfterMs(response.headers.get('retry-after'), Date.now());
      throw SpiffApiError.from({
        ...target,
        status: response.status,
        body: redactDeep(result.error, [secret]),
        retryAfterSeconds: wait === undefined ? undefined : Math.ceil(wait / 1000),
      });
    }
    return result.data;
  };
}
