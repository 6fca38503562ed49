/** How the mock judged a request's Signature header. */
export type SignatureVerdict =
  'valid' | 'missing' | 'malformed' | 'mismatch' | 'expired' | 'future' | 'not-checked';

/** One request the mock answered. Never holds a secret or the raw Signature header. */
export interface JournalEntry {
  /** When the request arrived, in ms since the epoch. */
  at: number;
  method: string;
  /** The path and query, as sent. */
  path: string;
  /** The spec operation it matched, if any. */
  operationId: string | undefined;
  status: number;
  signature: SignatureVerdict;
  /** The parsed JSON body (undefined for none, the raw text if it was not JSON). */
  body: unknown;
  /** The fault injected into this request, if any. */
  fault: string | undefined;
}

/**
 * The requests the mock answered, in order, for assertions in tests. It keeps the last `limit`
 * entries (default 10,000), so a long-running mock does not grow without bound.
 */
export class Journal {
  readonly entries: JournalEntry[] = [];

  constructor(private readonly limit = 10_000) {}

  /** Adds an entry, dropping the oldest beyond the limit (the engine calls it). */
  record(entry: JournalEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  /** The entries of one operation, e.g. `journal.of('createImport')`. */
  of(operationId: string): JournalEntry[] {
    return this.entries.filter((e) => e.operationId === operationId);
  }

  /** The last entry, if any. */
  get last(): JournalEntry | undefined {
    return this.entries.at(-1);
  }

  /** Forgets every entry, e.g. between tests. */
  clear(): void {
    this.entries.length = 0;
  }
}
