import { describe, expect, it } from 'vitest';
import { classifyChanges, highestLevel } from '../classify-changes.mjs';

/** A tiny spec: one path, one operation with a path parameter, a body and a response schema. */
function tiny(edit = (s) => s) {
  const spec = {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    servers: [
      {
        url: 'https://{subdomain}.x.com',
        variables: { subdomain: { default: 'app', enum: ['app', 'eu'] } },
      },
    ],
    paths: {
      '/things/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        put: {
          operationId: 'putThing',
          summary: 'Put a thing',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ThingInput' } },
            },
          },
          responses: {
            200: {
              description: 'OK',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
            404: { description: 'Not found' },
          },
        },
      },
    },
    components: {
      schemas: {
        Kind: { type: 'string', enum: ['a', 'b'] },
        ThingInput: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string' },
            note: { type: 'string' },
            kind: { $ref: '#/components/schemas/Kind' },
          },
        },
        Thing: {
          type: 'object',
          required: ['id', 'name'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            size: { type: 'integer' },
          },
        },
      },
    },
  };
  edit(spec);
  return spec;
}

const levelOf = (edit) => highestLevel(classifyChanges(tiny(), tiny(edit)));
const messagesOf = (edit) =>
  classifyChanges(tiny(), tiny(edit)).map((c) => `${c.level}: ${c.where}: ${c.message}`);

describe('classifyChanges', () => {
  it('finds nothing between identical specs', () => {
    expect(classifyChanges(tiny(), tiny())).toEqual([]);
  });

  describe('breaking', () => {
    it.each([
      ['an operation removed', (s) => delete s.paths['/things/{id}'].put],
      [
        'a path renamed',
        (s) => {
          s.paths['/items/{id}'] = s.paths['/things/{id}'];
          delete s.paths['/things/{id}'];
        },
      ],
      ['an operationId renamed', (s) => (s.paths['/things/{id}'].put.operationId = 'upsertThing')],
      ['a parameter removed', (s) => (s.paths['/things/{id}'].parameters = [])],
      [
        'a required parameter added',
        (s) =>
          (s.paths['/things/{id}'].put.parameters = [
            { name: 'v', in: 'query', required: true, schema: { type: 'string' } },
          ]),
      ],
      ['an input property removed', (s) => delete s.components.schemas.ThingInput.properties.note],
      [
        'an optional input made required',
        (s) => s.components.schemas.ThingInput.required.push('note'),
      ],
      [
        'a required input property added',
        (s) => {
          s.components.schemas.ThingInput.properties.owner = { type: 'string' };
          s.components.schemas.ThingInput.required.push('owner');
        },
      ],
      ['an enum value removed', (s) => (s.components.schemas.Kind.enum = ['a'])],
      [
        'an input type narrowed',
        (s) =>
          (s.components.schemas.ThingInput.properties.note = { type: 'string', format: 'uuid' }),
      ],
      [
        'an input type changed',
        (s) => (s.components.schemas.ThingInput.properties.note = { type: 'integer' }),
      ],
      ['a response property removed', (s) => delete s.components.schemas.Thing.properties.size],
      ['a response property made optional', (s) => (s.components.schemas.Thing.required = ['id'])],
      [
        'a response type widened',
        (s) => (s.components.schemas.Thing.properties.size = { type: ['integer', 'null'] }),
      ],
      ['a response removed', (s) => delete s.paths['/things/{id}'].put.responses[404]],
      [
        'a schema removed',
        (s) => {
          delete s.components.schemas.Kind;
          delete s.components.schemas.ThingInput.properties.kind;
        },
      ],
      ['a region removed', (s) => (s.servers[0].variables.subdomain.enum = ['app'])],
    ])('%s', (_name, edit) => {
      expect(levelOf(edit)).toBe('breaking');
    });
  });

  describe('feature', () => {
    it.each([
      [
        'a new operation',
        (s) =>
          (s.paths['/things/{id}'].get = {
            operationId: 'getThing',
            responses: { 200: { description: 'OK' } },
          }),
      ],
      [
        'a new optional input property',
        (s) => (s.components.schemas.ThingInput.properties.owner = { type: 'string' }),
      ],
      [
        'a new optional parameter',
        (s) =>
          (s.paths['/things/{id}'].put.parameters = [
            { name: 'v', in: 'query', schema: { type: 'string' } },
          ]),
      ],
      [
        'a new response property',
        (s) => (s.components.schemas.Thing.properties.color = { type: 'string' }),
      ],
      ['a new enum value on input only', (s) => (s.components.schemas.Kind.enum = ['a', 'b', 'c'])],
      ['a required input made optional', (s) => (s.components.schemas.ThingInput.required = [])],
      [
        'a new response status',
        (s) => (s.paths['/things/{id}'].put.responses[422] = { description: 'Invalid' }),
      ],
      ['a new schema', (s) => (s.components.schemas.Extra = { type: 'string' })],
      ['a new region', (s) => s.servers[0].variables.subdomain.enum.push('us1')],
    ])('%s', (_name, edit) => {
      expect(levelOf(edit)).toBe('feature');
    });
  });

  describe('fix (documentation)', () => {
    it.each([
      ['a description edited', (s) => (s.components.schemas.Thing.description = 'A thing.')],
      ['a summary edited', (s) => (s.paths['/things/{id}'].put.summary = 'Put one thing')],
      ['an example added', (s) => (s.components.schemas.Thing.examples = [{ id: '1', name: 'x' }])],
      [
        'a response description edited',
        (s) => (s.paths['/things/{id}'].put.responses[404].description = 'No such thing'),
      ],
      [
        'a property description edited',
        (s) => (s.components.schemas.ThingInput.properties.note.description = 'Free text'),
      ],
    ])('%s', (_name, edit) => {
      expect(levelOf(edit)).toBe('fix');
    });
  });

  it('says where and what, once per place', () => {
    expect(messagesOf((s) => (s.components.schemas.Kind.enum = ['a']))).toEqual([
      'breaking: PUT /things/{id} body.kind: enum value "b" removed',
    ]);
  });

  it('treats an enum value added to a response as breaking (exhaustive checks)', () => {
    const edit = (s) =>
      (s.components.schemas.Thing.properties.size = { type: 'integer', enum: [1, 2] });
    const withEnum = tiny(edit);
    const more = tiny((s) => {
      edit(s);
      s.components.schemas.Thing.properties.size.enum.push(3);
    });
    expect(highestLevel(classifyChanges(withEnum, more))).toBe('breaking');
  });

  it('reports what it cannot classify as breaking', () => {
    expect(levelOf((s) => (s.components.schemas.Thing.properties.size.multipleOf = 2))).toBe(
      'breaking',
    );
  });

  it('survives recursive schemas', () => {
    const recursive = (s) =>
      (s.components.schemas.Thing.properties.parent = { $ref: '#/components/schemas/Thing' });
    expect(classifyChanges(tiny(recursive), tiny(recursive))).toEqual([]);
    expect(levelOf(recursive)).toBe('feature');
  });
});
