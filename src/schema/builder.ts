import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { GatewayContext } from './context.js';
import { decodeGlobalId } from './node.js';

/**
 * The one Pothos builder. It configures plugins and scalars and defines no types: each domain module
 * (`customer.ts`, `contract.ts`, …) declares its own type, entry points and inputs with it.
 *
 * - relay: the `Node` interface, global ids, `node`/`nodes`;
 * - dataloader: per-operation DataLoaders keyed by the context object, behind every loadable node.
 *
 * Fields are non-null unless declared `nullable`: a field that links to another resource by id is nullable,
 * because the id may not resolve (404 → null plus a NOT_FOUND error).
 */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  Scalars: {
    DateTime: { Input: string; Output: string | Date };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    decodeGlobalID: decodeGlobalId,
    cursorType: 'String',
    nodeTypeOptions: {
      description: 'An object with a global id, which `node` and `nodes` fetch again. Every Metronome resource with an id is one.',
    },
    nodeQueryOptions: {
      description: 'Fetches any object by its global id; null (with a NOT_FOUND error) when it does not exist.',
      args: { id: { description: 'A global id, as any `id` field returns it.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global ids, in order; null (with a NOT_FOUND error) for each that does not exist.',
      args: { ids: { description: 'Global ids, as `id` fields return them.' } },
    },
    idFieldOptions: {
      description: 'The global id: encodes the type and whatever Metronome needs to fetch the object again.',
    },
  },
});

/** The builder's type parameters, for helpers that take Pothos refs or builders. */
export type GatewaySchemaTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
