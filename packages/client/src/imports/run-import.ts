import type { Client } from 'openapi-fetch';
import type { Import, ImportAction, ImportRecord, ForeignKey } from '@spiff-sdk/types';
import { importActionValues } from '@spiff-sdk/types';
import { SpiffError } from '../errors/spiff-error.js';
import { SpiffValidationError } from '../errors/validation-error.js';
import type { CompanyPaths } from '../paths/scoped-paths.js';
import { abortableSleep } from '../transport/abortable-sleep.js';
import { callOperation } from '../transport/call-operation.js';
import { chunkRecords, ChunkingError, type RecordChunk } from './chunk-records.js';
import { isFinished } from './import-status.js';

/** What to import and how. */
export interface ImportRunOptions {
  /** A predefined target (`teams`, `sub_teams`, `team_members`, `plan_assignments`) or an object's id. */
  target: string;
  action: ImportAction;
  /** Any number of records: an array, an iterable or an async iterable (e.g. rows of a CSV stream). */
  records: Iterable<ImportRecord> | AsyncIterable<ImportRecord>;
  /** Relationship lookups, sent with every chunk. */
  foreignKeys?: ForeignKey[];
  /** Records per job (default 1000). */
  chunkSize?: number;
  /** Largest JSON body per job, in bytes (default 10 MB). */
  maxChunkBytes?: number;
  /** Jobs in flight at once (default 1). */
  concurrency?: number;
  /** First wait between status polls, in ms (default 1000); it grows 1.5× per poll up to 10 s. */
  pollIntervalMs?: number;
  /** Longest wait for one job to finish, in ms (default 10 minutes); then it is reported as `timeout`. */
  timeoutMs?: number;
  /** Called after each job finishes. */
  onProgress?: (progress: ImportRunProgress) => void;
  /** Stops the run: no new job is submitted, and the run rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * One chunk of the run. `offset` and `records` say which input records it holds: every input
 * record belongs to exactly one chunk.
 * `status` is Spiff's job status, or `not_sent` (never submitted), `timeout` (still running when
 * `timeoutMs` ran out) or `unknown` (submitted, but its status could not be read).
 */
export interface ImportRunChunk {
  id: string | undefined;
  status: string;
  offset: number;
  records: number;
  errors: string[];
  warnings: string[];
}

/** The outcome of a run. `accepted + failed + unconfirmed === total`. */
export interface ImportRunResult {
  imports: ImportRunChunk[];
  /** Records in finished jobs, less one per import error. */
  accepted: number;
  /** Records of failed or unsent jobs, plus one per import error of a successful job. */
  failed: number;
  /** Records of jobs whose outcome is not known (`timeout`, `unknown`). */
  unconfirmed: number;
  /** Records read from the input. */
  total: number;
}

/** Progress after each finished job. */
export interface ImportRunProgress extends Omit<ImportRunResult, 'imports'> {
  chunk: ImportRunChunk;
}

/** What a failed run leaves: the finished part, and the records that were never sent. */
export interface ImportRunPartial extends ImportRunResult {
  /** Records read but not sent, by position; resend them. */
  unsent: Array<{ offset: number; records: ImportRecord[] }>;
  /** Records from this position of the input on were never read. */
  resumeFrom: number;
}

/** A run stopped before the end; `partial` says exactly which records made it. */
export class SpiffImportRunError extends SpiffError {
  override name = 'SpiffImportRunError';
  constructor(
    message: string,
    readonly partial: ImportRunPartial,
    cause: unknown,
  ) {
    super(message, { cause });
  }
}

const positiveInteger = (field: string, value: number | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new SpiffValidationError(
      field,
      `expected a positive whole number, got ${String(value)}.`,
    );
  }
  return value;
};

type Summary = Omit<ImportRunResult, 'imports'>;

function tally(summary: Summary, chunk: ImportRunChunk): void {
  if (chunk.status === 'success') {
    const failed = Math.min(chunk.errors.length, chunk.records);
    summary.failed += failed;
    summary.accepted += chunk.records - failed;
  } else if (chunk.status === 'timeout' || chunk.status === 'unknown') {
    summary.unconfirmed += chunk.records;
  } else {
    summary.failed += chunk.records;
  }
}

