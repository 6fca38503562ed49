/** The Object API (alpha) in one line per operation: create, get, update, list, delete. */
import { createSpiffClient } from '@spiff-sdk/client';
import { companyOptions, runExample } from './shared/connect.js';

await runExample('Object API', async (c) => {
  const spiff = createSpiffClient(companyOptions(c));
  const created = await spiff.objects.create({
    label: 'Territory',
    plural_label: 'Territories',
    fields: [{ label: 'Region', type: 'text' }],
  });
  console.log(`created ${created.label} ${created.id}`);
  const fetched = await spiff.objects.get(created.id);
  const updated = await spiff.objects.update(created.id, {
    label: 'Territory',
    fields: [...fetched.fields, { label: 'Country', type: 'text' }],
  });
  console.log(`updated: ${updated.fields.map((f) => f.label).join(', ')}`);
  console.log(`${(await spiff.objects.list()).length} objects in the company`);
  await spiff.objects.delete(created.id);
  console.log('deleted the empty object');
});
