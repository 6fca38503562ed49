import type { Client } from 'openapi-fetch';
import type { CustomObject, Import, ImportRequest, ObjectPayload } from '@spiff-sdk/types';
import { SpiffNotFoundError } from './errors/api-error.js';
import { SpiffValidationError } from './errors/validation-error.js';
import { requireId } from './options/require-id.js';
import { pickImport, type ImportAnswer } from './imports/import-status.js';
import { runImport, type ImportRunOptions, type ImportRunResult } from './imports/run-import.js';
import type { BaseClientOptions } from './options/client-options.js';
import type { CompanyPaths } from './paths/scoped-paths.js';
import { createTransport } from './transport/create-transport.js';
import type { CallOptions } from './transport/operation-caller.js';

/** Options of {@link createSpiffClient}. */
export interface SpiffClientOptions extends BaseClientOptions {
  /** The company's UUID (Admin » Settings » Company Settings » Company Identifiers). */
  companyId: string;
  /** The company secret, issued by Spiff support. */
  secret: string;
}

/** The Import and Object APIs, signed with the company secret. */
export interface SpiffClient {
  imports: {
    /** All import jobs of the company. */
    list(options?: CallOptions): Promise<Import[]>;
    /** Submits one import job (not retried unless `retry.nonIdempotent`). */
    create(request: ImportRequest, options?: CallOptions): Promise<Import>;
    /** One import job, to follow its status. */
    get(id: string, options?: CallOptions): Promise<Import>;
    /** Resolves `true` when Spiff accepts the signature; throws `SpiffAuthenticationError` otherwise. */
    testSignature(options?: CallOptions): Promise<true>;
    /** Imports any number of records in chunked jobs, polling each to the end. */
    run(options: ImportRunOptions): Promise<ImportRunResult>;
  };
  objects: {
    /** All custom objects of the company, with their fields. */
    list(options?: CallOptions): Promise<CustomObject[]>;
    /** One custom object. */
    get(id: string, options?: CallOptions): Promise<CustomObject>;
    /** Creates an object (not retried unless `retry.nonIdempotent`). */
    create(object: ObjectPayload, options?: CallOptions): Promise<CustomObject>;
    /** Replaces an object's label and fields. */
    update(id: string, object: ObjectPayload, options?: CallOptions): Promise<CustomObject>;
    /** Deletes an object that holds no records. */
    delete(id: string, options?: CallOptions): Promise<CustomObject>;
  };
  /** The openapi-fetch client typed by the spec, already signing, with `company_id` filled in. */
  raw: Client<CompanyPaths>;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IMPORTS = '/api/external_data/{company_id}/imports';
const OBJECTS = '/api/external_data/{company_id}/objects';

/**
 * A client for the Import and Object APIs. Every request is signed with the company secret over
 * the exact bytes sent, idempotent calls are retried with backoff, and errors are typed.
 *
 * @example
 * const spiff = createSpiffClient({ companyId, secret, subdomain: 'eu' });
 * await spiff.imports.testSignature();
 */
export function createSpiffClient(options: SpiffClientOptions): SpiffClient {
  const companyId = options?.companyId;
  if (typeof companyId !== 'string' || !uuid.test(companyId)) {
    // Not echoed: a swapped companyId and secret would put the secret in the message.
    throw new SpiffValidationError(
      'companyId',
      'it is not a UUID. Copy it from Admin » Settings » Company Settings.',
    );
  }
  const { raw, call } = createTransport<CompanyPaths>(options, 'company', companyId);
  const signal = (o?: CallOptions) => ({ signal: o?.signal });

  return {
    imports: {
      list: async (o) =>
        (await call<{ imports: Import[] }>('listImports', 'GET', IMPORTS, signal(o))).imports,
      create: async (body, o) =>
        (await call<{ import: Import }>('createImport', 'POST', IMPORTS, { body, ...signal(o) }))
          .import,
      get: async (id, o) => {
        const path = requireId('id', id);
        const data = await call<ImportAnswer>('getImport', 'GET', `${IMPORTS}/{id}`, {
          path,
          ...signal(o),
        });
        const found = pickImport(data, id);
        if (found) return found;
        throw new SpiffNotFoundError({
          status: 404,
          operationId: 'getImport',
          method: 'GET',
          path: `/api/external_data/${companyId}/imports/${id}`,
          body: data,
        });
      },
      testSignature: async (o) => {
        await call('testSignature', 'POST', `${IMPORTS}/test`, {
          body: { company_id: companyId },
          ...signal(o),
        });
        return true;
      },
      run: (runOptions) => runImport(call, runOptions),
    },
    objects: {
      list: async (o) =>
        (await call<{ objects: CustomObject[] }>('listObjects', 'GET', OBJECTS, signal(o))).objects,
      get: async (id, o) =>
        (
          await call<{ object: CustomObject }>('getObject', 'GET', `${OBJECTS}/{id}`, {
            path: requireId('id', id),
            ...signal(o),
          })
        ).object,
      create: async (object, o) =>
        (
          await call<{ object: CustomObject }>('createObject', 'POST', OBJECTS, {
            body: { object },
            ...signal(o),
          })
        ).object,
      update: async (id, object, o) =>
        (
          await call<{ object: CustomObject }>('updateObject', 'PUT', `${OBJECTS}/{id}`, {
            path: requireId('id', id),
            body: { object },
            ...signal(o),
          })
        ).object,
      delete: async (id, o) =>
        (
          await call<{ object: CustomObject }>('deleteObject', 'DELETE', `${OBJECTS}/{id}`, {
            path: requireId('id', id),
            ...signal(o),
          })
        ).object,
    },
    raw,
  };
}
