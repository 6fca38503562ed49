/**
 * The Spiff OpenAPI document, as data for the mock server to validate against.
 *
 * This file is generated — do not edit. Edit spec/spiff.openapi.yaml and run `pnpm generate`.
 */
import type { OpenApiDocument } from '../validation/openapi-document.js';

/** The Spiff OpenAPI document (spec/spiff.openapi.yaml) as data, for validators. */
export const openapiDocument: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Spiff API",
    "version": "1.0.0",
    "summary": "Push CRM and HR data (teams, team members, plan assignments, custom objects) into Spiff.",
    "description": "The Spiff API (Salesforce Spiff, sales-commission software), written from Spiff's rendered API\nreference (\"Spiff API 1.0.0\") and its public developer guides.\n\nThree families of operations:\n- **Imports**: bulk jobs that upsert or soft-delete records of a predefined target or a custom\n  object. Signed with the **company secret**.\n- **Webhooks** and **Test**: instant acceptance or rejection of single records or small batches\n  through a webhook connector's mapping. Signed with that connector's **webhook secret**.\n- **Objects - Alpha**: create, read, update and delete custom objects and their fields. Signed with\n  the **company secret**.\n\nEvery request carries a `Signature` header: `t=<timestamp>,v1=<digest>`, where digest is the\nlowercase hex HMAC-SHA256, keyed by the secret, of `<timestamp>.<exact request body bytes>`.\n\nWhere Spiff's reference is silent, this document says so and marks the choice as *inferred*.\nOpen questions, kept visible on purpose: the field schema of custom objects; the full list of import\nstatuses; the name of the relationship-lookup property of an import (`foreign_keys` here); whether\nthe newer connector-level test path `/_webhook/connector/{connector_id}/test` replaces the\nmapping-level one described here.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "servers": [
    {
      "url": "https://{subdomain}.spiff.com",
      "description": "Spiff's hosted regions. Tenants hosted elsewhere pass their full base URL instead.",
      "variables": {
        "subdomain": {
          "default": "app",
          "enum": [
            "app",
            "us1",
            "eu",
            "eu1"
          ],
          "description": "The region of the tenant: `app` (US, Google Cloud, the default), `us1` (US, Hyperforce),\n`eu` (EU, Google Cloud), `eu1` (EU, Hyperforce).\n"
        }
      }
    }
  ],
  "tags": [
    {
      "name": "Imports",
      "description": "Import API for sending data to Spiff. Bulk processes data as jobs."
    },
    {
      "name": "Webhooks",
      "description": "Webhook API for upserting or deleting records. Provides instant acceptance/rejection of data, as opposed to job processing. A 200 means the records were *received*, not that they were written."
    },
    {
      "name": "Test",
      "description": "Test webhook authentication and formatting, without upserting data."
    },
    {
      "name": "Objects - Alpha",
      "description": "Object API for CRUD operations on objects in Spiff. This is an Alpha release, and may produce unintended results."
    }
  ],
  "paths": {
    "/api/external_data/{company_id}/imports": {
      "parameters": [
        {
          "$ref": "#/components/parameters/CompanyId"
        },
        {
          "$ref": "#/components/parameters/Signature"
        }
      ],
      "get": {
        "operationId": "listImports",
        "tags": [
          "Imports"
        ],
        "summary": "Get a list of imports",
        "description": "Lists the company's import jobs.",
        "security": [
          {
            "companySignature": []
          }
        ],
        "responses": {
          "200": {
            "description": "Import info",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImportList"
                },
                "example": {
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
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/CompanyNotFound"
          }
        }
      },
      "post": {
        "operationId": "createImport",
        "tags": [
          "Imports"
        ],
        "summary": "Create or delete records",
        "description": "Submits one import job that upserts or soft-deletes the records of `payload` in `import_target`. The job runs asynchronously: poll `GET /imports/{id}` until it completes.",
        "security": [
          {
            "companySignature": []
          }
        ],
        "requestBody": {
          "required": true,
          "description": "Import action type and data to be processed",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ImportRequest"
              },
              "example": {
                "import_target": "0a5de148-4864-41f3-bd59-03ee50435e14",
                "import_action": "upsert",
                "payload": [
                  {
                    "external_id": "12345",
                    "name": "Jane Doe",
                    "email": "jane.doe@company.com"
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Import created",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImportEnvelope"
                },
                "example": {
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
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "Unable to find the object for the import",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorBody"
                },
                "examples": {
                  "object": {
                    "summary": "Unknown import target",
                    "value": {
                      "error": "Unable to find the object for the import"
                    }
                  },
                  "company": {
                    "summary": "Unknown company (inferred)",
                    "value": {
                      "error": "Unable to find the company"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "$ref": "#/components/responses/InvalidRequest"
          }
        }
      }
    },
    "/api/external_data/{company_id}/imports/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/CompanyId"
        },
        {
          "$ref": "#/components/parameters/ImportId"
        },
        {
          "$ref": "#/components/parameters/Signature"
        }
      ],
      "get": {
        "operationId": "getImport",
        "tags": [
          "Imports"
        ],
        "summary": "Get the status of an import",
        "description": "Returns one import job. The reference shows the answer wrapped as a list (`{\"imports\": [...]}`) holding the one job; clients should read its first element.",
        "security": [
          {
            "companySignature": []
          }
        ],
        "responses": {
          "200": {
            "description": "Import info",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImportList"
                },
                "example": {
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
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "Unable to find the import (inferred: the reference lists no 404 here, but an unknown id cannot succeed).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorBody"
                },
                "example": {
                  "error": "Unable to find the import"
                }
              }
            }
          }
        }
      }
    },
    "/api/external_data/{company_id}/imports/test": {
      "parameters": [
        {
          "$ref": "#/components/parameters/CompanyId"
        },
        {
          "$ref": "#/components/parameters/Signature"
        }
      ],
      "post": {
        "operationId": "testSignature",
        "tags": [
          "Imports"
        ],
        "summary": "Test endpoint",
        "description": "Checks that the Signature header was generated correctly for this company's secret.",
        "security": [
          {
            "companySignature": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SignatureTestRequest"
              },
              "example": {
                "company_id": "0a5de148-4864-41f3-bd59-03ee50435e14"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The signature header was generated correctly",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SignatureTestResponse"
                },
                "example": {
                  "success": true
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/CompanyNotFound"
          },
          "422": {
            "$ref": "#/components/responses/InvalidRequest"
          }
        }
      }
    },
    "/_webhook/mapping/{mapping_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MappingId"
        },
        {
          "$ref": "#/components/parameters/Signature"
        }
      ],
      "put": {
        "operationId": "upsertRecord",
        "tags": [
          "Webhooks"
        ],
        "summary": "Upsert a single record",
        "description": "Creates the record, or updates the one with the same `external_id`.",
        "security": [
          {
            "webhookSignature": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookRecord"
              },
              "example": {
                "external_id": "12345",
                "name": "Jane Doe",
                "email": "jane.doe@company.com"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookOk"
          },
          "400": {
            "$ref": "#/components/responses/InvalidMapping"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NoSuchConnector"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableRecords"
          }
        }
      },
      "delete": {
        "operationId": "deleteRecord",
        "tags": [
          "Webhooks"
        ],
        "summary": "Delete a single record",
        "description": "Deletes the record with this `external_id`.",
        "security": [
          {
            "webhookSignature": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookRecord"
              },
              "example": {
                "external_id": "12345"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookOk"
          },
          "400": {
            "$ref": "#/components/responses/InvalidMapping"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NoSuchConnector"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableRecords"
          }
        }
      }
    },
    "/_webhook/mapping/{mapping_id}/bulk": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MappingId"
        },
        {
          "$ref": "#/components/parameters/Signature"
        }
      ],
      "put": {
        "operationId": "upsertRecords",
        "tags": [
          "Webhooks"
        ],
        "summary": "Upsert multiple records",
        "description": "Upserts every record of the array, matched by `external_id`.",
        "security": [
          {
            "webhookSignature": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookRecordList"
              },
              "example": [
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
              ]
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookOk"
          },
          "400": {
            "$ref": "#/components/responses/InvalidMapping"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NoSuchConnector"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableRecords"
          }
        }
      },
      "delete": {
        "operationId": "deleteRecords",
        "tags": [
          "Webhooks"
        ],
        "summary": "Delete multiple records",
        "description": "Deletes every record of the array, matched by `external_id`.",
        "security": [
          {
            "webhookSignature": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookRecordList"
              },
              "example": [
                {
                  "external_id": "12345"
                },
                {
                  "external_id": "12346"
                }
              ]
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookOk"
          },
          "400": {
            "$ref": "#/components/responses/InvalidMapping"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NoSuchConnector"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableRecords"
          }
        }
      }
    },
    "/_webhook/mapping/{mapping_id}/test": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MappingId"
        },
        {
          "$ref": "#/components/parameters/Signature"
        }
      ],
      "put": {
        "operationId": "testWebhook",
        "tags": [
          "Test"
        ],
        "summary": "Test webhook authentication and formatting",
        "description": "Test webhook authentication and formatting, without upserting data. Spiff's guides also describe a connector-level path, `/_webhook/connector/{connector_id}/test`; whether it replaces this one is an open question.",
        "security": [
          {
            "webhookSignature": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookRecord"
              },
              "example": {
                "external_id": "12345",
                "name": "Jane Doe",
                "email": "jane.doe@company.com"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookOk"
          },
          "400": {
            "$ref": "#/components/responses/InvalidMapping"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NoSuchConnector"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableRecords"
          }
        }
      }
    },
    "/api/external_data/{company_id}/objects": {
      "parameters": [
        {
          "$ref": "#/components/parameters/CompanyId"
        },
        {
          "$ref": "#/components/parameters/Signature"
        }
      ],
      "get": {
        "operationId": "listObjects",
        "tags": [
          "Objects - Alpha"
        ],
        "summary": "Get all objects",
        "description": "Lists the company's custom objects and their fields.",
        "security": [
          {
            "companySignature": []
          }
        ],
        "responses": {
          "200": {
            "description": "List of objects and their fields",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ObjectList"
                },
                "example": {
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
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/CompanyNotFound"
          }
        }
      },
      "post": {
        "operationId": "createObject",
        "tags": [
          "Objects - Alpha"
        ],
        "summary": "Create an object and its fields",
        "description": "Creates a custom object with the given fields.",
        "security": [
          {
            "companySignature": []
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/ObjectBody"
        },
        "responses": {
          "200": {
            "description": "Object created",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ObjectEnvelope"
                },
                "example": {
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
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/CompanyNotFound"
          },
          "422": {
            "$ref": "#/components/responses/InvalidRequest"
          }
        }
      }
    },
    "/api/external_data/{company_id}/objects/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/CompanyId"
        },
        {
          "$ref": "#/components/parameters/ObjectId"
        },
        {
          "$ref": "#/components/parameters/Signature"
        }
      ],
      "get": {
        "operationId": "getObject",
        "tags": [
          "Objects - Alpha"
        ],
        "summary": "Get a single object",
        "description": "Returns one custom object and its fields.",
        "security": [
          {
            "companySignature": []
          }
        ],
        "responses": {
          "200": {
            "description": "Object and its fields",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ObjectEnvelope"
                },
                "example": {
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
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "Unable to find the company",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorBody"
                },
                "examples": {
                  "company": {
                    "summary": "Unknown company",
                    "value": {
                      "error": "Unable to find the company"
                    }
                  },
                  "object": {
                    "summary": "Unknown object (inferred)",
                    "value": {
                      "error": "Unable to find the object"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "put": {
        "operationId": "updateObject",
        "tags": [
          "Objects - Alpha"
        ],
        "summary": "Update an objects fields",
        "description": "Replaces the label and fields of a custom object.",
        "security": [
          {
            "companySignature": []
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/ObjectBody"
        },
        "responses": {
          "200": {
            "description": "Object fields updated",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ObjectEnvelope"
                },
                "example": {
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
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/CompanyOrObjectNotFound"
          },
          "422": {
            "$ref": "#/components/responses/InvalidRequest"
          }
        }
      },
      "delete": {
        "operationId": "deleteObject",
        "tags": [
          "Objects - Alpha"
        ],
        "summary": "Delete an empty object",
        "description": "Deletes a custom object that holds no records; a non-empty object gets 422.",
        "security": [
          {
            "companySignature": []
          }
        ],
        "responses": {
          "200": {
            "description": "Object deleted",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ObjectEnvelope"
                },
                "example": {
                  "object": {
                    "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
                    "label": "Opportunity",
                    "plural_label": "Opportunities",
                    "fields": []
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/CompanyOrObjectNotFound"
          },
          "422": {
            "description": "Invalid request",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorBody"
                },
                "example": {
                  "error": "Object is not empty"
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "companySignature": {
        "type": "apiKey",
        "in": "header",
        "name": "Signature",
        "description": "HMAC signature made with the **company secret** (issued by Spiff support), for the Import and\nObject APIs. `Signature: t=<timestamp>,v1=<digest>`, where `timestamp` is the UTC epoch time in\nseconds (inferred: the guides say \"UTC epoch timestamp\") and `digest` is the lowercase hex\nHMAC-SHA256, keyed by the secret, of `<timestamp>.<exact request body bytes>`. A request without\na body signs `<timestamp>.` (inferred). Sign the bytes that are sent: re-serializing the JSON\nchanges the digest.\n"
      },
      "webhookSignature": {
        "type": "apiKey",
        "in": "header",
        "name": "Signature",
        "description": "HMAC signature made with the **webhook secret** of one webhook connector (shown once when the\nconnector is created; refreshing it revokes the old one at once), for the Webhook and Test\nAPIs. Same rule as `companySignature`: `t=<timestamp>,v1=<digest>`, digest = lowercase hex\nHMAC-SHA256 of `<timestamp>.<exact request body bytes>`.\n"
      }
    },
    "parameters": {
      "CompanyId": {
        "name": "company_id",
        "in": "path",
        "required": true,
        "description": "UUID of the company",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "e3804275-aba4-4581-ac23-5b195b1a5f52"
      },
      "ImportId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "ID of the record or object",
        "schema": {
          "type": "string"
        },
        "example": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8"
      },
      "ObjectId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "ID of the record or object",
        "schema": {
          "type": "string"
        },
        "example": "0a5de148-4864-41f3-bd59-03ee50435e14"
      },
      "MappingId": {
        "name": "mapping_id",
        "in": "path",
        "required": true,
        "description": "ID of the mapping",
        "schema": {
          "type": "string"
        },
        "example": "8b7c1f7e-4d2a-4c55-9a61-2f0e3b9d6a10"
      },
      "Signature": {
        "name": "Signature",
        "in": "header",
        "required": true,
        "description": "SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret",
        "schema": {
          "type": "string",
          "pattern": "^t=[0-9]+,v1=[A-Fa-f0-9]{64}$"
        },
        "example": "t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
      }
    },
    "requestBodies": {
      "ObjectBody": {
        "required": true,
        "description": "Object and its fields",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ObjectRequest"
            },
            "example": {
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
            }
          }
        }
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "Unauthorized",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "example": {
              "error": "Could not validate HMAC Signature"
            }
          }
        }
      },
      "CompanyNotFound": {
        "description": "Unable to find the company. Listed by the reference for the test and object operations; every company path answers it for an unknown company_id (inferred).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "example": {
              "error": "Unable to find the company"
            }
          }
        }
      },
      "CompanyOrObjectNotFound": {
        "description": "Unable to find the company or object",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "example": {
              "error": "Unable to find the object"
            }
          }
        }
      },
      "InvalidRequest": {
        "description": "Invalid request. The reference lists it for object updates and deletes; other operations with a body answer it too when the body fails validation (inferred).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "example": {
              "error": "Invalid request: /import_action must be equal to one of the allowed values",
              "details": [
                {
                  "field": "/import_action",
                  "message": "must be equal to one of the allowed values"
                }
              ]
            }
          }
        }
      },
      "WebhookOk": {
        "description": "Success",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/WebhookResponse"
            },
            "example": {
              "ok": true
            }
          }
        }
      },
      "InvalidMapping": {
        "description": "Invalid mapping id (from Spiff's guides; the reference does not list it).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "example": {
              "error": "Invalid mapping id"
            }
          }
        }
      },
      "NoSuchConnector": {
        "description": "No such connector, or Page not found for an unknown path (from Spiff's guides).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "connector": {
                "summary": "Unknown connector",
                "value": {
                  "error": "No such connector"
                }
              },
              "path": {
                "summary": "Unknown path",
                "value": {
                  "error": "Page not found"
                }
              }
            }
          }
        }
      },
      "UnprocessableRecords": {
        "description": "Unprocessible entity",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "example": {
              "error": "Unprocessable entity: /external_id is required",
              "details": [
                {
                  "field": "/external_id",
                  "message": "must have required property 'external_id'"
                }
              ]
            }
          }
        }
      }
    },
    "schemas": {
      "ImportTarget": {
        "description": "The object that will receive the import. Predefined names can be used here, otherwise the applicable object ID should be used. The reference renders this as the enum \"object_id\" \"teams\" \"sub_teams\" \"team_members\" \"plan_assignments\" \"0a5de148-4864-41f3-bd59-03ee50435e14\", where \"object_id\" and the UUID stand for a custom object's id.",
        "anyOf": [
          {
            "$ref": "#/components/schemas/PredefinedImportTarget"
          },
          {
            "type": "string",
            "format": "uuid",
            "description": "The id of a custom object."
          }
        ],
        "examples": [
          "team_members",
          "0a5de148-4864-41f3-bd59-03ee50435e14"
        ]
      },
      "PredefinedImportTarget": {
        "type": "string",
        "description": "The names of Spiff's built-in import targets.",
        "enum": [
          "teams",
          "sub_teams",
          "team_members",
          "plan_assignments"
        ],
        "examples": [
          "teams"
        ]
      },
      "ImportAction": {
        "type": "string",
        "description": "Upsert: find and update an existing record or create one if an existing record isn't found. Delete: only soft deletes the records found by the provided array of external ids. For safety, hard deleting records are done by request.",
        "enum": [
          "upsert",
          "delete"
        ],
        "examples": [
          "upsert"
        ]
      },
      "ImportRecord": {
        "type": "object",
        "description": "One record of an import: a flat object whose keys are the target's fields. `external_id` is the record's key in Spiff; a record without it is reported in the job's `import_errors` rather than rejected up front (inferred).",
        "properties": {
          "external_id": {
            "type": "string",
            "description": "The record's primary key in your system."
          }
        },
        "additionalProperties": true,
        "examples": [
          {
            "external_id": "12345",
            "name": "Jane Doe",
            "email": "jane.doe@company.com"
          }
        ]
      },
      "ForeignKey": {
        "type": "object",
        "description": "Used to specify the lookup field for a relationship. When not specified it will default to external_id. Its shape is not documented, so it is kept open.",
        "additionalProperties": true,
        "examples": [
          {
            "field": "manager",
            "lookup_field": "email"
          }
        ]
      },
      "ImportRequest": {
        "type": "object",
        "description": "Import action type and data to be processed",
        "required": [
          "import_target",
          "import_action",
          "payload"
        ],
        "properties": {
          "import_target": {
            "$ref": "#/components/schemas/ImportTarget"
          },
          "import_action": {
            "$ref": "#/components/schemas/ImportAction"
          },
          "payload": {
            "type": "array",
            "description": "list of records",
            "items": {
              "$ref": "#/components/schemas/ImportRecord"
            }
          },
          "foreign_keys": {
            "type": "array",
            "description": "Used to specify the lookup field to for a relationship. When not specified it will default to external_id. The reference does not show this property's name; `foreign_keys` is what an independent client sends (inferred).",
            "items": {
              "$ref": "#/components/schemas/ForeignKey"
            }
          }
        },
        "additionalProperties": false,
        "examples": [
          {
            "import_target": "0a5de148-4864-41f3-bd59-03ee50435e14",
            "import_action": "upsert",
            "payload": [
              {
                "external_id": "12345",
                "name": "Jane Doe",
                "email": "jane.doe@company.com"
              }
            ]
          }
        ]
      },
      "ImportStatus": {
        "type": "string",
        "description": "The job's status. The reference shows only `success`; jobs run asynchronously, so other values (for example `pending`, `processing`, `failed`) exist but are not documented. This is deliberately not an enum: treat any value other than `success` and `failed` as still running, and bound your polling with a timeout.",
        "examples": [
          "success"
        ]
      },
      "Import": {
        "type": "object",
        "description": "One import job.",
        "required": [
          "id",
          "status",
          "import_action",
          "import_target",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "status": {
            "$ref": "#/components/schemas/ImportStatus"
          },
          "import_action": {
            "$ref": "#/components/schemas/ImportAction"
          },
          "import_target": {
            "$ref": "#/components/schemas/ImportTarget"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "completed_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the job finished; null while it runs."
          },
          "import_errors": {
            "type": "array",
            "description": "One message per record or problem that was not imported.",
            "items": {
              "type": "string"
            }
          },
          "warnings": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "examples": [
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
      },
      "ImportList": {
        "type": "object",
        "required": [
          "imports"
        ],
        "properties": {
          "imports": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Import"
            }
          }
        },
        "examples": [
          {
            "imports": []
          }
        ]
      },
      "ImportEnvelope": {
        "type": "object",
        "required": [
          "import"
        ],
        "properties": {
          "import": {
            "$ref": "#/components/schemas/Import"
          }
        },
        "examples": [
          {
            "import": {
              "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
              "status": "pending",
              "import_action": "delete",
              "import_target": "teams",
              "created_at": "2022-01-01T00:00:00.000-00:00"
            }
          }
        ]
      },
      "SignatureTestRequest": {
        "type": "object",
        "required": [
          "company_id"
        ],
        "properties": {
          "company_id": {
            "type": "string",
            "format": "uuid",
            "description": "The company's UUID (the reference shows the format as `guid`)."
          }
        },
        "additionalProperties": false,
        "examples": [
          {
            "company_id": "0a5de148-4864-41f3-bd59-03ee50435e14"
          }
        ]
      },
      "SignatureTestResponse": {
        "type": "object",
        "required": [
          "success"
        ],
        "properties": {
          "success": {
            "type": "boolean"
          }
        },
        "examples": [
          {
            "success": true
          }
        ]
      },
      "WebhookRecord": {
        "type": "object",
        "description": "A flat object whose keys are the mapping's fields. `external_id`, the record's primary key, is required (from Spiff's guides).",
        "required": [
          "external_id"
        ],
        "properties": {
          "external_id": {
            "type": "string",
            "minLength": 1,
            "description": "The record's primary key in your system."
          }
        },
        "additionalProperties": true,
        "examples": [
          {
            "external_id": "12345",
            "name": "Jane Doe",
            "email": "jane.doe@company.com"
          }
        ]
      },
      "WebhookRecordList": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/WebhookRecord"
        },
        "examples": [
          [
            {
              "external_id": "12345",
              "name": "Jane Doe"
            },
            {
              "external_id": "12346",
              "name": "John Roe"
            }
          ]
        ]
      },
      "WebhookResponse": {
        "type": "object",
        "required": [
          "ok"
        ],
        "properties": {
          "ok": {
            "type": "boolean"
          }
        },
        "examples": [
          {
            "ok": true
          }
        ]
      },
      "ObjectField": {
        "type": "object",
        "description": "One field of a custom object. Spiff does not publish the field schema (inferred from an independent client): `label` names the field and `type` is an open string, not an enum.",
        "required": [
          "label"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Set by Spiff on existing fields."
          },
          "label": {
            "type": "string",
            "minLength": 1
          },
          "type": {
            "type": "string",
            "examples": [
              "text",
              "number",
              "currency",
              "date",
              "boolean"
            ]
          }
        },
        "additionalProperties": true,
        "examples": [
          {
            "label": "Amount",
            "type": "currency"
          }
        ]
      },
      "ObjectPayload": {
        "type": "object",
        "description": "Parameters used to create a new object",
        "required": [
          "label"
        ],
        "properties": {
          "label": {
            "type": "string",
            "minLength": 1,
            "description": "The singular name of the object."
          },
          "plural_label": {
            "type": "string",
            "description": "The plural name of the object."
          },
          "fields": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ObjectField"
            }
          }
        },
        "additionalProperties": true,
        "examples": [
          {
            "label": "Opportunity",
            "plural_label": "Opportunities",
            "fields": [
              {
                "label": "Amount",
                "type": "currency"
              }
            ]
          }
        ]
      },
      "ObjectRequest": {
        "type": "object",
        "description": "Object and its fields",
        "required": [
          "object"
        ],
        "properties": {
          "object": {
            "$ref": "#/components/schemas/ObjectPayload"
          }
        },
        "additionalProperties": false,
        "examples": [
          {
            "object": {
              "label": "Opportunity",
              "fields": []
            }
          }
        ]
      },
      "CustomObject": {
        "type": "object",
        "description": "A custom object and its fields (inferred shape; see ObjectField).",
        "required": [
          "id",
          "label",
          "fields"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "label": {
            "type": "string"
          },
          "plural_label": {
            "type": "string"
          },
          "fields": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ObjectField"
            }
          }
        },
        "additionalProperties": true,
        "examples": [
          {
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
        ]
      },
      "ObjectEnvelope": {
        "type": "object",
        "required": [
          "object"
        ],
        "properties": {
          "object": {
            "$ref": "#/components/schemas/CustomObject"
          }
        },
        "examples": [
          {
            "object": {
              "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
              "label": "Opportunity",
              "fields": []
            }
          }
        ]
      },
      "ObjectList": {
        "type": "object",
        "required": [
          "objects"
        ],
        "properties": {
          "objects": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CustomObject"
            }
          }
        },
        "examples": [
          {
            "objects": []
          }
        ]
      },
      "ErrorBody": {
        "type": "object",
        "description": "Spiff's error answer (inferred shape: Spiff documents the messages, not the body). `error` holds the message, e.g. \"Could not validate HMAC Signature\"; `details` names each invalid field when the request failed validation.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string"
          },
          "details": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "field",
                "message"
              ],
              "properties": {
                "field": {
                  "type": "string",
                  "description": "JSON pointer to the invalid value."
                },
                "message": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "error": "Could not validate HMAC Signature"
          }
        ]
      }
    }
  }
};
