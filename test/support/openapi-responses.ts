import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { toJsonSchema } from '../../src/local-metronome/http/openapi-schema.js';
import type { ApiClient, RequestOptions } from './local-metronome.js';

type JsonSchema = Record<string, any>;

/**
 * An OpenAPI 3.0 Reference Object ignores the keywords beside its `$ref`, where Ajv would apply them: the spec puts
 * `type: object` beside a `$ref` to a string enum (`Invoice.billable_status`), which no value could then satisfy.
 * `nullable` is kept, because the official SDK, generated from this spec, reads it as `T | null`.
 */
function withoutRefSiblings(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutRefSiblings);
  if (!node || typeof node !== 'object') return node;
  const { $ref, nullable } = node as { $ref?: unknown; nullable?: unknown };
  if (typeof $ref === 'string') return nullable === true ? { $ref, nullable } : { $ref };
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withoutRefSiblings(value)]));
}

const rewriteRefs = (node: unknown) => toJsonSchema(withoutRefSiblings(node), 'spec');

/**
 * Validates response bodies against the response schemas of the official OpenAPI spec, by operation
 * (`GET /v1/customers`) and status code. A success the spec does not list for an operation is itself a finding. An
 * error status it does not list (401, 413, 429, 5xx, or a 409 the descriptions promise, as for `uniqueness_key`)
 * must still carry the common `Error` body.
 */
export class OpenApiResponses {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly spec: JsonSchema;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(specPath: string) {
    this.spec = JSON.parse(readFileSync(specPath, 'utf8'));
    addFormats.default(this.ajv);
    this.ajv.addSchema({ $id: 'spec', components: rewriteRefs(this.spec.components) });
  }

  /** Problems with this response, empty when it conforms. */
  check(operation: string, status: number, body: unknown): string[] {
    const [method, path] = operation.split(' ') as [string, string];
    const op = this.spec.paths[path]?.[method.toLowerCase()];
    if (!op) return [`${operation} is not in the spec`];
    const declared = op.responses[String(status)] ?? (status >= 300 ? op.responses.default : undefined);
    const resolved = declared?.$ref ? this.spec.components.responses[declared.$ref.split('/').pop()] : declared;
    if (!resolved && status < 400) return [`${operation} does not declare status ${status}`];
    // Errors the spec does not list per operation (401, 429, 5xx...) still carry the common Error body.
    const schema: JsonSchema | undefined = resolved
      ? resolved.content?.['application/json']?.schema
      : { $ref: '#/components/schemas/Error' };
    if (!schema) return [];
    const key = `${operation} ${status}`;
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile(rewriteRefs(schema) as JsonSchema);
      this.cache.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${operation} ${status}: ${e.instancePath || '(body)'} ${e.message}`);
  }
}

/**
 * A client for a conformance test: `call('GET /v1/customers', '/v1/customers', options)` sends the request and
 * records whatever in its response the spec does not allow in `findings`.
 */
export function conformanceRecorder(api: ApiClient, specPath: string) {
  const responses = new OpenApiResponses(specPath);
  const findings: string[] = [];
  const call = async (operation: string, path: string, options: RequestOptions = {}) => {
    const response = await api(operation.split(' ')[0]!, path, options);
    findings.push(...responses.check(operation, response.status, response.body));
    return response;
  };
  return { call, findings };
}
