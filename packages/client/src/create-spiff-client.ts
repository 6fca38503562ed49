import createClient, { type Client } from 'openapi-fetch';
import type { CustomObject, Import, ImportRequest, ObjectPayload } from '@spiff-sdk/types';
import { SpiffNotFoundError } from './errors/api-error.js';
import { SpiffValidationError } from './errors/validation-error.js';
import { runImport, type ImportRunOptions, type ImportRunResult } from './imports/run-import.js';
import { resolveClientOptions, type BaseClientOptions } from './options/client-options.js';
import type { CompanyPaths } from './paths/scoped-paths.js';
import { callOperation, type CallOptions } from './transport/call-operation.js';
import { serializeBody } from './transport/serialize-body.js';
import { SignableRequest } from './transport/signable-request.js';
import { createSigningFetch } from './transport/signing-fetch.js';

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
    list(options?: CallOptions): Promise<CustomObject[]>;
    get(id: string, options?: CallOptions): Promise<CustomObject>;
    /** Creates an object (not retried unless `retry.nonIdempotent`). */
    create(object: ObjectPayload, options?: CallOptions): Promise<CustomObject>;
    update(id: string, object: ObjectPayload, options?: CallOptions): Promise<CustomObject>;
    /** Deletes an object that holds no records. */
    delete(id: string, options?: CallOptions): Promise<CustomObject>;
  };
  /** The openapi-fetch client typed by the spec, already signing, with `company_id` filled in. */
  raw: Client<CompanyPaths>;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requireId(field: string, id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '') {
    throw new SpiffValidationError(field, 'expected a non-empty string id.');
  }
  return id;
}

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
    throw new SpiffValidationError(
      'companyId',
      // The value is not echoed: a swapped companyId and secret would put the secret in the message.
      'it is not a UUID. Copy it from Admin » Settings » Company Settings » Company Identifiers.',
    );
  }
  const config = resolveClientOptions(options, 'company secret');
  const raw = createClient<CompanyPaths>({
    baseUrl: config.baseUrl,
    Request: SignableRequest,
    fetch: createSigningFetch({ ...config, family: 'company', companyId }),
    bodySerializer: (body) => serializeBody(body),
  });
  const base = `/api/external_data/${companyId}`;
  const call = <Data>(
    operationId: string,
    method: string,
    path: string,
    send: () => Promise<any>,
    o?: CallOptions,
  ) =>
    // eslint-disable-line @typescript-eslint/no-explicit-any
    callOperation<Data>({ operationId, method, path: base + path }, config.secret, send, o?.signal);

  const imports: SpiffClient['imports'] = {
    list: async (o) =>
      (
        await call<{ imports: Import[] }>(
          'listImports',
          'GET',
          '/imports',
          () => raw.GET('/api/external_data/{company_id}/imports', { signal: o?.signal }),
          o,
        )
      ).imports,

    create: async (request, o) =>
      (
        await call<{ import: Import }>(
          'createImport',
          'POST',
          '/imports',
          () =>
            raw.POST('/api/external_data/{company_id}/imports', {
              body: request,
              signal: o?.signal,
            }),
          o,
        )
      ).import,

    get: async (id, o) => {
      requireId('id', id);
      const data = await call<{ imports?: Import[]; import?: Import }>(
        'getImport',
        'GET',
        `/imports/${id}`,
        () =>
          raw.GET('/api/external_data/{company_id}/imports/{id}', {
            params: { path: { id } },
            signal: o?.signal,
          }),
        o,
      );
      // The reference wraps one job as a list; accept the single form too.
      const found = data.import ?? data.imports?.find((i) => i.id === id) ?? data.imports?.[0];
      if (!found) {
        throw new SpiffNotFoundError({
          status: 404,
          operationId: 'getImport',
          method: 'GET',
          path: `${base}/imports/${id}`,
          body: data,
        });
      }
      return found;
    },

    testSignature: async (o) => {
      await call(
        'testSignature',
        'POST',
        '/imports/test',
        () =>
          raw.POST('/api/external_data/{company_id}/imports/test', {
            body: { company_id: companyId },
            signal: o?.signal,
          }),
        o,
      );
      return true;
    },

    run: (runOptions) => runImport(raw, config.secret, runOptions),
  };

  const objects: SpiffClient['objects'] = {
    list: async (o) =>
      (
        await call<{ objects: CustomObject[] }>(
          'listObjects',
          'GET',
          '/objects',
          () => raw.GET('/api/external_data/{company_id}/objects', { signal: o?.signal }),
          o,
        )
      ).objects,

    get: async (id, o) =>
      (
        await call<{ object: CustomObject }>(
          'getObject',
          'GET',
          `/objects/${requireId('id', id)}`,
          () =>
            raw.GET('/api/external_data/{company_id}/objects/{id}', {
              params: { path: { id } },
              signal: o?.signal,
            }),
          o,
        )
      ).object,

    create: async (object, o) =>
      (
        await call<{ object: CustomObject }>(
          'createObject',
          'POST',
          '/objects',
          () =>
            raw.POST('/api/external_data/{company_id}/objects', {
              body: { object },
              signal: o?.signal,
            }),
          o,
        )
      ).object,

    update: async (id, object, o) =>
      (
        await call<{ object: CustomObject }>(
          'updateObject',
          'PUT',
          `/objects/${requireId('id', id)}`,
          () =>
            raw.PUT('/api/external_data/{company_id}/objects/{id}', {
              params: { path: { id } },
              body: { object },
              signal: o?.signal,
            }),
          o,
        )
      ).object,

    delete: async (id, o) =>
      (
        await call<{ object: CustomObject }>(
          'deleteObject',
          'DELETE',
          `/objects/${requireId('id', id)}`,
          () =>
            raw.DELETE('/api/external_data/{company_id}/objects/{id}', {
              params: { path: { id } },
              signal: o?.signal,
            }),
          o,
        )
      ).object,
  };

  return { imports, objects, raw };
}
