import type { WebhookRecord } from '@spiff-sdk/types';
import { SpiffError } from '../errors/spiff-error.js';
import { SpiffValidationError } from '../errors/validation-error.js';

/** The outcome of one bulk request. */
export interface WebhookBatchResult {
  /** Position of the batch's first record in the input array. */
  offset: number;
  count: number;
  ok: boolean;
  /** Why the batch failed; its records were not accepted. */
  error?: SpiffError;
}

/** The outcome of `upsertMany`/`deleteMany`: every record is in exactly one batch. */
export interface WebhookBulkResult {
  batches: WebhookBatchResult[];
  accepted: number;
  failed: number;
  total: number;
}

/** Options of `upsertMany`/`deleteMany`. */
export interface WebhookBulkOptions {
  /** Records per bulk request (default 500). */
  batchSize?: number;
  signal?: AbortSignal;
}

/** Checks that every record can be sent: an object with a non-empty string `external_id`. */
export function assertWebhookRecord(
  record: unknown,
  field: string,
): asserts record is WebhookRecord {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new SpiffValidationError(field, 'a webhook record must be an object of field values.');
  }
  const id = (record as { external_id?: unknown }).external_id;
  if (typeof id !== 'string' || id === '') {
    throw new SpiffValidationError(
      `${field}.external_id`,
      'every webhook record needs a non-empty string external_id (its primary key in Spiff).',
    );
  }
}

/**
 * Sends records in bulk requests of `batchSize`, one after another, and reports each batch. Every
 * record is checked before the first request, so bad input sends nothing.
 */
export async function sendInBatches(
  records: readonly WebhookRecord[],
  options: WebhookBulkOptions,
  send: (batch: WebhookRecord[]) => Promise<unknown>,
): Promise<WebhookBulkResult> {
  if (!Array.isArray(records))
    throw new SpiffValidationError('records', 'pass an array of records.');
  records.forEach((r, i) => assertWebhookRecord(r, `records[${i}]`));
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new SpiffValidationError(
      'batchSize',
      `expected a positive whole number, got ${String(batchSize)}.`,
    );
  }
  const result: WebhookBulkResult = { batches: [], accepted: 0, failed: 0, total: records.length };
  for (let offset = 0; offset < records.length; offset += batchSize) {
    const batch = records.slice(offset, offset + batchSize);
    try {
      await send(batch);
      result.batches.push({ offset, count: batch.length, ok: true });
      result.accepted += batch.length;
    } catch (error) {
      if (!(error instanceof SpiffError) || options.signal?.aborted) throw error;
      result.batches.push({ offset, count: batch.length, ok: false, error });
      result.failed += batch.length;
    }
  }
  return result;
}
