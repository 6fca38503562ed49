import { describe, expect, it } from 'vitest';
import { collectExamples, resolvePointer } from '../../../scripts/lib/spec-examples.mjs';
import { createSpecAjv, spec } from './load-spec.js';

const { examples, bodiesWithoutExamples } = collectExamples(spec);
const { validatorFor, errorsText } = createSpecAjv();

describe('every example in the spec', () => {
  it('exists for every schema and every request and response body', () => {
    const schemasWithExamples = new Set(examples.flatMap((e) => e.schemaName ?? []));
    expect([...schemasWithExamples].sort()).toEqual(Object.keys(spec.components.schemas).sort());
    expect(bodiesWithoutExamples).toEqual([]);
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
    expect(resolvePointer(spec, '#/components/parameters/Signature/schema').pattern).toBe(
      '^t=[0-9]+,v1=[A-Fa-f0-9]{64}$',
    );
  });
});
