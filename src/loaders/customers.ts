import type { CustomerDetail } from '@metronome/sdk/resources/v1/customers/customers';
import type { MetronomeApi } from '../metronome-client/client.js';
import { notFound } from './not-found.js';

/** `GET /v1/customers` takes at most this many `customer_ids`. */
const CUSTOMER_IDS_PER_CALL = 100;

/**
 * Customers by id, in key order, through the batch filter of `GET /v1/customers`: one call per 100 ids for the
 * active customers, then one more per 100 of the ids still missing with `only_archived=true` (the list returns
 * only active customers by default). A NOT_FOUND error for each id found in neither.
 */
export async function loadCustomers(api: MetronomeApi, ids: readonly string[]): Promise<(CustomerDetail | Error)[]> {
  const found = new Map<string, CustomerDetail>();
  const fetchChunks = async (wanted: string[], onlyArchived: boolean) => {
    const chunks: string[][] = [];
    for (let i = 0; i < wanted.length; i += CUSTOMER_IDS_PER_CALL) chunks.push(wanted.slice(i, i + CUSTOMER_IDS_PER_CALL));
    const pages = await Promise.all(
      chunks.map((chunk) =>
        api.customers.list({
          customer_ids: chunk,
          limit: CUSTOMER_IDS_PER_CALL,
          ...(onlyArchived ? { only_archived: true } : {}),
        }),
      ),
    );
    for (const page of pages) for (const customer of page.data) found.set(customer.id, customer);
  };
  const unique = [...new Set(ids)];
  await fetchChunks(unique, false);
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) await fetchChunks(missing, true);
  return ids.map((id) => found.get(id) ?? notFound('GET /v1/customers', `Customer not found: ${id}`));
}
