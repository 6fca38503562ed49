// @ts-check
/**
 * Finds every example in the spec, with the JSON pointer of the schema it must satisfy. Used by the
 * spec's own tests (each example must validate) and by the fixtures generator (each example becomes
 * a typed fixture), so both read the document the same way.
 */

/**
 * @typedef {object} SpecExample
 * @property {string} where human-readable location, e.g. "createImport 200"
 * @property {string} schemaPointer JSON pointer of the schema, e.g. "#/components/schemas/Import"
 * @property {unknown} value
 * @property {string} [schemaName] for a component schema's own example
 * @property {string} [operationId] for an operation's request or response
 * @property {'request' | 'response'} [part]
 * @property {string} [status] for a response
 */

export const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

/** @param {string} s */
const escape = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Resolves a local JSON pointer such as `#/components/responses/Unauthorized`.
 * @param {any} spec
 * @param {string} pointer
 */
export function resolvePointer(spec, pointer) {
  return pointer
    .slice(2)
    .split('/')
    .reduce((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

/**
 * @param {any} spec the parsed OpenAPI document
 * @returns {{ examples: SpecExample[], bodiesWithoutExamples: string[] }}
 */
export function collectExamples(spec) {
  /** @type {SpecExample[]} */
  const examples = [];
  /** @type {string[]} */
  const bodiesWithoutExamples = [];

  /**
   * @param {any} owner a request body or response, possibly a $ref
   * @param {string} pointer its pointer
   * @param {Omit<SpecExample, 'schemaPointer' | 'value'>} info
   */
  const content = (owner, pointer, info) => {
    if (owner.$ref) {
      pointer = owner.$ref;
      owner = resolvePointer(spec, owner.$ref);
    }
    for (const [type, media] of Object.entries(owner.content ?? {})) {
      const mediaPointer = `${pointer}/content/${escape(type)}`;
      const schemaPointer = media.schema?.$ref ?? `${mediaPointer}/schema`;
      if (!('example' in media) && !media.examples) bodiesWithoutExamples.push(info.where);
      if ('example' in media) examples.push({ ...info, schemaPointer, value: media.example });
      for (const [name, ex] of Object.entries(media.examples ?? {})) {
        examples.push({
          ...info,
          where: `${info.where} (${name})`,
          schemaPointer,
          value: ex.value,
        });
      }
    }
  };

  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    (schema.examples ?? []).forEach((/** @type {unknown} */ value, /** @type {number} */ i) =>
      examples.push({
        where: `schema ${name} example ${i}`,
        schemaPointer: `#/components/schemas/${name}`,
        schemaName: name,
        value,
      }),
    );
  }
  for (const [name, param] of Object.entries(spec.components?.parameters ?? {})) {
    if ('example' in param) {
      examples.push({
        where: `parameter ${name}`,
        schemaPointer: `#/components/parameters/${name}/schema`,
        value: param.example,
      });
    }
  }
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!httpMethods.includes(method)) continue;
      const opPointer = `#/paths/${escape(path)}/${method}`;
      const { operationId } = op;
      if (op.requestBody) {
        content(op.requestBody, `${opPointer}/requestBody`, {
          where: `${operationId} request`,
          operationId,
          part: 'request',
        });
      }
      for (const [status, response] of Object.entries(op.responses)) {
        content(response, `${opPointer}/responses/${status}`, {
          where: `${operationId} ${status}`,
          operationId,
          part: 'response',
          status,
        });
      }
    }
  }
  return { examples, bodiesWithoutExamples };
}
