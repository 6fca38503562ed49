import { describe, expect, it } from 'vitest';
import { openapiDocument } from '../../src/generated/openapi-document.js';
import { operationFixtures } from '../../src/generated/fixtures.js';
import { SpecValidator } from '../../src/validation/spec-validator.js';

const validator = new SpecValidator(openapiDocument);

describe('SpecValidator', () => {
  it('accepts every fixture request and response of every operation', () => {
    for (const [operationId, fixture] of Object.entries(operationFixtures)) {
      if ('request' in fixture) expect(validator.body(operationId, fixture.request)).toEqual([]);
      for (const [status, body] of Object.entries(fixture.responses)) {
        expect(
          validator.response(operationId, Number(status), body),
          `${operationId} ${status}`,
        ).toEqual([]);
      }
    }
  });

  it('names each invalid field as a JSON pointer', () => {
    expect(validator.body('createImport', { import_target: 'teams', payload: 'x' })).toEqual([
      { field: '/import_action', message: "must have required property 'import_action'" },
      { field: '/payload', message: 'must be array' },
    ]);
    expect(validator.params('listImports', { company_id: 'not-a-uuid' })).toEqual([
      { field: '/path/company_id', message: 'must match format "uuid"' },
    ]);
  });

  it('flags a status the spec does not list, and knows which operations take a body', () => {
    expect(validator.response('listImports', 418, {})).toEqual([
      { field: '/', message: 'status 418 is not in the spec' },
    ]);
    expect(validator.expectsBody('createImport')).toBe(true);
    expect(validator.expectsBody('deleteObject')).toBe(false);
  });
});
