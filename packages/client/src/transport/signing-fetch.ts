import { bodyOf } from './signable-request.js';
import type { SignedSender } from './signed-sender.js';

/**
 * The `fetch` openapi-fetch calls for `raw`: it hands the request to the signed sender, reading
 * the body from the kept string (no clone) and filling `{company_id}` for company clients.
 */
export function createSigningFetch(
  send: SignedSender,
  companyId?: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = companyId ? request.url.replace(/%7Bcompany_id%7D/gi, companyId) : request.url;
    return send({
      method: request.method,
      url,
      path: new URL(url).pathname,
      body: await bodyOf(request),
      headers: request.headers,
      signal: request.signal,
    });
  };
}
