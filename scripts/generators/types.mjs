// @ts-check
/** Generates @spiff-sdk/types from the spec with openapi-typescript. */
import openapiTS, { astToString } from 'openapi-typescript';
import { generatedHeader } from '../lib/generated-header.mjs';
import { readSpec } from '../lib/spec.mjs';

/** @returns {Promise<Array<{ path: string, content: string }>>} */
export async function generateTypes() {
  const ast = await openapiTS(readSpec(), {
    // `export type Import = components['schemas']['Import']` for every schema: the named types
    // users import, generated rather than hand-maintained.
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    // Runtime arrays of enum values (e.g. the import actions), so code can validate input
    // against exactly what the spec allows.
    enumValues: true,
    alphabetize: false,
  });
  const content =
    generatedHeader('Types for every Spiff operation, from spec/spiff.openapi.yaml') +
    astToString(ast);
  return [{ path: 'packages/types/src/generated/spiff.ts', content }];
}
