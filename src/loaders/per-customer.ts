/**
 * Items found by (customer, id) where Metronome only lists a customer's items: one `list` per distinct customer
 * (however many of its items are asked for), then each key looked up in its customer's list, in key order. A key
 * the list does not hold gets `missing(key)`; a failed list fails that customer's keys only.
 */
export async function findInCustomerLists<K extends { customerId: string }, T extends { id: string }>(
  keys: readonly K[],
  idOf: (key: K) => string,
  list: (customerId: string) => Promise<T[]>,
  missing: (key: K) => Error,
): Promise<(T | Error)[]> {
  const customerIds = [...new Set(keys.map((key) => key.customerId))];
  const lists = await Promise.all(
    customerIds.map(async (customerId) => {
      try {
        return [customerId, await list(customerId)] as const;
      } catch (error) {
        return [customerId, error as Error] as const;
      }
    }),
  );
  const byCustomer = new Map<string, T[] | Error>(lists);
  return keys.map((key) => {
    const items = byCustomer.get(key.customerId)!;
    if (items instanceof Error) return items;
    const id = idOf(key);
    return items.find((item) => item.id === id) ?? missing(key);
  });
}
