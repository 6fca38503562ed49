import { describe, expect, it } from 'vitest';
import { createSpecAjv, spec, type Json } from './load-spec.js';

/** One example found in the spec, with the JSON pointer of the schema it must satisfy. */
interface FoundExample {
  where: string;
  schemaPointer: string;
  value: unknown;
}

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The pointer of a schema object, following a `$ref` if there is one. */
function schemaPointerOf(schema: Json, pointer: string): string {
  return typeof schema?.$ref === 'string' ? schema.$ref : pointer;
}

/** Media types (bodies) that carry no example at all. */
const withoutExamples: string[] = [];

function mediaExamples(media: Json, mediaPointer: string, where: string): FoundExample[] {
  const schemaPointer = schemaPointerOf(media.schema, `${mediaPointer}/schema`);
  const found: FoundExample[] = [];
  if (!('example' in media) && !media.examples) withoutExamples.push(where);
  if ('example' in media) found.push({ where, schemaPointer, value: media.example });
  for (const [name, ex] of Object.entries<Json>(media.examples ?? {})) {
    found.push({ where: `${where} (${name})`, schemaPointer, value: ex.value });
  }
  return found;
}

function resolve(pointer: string): Json {
  return pointer
    .slice(2)
    .split('/')
    .reduce((node: Json, part) => node[part.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

/** Every example in the document: schemas, parameters, request bodies and responses. */
function collectExamples(): FoundExample[] {
  const found: FoundExample[] = [];
  const content = (owner: Json, ownerPointer: string, where: string) => {
    for (const [type, media] of Object.entries<Json>(owner.content ?? {})) {
      found.push(...mediaExamples(media, `${ownerPointer}/content/${escape(type)}`, where));
    }
  };
  for (const [name, schema] of Object.entries<Json>(spec.components.schemas)) {
    const schemaPointer = `#/components/schemas/${name}`;
    (schema.examples ?? []).forEach((value: unknown, i: number) =>
      found.push({ where: `schema ${name} example ${i}`, schemaPointer, value }),
    );
  }
  for (const [name, param] of Object.entries<Json>(spec.components.parameters)) {
    found.push({
      where: `parameter ${name}`,
      schemaPointer: `#/components/parameters/${name}/schema`,
      value: param.example,
    });
  }
  for (const [name, body] of Object.entries<Json>(spec.components.requestBodies)) {
    content(body, `#/components/requestBodies/${name}`, `request body ${name}`);
  }
  for (const [name, response] of Object.entries<Json>(spec.components.responses)) {
    content(response, `#/components/responses/${name}`, `response ${name}`);
  }
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      if (method === 'parameters') continue;
      const opPointer = `#/paths/${escape(path)}/${method}`;
      if (op.requestBody && !op.requestBody.$ref) {
        content(op.requestBody, `${opPointer}/requestBody`, `${op.operationId} request`);
      }
      for (const [status, response] of Object.entries<Json>(op.responses)) {
        if (response.$ref) continue;
        content(response, `${opPointer}/responses/${status}`, `${op.operationId} ${status}`);
      }
    }
  }
  return found;
}

const examples = collectExamples();
const { validatorFor, errorsText } = createSpecAjv();

describe('every example in the spec', () => {
  it('has an example for every schema and every request and response body', () => {
    const schemasWithExamples = new Set(
      examples.filter((e) => e.where.startsWith('schema ')).map((e) => e.schemaPointer),
    );
    expect([...schemasWithExamples].sort()).toEqual(
      Object.keys(spec.components.schemas)
        .map((n) => `#/components/schemas/${n}`)
        .sort(),
    );
    expect(withoutExamples).toEqual([]);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s validates', (_where, example) => {
    const validate = validatorFor(example.schemaPointer);
    const valid = validate(example.value);
    expect(valid, errorsText(validate.errors)).toBe(true);
  });

  it('rejects what the schemas forbid (the validator is really checking)', () => {
    const request = validatorFor('#/components/schemas/ImportRequest');
    expect(request({ import_target: 'teams', import_action: 'merge', payload: [] })).toBe(false);
    expect(request({ import_target: 'teams', import_action: 'upsert' })).toBe(false);
    const record = validatorFor('#/components/schemas/WebhookRecord');
    expect(record({ name: 'no external id' })).toBe(false);
    const signature = validatorFor('#/components/parameters/Signature/schema');
    expect(signature('t=1,v1=abc')).toBe(false);
    expect(resolve('#/components/parameters/Signature/schema').pattern).toBe(
      '^t=[0-9]+,v1=[A-Fa-f0-9]{64}$',
    );
  });
});
