/**
 * A typed, signing client for the Spiff API, built on openapi-fetch.
 *
 * - {@link createSpiffClient}: the Import and Object APIs, with the company secret.
 * - {@link createWebhookClient}: the Webhook API, with a webhook secret.
 * - {@link createSignatureMiddleware}: signing for your own openapi-fetch client.
 *
 * @packageDocumentation
 */
export {
  createSpiffClient,
  type SpiffClient,
  type SpiffClientOptions,
} from './create-spiff-client.js';
export {
  createWebhookClient,
  type WebhookClient,
  type WebhookClientOptions,
} from './create-webhook-client.js';
export {
  createSignatureMiddleware,
  type SignatureMiddlewareOptions,
} from './transport/signature-middleware.js';
export { SignableRequest } from './transport/signable-request.js';
export type { CallOptions } from './transport/operation-caller.js';
export type { BaseClientOptions, RetryOptions } from './options/client-options.js';
export { SPIFF_REGIONS, type SpiffRegion } from './options/regions.js';
export type { CompanyPaths, WebhookPaths } from './paths/scoped-paths.js';
export {
  SpiffImportRunError,
  type ImportRunChunk,
  type ImportRunOptions,
  type ImportRunPartial,
  type ImportRunProgress,
  type ImportRunResult,
} from './imports/run-import.js';
export { isFinished } from './imports/import-status.js';
export type {
  WebhookBatchResult,
  WebhookBulkOptions,
  WebhookBulkResult,
} from './webhooks/send-in-batches.js';
export { SpiffError } from './errors/spiff-error.js';
export {
  SpiffApiError,
  SpiffAuthenticationError,
  SpiffBadRequestError,
  SpiffNotFoundError,
  SpiffRateLimitError,
  SpiffServerError,
  SpiffUnprocessableEntityError,
  type SpiffApiErrorCode,
  type SpiffApiErrorInit,
} from './errors/api-error.js';
export { SpiffValidationError } from './errors/validation-error.js';
export {
  SpiffConnectionError,
  SpiffTimeoutError,
  type RequestTarget,
} from './errors/transport-errors.js';
export * from '@spiff-sdk/signature';
export type {
  CustomObject,
  ErrorBody,
  Import,
  ImportAction,
  ImportRecord,
  ImportRequest,
  ImportTarget,
  ObjectField,
  ObjectPayload,
  WebhookRecord,
  WebhookResponse,
} from '@spiff-sdk/types';
