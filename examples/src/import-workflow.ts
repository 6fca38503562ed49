/**
 * The import workflow: any number of records from an async source, in chunked jobs, with every
 * record accounted for — and what to do when a run stops part-way.
 */
import { createSpiffClient, SpiffImportRunError, type ImportRecord } from '@spiff-sdk/client';
import { companyOptions, runExample } from './shared/connect.js';

async function* planAssignments(count: number): AsyncGenerator<ImportRecord> {
  for (let i = 0; i < count; i++)
    yield { external_id: `PA-${i}`, plan: 'FY27 AE Plan', user_email: `rep${i}@example.com` };
}

await runExample('Import workflow', async (c) => {
  const spiff = createSpiffClient(companyOptions(c));
  const result = await spiff.imports.run({
    target: 'plan_assignments',
    action: 'upsert',
    records: planAssignments(2_500),
    chunkSize: 1_000,
    pollIntervalMs: c.mock ? 20 : 1_000,
    onProgress: (p) =>
      console.log(`  job ${p.chunk.id}: ${p.chunk.status} (${p.accepted} accepted so far)`),
  });
  console.log(`${result.accepted} accepted, ${result.failed} failed of ${result.total}`);

  if (!c.mock) return;
  // The second job cannot be submitted: the run stops and says exactly what to send again.
  let creates = 0;
  c.mock.faults.clear();
  const flaky = createSpiffClient({
    ...companyOptions(c),
    fetch: async (input, init) => {
      if (init?.method === 'POST' && ++creates === 2) c.mock!.faults.add({ status: 503 });
      return fetch(input, init);
    },
  });
  try {
    await flaky.imports.run({
      target: 'plan_assignments',
      action: 'upsert',
      records: planAssignments(2_500),
      pollIntervalMs: 20,
    });
  } catch (error) {
    if (!(error instanceof SpiffImportRunError)) throw error;
    const { accepted, unsent, resumeFrom } = error.partial;
    const toResend = unsent.reduce((n, u) => n + u.records.length, 0);
    console.log(
      `stopped: ${accepted} accepted, ${toResend} to send again, input to resume from position ${resumeFrom}`,
    );
  }
});
