import type { ImportRequest, SignatureTestRequest } from '@spiff-sdk/types';
import { errorAnswer, type OperationHandler } from './operation-context.js';

/** The Import API: jobs that complete asynchronously (see MockState). */
export const importOperations: Record<string, OperationHandler> = {
  listImports: ({ state, params }) => ({
    status: 200,
    body: { imports: state.imports(params.company_id!) },
  }),

  createImport: ({ state, params, body }) => {
    const request = body as ImportRequest;
    if (!state.hasImportTarget(params.company_id!, request.import_target)) {
      return errorAnswer(404, 'Unable to find the object for the import');
    }
    return { status: 200, body: { import: state.createImport(params.company_id!, request) } };
  },

  getImport: ({ state, params }) => {
    const job = state.import(params.company_id!, params.id!);
    return job
      ? { status: 200, body: { imports: [job] } }
      : errorAnswer(404, 'Unable to find the import');
  },

  testSignature: ({ params, body }) =>
    (body as SignatureTestRequest).company_id.toLowerCase() === params.company_id!.toLowerCase()
      ? { status: 200, body: { success: true } }
      : errorAnswer(404, 'Unable to find the company'),
};
