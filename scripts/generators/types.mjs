// @ts-check
/** Generates @spiff-sdk/types from the spec with openapi-typescript. */
import openapiTS, { astToString } from 'openapi-typescript';
import { generatedHeader } from '../lib/generated-header.mjs';
import { readSpec } from '../lib/spec.mjs';

/** @returns {Promise<Array<{ path: string, content: string }>>} */
export async function generateTypes() {
  const spec = readSpec();
  const ast = await openapiTS(spec, {
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
    documentExports(astToString(ast), spec);
  return [{ path: 'packages/types/src/generated/spiff.ts', content }];
}

/** What each top-level export of the generated file is, for the API reference. */
const fixedDocs = {
  'interface paths':
    'Every path of the Spiff API, by URL template and HTTP method: the type openapi-fetch takes.',
  'type webhooks': 'OpenAPI webhooks: the Spiff API defines none.',
  'interface components': "The spec's reusable schemas, responses, parameters and request bodies.",
  'type $defs': 'JSON Schema `$defs`: none.',
  'interface operations': 'Every operation of the Spiff API, by operationId.',
};

/** The first sentence of a description, on one line. */
const firstSentence = (text) =>
  (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=\.)\s/)[0];

/**
 * Adds a one-line doc comment to each top-level export openapi-typescript leaves bare, from the
 * spec's own descriptions, so the API reference documents every export.
 * @param {string} source
 * @param {any} spec
 */
function documentExports(source, spec) {
  const kinds = {
    schemas: 'schema',
    responses: 'response',
    parameters: 'parameter',
    requestBodies: 'request body',
  };
  return source
    .replace(/^export (interface|type) (\w+|\$defs)\b/gm, (line, kind, name) => {
      const doc = fixedDocs[`${kind} ${name}`];
      return doc ? `/** ${doc} */\n${line}` : line;
    })
    .replace(
      /^export type (\w+) = components\['(\w+)'\]\['(\w+)'\];$/gm,
      (line, _alias, section, name) => {
        const described = firstSentence(spec.components[section][name].description);
        return `/** ${described || `The ${name} ${kinds[section]} of the spec.`} */\n${line}`;
      },
    )
    .replace(
      /^export const (\w+)Values: /gm,
      (line, name) =>
        `/** Every value the spec allows for ${name[0].toUpperCase()}${name.slice(1)}, at runtime. */\n${line}`,
    );
}
