import { describe, expectTypeOf, it } from 'vitest';
import type { CustomObject, Import } from '@spiff-sdk/types';
import { createSpiffClient, createWebhookClient, type ImportRunResult } from '../src/index.js';

const spiff = createSpiffClient({ companyId: '00000000-0000-4000-8000-000000000000', secret: 's' });
const hooks = createWebhookClient({ secret: 's' });

describe('the ergonomic API is typed by the spec', () => {
  it('returns the spec types', () => {
    expectTypeOf(spiff.imports.get).returns.toEqualTypeOf<Promise<Import>>();
    expectTypeOf(spiff.objects.list).returns.toEqualTypeOf<Promise<CustomObject[]>>();
    expectTypeOf(spiff.imports.run).returns.toEqualTypeOf<Promise<ImportRunResult>>();
  });

  it('rejects bodies the spec forbids', () => {
    // @ts-expect-error payload is required
    void spiff.imports.create({ import_target: 'teams', import_action: 'upsert' });
    // @ts-expect-error not an import action
    void spiff.imports.create({ import_target: 'teams', import_action: 'merge', payload: [] });
    // @ts-expect-error a webhook record needs external_id
    void hooks.upsert('m', { name: 'Jane' });
    // @ts-expect-error an object needs a label
    void spiff.objects.create({ fields: [] });
    // @ts-expect-error an unknown region
    void createSpiffClient({ companyId: 'x', secret: 's', subdomain: 'mars' });
  });
});

describe('raw is openapi-fetch typed by the scoped paths', () => {
  it('fills company_id and Signature: a list call needs no params', () => {
    void spiff.raw.GET('/api/external_data/{company_id}/imports');
    void spiff.raw.POST('/api/external_data/{company_id}/imports/test', {
      body: { company_id: 'x' },
    });
  });

  it('still requires the other path params, and types the data', async () => {
    // @ts-expect-error the import id is required
    void spiff.raw.GET('/api/external_data/{company_id}/imports/{id}');
    const { data } = await spiff.raw.GET('/api/external_data/{company_id}/imports/{id}', {
      params: { path: { id: 'i' } },
    });
    expectTypeOf(data).toEqualTypeOf<{ imports: Import[] } | undefined>();
  });

  it('rejects wrong paths, methods and bodies', () => {
    const imports = '/api/external_data/{company_id}/imports' as const;
    const noPayload = { import_target: 'teams', import_action: 'upsert' } as const;
    const record = { external_id: '1' };
    // @ts-expect-error not a Spiff path
    void spiff.raw.GET('/api/external_data/{company_id}/users');
    // @ts-expect-error imports cannot be deleted by path
    void spiff.raw.DELETE(imports);
    // @ts-expect-error payload is required
    void spiff.raw.POST(imports, { body: noPayload });
    // @ts-expect-error the webhook client has no company paths
    void hooks.raw.GET(imports);
    // @ts-expect-error the mapping id is required
    void hooks.raw.PUT('/_webhook/mapping/{mapping_id}', { body: record });
  });
});
