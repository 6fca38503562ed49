/**
 * The main job (`pnpm start`): a realistic Spiff integration, end to end. Against the embedded
 * mock by default; against real Spiff when SPIFF_COMPANY_ID, SPIFF_SECRET and SPIFF_SUBDOMAIN are
 * set (it then writes demo data into that tenant: use a sandbox).
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import {
  createSpiffClient,
  createWebhookClient,
  SpiffError,
  type ImportRecord,
} from '@spiff-sdk/client';
import { companyOptions, connect, webhookOptions } from '../shared/connect.js';
import { createProgress } from './progress.js';

const csvUrl = new URL('../../data/team-members.csv', import.meta.url);
const started = performance.now();
let step = 'connect';

async function countRows(url: URL): Promise<number> {
  let newlines = 0;
  for await (const chunk of createReadStream(url))
    for (const byte of chunk as Buffer) if (byte === 10) newlines++;
  return newlines - 1; // minus the header row
}

const connection = await connect();
try {
  const where =
    connection.kind === 'mock'
      ? `the embedded mock Spiff at ${connection.baseUrl} (nothing leaves this machine)`
      : `Spiff (${connection.baseUrl ?? `${connection.subdomain}.spiff.com`})`;
  console.log(`spiff-sdk demo — against ${where}\n`);
  const spiff = createSpiffClient(companyOptions(connection));
  const poll = connection.kind === 'mock' ? 25 : 1000;

  step = 'check the credentials';
  await spiff.imports.testSignature();
  console.log('✔ Credentials: the company secret signs requests Spiff accepts');

  step = 'create a custom object';
  const object = await spiff.objects.create({
    label: 'Quota Plan (spiff-sdk demo)',
    plural_label: 'Quota Plans (spiff-sdk demo)',
    fields: [
      { label: 'Quota', type: 'currency' },
      { label: 'Period', type: 'text' },
    ],
  });
  console.log(
    `✔ Object: created "${object.label}" (${object.id}) with ${object.fields.length} fields`,
  );

  step = 'import team members from the CSV';
  const total = await countRows(csvUrl);
  console.log(
    `… Import: ${total} team members from examples/data/team-members.csv, streamed through csv-parse`,
  );
  const rows = createReadStream(csvUrl).pipe(
    parse({ columns: true, skip_empty_lines: true }),
  ) as AsyncIterable<ImportRecord>;
  const progress = createProgress(total);
  const result = await spiff.imports.run({
    target: 'team_members',
    action: 'upsert',
    records: rows,
    chunkSize: 1000,
    concurrency: 2,
    pollIntervalMs: poll,
    onProgress: (p) => progress.update(p.accepted + p.failed + p.unconfirmed, p.failed),
  });
  progress.finish();
  console.log(
    `✔ Import: ${result.accepted} accepted, ${result.failed} failed, ${result.unconfirmed} unconfirmed, in ${result.imports.length} jobs`,
  );

  let webhookSummary = 'skipped (set SPIFF_WEBHOOK_SECRET and SPIFF_MAPPING_ID)';
  if (connection.webhook) {
    step = 'upsert and delete records through the webhook API';
    const hooks = createWebhookClient(webhookOptions(connection, connection.webhook.secret));
    const { mappingId } = connection.webhook;
    const deals = Array.from({ length: 25 }, (_, i) => ({
      external_id: `DEAL-${1000 + i}`,
      name: `Deal ${1000 + i}`,
      amount: String(5000 + i * 250),
    }));
    await hooks.test(mappingId, deals[0]!);
    const upserted = await hooks.upsertMany(mappingId, deals, { batchSize: 10 });
    await hooks.upsert(mappingId, { external_id: 'DEAL-2000', name: 'Late deal', amount: '12000' });
    await hooks.delete(mappingId, { external_id: 'DEAL-2000' });
    const deleted = await hooks.deleteMany(mappingId, deals.slice(0, 5));
    webhookSummary = `${upserted.accepted} upserted in ${upserted.batches.length} batches, ${deleted.accepted + 1} deleted`;
    console.log(`✔ Webhooks: ${webhookSummary}`);
  }

  step = 'list the imports';
  const imports = await spiff.imports.list();
  const succeeded = imports.filter((i) => i.status === 'success').length;
  console.log(`✔ Imports: ${imports.length} jobs listed, ${succeeded} succeeded`);

  step = 'clean up the demo object';
  await spiff.objects.delete(object.id);
  console.log('✔ Object: deleted the (empty) demo object');

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\nSummary: ${result.accepted} records accepted, ${result.failed} failed; ${result.imports.length} import jobs; ` +
      `webhooks: ${webhookSummary}; ${seconds} s.`,
  );
  if (result.failed + result.unconfirmed > 0) process.exitCode = 1;
} catch (error) {
  const hint = error instanceof SpiffError ? '' : ' (an unexpected error: please report it)';
  console.error(`\n✖ The demo failed to ${step}: ${(error as Error).message}${hint}`);
  process.exitCode = 1;
} finally {
  await connection.close();
}
