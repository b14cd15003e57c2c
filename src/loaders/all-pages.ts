/**
 * Every item of a cursor-paged list, following `next_page` until Metronome says there is no more. For batch
 * loaders, which must answer for all their keys at once.
 */
export async function readAllPages<T>(
  fetchPage: (nextPage: string | undefined) => Promise<{ data: T[]; next_page?: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let nextPage: string | undefined;
  do {
    const page = await fetchPage(nextPage);
    items.push(...page.data);
    nextPage = page.next_page ?? undefined;
  } while (nextPage);
  return items;
}

/** Items grouped by owner, one (possibly empty) list per key, in key order. */
export function groupByKey<T>(keys: readonly string[], items: readonly T[], ownerOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(ownerOf(item))?.push(item);
  return keys.map((key) => groups.get(key)!);
}
