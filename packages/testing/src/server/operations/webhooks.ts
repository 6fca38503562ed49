import type { WebhookRecord } from '@spiff-sdk/types';
import type { OperationHandler } from './operation-context.js';

const ok = { status: 200, body: { ok: true } };

/** The Webhook API and its Test operation: per-mapping record stores. */
export const webhookOperations: Record<string, OperationHandler> = {
  upsertRecord: ({ state, params, body }) => {
    state.upsertWebhookRecords(params.mapping_id!, [body as WebhookRecord]);
    return ok;
  },
  deleteRecord: ({ state, params, body }) => {
    state.deleteWebhookRecords(params.mapping_id!, [body as WebhookRecord]);
    return ok;
  },
  upsertRecords: ({ state, params, body }) => {
    state.upsertWebhookRecords(params.mapping_id!, body as WebhookRecord[]);
    return ok;
  },
  deleteRecords: ({ state, params, body }) => {
    state.deleteWebhookRecords(params.mapping_id!, body as WebhookRecord[]);
    return ok;
  },
  // Validated like an upsert (the engine did that), and stores nothing.
  testWebhook: () => ok,
};
