import type { ImportRecord } from '@spiff-sdk/types';
import { SpiffValidationError } from '../errors/validation-error.js';
import { serializeBody } from '../transport/serialize-body.js';

/** A run of consecutive input records, serialized once, that becomes one import job. */
export interface RecordChunk {
  /** Position of the chunk, from 0. */
  index: number;
  /** Position of its first record in the input. */
  offset: number;
  records: ImportRecord[];
  /** Each record's JSON, in order. */
  json: string[];
}

/** Why chunking stopped early: a record that cannot be sent, and what was already read. */
export class ChunkingError extends Error {
  constructor(
    readonly cause: SpiffValidationError,
    /** The records read into the chunk being built; none of them was sent. */
    readonly pending: { offset: number; records: ImportRecord[] },
  ) {
    super(cause.message);
  }
}

/**
 * Reads records lazily (array, iterable or async iterable) into chunks of at most `chunkSize`
 * records and `maxChunkBytes` bytes of JSON, so memory is bounded by the chunk, never the input.
 */
export async function* chunkRecords(
  records: Iterable<ImportRecord> | AsyncIterable<ImportRecord>,
  chunkSize: number,
  maxChunkBytes: number,
  envelopeBytes: number,
): AsyncGenerator<RecordChunk> {
  const encoder = new TextEncoder();
  let chunk: RecordChunk = { index: 0, offset: 0, records: [], json: [] };
  let bytes = envelopeBytes;
  let position = 0;
  for await (const record of records) {
    const field = `records[${position}]`;
    try {
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        throw new SpiffValidationError(
          field,
          'each record must be a plain object of field values.',
        );
      }
      const json = serializeBody(record, field);
      const size = encoder.encode(json).length + 1;
      if (envelopeBytes + size > maxChunkBytes) {
        throw new SpiffValidationError(
          field,
          `it is ${size} bytes of JSON, more than maxChunkBytes (${maxChunkBytes}).`,
        );
      }
      if (chunk.records.length === chunkSize || bytes + size > maxChunkBytes) {
        yield chunk;
        chunk = { index: chunk.index + 1, offset: position, records: [], json: [] };
        bytes = envelopeBytes;
      }
      chunk.records.push(record);
      chunk.json.push(json);
      bytes += size;
      position++;
    } catch (error) {
      if (!(error instanceof SpiffValidationError)) throw error;
      throw new ChunkingError(error, { offset: chunk.offset, records: chunk.records });
    }
  }
  if (chunk.records.length > 0) yield chunk;
}
