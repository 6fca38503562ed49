// @ts-check
/**
 * The banner every generated file starts with, so nobody edits one by hand.
 * @param {string} what what the file holds, e.g. "Types for every Spiff operation"
 */
export function generatedHeader(what) {
  return [
    '/**',
    ` * ${what}.`,
    ' *',
    ' * This file is generated — do not edit. Edit spec/spiff.openapi.yaml and run `pnpm generate`.',
    ' */',
    '',
  ].join('\n');
}
