/**
 * Test Spiff integrations offline: a stateful mock Spiff that verifies signatures, validates
 * against the spec, runs import jobs and injects faults; plus fixtures and factories.
 *
 * msw handlers live in `@spiff-sdk/testing/msw`, the vitest helper in `@spiff-sdk/testing/vitest`.
 *
 * @packageDocumentation
 */
export {
  startMockSpiff,
  type MockSpiffServer,
  type StartMockSpiffOptions,
} from './server/start-mock-spiff.js';
export {
  MockSpiffEngine,
  type MockRequest,
  type MockResponse,
  type MockSpiffOptions,
} from './server/mock-spiff-engine.js';
export {
  MockState,
  type MockCompany,
  type MockWebhook,
  type StoredRecord,
} from './server/mock-state.js';
export { Journal, type JournalEntry, type SignatureVerdict } from './server/journal.js';
export { Faults, type Fault, type FaultMatch } from './server/faults.js';
export { SpecValidator, type ValidationIssue } from './validation/spec-validator.js';
export type { OpenApiDocument } from './validation/openapi-document.js';
export { openapiDocument } from './generated/openapi-document.js';
export { operationFixtures, schemaFixtures } from './generated/fixtures.js';
export type { OperationId, RequestBodyOf, ResponseBodyOf } from './fixtures/operation-bodies.js';
export {
  makeCompany,
  makeImport,
  makeImportRecord,
  makeImportRequest,
  makeObject,
  makeObjectPayload,
  makeWebhookMapping,
  makeWebhookRecord,
  uniqueExternalId,
} from './fixtures/factories.js';

import { operationFixtures, schemaFixtures } from './generated/fixtures.js';
/** Every fixture: `fixtures.schemas.Import`, `fixtures.operations.createImport.responses[200]`. */
export const fixtures = { schemas: schemaFixtures, operations: operationFixtures };
