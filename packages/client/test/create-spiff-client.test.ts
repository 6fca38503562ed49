import { afterEach, describe, expect, it } from 'vitest';
import { makeCompany, makeImportRecord, makeObjectPayload } from '@spiff-sdk/testing';
import { useMockSpiff } from '@spiff-sdk/testing/vitest';
import {
  createSpiffClient,
  SpiffAuthenticationError,
  SpiffNotFoundError,
  SpiffUnprocessableEntityError,
  SpiffValidationError,
} from '../src/index.js';

const company = makeCompany();
const spiff = useMockSpiff({ companies: [company], importDelayMs: null });
const client = () =>
  createSpiffClient({ companyId: company.id, secret: company.secret, baseUrl: spiff.url });

afterEach(() => spiff.faults.clear());

describe('createSpiffClient: every company operation in one line', () => {
  it('imports: testSignature, create, get, list', async () => {
    const spiffClient = client();
    expect(await spiffClient.imports.testSignature()).toBe(true);
    const created = await spiffClient.imports.create({
      import_target: 'team_members',
      import_action: 'upsert',
      payload: [makeImportRecord()],
    });
    expect(created.status).toBe('pending');
    spiff.state.advance();
    expect(await spiffClient.imports.get(created.id)).toMatchObject({
      id: created.id,
      status: 'success',
    });
    expect((await spiffClient.imports.list()).map((i) => i.id)).toContain(created.id);
    expect(spiff.journal.entries.every((e) => e.signature === 'valid')).toBe(true);
  });

  it('objects: create, get, update, list, delete', async () => {
    const spiffClient = client();
    const created = await spiffClient.objects.create(makeObjectPayload({ label: 'Deal' }));
    expect(await spiffClient.objects.get(created.id)).toMatchObject({
      id: created.id,
      label: 'Deal',
    });
    const updated = await spiffClient.objects.update(created.id, { label: 'Deal 2', fields: [] });
    expect(updated.label).toBe('Deal 2');
    expect((await spiffClient.objects.list()).map((o) => o.id)).toContain(created.id);
    expect((await spiffClient.objects.delete(created.id)).id).toBe(created.id);
    await expect(spiffClient.objects.get(created.id)).rejects.toBeInstanceOf(SpiffNotFoundError);
  });

  it('raw: the openapi-fetch client, signing, with company_id filled in', async () => {
    const { raw } = client();
    const { data, error, response } = await raw.GET('/api/external_data/{company_id}/objects');
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(Array.isArray(data?.objects)).toBe(true);
    expect(spiff.journal.last?.path).toBe(`/api/external_data/${company.id}/objects`);
    const missing = await raw.GET('/api/external_data/{company_id}/objects/{id}', {
      params: { path: { id: 'nope' } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toEqual({ error: 'Unable to find the object' });
    const posted = await raw.POST('/api/external_data/{company_id}/imports/test', {
      body: { company_id: company.id },
    });
    expect(posted.data).toEqual({ success: true });
  });
});

describe('typed errors from Spiff', () => {
  it('a 401 for the wrong secret', async () => {
    const wrong = createSpiffClient({
      companyId: company.id,
      secret: 'not-the-secret',
      baseUrl: spiff.url,
    });
    const error = await wrong.imports.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpiffAuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      code: 'unauthorized',
      operationId: 'listImports',
      method: 'GET',
      path: `/api/external_data/${company.id}/imports`,
      spiffMessage: 'Could not validate HMAC Signature',
    });
  });

  it('a 404 for an unknown company and for an unknown import target', async () => {
    const other = makeCompany();
    const stranger = createSpiffClient({
      companyId: other.id,
      secret: other.secret,
      baseUrl: spiff.url,
    });
    await expect(stranger.objects.list()).rejects.toMatchObject({
      status: 404,
      spiffMessage: 'Unable to find the company',
    });
    await expect(
      client().imports.create({ import_target: other.id, import_action: 'upsert', payload: [] }),
    ).rejects.toMatchObject({
      code: 'not_found',
      spiffMessage: 'Unable to find the object for the import',
    });
  });

  it('a 422 when Spiff refuses to delete an object that holds records', async () => {
    const spiffClient = client();
    const object = await spiffClient.objects.create(makeObjectPayload());
    await spiffClient.imports.create({
      import_target: object.id,
      import_action: 'upsert',
      payload: [makeImportRecord()],
    });
    spiff.state.advance();
    await expect(spiffClient.objects.delete(object.id)).rejects.toBeInstanceOf(
      SpiffUnprocessableEntityError,
    );
  });
});

describe('bad input is refused before anything is sent', () => {
  it.each([
    ['companyId', { companyId: 'acme', secret: 's' }],
    ['secret', { companyId: company.id, secret: '' }],
    ['subdomain', { companyId: company.id, secret: 's', subdomain: 'mars' }],
    ['baseUrl', { companyId: company.id, secret: 's', baseUrl: 'not a url' }],
    ['timeoutMs', { companyId: company.id, secret: 's', timeoutMs: -1 }],
  ])('%s', (field, options) => {
    expect(() => createSpiffClient(options as never)).toThrow(SpiffValidationError);
    expect(() => createSpiffClient(options as never)).toThrow(expect.objectContaining({ field }));
  });

  it('a body that cannot be serialized, and an empty id', async () => {
    const spiffClient = client();
    const before = spiff.journal.entries.length;
    const cyclic: Record<string, unknown> = { external_id: '1' };
    cyclic.self = cyclic;
    await expect(
      spiffClient.imports.create({
        import_target: 'teams',
        import_action: 'upsert',
        payload: [cyclic],
      }),
    ).rejects.toThrow(/contains a cycle/);
    await expect(
      spiffClient.imports.create({
        import_target: 'teams',
        import_action: 'upsert',
        payload: [{ n: 1n }],
      }),
    ).rejects.toThrow(/BigInt/);
    await expect(spiffClient.objects.get('')).rejects.toThrow(SpiffValidationError);
    expect(spiff.journal.entries.length).toBe(before);
  });

  it('a company client cannot reach webhook paths', async () => {
    const { raw } = client();
    const before = spiff.journal.entries.length;
    // @ts-expect-error webhook paths are not in the company client's paths
    const attempt = raw.PUT('/_webhook/mapping/{mapping_id}', {
      params: { path: { mapping_id: 'm' } },
      body: { external_id: '1' },
    });
    await expect(attempt).rejects.toThrow(/not a company path.*createWebhookClient/);
    expect(spiff.journal.entries.length).toBe(before);
  });
});

describe('regions', () => {
  it('default to app and accept the four regions', async () => {
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      seen.push(String(input));
      return Response.json({ imports: [] });
    };
    for (const subdomain of [undefined, 'us1', 'eu', 'eu1'] as const) {
      await createSpiffClient({
        companyId: company.id,
        secret: 's',
        subdomain,
        fetch,
      }).imports.list();
    }
    expect(seen.map((u) => new URL(u).host)).toEqual([
      'app.spiff.com',
      'us1.spiff.com',
      'eu.spiff.com',
      'eu1.spiff.com',
    ]);
  });
});
