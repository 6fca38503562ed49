import type { FetchResponse } from 'openapi-fetch';
import { SpiffApiError } from '../errors/api-error.js';
import { redactDeep } from '../errors/redact.js';
import { SpiffError } from '../errors/spiff-error.js';
import {
  SpiffConnectionError,
  SpiffTimeoutError,
  type RequestTarget,
} from '../errors/transport-errors.js';
import { retryAfterMs } from './retry-policy.js';

/** Per-call options of the ergonomic methods. */
export interface CallOptions {
  /** Cancels the call at once (and any retry wait). */
  signal?: AbortSignal;
}

/** Which operation a call is, for errors. */
export interface OperationTarget extends RequestTarget {
  operationId: string;
}

/**
 * Runs one openapi-fetch call and returns its data, or throws: `SpiffApiError` (by status) for an
 * error answer, `SpiffTimeoutError`/`SpiffConnectionError` for no usable answer. A caller's abort
 * is rethrown as is.
 */
export async function callOperation<Data>(
  target: OperationTarget,
  secret: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  send: () => Promise<FetchResponse<any, any, any>>,
  signal?: AbortSignal,
): Promise<Data> {
  let result: Awaited<ReturnType<typeof send>>;
  try {
    result = await send();
  } catch (error) {
    if (error instanceof SpiffError || signal?.aborted) throw error;
    const name = (error as Error)?.name;
    if (name === 'TimeoutError') throw new SpiffTimeoutError(target, NaN, 1);
    if (name === 'SyntaxError') {
      throw new SpiffConnectionError(target, 'the answer was cut off or is not JSON', 1);
    }
    throw new SpiffConnectionError(target, 'the answer could not be read', 1, error);
  }
  const { response } = result;
  if (!response.ok) {
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
    throw SpiffApiError.from({
      ...target,
      status: response.status,
      body: redactDeep(result.error, [secret]),
      retryAfterSeconds: retryAfter === undefined ? undefined : Math.ceil(retryAfter / 1000),
    });
  }
  return result.data as Data;
}
