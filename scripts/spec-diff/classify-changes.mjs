// @ts-check
/**
 * Compares two OpenAPI 3.1 documents and classifies every change by what it means for the
 * generated packages' users:
 *
 * - breaking: an operation, path, parameter, property, schema or enum value removed or renamed;
 *   an optional input made required; a type narrowed (or, in a response, widened); a response
 *   or response property removed;
 * - feature: a new operation, schema, optional input, response or response property;
 * - fix: descriptions, summaries, examples and other documentation.
 *
 * Schemas are compared in the direction data flows: an input (parameter, request body) may widen
 * but not narrow; an output (response) may gain properties but not lose them or widen its types.
 * Anything this module does not understand is reported as breaking, so a release is never
 * under-bumped.
 */
import { httpMethods, resolvePointer } from '../lib/spec-examples.mjs';

/** @typedef {'breaking' | 'feature' | 'fix'} Level */
/** @typedef {{ level: Level, where: string, message: string }} Change */
/** @typedef {'input' | 'output'} Direction */

/** Keys that only document: changing them is a fix. */
const docKeys = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'title',
  'externalDocs',
  'deprecated',
  'tags',
]);

/** Schema keywords that constrain a value (adding one narrows, removing one widens). */
const constraintKeys = [
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'const',
];

const json = (v) => JSON.stringify(v);

/**
 * @param {any} oldSpec
 * @param {any} newSpec
 * @returns {Change[]}
 */
