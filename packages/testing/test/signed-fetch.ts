import { signPayload } from '@spiff-sdk/signature';

/** Sends a request to the mock the way a client does: body serialized once, then signed. */
export async function signedFetch(
  url: string,
  init: {
    method?: string;
    body?: unknown;
    secret: string;
    timestamp?: number;
    signature?: string | null;
  },
) {
  const body =
    init.body === undefined
      ? undefined
      : typeof init.body === 'string'
        ? init.body
        : JSON.stringify(init.body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const signature =
    init.signature === undefined
      ? await signPayload(init.secret, body, init.timestamp)
      : init.signature;
  if (signature !== null) headers.signature = signature;
  const response = await fetch(url, { method: init.method ?? 'GET', body, headers });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}
