// @ts-check
/** Where the spec lives and how scripts read it: one place, so every generator sees the same document. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const specPath = fileURLToPath(new URL('../../spec/spiff.openapi.yaml', import.meta.url));

/** @returns {Record<string, any>} the parsed OpenAPI document */
export function readSpec() {
  return parse(readFileSync(specPath, 'utf8'));
}
