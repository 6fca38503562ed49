/** Which requests a fault applies to; every given field must match. */
export interface FaultMatch {
  operationId?: string;
  method?: string;
  /** A substring or pattern of the request path. */
  path?: string | RegExp;
}

/**
 * A failure to inject. Exactly one of `status`, `reset`, `body` takes effect (in that order of
 * precedence); `latencyMs` delays any of them, or alone delays a normal answer.
 */
export interface Fault {
  match?: FaultMatch;
  /** How many matching requests it applies to (default 1). */
  times?: number;
  /** Answer this status instead of processing the request (nothing is stored). */
  status?: number;
  /** With `status`: a `Retry-After` header, in seconds or as an HTTP date. */
  retryAfter?: string | number;
  /** Wait this long before answering. */
  latencyMs?: number;
  /** Destroy the connection without answering (nothing is stored). */
  reset?: boolean;
  /** Process the request, then send a broken body: cut in half, or not JSON at all. */
  body?: 'truncated' | 'invalid-json';
}

interface QueuedFault extends Fault {
  remaining: number;
}

function matches(
  match: FaultMatch | undefined,
  operationId: string | undefined,
  method: string,
  path: string,
) {
  if (!match) return true;
  if (match.operationId !== undefined && match.operationId !== operationId) return false;
  if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
  if (match.path instanceof RegExp) return match.path.test(path);
  if (match.path !== undefined) return path.includes(match.path);
  return true;
}

/** Faults queued for the next matching requests; first queued, first applied. */
export class Faults {
  private readonly queue: QueuedFault[] = [];

  /** Queue a fault for the next `times` (default 1) matching requests. */
  add(fault: Fault): this {
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1)
      throw new RangeError('fault.times must be a positive integer');
    this.queue.push({ ...fault, remaining: times });
    return this;
  }

  /** How many fault applications are still queued. */
  get pending(): number {
    return this.queue.reduce((sum, f) => sum + f.remaining, 0);
  }

  /** Drops every queued fault, e.g. between tests. */
  clear(): void {
    this.queue.length = 0;
  }

  /** Takes the fault for this request, if one matches (the engine calls it). */
  take(operationId: string | undefined, method: string, path: string): Fault | undefined {
    const index = this.queue.findIndex((f) => matches(f.match, operationId, method, path));
    if (index < 0) return undefined;
    const fault = this.queue[index]!;
    if (--fault.remaining === 0) this.queue.splice(index, 1);
    return fault;
  }
}
