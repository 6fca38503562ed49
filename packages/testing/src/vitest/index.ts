/**
 * A vitest helper that runs a mock Spiff around a test file. Requires `vitest` (a peer dependency).
 *
 * @packageDocumentation
 */
export { useMockSpiff } from './use-mock-spiff.js';
