import createClient, { type Client } from 'openapi-fetch';
import { resolveClientOptions, type BaseClientOptions } from '../options/client-options.js';
import { createOperationCaller, type OperationCaller } from './operation-caller.js';
import { serializeBody } from './serialize-body.js';
import { SignableRequest } from './signable-request.js';
import { createSignedSender, type PathFamily } from './signed-sender.js';
import { createSigningFetch } from './signing-fetch.js';

/** What both clients are built from: `raw` and the ergonomic methods share one signed sender. */
export interface Transport<Paths extends {}> {
  raw: Client<Paths>;
  call: OperationCaller;
}

/**
 * Checks the options once and builds the signed pipeline for one path family. A company client
 * passes its `companyId`, which fills `{company_id}` in every path.
 */
export function createTransport<Paths extends {}>(
  options: BaseClientOptions,
  family: PathFamily,
  companyId?: string,
): Transport<Paths> {
  const config = resolveClientOptions(options, `${family} secret`);
  const send = createSignedSender({ ...config, family });
  return {
    raw: createClient<Paths>({
      baseUrl: config.baseUrl,
      Request: SignableRequest,
      fetch: createSigningFetch(send, companyId),
      bodySerializer: (body) => serializeBody(body),
    }),
    call: createOperationCaller(
      send,
      config.baseUrl,
      config.secret,
      companyId ? { company_id: companyId } : {},
    ),
  };
}
