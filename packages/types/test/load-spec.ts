import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const specUrl = new URL('../../../spec/spiff.openapi.yaml', import.meta.url);

export type Json = any;

/** The spec as a plain object, parsed fresh from `spec/`. */
export const spec: Json = parse(readFileSync(specUrl, 'utf8'));

/**
 * An ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) that knows the spec under the id
 * `spiff`, so `validatorFor('#/components/schemas/Import')` resolves the spec's own `$ref`s.
 */
export function createSpecAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // OpenAPI's non-JSON-Schema keywords, and the document's own top-level keys.
  for (const keyword of ['example', 'openapi', 'info', 'servers', 'tags', 'paths', 'components']) {
    ajv.addKeyword(keyword);
  }
  addFormats.default(ajv);
  ajv.addSchema(spec, 'spiff');
  return {
    validatorFor(pointer: string) {
      const validate = ajv.getSchema(`spiff${pointer}`);
      if (!validate) throw new Error(`No schema at ${pointer}`);
      return validate;
    },
    errorsText: (errors: Parameters<typeof ajv.errorsText>[0]) => ajv.errorsText(errors),
  };
}
