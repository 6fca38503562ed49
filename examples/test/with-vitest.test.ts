/**
 * Testing your integration with the mock in vitest: `useMockSpiff` starts it for this file,
 * and your code talks to it like to Spiff. Assert on what Spiff received through `state`/`journal`.
 */
import { describe, expect, it } from 'vitest';
import { createSpiffClient } from '@spiff-sdk/client';
import { makeCompany } from '@spiff-sdk/testing';
import { useMockSpiff } from '@spiff-sdk/testing/vitest';

/** The code under test: an integration that syncs teams from a CRM into Spiff. */
async function syncTeams(
  client: ReturnType<typeof createSpiffClient>,
  teams: Array<{ id: string; name: string }>,
) {
  return client.imports.run({
    target: 'teams',
    action: 'upsert',
    records: teams.map((t) => ({ external_id: t.id, name: t.name })),
    pollIntervalMs: 5,
  });
}

const company = makeCompany();
const spiff = useMockSpiff({ companies: [company], importDelayMs: 1 });

describe('syncTeams', () => {
  it('upserts every team, signed with the company secret', async () => {
    const client = createSpiffClient({
      companyId: company.id,
      secret: company.secret,
      baseUrl: spiff.url,
    });
    const result = await syncTeams(client, [
      { id: 'T1', name: 'EMEA' },
      { id: 'T2', name: 'APAC' },
    ]);
    expect(result).toMatchObject({ accepted: 2, failed: 0 });
    expect(spiff.state.records(company.id, 'teams').map((r) => r.fields.name)).toEqual([
      'EMEA',
      'APAC',
    ]);
    expect(spiff.journal.entries.every((e) => e.signature === 'valid')).toBe(true);
  });

  it('survives Spiff being briefly unavailable', async () => {
    spiff.faults.add({ status: 503, match: { operationId: 'getImport' } });
    const client = createSpiffClient({
      companyId: company.id,
      secret: company.secret,
      baseUrl: spiff.url,
      retry: { baseDelayMs: 1 },
    });
    expect((await syncTeams(client, [{ id: 'T3', name: 'NA' }])).accepted).toBe(1);
  });
});
