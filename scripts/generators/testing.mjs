// @ts-check
/**
 * Generates @spiff-sdk/testing's spec-derived sources: the OpenAPI document the mock validates
 * against, and one typed fixture per component schema and per operation request and response.
 */
import { generatedHeader } from '../lib/generated-header.mjs';
import { collectExamples } from '../lib/spec-examples.mjs';
import { readSpec } from '../lib/spec.mjs';

/** @param {unknown} value */
const literal = (value) => JSON.stringify(value, null, 2);

/** @param {string} text @param {number} spaces */
const indent = (text, spaces) => text.replace(/\n/g, `\n${' '.repeat(spaces)}`);

/** @returns {Promise<Array<{ path: string, content: string }>>} */
export async function generateTesting() {
  const spec = readSpec();
  const { examples } = collectExamples(spec);

  const documentFile =
    generatedHeader('The Spiff OpenAPI document, as data for the mock server to validate against') +
    `import type { OpenApiDocument } from '../validation/openapi-document.js';\n\n` +
    `/** The Spiff OpenAPI document (spec/spiff.openapi.yaml) as data, for validators. */\n` +
    `export const openapiDocument: OpenApiDocument = ${literal(spec)};\n`;

  const schemaLines = [];
  for (const name of Object.keys(spec.components.schemas)) {
    const first = examples.find((e) => e.schemaName === name);
    if (!first) throw new Error(`Schema ${name} has no example: add one to the spec.`);
    schemaLines.push(
      `  ${name}: ${indent(literal(first.value), 2)} satisfies components['schemas']['${name}'],`,
    );
  }

  /** @type {Map<string, { request?: unknown, responses: Map<string, unknown> }>} */
  const operations = new Map();
  for (const e of examples) {
    if (!e.operationId) continue;
    const op = operations.get(e.operationId) ?? { responses: new Map() };
    operations.set(e.operationId, op);
    if (e.part === 'request') op.request ??= e.value;
    else if (e.status && !op.responses.has(e.status)) op.responses.set(e.status, e.value);
  }
  const operationLines = [];
  for (const [id, op] of operations) {
    operationLines.push(`  ${id}: {`);
    if (op.request !== undefined) {
      operationLines.push(
        `    request: ${indent(literal(op.request), 4)} satisfies RequestBodyOf<'${id}'>,`,
      );
    }
    operationLines.push('    responses: {');
    for (const [status, value] of op.responses) {
      operationLines.push(
        `      ${status}: ${indent(literal(value), 6)} satisfies ResponseBodyOf<'${id}', ${status}>,`,
      );
    }
    operationLines.push('    },', '  },');
  }

  const fixturesFile =
    generatedHeader('Fixtures: the first example of every schema and operation in the spec') +
    `import type { components } from '@spiff-sdk/types';\n` +
    `import type { RequestBodyOf, ResponseBodyOf } from '../fixtures/operation-bodies.js';\n\n` +
    `/** One valid example of every component schema, from the spec's own examples. */\n` +
    `export const schemaFixtures = {\n${schemaLines.join('\n')}\n};\n\n` +
    `/** One valid request body (where there is one) and one body per response status, per operation. */\n` +
    `export const operationFixtures = {\n${operationLines.join('\n')}\n};\n`;

  return [
    { path: 'packages/testing/src/generated/openapi-document.ts', content: documentFile },
    { path: 'packages/testing/src/generated/fixtures.ts', content: fixturesFile },
  ];
}
