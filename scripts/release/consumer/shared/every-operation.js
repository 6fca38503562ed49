// Calls all 14 Spiff operations through the published client against the published spiff-mock.
// Shared by the ESM and the CommonJS consumer, which each load the packages their own way.
const { spawn } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const { join } = require('node:path');
const { createInterface } = require('node:readline');

async function startSpiffMock(companyId, secret, mappingId, webhookSecret) {
  const bin = join(__dirname, '..', 'node_modules', '.bin', 'spiff-mock');
  const child = spawn(
    bin,
    [
      '--port',
      '0',
      '--company',
      `${companyId}:${secret}`,
      '--webhook',
      `${mappingId}:${webhookSecret}`,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve) => lines.once('line', resolve));
  lines.on('line', () => {});
  return { url, stop: () => child.kill('SIGTERM') };
}

/** @param {{ createSpiffClient: Function, createWebhookClient: Function }} sdk */
async function everyOperation(sdk, label) {
  const companyId = randomUUID();
  const secret = `company-${randomUUID()}`;
  const mappingId = `mapping-${randomUUID()}`;
  const webhookSecret = `webhook-${randomUUID()}`;
  const mock = await startSpiffMock(companyId, secret, mappingId, webhookSecret);
  const done = [];
  const check = (name, ok) => {
    if (!ok) throw new Error(`${label}: ${name} returned something unexpected`);
    done.push(name);
  };
  try {
    const spiff = sdk.createSpiffClient({ companyId, secret, baseUrl: mock.url });
    const hooks = sdk.createWebhookClient({ secret: webhookSecret, baseUrl: mock.url });

    check('testSignature', (await spiff.imports.testSignature()) === true);
    const job = await spiff.imports.create({
      import_target: 'teams',
      import_action: 'upsert',
      payload: [{ external_id: 'T1', name: 'EMEA' }],
    });
    check('createImport', typeof job.id === 'string');
    check('getImport', (await spiff.imports.get(job.id)).id === job.id);
    check('listImports', (await spiff.imports.list()).length >= 1);
    const object = await spiff.objects.create({
      label: 'Deal',
      fields: [{ label: 'Amount', type: 'currency' }],
    });
    check('createObject', typeof object.id === 'string');
    check('getObject', (await spiff.objects.get(object.id)).label === 'Deal');
    check(
      'updateObject',
      (await spiff.objects.update(object.id, { label: 'Deal 2', fields: [] })).label === 'Deal 2',
    );
    check('listObjects', (await spiff.objects.list()).length === 1);
    check('deleteObject', (await spiff.objects.delete(object.id)).id === object.id);
    check('testWebhook', (await hooks.test(mappingId, { external_id: 'R1' })).ok === true);
    check(
      'upsertRecord',
      (await hooks.upsert(mappingId, { external_id: 'R1', name: 'x' })).ok === true,
    );
    check('deleteRecord', (await hooks.delete(mappingId, { external_id: 'R1' })).ok === true);
    check(
      'upsertRecords',
      (await hooks.upsertMany(mappingId, [{ external_id: 'R2' }, { external_id: 'R3' }]))
        .accepted === 2,
    );
    check(
      'deleteRecords',
      (await hooks.deleteMany(mappingId, [{ external_id: 'R2' }])).accepted === 1,
    );
    const run = await spiff.imports.run({
      target: 'team_members',
      action: 'upsert',
      records: [{ external_id: 'E1' }],
      pollIntervalMs: 10,
    });
    check('imports.run', run.accepted === 1);
    const raw = await spiff.raw.GET('/api/external_data/{company_id}/objects');
    check('raw', raw.response.status === 200);
  } finally {
    mock.stop();
  }
  return `${label}: ${done.length - 2} operations, imports.run and raw passed against spiff-mock`;
}

module.exports = { everyOperation };
