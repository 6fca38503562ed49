import type { Client } from 'openapi-fetch';
import type { WebhookRecord, WebhookResponse } from '@spiff-sdk/types';
import { requireId } from './options/require-id.js';
import type { BaseClientOptions } from './options/client-options.js';
import type { WebhookPaths } from './paths/scoped-paths.js';
import { createTransport } from './transport/create-transport.js';
import type { CallOptions } from './transport/operation-caller.js';
import {
  assertWebhookRecord,
  sendInBatches,
  type WebhookBulkOptions,
  type WebhookBulkResult,
} from './webhooks/send-in-batches.js';

/** Options of {@link createWebhookClient}. */
export interface WebhookClientOptions extends BaseClientOptions {
  /** The webhook connector's secret (shown once when the connector is created). */
  secret: string;
}

/** The Webhook API and its Test operation, signed with a webhook secret. */
export interface WebhookClient {
  /** Creates or updates one record (matched by `external_id`). A 200 means received, not yet written. */
  upsert(mappingId: string, record: WebhookRecord, options?: CallOptions): Promise<WebhookResponse>;
  /** Deletes one record by `external_id`. */
  delete(mappingId: string, record: WebhookRecord, options?: CallOptions): Promise<WebhookResponse>;
  /** Upserts many records in bulk requests, reporting each batch. */
  upsertMany(
    mappingId: string,
    records: readonly WebhookRecord[],
    options?: WebhookBulkOptions,
  ): Promise<WebhookBulkResult>;
  /** Deletes many records in bulk requests, reporting each batch. */
  deleteMany(
    mappingId: string,
    records: readonly WebhookRecord[],
    options?: WebhookBulkOptions,
  ): Promise<WebhookBulkResult>;
  /** Checks the secret and the record's format; stores nothing. */
  test(mappingId: string, record: WebhookRecord, options?: CallOptions): Promise<WebhookResponse>;
  /** The openapi-fetch client typed by the webhook paths, already signing. */
  raw: Client<WebhookPaths>;
}

const MAPPING = '/_webhook/mapping/{mapping_id}';

/**
 * A client for the Webhook API. It holds a webhook secret and can only reach `/_webhook/…` paths,
 * so a call can never be signed with the company secret.
 *
 * @example
 * const hooks = createWebhookClient({ secret: process.env.SPIFF_WEBHOOK_SECRET! });
 * await hooks.upsert(mappingId, { external_id: '12345', name: 'Jane Doe' });
 */
export function createWebhookClient(options: WebhookClientOptions): WebhookClient {
  const { raw, call } = createTransport<WebhookPaths>(options, 'webhook');

  const single =
    (operationId: string, method: string, suffix = '') =>
    async (mappingId: string, record: WebhookRecord, o?: CallOptions) => {
      const path = requireId('mapping_id', mappingId);
      assertWebhookRecord(record, 'record');
      return call<WebhookResponse>(operationId, method, MAPPING + suffix, {
        path,
        body: record,
        signal: o?.signal,
      });
    };
  const bulk =
    (operationId: string, method: string) =>
    async (mappingId: string, records: readonly WebhookRecord[], o: WebhookBulkOptions = {}) => {
      const path = requireId('mapping_id', mappingId);
      return sendInBatches(records, o, (body) =>
        call(operationId, method, `${MAPPING}/bulk`, { path, body, signal: o.signal }),
      );
    };

  return {
    upsert: single('upsertRecord', 'PUT'),
    delete: single('deleteRecord', 'DELETE'),
    test: single('testWebhook', 'PUT', '/test'),
    upsertMany: bulk('upsertRecords', 'PUT'),
    deleteMany: bulk('deleteRecords', 'DELETE'),
    raw,
  };
}
