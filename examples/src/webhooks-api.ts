/** The Webhook API with its own secret: test, upsert, delete, and bulk upsert/delete in batches. */
import { createWebhookClient } from '@spiff-sdk/client';
import { runExample, webhookOptions } from './shared/connect.js';

await runExample('Webhook API', async (c) => {
  if (!c.webhook) {
    console.log('skipped: set SPIFF_WEBHOOK_SECRET and SPIFF_MAPPING_ID');
    return;
  }
  const { mappingId, secret } = c.webhook;
  const hooks = createWebhookClient(webhookOptions(c, secret));
  await hooks.test(mappingId, { external_id: 'OPP-1', name: 'Acme renewal' }); // stores nothing
  await hooks.upsert(mappingId, { external_id: 'OPP-1', name: 'Acme renewal', amount: '48000' });
  const opportunities = Array.from({ length: 120 }, (_, i) => ({
    external_id: `OPP-${100 + i}`,
    name: `Opportunity ${i}`,
  }));
  const bulk = await hooks.upsertMany(mappingId, opportunities, { batchSize: 50 });
  console.log(`bulk upsert: ${bulk.accepted}/${bulk.total} in ${bulk.batches.length} batches`);
  await hooks.delete(mappingId, { external_id: 'OPP-1' });
  const removed = await hooks.deleteMany(mappingId, opportunities.slice(0, 20));
  console.log(`bulk delete: ${removed.accepted} records`);
});
