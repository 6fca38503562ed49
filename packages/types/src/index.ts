/**
 * Types for every operation of the Spiff API, generated from `spec/spiff.openapi.yaml`.
 *
 * - `paths`, `operations` and `components` drive typed clients such as openapi-fetch.
 * - A named type for every component schema (`Import`, `ImportRequest`, `WebhookRecord`, …) for
 *   code that builds or reads bodies.
 * - Runtime arrays of enum values (`importActionValues`, `predefinedImportTargetValues`) for
 *   validating input against exactly what the spec allows.
 *
 * @packageDocumentation
 */
export * from './generated/spiff.js';
