/** The Import API in one line per operation: testSignature, create, get, list. */
import { createSpiffClient, isFinished } from '@spiff-sdk/client';
import { companyOptions, runExample } from './shared/connect.js';

await runExample('Import API', async (c) => {
  const spiff = createSpiffClient(companyOptions(c));
  await spiff.imports.testSignature();
  const job = await spiff.imports.create({
    import_target: 'teams',
    import_action: 'upsert',
    payload: [
      { external_id: 'TEAM-EMEA', name: 'EMEA' },
      { external_id: 'TEAM-NA', name: 'North America' },
    ],
  });
  console.log(`created import ${job.id}: ${job.status}`);
  let status = await spiff.imports.get(job.id);
  // isFinished is the SDK's rule for terminal statuses (imports.run polls with it too).
  while (!isFinished(status)) {
    await new Promise((r) => setTimeout(r, 50));
    status = await spiff.imports.get(job.id);
  }
  console.log(`import ${job.id}: ${status.status}, ${status.import_errors?.length ?? 0} errors`);
  console.log(`${(await spiff.imports.list()).length} imports in the company`);
});
