import type { ForeignKey, Import, ImportAction, ImportRecord } from '@spiff-sdk/types';
import { importActionValues } from '@spiff-sdk/types';
import { SpiffError } from '../errors/spiff-error.js';
import { SpiffValidationError } from '../errors/validation-error.js';
import { abortableSleep } from '../transport/abortable-sleep.js';
import type { OperationCaller } from '../transport/operation-caller.js';
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
 * record belongs to exactly one chunk. `status` is Spiff's job status, or `not_sent` (never
 * submitted), `timeout` (still running when `timeoutMs` ran out) or `unknown` (submitted, but its
 * status could not be read).
 */
export interface ImportRunChunk {
  id: string | undefined;
  status: string;
  offset: number;
  records: number;
  errors: string[];
  warnings: string[];
}

/** The outcome of a run: `accepted + failed + unconfirmed === total`. */
export interface ImportRunResult {
  imports: ImportRunChunk[];
  /** Records of finished jobs, less one per import error. */
  accepted: number;
  /** Records of failed or unsent jobs, plus one per import error of a successful job. */
  failed: number;
  /** Records of jobs whose outcome is not known (`timeout`, `unknown`). */
  unconfirmed: number;
  /** Records read from the input so far. */
  total: number;
}

/** Progress after each finished job. */
export interface ImportRunProgress extends Omit<ImportRunResult, 'imports'> {
  chunk: ImportRunChunk;
}

/** What a stopped run leaves: the finished part, and what to send again. */
export interface ImportRunPartial extends ImportRunResult {
  /** Records read but not sent, by input position: send them again. */
  unsent: Array<{ offset: number; records: ImportRecord[] }>;
  /** The input from this position on was never read. */
  resumeFrom: number;
}

/** A run stopped before the end; `partial` says exactly which records made it. */
export class SpiffImportRunError extends SpiffError {
  override name = 'SpiffImportRunError';
  constructor(
    readonly partial: ImportRunPartial,
    cause: unknown,
  ) {
    super(
      `The import run stopped: ${(cause as Error)?.message?.replace(/^\[.+?\] /, '')} ` +
        `See error.partial: ${partial.accepted} accepted, resume from ${partial.resumeFrom}.`,
      { cause },
    );
  }
}

const positive = (field: string, value: number | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new SpiffValidationError(field, 'expected a positive whole number.');
  return value;
};

/** `imports.run`: chunk the records, submit each chunk as a job, poll it, account for every record. */
export async function runImport(call: OperationCaller, options: ImportRunOptions): Promise<ImportRunResult> {
  const { target, action, records, foreignKeys, onProgress, signal } = options;
  if (typeof target !== 'string' || !target.trim()) {
    throw new SpiffValidationError('target', 'name a predefined target (e.g. team_members) or an object id.');
  }
  if (!importActionValues.includes(action)) {
    throw new SpiffValidationError('action', `expected one of ${importActionValues.join(', ')}.`);
  }
  if (!records || !(Symbol.iterator in Object(records) || Symbol.asyncIterator in Object(records))) {
    throw new SpiffValidationError('records', 'pass an array, an iterable or an async iterable.');
  }
  const chunkSize = positive('chunkSize', options.chunkSize, 1000);
  const maxChunkBytes = positive('maxChunkBytes', options.maxChunkBytes, 10 << 20);
  const concurrency = positive('concurrency', options.concurrency, 1);
  const { pollIntervalMs = 1000, timeoutMs = 600_000 } = options;

  // The records' JSON is made once, while chunking; each body is assembled from it.
  const head =
    `{"import_target":${JSON.stringify(target)},"import_action":"${action}",` +
    (foreignKeys ? `"foreign_keys":${serializeForeignKeys(foreignKeys)},` : '') +
    '"payload":[';
  const PATH = '/api/external_data/{company_id}/imports';

  const result: ImportRunResult = { imports: [], accepted: 0, failed: 0, unconfirmed: 0, total: 0 };
  const unsent: ImportRunPartial['unsent'] = [];
  let failure: unknown;

  const finish = (chunk: ImportRunChunk, job?: Import) => {
    if (job) Object.assign(chunk, { status: job.status, errors: job.import_errors ?? [], warnings: job.warnings ?? [] });
    if (chunk.status === 'timeout' || chunk.status === 'unknown') result.unconfirmed += chunk.records;
    else {
      const failed = chunk.status === 'success' ? Math.min(chunk.errors.length, chunk.records) : chunk.records;
      result.failed += failed;
      result.accepted += chunk.records - failed;
    }
    onProgress?.({ ...result, imports: undefined, chunk } as ImportRunProgress);
  };

  async function processChunk({ offset, records: items, json }: RecordChunk, chunk: ImportRunChunk) {
    let job: Import;
    try {
      job = (await call<{ import: Import }>('createImport', 'POST', PATH, { body: null, bodySerializer: () => `${head}${json.join(',')}]}`, signal })).import;
    } catch (error) {
      failure ??= error;
      unsent.push({ offset, records: items });
      return finish(Object.assign(chunk, { status: 'not_sent' }));
    }
    chunk.id = job.id;
    const deadline = Date.now() + timeoutMs;
    try {
      for (let wait = pollIntervalMs; !isFinished(job); wait = Math.min(wait * 1.5, 10_000)) {
        if (Date.now() + wait > deadline) return finish(Object.assign(chunk, { status: 'timeout' }));
        await abortableSleep(wait, signal);
        const data = await call<{ imports?: Import[]; import?: Import }>('getImport', 'GET', `${PATH}/{id}`, { path: { id: job.id }, signal });
        job = data.import ?? data.imports?.find((i) => i.id === chunk.id) ?? job;
      }
    } catch (error) {
      if (signal?.aborted) throw error;
      return finish(Object.assign(chunk, { status: 'unknown', errors: [`Status unreadable: ${(error as Error).message}`] }));
    }
    finish(chunk, job);
  }

  const inFlight = new Set<Promise<void>>();
  let resumeFrom = 0;
  try {
    for await (const piece of chunkRecords(records, chunkSize, maxChunkBytes, new TextEncoder().encode(head).length + 2)) {
      signal?.throwIfAborted();
      const chunk: ImportRunChunk = { id: undefined, status: 'pending', offset: piece.offset, records: piece.records.length, errors: [], warnings: [] };
      result.imports.push(chunk);
      result.total += chunk.records;
      resumeFrom = chunk.offset + chunk.records;
      const task: Promise<void> = processChunk(piece, chunk).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
      if (failure) break;
    }
  } catch (error) {
    await Promise.allSettled(inFlight);
    if (signal?.aborted) throw signal.reason;
    failure = error;
    if (error instanceof ChunkingError) {
      // The chunk being built when a record could not be serialized: none of it was sent.
      const { offset, records: pending } = error.pending;
      failure = error.cause;
      if (pending.length) unsent.push(error.pending);
      result.total += pending.length;
      result.failed += pending.length;
      resumeFrom = offset + pending.length;
    }
  }
  await Promise.all(inFlight);
  signal?.throwIfAborted();
  if (failure) throw new SpiffImportRunError({ ...result, unsent, resumeFrom }, failure);
  return result;
}

function serializeForeignKeys(foreignKeys: ForeignKey[]): string {
  if (!Array.isArray(foreignKeys)) throw new SpiffValidationError('foreignKeys', 'expected an array.');
  return JSON.stringify(foreignKeys);
}
