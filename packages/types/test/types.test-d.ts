import { describe, expectTypeOf, it } from 'vitest';
import {
  importActionValues,
  type CustomObject,
  type Import,
  type ImportAction,
  type ImportRequest,
  type operations,
  type paths,
  type WebhookRecord,
} from '../src/index.js';

describe('the generated types', () => {
  it('require the fields Spiff requires on an import request', () => {
    expectTypeOf<{
      import_target: 'teams';
      import_action: 'upsert';
      payload: [];
    }>().toExtend<ImportRequest>();
    // An import request without payload does not compile.
    expectTypeOf<{
      import_target: 'teams';
      import_action: 'upsert';
    }>().not.toExtend<ImportRequest>();
    // @ts-expect-error payload is required
    const missing: ImportRequest = { import_target: 'teams', import_action: 'upsert' };
    void missing;
  });

  it('close the import action to the spec enum, and export its values', () => {
    expectTypeOf<ImportAction>().toEqualTypeOf<'upsert' | 'delete'>();
    expectTypeOf(importActionValues).toExtend<readonly ImportAction[]>();
    // @ts-expect-error not an import action
    const merge: ImportAction = 'merge';
    void merge;
  });

  it('require external_id on a webhook record but accept mapping fields', () => {
    expectTypeOf<{ external_id: string; name: string }>().toExtend<WebhookRecord>();
    expectTypeOf<{ name: string }>().not.toExtend<WebhookRecord>();
  });

  it('type the paths and operations openapi-fetch needs', () => {
    type CreateImport = paths['/api/external_data/{company_id}/imports']['post'];
    expectTypeOf<CreateImport>().toEqualTypeOf<operations['createImport']>();
    type Body = NonNullable<CreateImport['requestBody']>['content']['application/json'];
    expectTypeOf<Body>().toEqualTypeOf<ImportRequest>();
    type Created = CreateImport['responses'][200]['content']['application/json'];
    expectTypeOf<Created['import']>().toEqualTypeOf<Import>();
    type ObjectAnswer =
      paths['/api/external_data/{company_id}/objects/{id}']['get']['responses'][200]['content']['application/json'];
    expectTypeOf<ObjectAnswer['object']>().toEqualTypeOf<CustomObject>();
    expectTypeOf<Import['completed_at']>().toEqualTypeOf<string | null | undefined>();
  });
});
