import { signPayload, unixSeconds, SIGNATURE_HEADER } from '@spiff-sdk/signature';
import { SpiffConnectionError, SpiffTimeoutError } from '../errors/transport-errors.js';
import { SpiffValidationError } from '../errors/validation-error.js';
import type { ResolvedClientOptions } from '../options/client-options.js';
import { abortableSleep } from './abortable-sleep.js';
import { backoffMs, isIdempotent, retryableStatuses, retryAfterMs } from './retry-policy.js';
import { bodyOf } from './signable-request.js';

/** Which paths a client may reach, and so which secret it holds. */
export type PathFamily = 'company' | 'webhook';

const familyPrefix: Record<PathFamily, string> = {
  company: '/api/external_data/',
  webhook: '/_webhook/',
};

/** What the sending pipeline needs beyond the client options. */
export interface SigningFetchOptions extends ResolvedClientOptions {
  family: PathFamily;
  /** Filled into `{company_id}` of every company path. */
  companyId?: string;
  /** Randomness for jitter (tests pass a fixed one). */
  random?: () => number;
}

/**
 * The request pipeline under openapi-fetch: scope check → (per attempt) sign → send with a
 * timeout → decide on a retry. The body is read once (from the kept string) and every attempt is
 * signed afresh, so a retry never carries a stale timestamp.
 */
export function createSigningFetch(
  options: SigningFetchOptions,
): (request: Request) => Promise<Response> {
  const { secret, fetch, timeoutMs, retry, now, family, companyId, random = Math.random } = options;
  const prefix = familyPrefix[family];

  return async function signingFetch(request: Request): Promise<Response> {
    const url = companyId ? request.url.replace(/%7Bcompany_id%7D/gi, companyId) : request.url;
    const path = new URL(url).pathname;
    const method = request.method;
    if (!path.startsWith(prefix)) {
      const other = family === 'company' ? 'createWebhookClient' : 'createSpiffClient';
      throw new SpiffValidationError(
        'path',
        `${path} is not a ${family} path (${prefix}…); this client holds the ${family} secret. Use ${other} for it.`,
      );
    }
    const body = await bodyOf(request);
    const callerSignal = request.signal;
    const attempts = 1 + (retry.nonIdempotent || isIdempotent(method, path) ? retry.maxRetries : 0);
    const target = { method, path };

    for (let attempt = 1; ; attempt++) {
      const headers = new Headers(request.headers);
      headers.set(SIGNATURE_HEADER, await signPayload(secret, body, unixSeconds(now())));
      const timeout = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
      const signal = timeout ? AbortSignal.any([callerSignal, timeout]) : callerSignal;
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers,
          body: body === '' ? undefined : body,
          signal,
        });
      } catch (error) {
        if (callerSignal.aborted) throw callerSignal.reason;
        if (attempt < attempts) {
          await abortableSleep(backoffMs(attempt - 1, retry, random), callerSignal);
          continue;
        }
        if (timeout?.aborted) throw new SpiffTimeoutError(target, timeoutMs, attempt);
        throw new SpiffConnectionError(
          target,
          'could not connect or the connection was reset',
          attempt,
          error,
        );
      }
      if (attempt < attempts && retryableStatuses.has(response.status)) {
        const wait =
          retryAfterMs(response.headers.get('retry-after'), now()) ??
          backoffMs(attempt - 1, retry, random);
        await response.body?.cancel();
        await abortableSleep(wait, callerSignal);
        continue;
      }
      return response;
    }
  };
}
