import { describe, expect, it } from 'vitest';
import { spec, type Json } from './load-spec.js';

/** The 14 operations of Spiff's API reference, as listed in the notes. */
const seedOperations = [
  ['listImports', 'get', '/api/external_data/{company_id}/imports', 'Imports'],
  ['createImport', 'post', '/api/external_data/{company_id}/imports', 'Imports'],
  ['getImport', 'get', '/api/external_data/{company_id}/imports/{id}', 'Imports'],
  ['testSignature', 'post', '/api/external_data/{company_id}/imports/test', 'Imports'],
  ['upsertRecord', 'put', '/_webhook/mapping/{mapping_id}', 'Webhooks'],
  ['deleteRecord', 'delete', '/_webhook/mapping/{mapping_id}', 'Webhooks'],
  ['upsertRecords', 'put', '/_webhook/mapping/{mapping_id}/bulk', 'Webhooks'],
  ['deleteRecords', 'delete', '/_webhook/mapping/{mapping_id}/bulk', 'Webhooks'],
  ['testWebhook', 'put', '/_webhook/mapping/{mapping_id}/test', 'Test'],
  ['listObjects', 'get', '/api/external_data/{company_id}/objects', 'Objects - Alpha'],
  ['createObject', 'post', '/api/external_data/{company_id}/objects', 'Objects - Alpha'],
  ['getObject', 'get', '/api/external_data/{company_id}/objects/{id}', 'Objects - Alpha'],
  ['updateObject', 'put', '/api/external_data/{company_id}/objects/{id}', 'Objects - Alpha'],
  ['deleteObject', 'delete', '/api/external_data/{company_id}/objects/{id}', 'Objects - Alpha'],
] as const;

const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

function allOperations(): Array<{ path: string; method: string; op: Json; params: Json[] }> {
  return Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
    Object.entries<Json>(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, op]) => ({
        path,
        method,
        op,
        params: [...(item.parameters ?? []), ...(op.parameters ?? [])],
      })),
  );
}

const paramName = (p: Json): string =>
  p.$ref ? spec.components.parameters[p.$ref.split('/').pop()].name : p.name;

describe('the operations of the spec', () => {
  it('are exactly the 14 of the seed, with their methods, paths and tags', () => {
    const actual = allOperations()
      .map(({ path, method, op }) => [op.operationId, method, path, op.tags[0]])
      .sort();
    expect(actual).toEqual(seedOperations.map((o) => [...o]).sort());
  });

  it.each(allOperations().map((o) => [o.op.operationId, o] as const))(
    '%s has a Signature header, its path parameters, a summary, security and a 401',
    (_id, { path, op, params }) => {
      const names = params.map(paramName);
      expect(names).toContain('Signature');
      for (const [, name] of path.matchAll(/\{(\w+)\}/g)) expect(names).toContain(name);
      expect(op.summary).toBeTruthy();
      const scheme = path.startsWith('/_webhook/') ? 'webhookSignature' : 'companySignature';
      expect(op.security).toEqual([{ [scheme]: [] }]);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '401']));
    },
  );

  it('documents the four regions of the server', () => {
    expect(spec.servers[0].url).toBe('https://{subdomain}.spiff.com');
    expect(spec.servers[0].variables.subdomain).toMatchObject({
      default: 'app',
      enum: ['app', 'us1', 'eu', 'eu1'],
    });
  });
});
