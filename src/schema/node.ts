import { badUserInput } from './errors.js';

/**
 * Local ids of nodes that Metronome can only fetch with more than their own id (a contract needs its customer's
 * id, an invoice too). The relay plugin turns the local id into the global one (`base64("Contract:<local>")`);
 * these join and split the parts of a local id. Parts are percent-encoded, so any id round-trips.
 */
export function compositeId(...parts: string[]): string {
  return parts.map(encodeURIComponent).join(':');
}

/** The parts of a {@link compositeId}; null when the id does not have exactly `count` parts. */
export function splitCompositeId(id: string, count: number): string[] | null {
  const parts = id.split(':');
  if (parts.length !== count || parts.some((p) => p === '')) return null;
  try {
    return parts.map(decodeURIComponent);
  } catch {
    return null;
  }
}

/** The names of the types implementing `Node`; filled once the schema is built (`schema/index.ts`). */
export const nodeTypeNames = new Set<string>();

/**
 * The relay plugin's global id decoder, strict: the id must be the base64 of `<Type>:<local id>` exactly as the
 * gateway encodes it, for a type that is a node, otherwise a BAD_USER_INPUT error names it.
 */
export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  const typename = decoded.slice(0, separator);
  if (separator <= 0 || Buffer.from(decoded, 'utf8').toString('base64') !== globalId || !nodeTypeNames.has(typename))
    throw badUserInput(`Not a valid global id: ${globalId}`);
  return { typename, id: decoded.slice(separator + 1) };
}

/**
 * A node loader over local ids that carry more than the node's own id: each id is parsed into the key its loader
 * reads (a BAD_USER_INPUT error with `invalidMessage` when it does not parse), the valid keys are loaded in one
 * batch, and each loaded value is shaped with its key (`shape`, the value itself by default). Results in id order.
 */
export async function loadByLocalId<K, V, R = V>(
  ids: readonly string[],
  parse: (id: string) => K | null,
  invalidMessage: string,
  load: (keys: K[]) => Promise<readonly (V | Error)[]>,
  shape: (value: V, key: K) => R = (value) => value as unknown as R,
): Promise<(R | Error)[]> {
  const keys = ids.map(parse);
  const loaded = await load(keys.filter((key): key is K => key !== null));
  let next = 0;
  return keys.map((key) => {
    if (key === null) return badUserInput(invalidMessage);
    const value = loaded[next++]!;
    return value instanceof Error ? value : shape(value, key);
  });
}
