/**
 * Fixtures: the first example of every schema and operation in the spec.
 *
 * This file is generated — do not edit. Edit spec/spiff.openapi.yaml and run `pnpm generate`.
 */
import type { components } from '@spiff-sdk/types';
import type { RequestBodyOf, ResponseBodyOf } from '../fixtures/operation-bodies.js';

/** One valid example of every component schema, from the spec's own examples. */
export const schemaFixtures = {
  ImportTarget: "team_members" satisfies components['schemas']['ImportTarget'],
  PredefinedImportTarget: "teams" satisfies components['schemas']['PredefinedImportTarget'],
  ImportAction: "upsert" satisfies components['schemas']['ImportAction'],
  ImportRecord: {
    "external_id": "12345",
    "name": "Jane Doe",
    "email": "jane.doe@company.com"
  } satisfies components['schemas']['ImportRecord'],
  ForeignKey: {
    "field": "manager",
    "lookup_field": "email"
  } satisfies components['schemas']['ForeignKey'],
  ImportRequest: {
    "import_target": "0a5de148-4864-41f3-bd59-03ee50435e14",
    "import_action": "upsert",
    "payload": [
      {
        "external_id": "12345",
        "name": "Jane Doe",
        "email": "jane.doe@company.com"
      }
    ]
  } satisfies components['schemas']['ImportRequest'],
  ImportStatus: "success" satisfies components['schemas']['ImportStatus'],
  Import: {
    "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
    "status": "success",
    "import_action": "upsert",
    "import_target": "team_members",
    "created_at": "2022-01-01T00:00:00.000-00:00",
    "completed_at": "2022-01-01T00:00:05.000-00:00",
    "import_errors": [],
    "warnings": []
  } satisfies components['schemas']['Import'],
  ImportList: {
    "imports": []
  } satisfies components['schemas']['ImportList'],
  ImportEnvelope: {
    "import": {
      "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
      "status": "pending",
      "import_action": "delete",
      "import_target": "teams",
      "created_at": "2022-01-01T00:00:00.000-00:00"
    }
  } satisfies components['schemas']['ImportEnvelope'],
  SignatureTestRequest: {
    "company_id": "0a5de148-4864-41f3-bd59-03ee50435e14"
  } satisfies components['schemas']['SignatureTestRequest'],
  SignatureTestResponse: {
    "success": true
  } satisfies components['schemas']['SignatureTestResponse'],
  WebhookRecord: {
    "external_id": "12345",
    "name": "Jane Doe",
    "email": "jane.doe@company.com"
  } satisfies components['schemas']['WebhookRecord'],
  WebhookRecordList: [
    {
      "external_id": "12345",
      "name": "Jane Doe"
    },
    {
      "external_id": "12346",
      "name": "John Roe"
    }
  ] satisfies components['schemas']['WebhookRecordList'],
  WebhookResponse: {
    "ok": true
  } satisfies components['schemas']['WebhookResponse'],
  ObjectField: {
    "label": "Amount",
    "type": "currency"
  } satisfies components['schemas']['ObjectField'],
  ObjectPayload: {
    "label": "Opportunity",
    "plural_label": "Opportunities",
    "fields": [
      {
        "label": "Amount",
        "type": "currency"
      }
    ]
  } satisfies components['schemas']['ObjectPayload'],
  ObjectRequest: {
    "object": {
      "label": "Opportunity",
      "fields": []
    }
  } satisfies components['schemas']['ObjectRequest'],
  CustomObject: {
    "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
    "label": "Opportunity",
    "plural_label": "Opportunities",
    "fields": [
      {
        "label": "Amount",
        "type": "currency"
      }
    ]
  } satisfies components['schemas']['CustomObject'],
  ObjectEnvelope: {
    "object": {
      "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
      "label": "Opportunity",
      "fields": []
    }
  } satisfies components['schemas']['ObjectEnvelope'],
  ObjectList: {
    "objects": []
  } satisfies components['schemas']['ObjectList'],
  ErrorBody: {
    "error": "Could not validate HMAC Signature"
  } satisfies components['schemas']['ErrorBody'],
};