export function classifyChanges(oldSpec, newSpec) {
  /** @type {Change[]} */
  const changes = [];
  const add = (level, where, message) => changes.push({ level, where, message });
  const resolve = (spec, node) => {
    let current = node;
    for (let hops = 0; current && typeof current.$ref === 'string' && hops < 50; hops++) {
      current = resolvePointer(spec, current.$ref);
    }
    return current;
  };

  /**
   * Compares two schemas; `seen` stops recursion through cycles.
   * @param {any} a @param {any} b @param {string} where @param {Direction} direction
   * @param {Set<string>} [seen]
   */
  function compareSchema(a, b, where, direction, seen = new Set()) {
    const key = `${a?.$ref ?? ''}|${b?.$ref ?? ''}|${direction}`;
    if (a?.$ref && b?.$ref) {
      if (seen.has(key)) return;
      seen.add(key);
    }
    const x = resolve(oldSpec, a) ?? {};
    const y = resolve(newSpec, b) ?? {};
    const input = direction === 'input';

    const types = (s) => (s.type === undefined ? undefined : [].concat(s.type).sort());
    const [tx, ty] = [types(x), types(y)];
    if (json(tx) !== json(ty)) {
      const removed = (tx ?? []).filter((t) => !(ty ?? []).includes(t));
      const added = (ty ?? []).filter((t) => !(tx ?? []).includes(t));
      if (tx === undefined || (removed.length > 0 && !(ty === undefined))) {
        add('breaking', where, `type narrowed from ${json(tx ?? 'any')} to ${json(ty ?? 'any')}`);
      } else if (ty === undefined || added.length > 0) {
        add(
          input ? 'feature' : 'breaking',
          where,
          `type widened from ${json(tx)} to ${json(ty ?? 'any')}`,
        );
      }
    }

    if (x.enum || y.enum) {
      const before = x.enum ?? [];
      const after = y.enum ?? [];
      for (const v of before)
        if (y.enum && !after.includes(v)) add('breaking', where, `enum value ${json(v)} removed`);
      if (!x.enum && y.enum) add('breaking', where, `restricted to the values ${json(after)}`);
      if (x.enum && !y.enum) add(input ? 'feature' : 'breaking', where, 'enum restriction removed');
      for (const v of after) {
        if (x.enum && !before.includes(v)) {
          add(
            input ? 'feature' : 'breaking',
            where,
            `enum value ${json(v)} added${input ? '' : ' (exhaustive checks of the response break)'}`,
          );
        }
      }
    }

    for (const c of constraintKeys) {
      if (json(x[c]) === json(y[c])) continue;
      if (!input) add('fix', where, `${c} changed on a response value`);
      else if (y[c] === undefined) add('feature', where, `${c} constraint removed`);
      else
        add(
          'breaking',
          where,
          `${c} constraint ${x[c] === undefined ? 'added' : 'changed'}: ${json(y[c])}`,
        );
    }

    const px = x.properties ?? {};
    const py = y.properties ?? {};
    const rx = new Set(x.required ?? []);
    const ry = new Set(y.required ?? []);
    for (const name of Object.keys(px)) {
      if (!(name in py)) add('breaking', `${where}.${name}`, `property removed`);
    }
    for (const name of Object.keys(py)) {
      if (!(name in px)) {
        if (input && ry.has(name))
          add('breaking', `${where}.${name}`, 'new required input property');
        else
          add(
            'feature',
            `${where}.${name}`,
            input ? 'new optional input property' : 'new response property',
          );
      }
    }
    for (const name of Object.keys(py)) {
      if (!(name in px)) continue;
      if (!rx.has(name) && ry.has(name)) {
        add(input ? 'breaking' : 'feature', `${where}.${name}`, 'optional made required');
      }
      if (rx.has(name) && !ry.has(name)) {
        add(input ? 'feature' : 'breaking', `${where}.${name}`, 'required made optional');
      }
      compareSchema(px[name], py[name], `${where}.${name}`, direction, seen);
    }

    const open = (s) => s.additionalProperties !== false;
    if (open(x) !== open(y) && (x.type === 'object' || y.type === 'object')) {
      if (open(x))
        add(input ? 'breaking' : 'feature', where, 'additional properties no longer allowed');
      else add(input ? 'feature' : 'breaking', where, 'additional properties now allowed');
    }

    if (x.items || y.items) compareSchema(x.items, y.items, `${where}[]`, direction, seen);

    for (const combinator of ['anyOf', 'oneOf', 'allOf']) {
      const ax = x[combinator] ?? [];
      const ay = y[combinator] ?? [];
      if (ax.length !== ay.length) {
        add(
          'breaking',
          where,
          `${combinator} changed from ${ax.length} to ${ay.length} alternatives (review)`,
        );
        continue;
      }
      ax.forEach((s, i) =>
        compareSchema(s, ay[i], `${where}.${combinator}[${i}]`, direction, seen),
      );
    }

    const rest = (s) =>
      Object.fromEntries(
        Object.entries(s).filter(
          ([k]) =>
            !docKeys.has(k) &&
            ![
              'type',
              'enum',
              'properties',
              'required',
              'additionalProperties',
              'items',
              'anyOf',
              'oneOf',
              'allOf',
              '$ref',
              ...constraintKeys,
            ].includes(k),
        ),
      );
    if (json(rest(x)) !== json(rest(y)))
      add('breaking', where, 'schema changed in a way this tool does not classify (review)');
    else if (json(strip(x)) !== json(strip(y))) add('fix', where, 'documentation changed');
  }

  /** Only the documentation keys of a schema level (nested levels are compared on their own). */
  function strip(s) {
    return Object.fromEntries(Object.entries(s).filter(([k]) => docKeys.has(k)));
  }

  const operations = (spec) => {
    const out = new Map();
    for (const [path, item] of Object.entries(spec.paths ?? {})) {
      for (const method of httpMethods) {
        const op = item[method];
        if (!op) continue;
        const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) =>
          resolve(spec, p),
        );
        out.set(`${method.toUpperCase()} ${path}`, { op, params });
      }
    }
    return out;
  };

  const before = operations(oldSpec);
  const after = operations(newSpec);
  for (const [key, { op }] of before) {
    if (!after.has(key)) add('breaking', key, `operation ${op.operationId} removed`);
  }
  for (const [key, { op }] of after) {
    if (!before.has(key)) add('feature', key, `new operation ${op.operationId}`);
  }

  for (const [key, { op: x, params: px }] of before) {
    const found = after.get(key);
    if (!found) continue;
    const { op: y, params: py } = found;
    if (x.operationId !== y.operationId)
      add('breaking', key, `operationId renamed from ${x.operationId} to ${y.operationId}`);
    for (const field of ['summary', 'description', 'tags']) {
      if (json(x[field]) !== json(y[field])) add('fix', key, `${field} changed`);
    }
    if (json(x.security) !== json(y.security)) add('breaking', key, 'security changed (review)');

    const id = (p) => `${p.in}:${p.name}`;
    for (const p of px) {
      const q = py.find((c) => id(c) === id(p));
      const where = `${key} ${p.in} parameter ${p.name}`;
      if (!q) {
        add('breaking', where, 'parameter removed');
        continue;
      }
      if (!p.required && q.required) add('breaking', where, 'optional made required');
      if (p.required && !q.required) add('feature', where, 'required made optional');
      compareSchema(p.schema, q.schema, where, 'input');
      if (json(p.description) !== json(q.description) || json(p.example) !== json(q.example))
        add('fix', where, 'documentation changed');
    }
    for (const q of py) {
      if (px.some((p) => id(p) === id(q))) continue;
      add(
        q.required ? 'breaking' : 'feature',
        `${key} ${q.in} parameter ${q.name}`,
        q.required ? 'new required parameter' : 'new optional parameter',
      );
    }

    const bx = resolve(oldSpec, x.requestBody);
    const by = resolve(newSpec, y.requestBody);
    if (bx && !by) add('breaking', key, 'request body removed');
    if (!bx && by)
      add(
        by.required ? 'breaking' : 'feature',
        key,
        `new ${by.required ? 'required' : 'optional'} request body`,
      );
    if (bx && by) {
      if (!bx.required && by.required) add('breaking', `${key} body`, 'optional made required');
      compareMedia(bx.content, by.content, `${key} body`, 'input');
      if (json(bx.description) !== json(by.description))
        add('fix', `${key} body`, 'documentation changed');
    }

    const sx = x.responses ?? {};
    const sy = y.responses ?? {};
    for (const status of Object.keys(sx)) {
      if (!(status in sy)) add('breaking', `${key} ${status}`, 'response removed');
    }
    for (const status of Object.keys(sy)) {
      if (!(status in sx)) add('feature', `${key} ${status}`, 'new response');
    }
    for (const status of Object.keys(sx)) {
      if (!(status in sy)) continue;
      const rx = resolve(oldSpec, sx[status]);
      const ry = resolve(newSpec, sy[status]);
      compareMedia(rx.content, ry.content, `${key} ${status}`, 'output');
      if (json(rx.description) !== json(ry.description))
        add('fix', `${key} ${status}`, 'documentation changed');
    }
  }

  /** @param {any} cx @param {any} cy @param {string} where @param {Direction} direction */
  function compareMedia(cx = {}, cy = {}, where, direction) {
    for (const type of Object.keys(cx)) {
      if (!(type in cy)) add('breaking', where, `${type} content removed`);
    }
    for (const type of Object.keys(cy)) {
      if (!(type in cx)) add('feature', where, `new ${type} content`);
    }
    for (const type of Object.keys(cx)) {
      if (!(type in cy)) continue;
      compareSchema(cx[type].schema, cy[type].schema, where, direction);
      if (
        json(cx[type].example) !== json(cy[type].example) ||
        json(cx[type].examples) !== json(cy[type].examples)
      ) {
        add('fix', where, 'examples changed');
      }
    }
  }

  // Every component schema is a named type export of @spiff-sdk/types.
  const ox = oldSpec.components?.schemas ?? {};
  const oy = newSpec.components?.schemas ?? {};
  for (const name of Object.keys(ox))
    if (!(name in oy)) add('breaking', `schema ${name}`, 'schema (and its exported type) removed');
  for (const name of Object.keys(oy))
    if (!(name in ox)) add('feature', `schema ${name}`, 'new schema (and exported type)');
  const structuralFound = changes.some((c) => c.level !== 'fix');
  for (const name of Object.keys(ox)) {
    if (!(name in oy) || json(ox[name]) === json(oy[name])) continue;
    if (json(withoutDocs(ox[name])) === json(withoutDocs(oy[name]))) {
      add('fix', `schema ${name}`, 'documentation or examples changed');
    } else if (!structuralFound) {
      // Structural schema changes surface through the operations that use the schema; one that
      // surfaced nowhere is still a change to an exported type.
      add('breaking', `schema ${name}`, 'schema changed outside any operation (review)');
    }
  }

  const vx = oldSpec.servers?.[0]?.variables?.subdomain?.enum ?? [];
  const vy = newSpec.servers?.[0]?.variables?.subdomain?.enum ?? [];
  for (const r of vx) if (!vy.includes(r)) add('breaking', 'servers', `region ${r} removed`);
  for (const r of vy) if (!vx.includes(r)) add('feature', 'servers', `new region ${r}`);

  if (json(oldSpec.info) !== json(newSpec.info) || json(oldSpec.tags) !== json(newSpec.tags))
    add('fix', 'info', 'documentation changed');
  if (json(oldSpec.components?.securitySchemes) !== json(newSpec.components?.securitySchemes)) {
    const structural =
      json(withoutDocs(oldSpec.components?.securitySchemes)) !==
      json(withoutDocs(newSpec.components?.securitySchemes));
    add(
      structural ? 'breaking' : 'fix',
      'securitySchemes',
      structural ? 'security schemes changed (review)' : 'documentation changed',
    );
  }

  return dedupe(changes);
}

/** A deep copy without documentation keys. */
function withoutDocs(value) {
  if (Array.isArray(value)) return value.map(withoutDocs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !docKeys.has(k))
        .map(([k, v]) => [k, withoutDocs(v)]),
    );
  }
  return value;
}

/** The same change reached through several operations is reported once per place. */
function dedupe(changes) {
  const seen = new Set();
  return changes.filter((c) => {
    const key = `${c.level}|${c.where}|${c.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The highest level among changes, or undefined when there are none. */
export function highestLevel(changes) {
  for (const level of ['breaking', 'feature', 'fix'])
    if (changes.some((c) => c.level === level)) return level;
  return undefined;
}
