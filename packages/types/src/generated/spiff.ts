/**
 * Types for every Spiff operation, from spec/spiff.openapi.yaml.
 *
 * This file is generated — do not edit. Edit spec/spiff.openapi.yaml and run `pnpm generate`.
 */
/** Every path of the Spiff API, by URL template and HTTP method: the type openapi-fetch takes. */
export interface paths {
    "/api/external_data/{company_id}/imports": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /**
         * Get a list of imports
         * @description Lists the company's import jobs.
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Create or delete records
         * @description Submits one import job that upserts or soft-deletes the records of `payload` in `import_target`. The job runs asynchronously: poll `GET /imports/{id}` until it completes.
         */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external_data/{company_id}/imports/{id}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
                /**
                 * @description ID of the record or object
                 * @example 6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8
                 */
                id: components["parameters"]["ImportId"];
            };
            cookie?: never;
        };
        /**
         * Get the status of an import
         * @description Returns one import job. The reference shows the answer wrapped as a list (`{"imports": [...]}`) holding the one job; clients should read its first element.
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external_data/{company_id}/imports/test": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test endpoint
         * @description Checks that the Signature header was generated correctly for this company's secret.
         */
        post: operations["testSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_webhook/mapping/{mapping_id}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description ID of the mapping
                 * @example 8b7c1f7e-4d2a-4c55-9a61-2f0e3b9d6a10
                 */
                mapping_id: components["parameters"]["MappingId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Upsert a single record
         * @description Creates the record, or updates the one with the same `external_id`.
         */
        put: operations["upsertRecord"];
        post?: never;
        /**
         * Delete a single record
         * @description Deletes the record with this `external_id`.
         */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_webhook/mapping/{mapping_id}/bulk": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description ID of the mapping
                 * @example 8b7c1f7e-4d2a-4c55-9a61-2f0e3b9d6a10
                 */
                mapping_id: components["parameters"]["MappingId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Upsert multiple records
         * @description Upserts every record of the array, matched by `external_id`.
         */
        put: operations["upsertRecords"];
        post?: never;
        /**
         * Delete multiple records
         * @description Deletes every record of the array, matched by `external_id`.
         */
        delete: operations["deleteRecords"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_webhook/mapping/{mapping_id}/test": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description ID of the mapping
                 * @example 8b7c1f7e-4d2a-4c55-9a61-2f0e3b9d6a10
                 */
                mapping_id: components["parameters"]["MappingId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Test webhook authentication and formatting
         * @description Test webhook authentication and formatting, without upserting data. Spiff's guides also describe a connector-level path, `/_webhook/connector/{connector_id}/test`; whether it replaces this one is an open question.
         */
        put: operations["testWebhook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external_data/{company_id}/objects": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /**
         * Get all objects
         * @description Lists the company's custom objects and their fields.
         */
        get: operations["listObjects"];
        put?: never;
        /**
         * Create an object and its fields
         * @description Creates a custom object with the given fields.
         */
        post: operations["createObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external_data/{company_id}/objects/{id}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
                /**
                 * @description ID of the record or object
                 * @example 0a5de148-4864-41f3-bd59-03ee50435e14
                 */
                id: components["parameters"]["ObjectId"];
            };
            cookie?: never;
        };
        /**
         * Get a single object
         * @description Returns one custom object and its fields.
         */
        get: operations["getObject"];
        /**
         * Update an objects fields
         * @description Replaces the label and fields of a custom object.
         */
        put: operations["updateObject"];
        post?: never;
        /**
         * Delete an empty object
         * @description Deletes a custom object that holds no records; a non-empty object gets 422.
         */
        delete: operations["deleteObject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** OpenAPI webhooks: the Spiff API defines none. */
export type webhooks = Record<string, never>;
/** The spec's reusable schemas, responses, parameters and request bodies. */
export interface components {
    schemas: {
        /**
         * @description The object that will receive the import. Predefined names can be used here, otherwise the applicable object ID should be used. The reference renders this as the enum "object_id" "teams" "sub_teams" "team_members" "plan_assignments" "0a5de148-4864-41f3-bd59-03ee50435e14", where "object_id" and the UUID stand for a custom object's id.
         * @example team_members
         * @example 0a5de148-4864-41f3-bd59-03ee50435e14
         */
        ImportTarget: components["schemas"]["PredefinedImportTarget"] | string;
        /**
         * @description The names of Spiff's built-in import targets.
         * @example teams
         * @enum {string}
         */
        PredefinedImportTarget: "teams" | "sub_teams" | "team_members" | "plan_assignments";
        /**
         * @description Upsert: find and update an existing record or create one if an existing record isn't found. Delete: only soft deletes the records found by the provided array of external ids. For safety, hard deleting records are done by request.
         * @example upsert
         * @enum {string}
         */
        ImportAction: "upsert" | "delete";
        /**
         * @description One record of an import: a flat object whose keys are the target's fields. `external_id` is the record's key in Spiff; a record without it is reported in the job's `import_errors` rather than rejected up front (inferred).
         * @example {
         *       "external_id": "12345",
         *       "name": "Jane Doe",
         *       "email": "jane.doe@company.com"
         *     }
         */
        ImportRecord: {
            /** @description The record's primary key in your system. */
            external_id?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Used to specify the lookup field for a relationship. When not specified it will default to external_id. Its shape is not documented, so it is kept open.
         * @example {
         *       "field": "manager",
         *       "lookup_field": "email"
         *     }
         */
        ForeignKey: {
            [key: string]: unknown;
        };
        /**
         * @description Import action type and data to be processed
         * @example {
         *       "import_target": "0a5de148-4864-41f3-bd59-03ee50435e14",
         *       "import_action": "upsert",
         *       "payload": [
         *         {
         *           "external_id": "12345",
         *           "name": "Jane Doe",
         *           "email": "jane.doe@company.com"
         *         }
         *       ]
         *     }
         */
        ImportRequest: {
            import_target: components["schemas"]["ImportTarget"];
            import_action: components["schemas"]["ImportAction"];
            /** @description list of records */
            payload: components["schemas"]["ImportRecord"][];
            /** @description Used to specify the lookup field to for a relationship. When not specified it will default to external_id. The reference does not show this property's name; `foreign_keys` is what an independent client sends (inferred). */
            foreign_keys?: components["schemas"]["ForeignKey"][];
        };
        /**
         * @description The job's status. The reference shows only `success`; jobs run asynchronously, so other values (for example `pending`, `processing`, `failed`) exist but are not documented. This is deliberately not an enum: treat any value other than `success` and `failed` as still running, and bound your polling with a timeout.
         * @example success
         */
        ImportStatus: string;
        /**
         * @description One import job.
         * @example {
         *       "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
         *       "status": "success",
         *       "import_action": "upsert",
         *       "import_target": "team_members",
         *       "created_at": "2022-01-01T00:00:00.000-00:00",
         *       "completed_at": "2022-01-01T00:00:05.000-00:00",
         *       "import_errors": [],
         *       "warnings": []
         *     }
         */
        Import: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["ImportStatus"];
            import_action: components["schemas"]["ImportAction"];
            import_target: components["schemas"]["ImportTarget"];
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date-time
             * @description When the job finished; null while it runs.
             */
            completed_at?: string | null;
            /** @description One message per record or problem that was not imported. */
            import_errors?: string[];
            warnings?: string[];
        };
        /**
         * @example {
         *       "imports": []
         *     }
         */
        ImportList: {
            imports: components["schemas"]["Import"][];
        };
        /**
         * @example {
         *       "import": {
         *         "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
         *         "status": "pending",
         *         "import_action": "delete",
         *         "import_target": "teams",
         *         "created_at": "2022-01-01T00:00:00.000-00:00"
         *       }
         *     }
         */
        ImportEnvelope: {
            import: components["schemas"]["Import"];
        };
        /**
         * @example {
         *       "company_id": "0a5de148-4864-41f3-bd59-03ee50435e14"
         *     }
         */
        SignatureTestRequest: {
            /**
             * Format: uuid
             * @description The company's UUID (the reference shows the format as `guid`).
             */
            company_id: string;
        };
        /**
         * @example {
         *       "success": true
         *     }
         */
        SignatureTestResponse: {
            success: boolean;
        };
        /**
         * @description A flat object whose keys are the mapping's fields. `external_id`, the record's primary key, is required (from Spiff's guides).
         * @example {
         *       "external_id": "12345",
         *       "name": "Jane Doe",
         *       "email": "jane.doe@company.com"
         *     }
         */
        WebhookRecord: {
            /** @description The record's primary key in your system. */
            external_id: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @example [
         *       {
         *         "external_id": "12345",
         *         "name": "Jane Doe"
         *       },
         *       {
         *         "external_id": "12346",
         *         "name": "John Roe"
         *       }
         *     ]
         */
        WebhookRecordList: components["schemas"]["WebhookRecord"][];
        /**
         * @example {
         *       "ok": true
         *     }
         */
        WebhookResponse: {
            ok: boolean;
        };
        /**
         * @description One field of a custom object. Spiff does not publish the field schema (inferred from an independent client): `label` names the field and `type` is an open string, not an enum.
         * @example {
         *       "label": "Amount",
         *       "type": "currency"
         *     }
         */
        ObjectField: {
            /** @description Set by Spiff on existing fields. */
            id?: string;
            label: string;
            /**
             * @example text
             * @example number
             * @example currency
             * @example date
             * @example boolean
             */
            type?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Parameters used to create a new object
         * @example {
         *       "label": "Opportunity",
         *       "plural_label": "Opportunities",
         *       "fields": [
         *         {
         *           "label": "Amount",
         *           "type": "currency"
         *         }
         *       ]
         *     }
         */
        ObjectPayload: {
            /** @description The singular name of the object. */
            label: string;
            /** @description The plural name of the object. */
            plural_label?: string;
            fields?: components["schemas"]["ObjectField"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Object and its fields
         * @example {
         *       "object": {
         *         "label": "Opportunity",
         *         "fields": []
         *       }
         *     }
         */
        ObjectRequest: {
            object: components["schemas"]["ObjectPayload"];
        };
        /**
         * @description A custom object and its fields (inferred shape; see ObjectField).
         * @example {
         *       "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
         *       "label": "Opportunity",
         *       "plural_label": "Opportunities",
         *       "fields": [
         *         {
         *           "label": "Amount",
         *           "type": "currency"
         *         }
         *       ]
         *     }
         */
        CustomObject: {
            id: string;
            label: string;
            plural_label?: string;
            fields: components["schemas"]["ObjectField"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "object": {
         *         "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
         *         "label": "Opportunity",
         *         "fields": []
         *       }
         *     }
         */
        ObjectEnvelope: {
            object: components["schemas"]["CustomObject"];
        };
        /**
         * @example {
         *       "objects": []
         *     }
         */
        ObjectList: {
            objects: components["schemas"]["CustomObject"][];
        };
        /**
         * @description Spiff's error answer (inferred shape: Spiff documents the messages, not the body). `error` holds the message, e.g. "Could not validate HMAC Signature"; `details` names each invalid field when the request failed validation.
         * @example {
         *       "error": "Could not validate HMAC Signature"
         *     }
         */
        ErrorBody: {
            error: string;
            details?: {
                /** @description JSON pointer to the invalid value. */
                field: string;
                message: string;
            }[];
        };
    };
    responses: {
        /** @description Unauthorized */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Could not validate HMAC Signature"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Unable to find the company. Listed by the reference for the test and object operations; every company path answers it for an unknown company_id (inferred). */
        CompanyNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Unable to find the company"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Unable to find the company or object */
        CompanyOrObjectNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Unable to find the object"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Invalid request. The reference lists it for object updates and deletes; other operations with a body answer it too when the body fails validation (inferred). */
        InvalidRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Invalid request: /import_action must be equal to one of the allowed values",
                 *       "details": [
                 *         {
                 *           "field": "/import_action",
                 *           "message": "must be equal to one of the allowed values"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Success */
        WebhookOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "ok": true
                 *     }
                 */
                "application/json": components["schemas"]["WebhookResponse"];
            };
        };
        /** @description Invalid mapping id (from Spiff's guides; the reference does not list it). */
        InvalidMapping: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Invalid mapping id"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No such connector, or Page not found for an unknown path (from Spiff's guides). */
        NoSuchConnector: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Unprocessible entity */
        UnprocessableRecords: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Unprocessable entity: /external_id is required",
                 *       "details": [
                 *         {
                 *           "field": "/external_id",
                 *           "message": "must have required property 'external_id'"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description UUID of the company
         * @example e3804275-aba4-4581-ac23-5b195b1a5f52
         */
        CompanyId: string;
        /**
         * @description ID of the record or object
         * @example 6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8
         */
        ImportId: string;
        /**
         * @description ID of the record or object
         * @example 0a5de148-4864-41f3-bd59-03ee50435e14
         */
        ObjectId: string;
        /**
         * @description ID of the mapping
         * @example 8b7c1f7e-4d2a-4c55-9a61-2f0e3b9d6a10
         */
        MappingId: string;
        /**
         * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
         * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
         */
        Signature: string;
    };
    requestBodies: {
        /** @description Object and its fields */
        ObjectBody: {
            content: {
                /**
                 * @example {
                 *       "object": {
                 *         "label": "Opportunity",
                 *         "plural_label": "Opportunities",
                 *         "fields": [
                 *           {
                 *             "label": "Amount",
                 *             "type": "currency"
                 *           },
                 *           {
                 *             "label": "Close date",
                 *             "type": "date"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ObjectRequest"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
/** The object that will receive the import. */
export type ImportTarget = components['schemas']['ImportTarget'];
/** The names of Spiff's built-in import targets. */
export type PredefinedImportTarget = components['schemas']['PredefinedImportTarget'];
/** Upsert: find and update an existing record or create one if an existing record isn't found. */
export type ImportAction = components['schemas']['ImportAction'];
/** One record of an import: a flat object whose keys are the target's fields. */
export type ImportRecord = components['schemas']['ImportRecord'];
/** Used to specify the lookup field for a relationship. */
export type ForeignKey = components['schemas']['ForeignKey'];
/** Import action type and data to be processed */
export type ImportRequest = components['schemas']['ImportRequest'];
/** The job's status. */
export type ImportStatus = components['schemas']['ImportStatus'];
/** One import job. */
export type Import = components['schemas']['Import'];
/** The ImportList schema of the spec. */
export type ImportList = components['schemas']['ImportList'];
/** The ImportEnvelope schema of the spec. */
export type ImportEnvelope = components['schemas']['ImportEnvelope'];
/** The SignatureTestRequest schema of the spec. */
export type SignatureTestRequest = components['schemas']['SignatureTestRequest'];
/** The SignatureTestResponse schema of the spec. */
export type SignatureTestResponse = components['schemas']['SignatureTestResponse'];
/** A flat object whose keys are the mapping's fields. */
export type WebhookRecord = components['schemas']['WebhookRecord'];
/** The WebhookRecordList schema of the spec. */
export type WebhookRecordList = components['schemas']['WebhookRecordList'];
/** The WebhookResponse schema of the spec. */
export type WebhookResponse = components['schemas']['WebhookResponse'];
/** One field of a custom object. */
export type ObjectField = components['schemas']['ObjectField'];
/** Parameters used to create a new object */
export type ObjectPayload = components['schemas']['ObjectPayload'];
/** Object and its fields */
export type ObjectRequest = components['schemas']['ObjectRequest'];
/** A custom object and its fields (inferred shape; see ObjectField). */
export type CustomObject = components['schemas']['CustomObject'];
/** The ObjectEnvelope schema of the spec. */
export type ObjectEnvelope = components['schemas']['ObjectEnvelope'];
/** The ObjectList schema of the spec. */
export type ObjectList = components['schemas']['ObjectList'];
/** Spiff's error answer (inferred shape: Spiff documents the messages, not the body). */
export type ErrorBody = components['schemas']['ErrorBody'];
/** Unauthorized */
export type ResponseUnauthorized = components['responses']['Unauthorized'];
/** Unable to find the company. */
export type ResponseCompanyNotFound = components['responses']['CompanyNotFound'];
/** Unable to find the company or object */
export type ResponseCompanyOrObjectNotFound = components['responses']['CompanyOrObjectNotFound'];
/** Invalid request. */
export type ResponseInvalidRequest = components['responses']['InvalidRequest'];
/** Success */
export type ResponseWebhookOk = components['responses']['WebhookOk'];
/** Invalid mapping id (from Spiff's guides; the reference does not list it). */
export type ResponseInvalidMapping = components['responses']['InvalidMapping'];
/** No such connector, or Page not found for an unknown path (from Spiff's guides). */
export type ResponseNoSuchConnector = components['responses']['NoSuchConnector'];
/** Unprocessible entity */
export type ResponseUnprocessableRecords = components['responses']['UnprocessableRecords'];
/** UUID of the company */
export type ParameterCompanyId = components['parameters']['CompanyId'];
/** ID of the record or object */
export type ParameterImportId = components['parameters']['ImportId'];
/** ID of the record or object */
export type ParameterObjectId = components['parameters']['ObjectId'];
/** ID of the mapping */
export type ParameterMappingId = components['parameters']['MappingId'];
/** SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret */
export type ParameterSignature = components['parameters']['Signature'];
/** Object and its fields */
export type RequestBodyObjectBody = components['requestBodies']['ObjectBody'];
/** JSON Schema `$defs`: none. */
export type $defs = Record<string, never>;
/** Every operation of the Spiff API, by operationId. */
export interface operations {
    listImports: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Import info */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "imports": [
                     *         {
                     *           "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
                     *           "status": "success",
                     *           "import_action": "upsert",
                     *           "import_target": "team_members",
                     *           "created_at": "2022-01-01T00:00:00.000-00:00",
                     *           "completed_at": "2022-01-01T00:00:05.000-00:00",
                     *           "import_errors": [],
                     *           "warnings": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ImportList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["CompanyNotFound"];
        };
    };
    createImport: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /** @description Import action type and data to be processed */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "import_target": "0a5de148-4864-41f3-bd59-03ee50435e14",
                 *       "import_action": "upsert",
                 *       "payload": [
                 *         {
                 *           "external_id": "12345",
                 *           "name": "Jane Doe",
                 *           "email": "jane.doe@company.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ImportRequest"];
            };
        };
        responses: {
            /** @description Import created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "import": {
                     *         "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
                     *         "status": "pending",
                     *         "import_action": "upsert",
                     *         "import_target": "0a5de148-4864-41f3-bd59-03ee50435e14",
                     *         "created_at": "2022-01-01T00:00:00.000-00:00",
                     *         "completed_at": null,
                     *         "import_errors": [],
                     *         "warnings": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ImportEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Unable to find the object for the import */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            422: components["responses"]["InvalidRequest"];
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
                /**
                 * @description ID of the record or object
                 * @example 6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8
                 */
                id: components["parameters"]["ImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Import info */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "imports": [
                     *         {
                     *           "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
                     *           "status": "success",
                     *           "import_action": "upsert",
                     *           "import_target": "team_members",
                     *           "created_at": "2022-01-01T00:00:00.000-00:00",
                     *           "completed_at": "2022-01-01T00:00:05.000-00:00",
                     *           "import_errors": [
                     *             "Record 3: missing external_id"
                     *           ],
                     *           "warnings": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ImportList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Unable to find the import (inferred: the reference lists no 404 here, but an unknown id cannot succeed). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unable to find the import"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    testSignature: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "company_id": "0a5de148-4864-41f3-bd59-03ee50435e14"
                 *     }
                 */
                "application/json": components["schemas"]["SignatureTestRequest"];
            };
        };
        responses: {
            /** @description The signature header was generated correctly */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true
                     *     }
                     */
                    "application/json": components["schemas"]["SignatureTestResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["CompanyNotFound"];
            422: components["responses"]["InvalidRequest"];
        };
    };
    upsertRecord: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description ID of the mapping
                 * @example 8b7c1f7e-4d2a-4c55-9a61-2f0e3b9d6a10
                 */
                mapping_id: components["parameters"]["MappingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_id": "12345",
                 *       "name": "Jane Doe",
                 *       "email": "jane.doe@company.com"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookRecord"];
            };
        };
        responses: {
            200: components["responses"]["WebhookOk"];
            400: components["responses"]["InvalidMapping"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NoSuchConnector"];
            422: components["responses"]["UnprocessableRecords"];
        };
    };
    deleteRecord: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description ID of the mapping
                 * @example 8b7c1f7e-4d2a-4c55-9a61-2f0e3b9d6a10
                 */
                mapping_id: components["parameters"]["MappingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_id": "12345"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookRecord"];
            };
        };
        responses: {
            200: components["responses"]["WebhookOk"];
            400: components["responses"]["InvalidMapping"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NoSuchConnector"];
            422: components["responses"]["UnprocessableRecords"];
        };
    };
    upsertRecords: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description ID of the mapping
                 * @example 8b7c1f7e-4d2a-4c55-9a61-2f0e3b9d6a10
                 */
                mapping_id: components["parameters"]["MappingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "external_id": "12345",
                 *         "name": "Jane Doe",
                 *         "email": "jane.doe@company.com"
                 *       },
                 *       {
                 *         "external_id": "12346",
                 *         "name": "John Roe",
                 *         "email": "john.roe@company.com"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["WebhookRecordList"];
            };
        };
        responses: {
            200: components["responses"]["WebhookOk"];
            400: components["responses"]["InvalidMapping"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NoSuchConnector"];
            422: components["responses"]["UnprocessableRecords"];
        };
    };
    deleteRecords: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description ID of the mapping
                 * @example 8b7c1f7e-4d2a-4c55-9a61-2f0e3b9d6a10
                 */
                mapping_id: components["parameters"]["MappingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "external_id": "12345"
                 *       },
                 *       {
                 *         "external_id": "12346"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["WebhookRecordList"];
            };
        };
        responses: {
            200: components["responses"]["WebhookOk"];
            400: components["responses"]["InvalidMapping"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NoSuchConnector"];
            422: components["responses"]["UnprocessableRecords"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description ID of the mapping
                 * @example 8b7c1f7e-4d2a-4c55-9a61-2f0e3b9d6a10
                 */
                mapping_id: components["parameters"]["MappingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_id": "12345",
                 *       "name": "Jane Doe",
                 *       "email": "jane.doe@company.com"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookRecord"];
            };
        };
        responses: {
            200: components["responses"]["WebhookOk"];
            400: components["responses"]["InvalidMapping"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NoSuchConnector"];
            422: components["responses"]["UnprocessableRecords"];
        };
    };
    listObjects: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of objects and their fields */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "objects": [
                     *         {
                     *           "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
                     *           "label": "Opportunity",
                     *           "plural_label": "Opportunities",
                     *           "fields": [
                     *             {
                     *               "label": "Amount",
                     *               "type": "currency"
                     *             },
                     *             {
                     *               "label": "Close date",
                     *               "type": "date"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["CompanyNotFound"];
        };
    };
    createObject: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ObjectBody"];
        responses: {
            /** @description Object created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": {
                     *         "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
                     *         "label": "Opportunity",
                     *         "plural_label": "Opportunities",
                     *         "fields": [
                     *           {
                     *             "label": "Amount",
                     *             "type": "currency"
                     *           },
                     *           {
                     *             "label": "Close date",
                     *             "type": "date"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["CompanyNotFound"];
            422: components["responses"]["InvalidRequest"];
        };
    };
    getObject: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
                /**
                 * @description ID of the record or object
                 * @example 0a5de148-4864-41f3-bd59-03ee50435e14
                 */
                id: components["parameters"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Object and its fields */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": {
                     *         "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
                     *         "label": "Opportunity",
                     *         "plural_label": "Opportunities",
                     *         "fields": [
                     *           {
                     *             "label": "Amount",
                     *             "type": "currency"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Unable to find the company */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateObject: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
                /**
                 * @description ID of the record or object
                 * @example 0a5de148-4864-41f3-bd59-03ee50435e14
                 */
                id: components["parameters"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ObjectBody"];
        responses: {
            /** @description Object fields updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": {
                     *         "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
                     *         "label": "Opportunity",
                     *         "plural_label": "Opportunities",
                     *         "fields": [
                     *           {
                     *             "label": "Amount",
                     *             "type": "currency"
                     *           },
                     *           {
                     *             "label": "Stage",
                     *             "type": "text"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["CompanyOrObjectNotFound"];
            422: components["responses"]["InvalidRequest"];
        };
    };
    deleteObject: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description SHA256 HMAC digest of {TIMESTAMP}.{JSON BODY} using the secret
                 * @example t=123456789,v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                 */
                Signature: components["parameters"]["Signature"];
            };
            path: {
                /**
                 * @description UUID of the company
                 * @example e3804275-aba4-4581-ac23-5b195b1a5f52
                 */
                company_id: components["parameters"]["CompanyId"];
                /**
                 * @description ID of the record or object
                 * @example 0a5de148-4864-41f3-bd59-03ee50435e14
                 */
                id: components["parameters"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Object deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": {
                     *         "id": "0a5de148-4864-41f3-bd59-03ee50435e14",
                     *         "label": "Opportunity",
                     *         "plural_label": "Opportunities",
                     *         "fields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["CompanyOrObjectNotFound"];
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Object is not empty"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
/** Every value the spec allows for PredefinedImportTarget, at runtime. */
export const predefinedImportTargetValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PredefinedImportTarget"]> = ["teams", "sub_teams", "team_members", "plan_assignments"];
/** Every value the spec allows for ImportAction, at runtime. */
export const importActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ImportAction"]> = ["upsert", "delete"];