/** One valid request body (where there is one) and one body per response status, per operation. */
export const operationFixtures = {
  listImports: {
    responses: {
      200: {
        "imports": [
          {
            "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
            "status": "success",
            "import_action": "upsert",
            "import_target": "team_members",
            "created_at": "2022-01-01T00:00:00.000-00:00",
            "completed_at": "2022-01-01T00:00:05.000-00:00",
            "import_errors": [],
            "warnings": []
          }
        ]
      } satisfies ResponseBodyOf<'listImports', 200>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'listImports', 401>,
      404: {
        "error": "Unable to find the company"
      } satisfies ResponseBodyOf<'listImports', 404>,
    },
  },
  createImport: {
    request: {
      "import_target": "0a5de148-4864-41f3-bd59-03ee50435e14",
      "import_action": "upsert",
      "payload": [
        {
          "external_id": "12345",
          "name": "Jane Doe",
          "email": "jane.doe@company.com"
        }
      ]
    } satisfies RequestBodyOf<'createImport'>,
    responses: {
      200: {
        "import": {
          "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
          "status": "pending",
          "import_action": "upsert",
          "import_target": "0a5de148-4864-41f3-bd59-03ee50435e14",
          "created_at": "2022-01-01T00:00:00.000-00:00",
          "completed_at": null,
          "import_errors": [],
          "warnings": []
        }
      } satisfies ResponseBodyOf<'createImport', 200>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'createImport', 401>,
      404: {
        "error": "Unable to find the object for the import"
      } satisfies ResponseBodyOf<'createImport', 404>,
      422: {
        "error": "Invalid request: /import_action must be equal to one of the allowed values",
        "details": [
          {
            "field": "/import_action",
            "message": "must be equal to one of the allowed values"
          }
        ]
      } satisfies ResponseBodyOf<'createImport', 422>,
    },
  },
  getImport: {
    responses: {
      200: {
        "imports": [
          {
            "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
            "status": "success",
            "import_action": "upsert",
            "import_target": "team_members",
            "created_at": "2022-01-01T00:00:00.000-00:00",
            "completed_at": "2022-01-01T00:00:05.000-00:00",
            "import_errors": [
              "Record 3: missing external_id"
            ],
            "warnings": []
          }
        ]
      } satisfies ResponseBodyOf<'getImport', 200>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'getImport', 401>,
      404: {
        "error": "Unable to find the import"
      } satisfies ResponseBodyOf<'getImport', 404>,
    },
  },
  testSignature: {
    request: {
      "company_id": "0a5de148-4864-41f3-bd59-03ee50435e14"
    } satisfies RequestBodyOf<'testSignature'>,
    responses: {
      200: {
        "success": true
      } satisfies ResponseBodyOf<'testSignature', 200>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'testSignature', 401>,
      404: {
        "error": "Unable to find the company"
      } satisfies ResponseBodyOf<'testSignature', 404>,
      422: {
        "error": "Invalid request: /import_action must be equal to one of the allowed values",
        "details": [
          {
            "field": "/import_action",
            "message": "must be equal to one of the allowed values"
          }
        ]
      } satisfies ResponseBodyOf<'testSignature', 422>,
    },
  },
  upsertRecord: {
    request: {
      "external_id": "12345",
      "name": "Jane Doe",
      "email": "jane.doe@company.com"
    } satisfies RequestBodyOf<'upsertRecord'>,
    responses: {
      200: {
        "ok": true
      } satisfies ResponseBodyOf<'upsertRecord', 200>,
      400: {
        "error": "Invalid mapping id"
      } satisfies ResponseBodyOf<'upsertRecord', 400>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'upsertRecord', 401>,
      404: {
        "error": "No such connector"
      } satisfies ResponseBodyOf<'upsertRecord', 404>,
      422: {
        "error": "Unprocessable entity: /external_id is required",
        "details": [
          {
            "field": "/external_id",
            "message": "must have required property 'external_id'"
          }
        ]
      } satisfies ResponseBodyOf<'upsertRecord', 422>,
    },
  },
  deleteRecord: {
    request: {
      "external_id": "12345"
    } satisfies RequestBodyOf<'deleteRecord'>,
    responses: {
      200: {
        "ok": true
      } satisfies ResponseBodyOf<'deleteRecord', 200>,
      400: {
        "error": "Invalid mapping id"
      } satisfies ResponseBodyOf<'deleteRecord', 400>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'deleteRecord', 401>,
      404: {
        "error": "No such connector"
      } satisfies ResponseBodyOf<'deleteRecord', 404>,
      422: {
        "error": "Unprocessable entity: /external_id is required",
        "details": [
          {
            "field": "/external_id",
            "message": "must have required property 'external_id'"
          }
        ]
      } satisfies ResponseBodyOf<'deleteRecord', 422>,
    },
  },
  upsertRecords: {
    request: [
      {
        "external_id": "12345",
        "name": "Jane Doe",
        "email": "jane.doe@company.com"
      },
      {
        "external_id": "12346",
        "name": "John Roe",
        "email": "john.roe@company.com"
      }
    ] satisfies RequestBodyOf<'upsertRecords'>,
    responses: {
      200: {
        "ok": true
      } satisfies ResponseBodyOf<'upsertRecords', 200>,
      400: {
        "error": "Invalid mapping id"
      } satisfies ResponseBodyOf<'upsertRecords', 400>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'upsertRecords', 401>,
      404: {
        "error": "No such connector"
      } satisfies ResponseBodyOf<'upsertRecords', 404>,
      422: {
        "error": "Unprocessable entity: /external_id is required",
        "details": [
          {
            "field": "/external_id",
            "message": "must have required property 'external_id'"
          }
        ]
      } satisfies ResponseBodyOf<'upsertRecords', 422>,
    },
  },
  deleteRecords: {
    request: [
      {
        "external_id": "12345"
      },
      {
        "external_id": "12346"
      }
    ] satisfies RequestBodyOf<'deleteRecords'>,
    responses: {
      200: {
        "ok": true
      } satisfies ResponseBodyOf<'deleteRecords', 200>,
      400: {
        "error": "Invalid mapping id"
      } satisfies ResponseBodyOf<'deleteRecords', 400>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'deleteRecords', 401>,
      404: {
        "error": "No such connector"
      } satisfies ResponseBodyOf<'deleteRecords', 404>,
      422: {
        "error": "Unprocessable entity: /external_id is required",
        "details": [
          {
            "field": "/external_id",
            "message": "must have required property 'external_id'"
          }
        ]
      } satisfies ResponseBodyOf<'deleteRecords', 422>,
    },
  },
  testWebhook: {
    request: {
      "external_id": "12345",
      "name": "Jane Doe",
      "email": "jane.doe@company.com"
    } satisfies RequestBodyOf<'testWebhook'>,
    responses: {
      200: {
        "ok": true
      } satisfies ResponseBodyOf<'testWebhook', 200>,
      400: {
        "error": "Invalid mapping id"
      } satisfies ResponseBodyOf<'testWebhook', 400>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'testWebhook', 401>,
      404: {
        "error": "No such connector"
      } satisfies ResponseBodyOf<'testWebhook', 404>,
      422: {
        "error": "Unprocessable entity: /external_id is required",
        "details": [
          {
            "field": "/external_id",
            "message": "must have required property 'external_id'"
          }
        ]
      } satisfies ResponseBodyOf<'testWebhook', 422>,
    },
  },
  listObjects: {
    responses: {
      200: {
        "objects": [
          {
            "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
            "label": "Opportunity",
            "plural_label": "Opportunities",
            "fields": [
              {
                "label": "Amount",
                "type": "currency"
              },
              {
                "label": "Close date",
                "type": "date"
              }
            ]
          }
        ]
      } satisfies ResponseBodyOf<'listObjects', 200>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'listObjects', 401>,
      404: {
        "error": "Unable to find the company"
      } satisfies ResponseBodyOf<'listObjects', 404>,
    },
  },
  createObject: {
    request: {
      "object": {
        "label": "Opportunity",
        "plural_label": "Opportunities",
        "fields": [
          {
            "label": "Amount",
            "type": "currency"
          },
          {
            "label": "Close date",
            "type": "date"
          }
        ]
      }
    } satisfies RequestBodyOf<'createObject'>,
    responses: {
      200: {
        "object": {
          "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
          "label": "Opportunity",
          "plural_label": "Opportunities",
          "fields": [
            {
              "label": "Amount",
              "type": "currency"
            },
            {
              "label": "Close date",
              "type": "date"
            }
          ]
        }
      } satisfies ResponseBodyOf<'createObject', 200>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'createObject', 401>,
      404: {
        "error": "Unable to find the company"
      } satisfies ResponseBodyOf<'createObject', 404>,
      422: {
        "error": "Invalid request: /import_action must be equal to one of the allowed values",
        "details": [
          {
            "field": "/import_action",
            "message": "must be equal to one of the allowed values"
          }
        ]
      } satisfies ResponseBodyOf<'createObject', 422>,
    },
  },
  getObject: {
    responses: {
      200: {
        "object": {
          "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
          "label": "Opportunity",
          "plural_label": "Opportunities",
          "fields": [
            {
              "label": "Amount",
              "type": "currency"
            }
          ]
        }
      } satisfies ResponseBodyOf<'getObject', 200>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'getObject', 401>,
      404: {
        "error": "Unable to find the company"
      } satisfies ResponseBodyOf<'getObject', 404>,
    },
  },
  updateObject: {
    request: {
      "object": {
        "label": "Opportunity",
        "plural_label": "Opportunities",
        "fields": [
          {
            "label": "Amount",
            "type": "currency"
          },
          {
            "label": "Close date",
            "type": "date"
          }
        ]
      }
    } satisfies RequestBodyOf<'updateObject'>,
    responses: {
      200: {
        "object": {
          "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
          "label": "Opportunity",
          "plural_label": "Opportunities",
          "fields": [
            {
              "label": "Amount",
              "type": "currency"
            },
            {
              "label": "Stage",
              "type": "text"
            }
          ]
        }
      } satisfies ResponseBodyOf<'updateObject', 200>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'updateObject', 401>,
      404: {
        "error": "Unable to find the object"
      } satisfies ResponseBodyOf<'updateObject', 404>,
      422: {
        "error": "Invalid request: /import_action must be equal to one of the allowed values",
        "details": [
          {
            "field": "/import_action",
            "message": "must be equal to one of the allowed values"
          }
        ]
      } satisfies ResponseBodyOf<'updateObject', 422>,
    },
  },
  deleteObject: {
    responses: {
      200: {
        "object": {
          "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
          "label": "Opportunity",
          "plural_label": "Opportunities",
          "fields": []
        }
      } satisfies ResponseBodyOf<'deleteObject', 200>,
      401: {
        "error": "Could not validate HMAC Signature"
      } satisfies ResponseBodyOf<'deleteObject', 401>,
      404: {
        "error": "Unable to find the object"
      } satisfies ResponseBodyOf<'deleteObject', 404>,
      422: {
        "error": "Object is not empty"
      } satisfies ResponseBodyOf<'deleteObject', 422>,
    },
  },
};
