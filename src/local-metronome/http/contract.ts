import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { BadRequestError } from './api-error.js';
import { toJsonSchema } from './openapi-schema.js';

/** The request side of one operation, as `scripts/extract-contract.ts` extracts it from the OpenAPI spec. */
export interface ContractOperation {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  /** `explode: false` on a scalar parameter: several values arrive comma-separated in one (`status=active,ended`). */
  parameters: { name: string; in: 'path' | 'query' | 'header'; required: boolean; schema: JsonSchema; explode?: boolean }[];
  body?: JsonSchema;
  bodyRequired?: boolean;
}

type JsonSchema = Record<string, any>;

interface ContractFile {
  operations: ContractOperation[];
  schemas: Record<string, JsonSchema>;
}

export interface ValidatedRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/** `POST /v1/customers`, `GET /v1/customers/{customer_id}`: an operation's method and path template. */
export type OperationKey = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${string}`;

const contract = createRequire(import.meta.url)('../contract/requests.json') as ContractFile;

const rewriteRefs = (node: unknown) => toJsonSchema(node, 'contract');

function describePath(root: string, instancePath: string): string {
  const segments = instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let path = root;
  for (const segment of segments) path += /^\d+$/.test(segment) ? `[${segment}]` : path ? `.${segment}` : segment;
  return path;
}

function describeError(root: string, error: ErrorObject): string {
  const at = describePath(root, error.instancePath);
  switch (error.keyword) {
    case 'required':
      return `${at ? `${at}.` : ''}${(error.params as { missingProperty: string }).missingProperty} is required`;
    case 'additionalProperties':
      return `${at ? `${at}.` : ''}${(error.params as { additionalProperty: string }).additionalProperty} is not a recognized field`;
    case 'enum':
      return `${at || 'value'} must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    case 'format':
      return `${at || 'value'} must be a valid ${(error.params as { format: string }).format}`;
    default:
      return `${at || 'value'} ${error.message ?? 'is invalid'}`;
  }
}

/** Turns query-string values into what the parameter's schema says they are. Arrays arrive comma-separated. */
function coerceQueryValue(raw: string | string[], schema: JsonSchema): unknown {
  const values = Array.isArray(raw) ? raw : [raw];
  switch (schema.type) {
    case 'array':
      return values.flatMap((v) => v.split(',')).filter((v) => v !== '').map((v) => coerceQueryValue(v, schema.items ?? {}));
    case 'boolean': {
      const v = values.at(-1);
      return v === 'true' ? true : v === 'false' ? false : v;
    }
    case 'integer':
    case 'number': {
      const v = values.at(-1)!;
      return v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v;
    }
    default:
      return values.at(-1);
  }
}

/** Validates requests against the request schemas of the official OpenAPI spec. */
export class ContractValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: false, coerceTypes: false });
  private readonly compiled = new Map<
    OperationKey,
    { operation: ContractOperation; params?: ValidateFunction; query?: ValidateFunction; body?: ValidateFunction }
  >();

  constructor() {
    addFormats.default(this.ajv);
    this.ajv.addSchema({ $id: 'contract', components: { schemas: rewriteRefs(contract.schemas) } });
    for (const operation of contract.operations) {
      const key = `${operation.method} ${operation.path}` as OperationKey;
      const compileParams = (location: 'path' | 'query') => {
        const params = operation.parameters.filter((p) => p.in === location);
        if (params.length === 0) return undefined;
        return this.ajv.compile({
          type: 'object',
          properties: Object.fromEntries(
            params.map((p) => [
              p.name,
              p.explode === false && p.schema.type !== 'array'
                ? { type: 'array', items: rewriteRefs(p.schema) }
                : rewriteRefs(p.schema),
            ]),
          ),
          required: params.filter((p) => p.required).map((p) => p.name),
        });
      };
      this.compiled.set(key, {
        operation,
        params: compileParams('path'),
        query: compileParams('query'),
        body: operation.body ? this.ajv.compile(rewriteRefs(operation.body) as JsonSchema) : undefined,
      });
    }
  }

  get operations(): ContractOperation[] {
    return [...this.compiled.values()].map((c) => c.operation);
  }

  has(key: OperationKey): boolean {
    return this.compiled.has(key);
  }

  /**
   * Checks one request and returns its parameters typed as the contract says (query strings coerced).
   * Throws a 400 that names the offending field.
   */
  validate(
    key: OperationKey,
    request: { params: Record<string, string>; query: Record<string, string | string[]>; body: unknown },
  ): ValidatedRequest {
    const entry = this.compiled.get(key);
    if (!entry) throw new Error(`No contract operation ${key}`);
    const query: Record<string, unknown> = {};
    const queryToValidate: Record<string, unknown> = {};
    for (const p of entry.operation.parameters.filter((p) => p.in === 'query')) {
      const raw = request.query[p.name];
      if (raw === undefined) continue;
      query[p.name] = coerceQueryValue(raw, p.schema);
      // Handlers get a comma-joined scalar as sent; each of its values is validated against the schema.
      queryToValidate[p.name] =
        p.explode === false && p.schema.type !== 'array' ? coerceQueryValue(raw, { type: 'array', items: p.schema }) : query[p.name];
    }
    const check = (validate: ValidateFunction | undefined, root: string, value: unknown) => {
      if (validate && !validate(value)) throw new BadRequestError(describeError(root, validate.errors![0]!));
    };
    check(entry.params, '', request.params);
    check(entry.query, '', queryToValidate);
    let body = request.body;
    if (entry.operation.body) {
      if (body === undefined || body === null) {
        if (entry.operation.bodyRequired) throw new BadRequestError('A JSON request body is required');
        body = {};
      }
      check(entry.body, '', body);
    }
    return { params: request.params, query, body };
  }
}
