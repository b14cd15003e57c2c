import type DataLoader from 'dataloader';
import type { ConnectionShape } from './pagination.js';

/**
 * Primes a node loader with the nodes of the page just listed, so links to them later in the operation (a
 * contract's customer, a rate's product…) need no second read. Each node goes in under `keyOf(node)`, as
 * `valueOf(node)` (the node itself by default). Answers the page unchanged.
 */
export function primeWithPage<N, V>(
  loader: DataLoader<string, V>,
  connection: ConnectionShape<N>,
  keyOf: (node: N) => string,
  valueOf: (node: N) => V = (node) => node as unknown as V,
): ConnectionShape<N> {
  for (const { node } of connection.edges) loader.prime(keyOf(node), valueOf(node));
  return connection;
}
