import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openapiDocument } from '../generated/openapi-document.js';
import type { OpenApiDocument } from './openapi-document.js';

/** One problem found by validation: where (a JSON pointer) and what. */
export interface ValidationIssue {
  field: string;
  message: string;
}

/** Validators for one operation, compiled once from the spec. */
interface OperationValidators {
  params: Map<string, ValidateFunction>;
  body?: ValidateFunction;
  responses: Map<string, ValidateFunction>;
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

function issues(errors: ErrorObject[] | null | undefined, prefix = ''): ValidationIssue[] {
  return (errors ?? []).map((e) => {
    const missing = e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : '';
    return {
      field: `${prefix}${e.instancePath}${missing}` || '/',
      message: e.message ?? 'is invalid',
    };
  });
}

/**
 * Validates requests and responses against the Spiff OpenAPI document with ajv (JSON Schema
 * 2020-12, OpenAPI 3.1's dialect). Every schema is compiled once, at construction.
 */
export class SpecValidator {
  private readonly operations = new Map<string, OperationValidators>();

  constructor(document: OpenApiDocument = openapiDocument) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    // ajv-formats is CommonJS: under NodeNext its plugin is the default import's `default`.
    addFormats.default(ajv);
    ajv.addSchema(document, 'spiff');
    /** Follows a `$ref` to the object it names, keeping its pointer. */
    const locate = (node: any, pointer: string): { node: any; pointer: string } =>
      typeof node?.$ref === 'string'
        ? locate(
            node.$ref
              .slice(2)
              .split('/')
              .reduce((n: any, k: string) => n[unescapePointer(k)], document),
            node.$ref,
          )
        : { node, pointer };
    const compileAt = (pointer: string) => ajv.compile({ $ref: `spiff${pointer}` });
    const json = 'content/application~1json/schema';

    for (const [path, item] of Object.entries(document.paths)) {
      const pathPointer = `#/paths/${escapePointer(path)}`;
      for (const [method, op] of Object.entries(item)) {
        if (!httpMethods.includes(method)) continue;
        const opPointer = `${pathPointer}/${method}`;
        const validators: OperationValidators = { params: new Map(), responses: new Map() };
        const params = [
          ...(item.parameters ?? []).map((p: unknown, i: number) =>
            locate(p, `${pathPointer}/parameters/${i}`),
          ),
          ...(op.parameters ?? []).map((p: unknown, i: number) =>
            locate(p, `${opPointer}/parameters/${i}`),
          ),
        ];
        for (const { node, pointer } of params) {
          if (node.in === 'path') validators.params.set(node.name, compileAt(`${pointer}/schema`));
        }
        if (op.requestBody) {
          validators.body = compileAt(
            `${locate(op.requestBody, `${opPointer}/requestBody`).pointer}/${json}`,
          );
        }
        for (const [status, ref] of Object.entries(op.responses)) {
          const { node, pointer } = locate(ref, `${opPointer}/responses/${status}`);
          if (node.content?.['application/json']) {
            validators.responses.set(status, compileAt(`${pointer}/${json}`));
          }
        }
        this.operations.set(op.operationId, validators);
      }
    }
  }

  private validatorsOf(operationId: string): OperationValidators {
    const validators = this.operations.get(operationId);
    if (!validators) throw new Error(`Unknown operation ${operationId}`);
    return validators;
  }

  /** Problems with the path parameters of a request (empty when valid). */
  params(operationId: string, params: Record<string, string>): ValidationIssue[] {
    const found: ValidationIssue[] = [];
    for (const [name, validate] of this.validatorsOf(operationId).params) {
      if (!validate(params[name])) found.push(...issues(validate.errors, `/path/${name}`));
    }
    return found;
  }

  /** Whether the operation takes a JSON request body. */
  expectsBody(operationId: string): boolean {
    return this.validatorsOf(operationId).body !== undefined;
  }

  /** Problems with a parsed JSON request body (empty when valid). */
  body(operationId: string, body: unknown): ValidationIssue[] {
    const validate = this.validatorsOf(operationId).body;
    if (!validate || validate(body)) return [];
    return issues(validate.errors);
  }

  /** Problems with a response body for a status; a status the spec does not list is a problem too. */
  response(operationId: string, status: number, body: unknown): ValidationIssue[] {
    const validate = this.validatorsOf(operationId).responses.get(String(status));
    if (!validate) return [{ field: '/', message: `status ${status} is not in the spec` }];
    return validate(body) ? [] : issues(validate.errors);
  }
}
