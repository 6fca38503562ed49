import type { MockState } from '../mock-state.js';

/** What an operation handler gets: a request that is routed, authenticated and valid. */
export interface OperationContext {
  state: MockState;
  params: Record<string, string>;
  /** The parsed, spec-valid JSON body (undefined for operations without one). */
  body: unknown;
}

/** A status and JSON body to answer. */
export interface MockAnswer {
  status: number;
  body: unknown;
}

export type OperationHandler = (context: OperationContext) => MockAnswer;

/** Spiff's error body. */
export const errorAnswer = (status: number, error: string): MockAnswer => ({
  status,
  body: { error },
});
