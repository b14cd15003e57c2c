/**
 * Turns an OpenAPI 3.0 schema into JSON Schema that Ajv validates as the spec means it:
 * - `$ref`s point into the document registered under `documentId` (`#/components/schemas/X` → `contract#/...`);
 * - `nullable: true` also admits null where Ajv would not: beside a `$ref`, on an `enum`, or without a `type`;
 * - documentation-only keywords (`example`, `discriminator`, `x-*`) are dropped.
 */
export function toJsonSchema(node: unknown, documentId: string): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, documentId));
  if (!node || typeof node !== 'object') return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace(/^#\//, `${documentId}#/`);
    else if (key === 'example' || key === 'examples' || key === 'discriminator' || key.startsWith('x-')) continue;
    else if (key === 'nullable') continue;
    else out[key] = toJsonSchema(value, documentId);
  }
  if (source.nullable !== true) return out;
  if ('$ref' in out || !('type' in out)) {
    if (!('$ref' in out) && !('enum' in out) && !('allOf' in out) && !('oneOf' in out) && !('anyOf' in out)) return out;
    return { anyOf: [out, { type: 'null' }] };
  }
  const types = Array.isArray(out.type) ? out.type : [out.type];
  out.type = [...new Set([...types, 'null'])];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}
