/**
 * Extracts the request side of the 95 in-scope operations from the official OpenAPI spec into
 * `src/local-metronome/contract/requests.json`, which the Local Metronome validates every request against.
 * The project ships the extract so that it runs without `../shared`; re-run this when the spec changes:
 *
 *   npm run contract:extract -- [path/to/metronome-openapi.json] [path/to/metronome-api-reference.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [specPath = '../shared/reference/metronome-openapi.json', referencePath = '../shared/reference/metronome-api-reference.txt'] =
  process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const reference = readFileSync(referencePath, 'utf8');

const inScope = [...reference.matchAll(/^(get|post|put|delete|patch)(\/v1\S+)$/gm)].map(([, method, path]) => ({
  method: method!,
  path: path!,
}));

type Json = any;
const schemas: Record<string, Json> = {};
const resolveParam = (p: Json): Json => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p);

function collectRefs(node: Json): void {
  if (Array.isArray(node)) return node.forEach(collectRefs);
  if (!node || typeof node !== 'object') return;
  if (typeof node.$ref === 'string') {
    const name = node.$ref.split('/').pop()!;
    if (!(name in schemas)) {
      schemas[name] = spec.components.schemas[name];
      collectRefs(schemas[name]);
    }
  }
  for (const value of Object.values(node)) collectRefs(value);
}

const operations = inScope.map(({ method, path }) => {
  const op = spec.paths[path][method];
  const parameters = [...(spec.paths[path].parameters ?? []), ...(op.parameters ?? [])].map(resolveParam).map((p: Json) => ({
    name: p.name,
    in: p.in,
    required: p.required ?? false,
    schema: p.schema,
    ...(p.explode === false ? { explode: false } : {}),
  }));
  const body = op.requestBody?.content?.['application/json']?.schema;
  collectRefs(parameters);
  collectRefs(body);
  return {
    method: method.toUpperCase(),
    path,
    operationId: op.operationId,
    summary: op.summary,
    parameters,
    ...(body ? { body, bodyRequired: op.requestBody.required ?? false } : {}),
  };
});

/**
 * Where the real API is documented to accept more than the spec's enum says: `window_size` is listed as
 * HOUR/DAY/NONE, while the API reference (and the spec's own `/v1/usage` example) send `hour`/`day`/`none`.
 */
function acceptLowercaseWindowSizes(node: Json): void {
  if (Array.isArray(node)) return node.forEach(acceptLowercaseWindowSizes);
  if (!node || typeof node !== 'object') return;
  const schemas = [node.name === 'window_size' ? node.schema : undefined, node.properties?.window_size];
  for (const schema of schemas)
    if (Array.isArray(schema?.enum) && schema.enum.every((v: unknown) => typeof v === 'string'))
      schema.enum = [...new Set([...schema.enum, ...schema.enum.map((v: string) => v.toLowerCase())])];
  Object.values(node).forEach(acceptLowercaseWindowSizes);
}
acceptLowercaseWindowSizes(operations);
acceptLowercaseWindowSizes(schemas);

const out = fileURLToPath(new URL('../src/local-metronome/contract/requests.json', import.meta.url));
writeFileSync(out, JSON.stringify({ operations, schemas }, null, 1) + '\n');
console.log(`wrote ${operations.length} operations and ${Object.keys(schemas).length} schemas to ${out}`);
