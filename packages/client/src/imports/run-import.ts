import type { ForeignKey, Import, ImportAction, ImportRecord } from '@spiff-sdk/types';
import { importActionValues } from '@spiff-sdk/types';
import { SpiffError } from '../errors/spiff-error.js';
import { SpiffValidationError } from '../errors/validation-error.js';
import { abortableSleep } from '../transport/abortable-sleep.js';
import type { OperationCaller } from '../transport/operation-caller.js';
import { serializeBody } from '../transport/serialize-body.js';
import { isFinished, pickImport, type ImportAnswer } from './import-status.js';

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
      `Import run stopped (${partial.accepted} accepted; see .partial): ${(cause as Error)?.message}`,
      { cause },
    );
  }
}

const positive = (field: string, value: number | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new SpiffValidationError(field, 'expected a whole number ≥ 1.');
  return value;
};

const encoder = new TextEncoder();

/**
 * `imports.run`: reads the records lazily, serializes each once into chunks (bounded by
 * `chunkSize` and `maxChunkBytes`, so memory never grows with the input), submits each chunk as a
 * job, polls it to the end, and accounts for every record.
 */
export async function runImport(
  call: OperationCaller,
  options: ImportRunOptions,
): Promise<ImportRunResult> {
  const {
    target,
    action,
    records,
    foreignKeys,
    onProgress,
    signal,
    pollIntervalMs = 1000,
    timeoutMs = 600_000,
  } = options;
  if (typeof target !== 'string' || !target.trim())
    throw new SpiffValidationError('target', 'expected a target name or object id.');
  if (!importActionValues.includes(action))
    throw new SpiffValidationError('action', `expected ${importActionValues.join(' or ')}.`);
  if (!(Symbol.iterator in Object(records) || Symbol.asyncIterator in Object(records))) {
    throw new SpiffValidationError('records', 'expected an array, iterable or async iterable.');
  }
  const chunkSize = positive('chunkSize', options.chunkSize, 1000);
  const maxBytes = positive('maxChunkBytes', options.maxChunkBytes, 10 << 20);
  const concurrency = positive('concurrency', options.concurrency, 1);
  const head = `{"import_target":${JSON.stringify(target)},"import_action":"${action}",${
    foreignKeys ? `"foreign_keys":${serializeBody(foreignKeys, 'foreignKeys')},` : ''
  }"payload":[`;
  const envelope = encoder.encode(head).length + 2;
  const PATH = '/api/external_data/{company_id}/imports';

  const result: ImportRunResult = { imports: [], accepted: 0, failed: 0, unconfirmed: 0, total: 0 };
  const unsent: ImportRunPartial['unsent'] = [];
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;

  const finish = (chunk: ImportRunChunk, status: string, job?: Import) => {
    chunk.status = status;
    if (job)
      Object.assign(chunk, { errors: job.import_errors ?? [], warnings: job.warnings ?? [] });
    if (status === 'timeout' || status === 'unknown') result.unconfirmed += chunk.records;
    else {
      const failed =
        status === 'success' ? Math.min(chunk.errors.length, chunk.records) : chunk.records;
      result.failed += failed;
      result.accepted += chunk.records - failed;
    }
    onProgress?.({
      accepted: result.accepted,
      failed: result.failed,
      unconfirmed: result.unconfirmed,
      total: result.total,
      chunk,
    });
  };

  const submit = async (chunk: ImportRunChunk, items: ImportRecord[], json: string[]) => {
    let job: Import;
    try {
      const body = `${head}${json.join(',')}]}`;
      job = (await call<{ import: Import }>('createImport', 'POST', PATH, { json: body, signal }))
        .import;
    } catch (error) {
      failure ??= error;
      unsent.push({ offset: chunk.offset, records: items });
      return finish(chunk, 'not_sent');
    }
    chunk.id = job.id;
    const deadline = Date.now() + timeoutMs;
    try {
      for (let wait = pollIntervalMs; !isFinished(job); wait = Math.min(wait * 1.5, 10_000)) {
        if (Date.now() + wait > deadline) return finish(chunk, 'timeout');
        await abortableSleep(wait, signal);
        const data = await call<ImportAnswer>('getImport', 'GET', `${PATH}/{id}`, {
          path: { id: job.id },
          signal,
        });
        job = pickImport(data, job.id) ?? job;
      }
    } catch (error) {
      if (signal?.aborted) throw error;
      chunk.errors = [`Status unreadable: ${(error as Error).message}`];
      return finish(chunk, 'unknown');
    }
    finish(chunk, job.status, job);
  };

  let items: ImportRecord[] = [];
  let json: string[] = [];
  let bytes = envelope;
  let position = 0;
  const dispatch = async () => {
    const chunk: ImportRunChunk = {
      id: undefined,
      status: 'pending',
      offset: position - items.length,
      records: items.length,
      errors: [],
      warnings: [],
    };
    result.imports.push(chunk);
    result.total += items.length;
    const task: Promise<void> = submit(chunk, items, json).finally(() => inFlight.delete(task));
    inFlight.add(task);
    [items, json, bytes] = [[], [], envelope];
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  };

  try {
    for await (const record of records) {
      const field = `records[${position}]`;
      if (!record || typeof record !== 'object' || Array.isArray(record)) {
        throw new SpiffValidationError(field, 'expected an object of field values.');
      }
      const text = serializeBody(record, field);
      const size = encoder.encode(text).length + 1;
      if (envelope + size > maxBytes)
        throw new SpiffValidationError(field, 'larger than maxChunkBytes.');
      if (items.length === chunkSize || bytes + size > maxBytes) await dispatch();
      items.push(record);
      json.push(text);
      bytes += size;
      position++;
      // After a failed submission stop reading; this record is reported as unsent below.
      if (failure) break;
      signal?.throwIfAborted();
    }
    if (items.length && !failure) await dispatch();
  } catch (error) {
    failure = error;
  }
  await Promise.allSettled(inFlight);
  signal?.throwIfAborted();
  if (!failure) return result;
  // Records read into a chunk that was never dispatched (the input failed or a record was bad).
  if (items.length) {
    unsent.push({ offset: position - items.length, records: items });
    result.total += items.length;
    result.failed += items.length;
  }
  throw new SpiffImportRunError({ ...result, unsent, resumeFrom: position }, failure);
}
