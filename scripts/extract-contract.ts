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

const out = fileURLToPath(new URL('../src/local-metronome/contract/requests.json', import.meta.url));
writeFileSync(out, JSON.stringify({ operations, schemas }, null, 1) + '\n');
console.log(`wrote ${operations.length} operations and ${Object.keys(schemas).length} schemas to ${out}`);
