import type { Middleware } from 'openapi-fetch';
import { signPayload, unixSeconds, SIGNATURE_HEADER } from '@spiff-sdk/signature';
import { SpiffValidationError } from '../errors/validation-error.js';
import { bodyOf } from './signable-request.js';

/** Options of {@link createSignatureMiddleware}. */
export interface SignatureMiddlewareOptions {
  /** The company secret or webhook secret. */
  secret: string;
  /** The clock, in ms (default `Date.now`). */
  now?: () => number;
}

/**
 * An openapi-fetch middleware that signs every request with `secret`, for people who build their
 * own client. Pass `Request: SignableRequest` to `createClient` so it signs the kept body instead
 * of cloning the request. It signs once per call: if your `fetch` retries, sign in the retry loop
 * instead (as `createSpiffClient` does).
 */
export function createSignatureMiddleware(options: SignatureMiddlewareOptions): Middleware {
  const { secret, now = Date.now } = options;
  if (typeof secret !== 'string' || secret.trim() === '') {
    throw new SpiffValidationError('secret', 'the secret is empty.');
  }
  return {
    async onRequest({ request }) {
      const body = await bodyOf(request);
      request.headers.set(SIGNATURE_HEADER, await signPayload(secret, body, unixSeconds(now())));
      return request;
    },
  };
}