/** `imports.run`: chunk, submit, poll, account for every record. */
export async function runImport(
  raw: Client<CompanyPaths>,
  secret: string,
  options: ImportRunOptions,
): Promise<ImportRunResult> {
  const { target, action, records, foreignKeys, onProgress, signal } = options;
  if (typeof target !== 'string' || target.trim() === '') {
    throw new SpiffValidationError(
      'target',
      'name a predefined target (e.g. team_members) or an object id.',
    );
  }
  if (!(importActionValues as readonly string[]).includes(action)) {
    throw new SpiffValidationError(
      'action',
      `"${String(action)}" is not one of ${importActionValues.join(', ')}.`,
    );
  }
  if (
    records === null ||
    typeof records !== 'object' ||
    !(Symbol.iterator in records || Symbol.asyncIterator in records)
  ) {
    throw new SpiffValidationError(
      'records',
      'pass an array, an iterable or an async iterable of records.',
    );
  }
  const chunkSize = positiveInteger('chunkSize', options.chunkSize, 1000);
  const maxChunkBytes = positiveInteger('maxChunkBytes', options.maxChunkBytes, 10 * 1024 * 1024);
  const concurrency = positiveInteger('concurrency', options.concurrency, 1);
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 600_000;

  const head =
    `{"import_target":${JSON.stringify(target)},"import_action":${JSON.stringify(action)},` +
    (foreignKeys ? `"foreign_keys":${JSON.stringify(foreignKeys)},` : '') +
    '"payload":[';
  const envelopeBytes = new TextEncoder().encode(head).length + 2;
  const path = '/api/external_data/{company_id}/imports';

  const results: ImportRunChunk[] = [];
  const summary: Summary = { accepted: 0, failed: 0, unconfirmed: 0, total: 0 };
  const unsent: ImportRunPartial['unsent'] = [];
  let failure: unknown;

  const finish = (chunk: ImportRunChunk) => {
    tally(summary, chunk);
    onProgress?.({ ...summary, chunk });
  };

  async function processChunk(chunk: RecordChunk, slot: ImportRunChunk): Promise<void> {
    let job: Import;
    try {
      job = await callOperation<{ import: Import }>(
        { operationId: 'createImport', method: 'POST', path: path.replace('{company_id}', '…') },
        secret,
        () =>
          raw.POST(path, {
            // The body below is what is sent: the records' JSON, serialized once while chunking.
            body: { import_target: target, import_action: action, payload: [] },
            bodySerializer: () => `${head}${chunk.json.join(',')}]}`,
            signal,
          }),
        signal,
      ).then((d) => d.import);
    } catch (error) {
      slot.status = 'not_sent';
      unsent.push({ offset: chunk.offset, records: chunk.records });
      failure ??= error;
      finish(slot);
      return;
    }
    slot.id = job.id;
    const deadline = Date.now() + timeoutMs;
    let wait = pollIntervalMs;
    try {
      while (!isFinished(job)) {
        if (Date.now() + wait > deadline) {
          slot.status = 'timeout';
          finish(slot);
          return;
        }
        await abortableSleep(wait, signal);
        wait = Math.min(wait * 1.5, 10_000);
        const id = job.id;
        const data = await callOperation<{ imports?: Import[]; import?: Import }>(
          { operationId: 'getImport', method: 'GET', path: `/api/external_data/…/imports/${id}` },
          secret,
          () =>
            raw.GET('/api/external_data/{company_id}/imports/{id}', {
              params: { path: { id } },
              signal,
            }),
          signal,
        );
        job = data.import ?? data.imports?.find((i) => i.id === id) ?? job;
      }
    } catch (error) {
      if (signal?.aborted) throw error;
      slot.status = 'unknown';
      slot.errors = [`The job's status could not be read: ${(error as Error).message}`];
      finish(slot);
      return;
    }
    slot.status = job.status;
    slot.errors = job.import_errors ?? [];
    slot.warnings = job.warnings ?? [];
    finish(slot);
  }

  const inFlight = new Set<Promise<void>>();
  let resumeFrom = 0;
  try {
    for await (const chunk of chunkRecords(records, chunkSize, maxChunkBytes, envelopeBytes)) {
      signal?.throwIfAborted();
      const slot: ImportRunChunk = {
        id: undefined,
        status: 'pending',
        offset: chunk.offset,
        records: chunk.records.length,
        errors: [],
        warnings: [],
      };
      results.push(slot);
      summary.total += slot.records;
      resumeFrom = chunk.offset + slot.records;
      const task: Promise<void> = processChunk(chunk, slot).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
      if (failure) break;
    }
  } catch (error) {
    await Promise.allSettled(inFlight);
    if (signal?.aborted) throw signal.reason;
    if (error instanceof ChunkingError) {
      if (error.pending.records.length > 0) unsent.push(error.pending);
      summary.total += error.pending.records.length;
      summary.failed += error.pending.records.length;
      resumeFrom = error.pending.offset + error.pending.records.length;
      failure = error.cause;
    } else {
      // The input itself failed (e.g. a CSV parse error): report what was done so far.
      failure = error;
    }
  }
  await Promise.all(inFlight);
  signal?.throwIfAborted();

  if (failure) {
    const partial: ImportRunPartial = { imports: results, ...summary, unsent, resumeFrom };
    const reason =
      failure instanceof Error
        ? failure.message.replace(/^\[@spiff-sdk\/client\] /, '')
        : String(failure);
    throw new SpiffImportRunError(
      `The import run stopped: ${reason} ${summary.accepted} records were accepted; ` +
        `${unsent.reduce((n, u) => n + u.records.length, 0)} read but not sent; input from position ${resumeFrom} not read.`,
      partial,
      failure,
    );
  }
  return { imports: results, ...summary };
}
