import type { UsageListParams, UsageListResponse } from '@metronome/sdk/resources/v1/usage';
import type { MetronomeApi } from '../metronome-client/client.js';
import { groupByKey, readAllPages } from './all-pages.js';

export type UsageQuery = Omit<UsageListParams, 'customer_ids' | 'next_page'>;

/**
 * Usage of many customers over one window with one `POST /v1/usage` (all its pages): `customer_ids` holds every
 * customer asked for. One list of usage windows per customer, in key order.
 */
export async function loadUsage(
  api: MetronomeApi,
  customerIds: readonly string[],
  query: UsageQuery,
): Promise<UsageListResponse[][]> {
  const usage = await readAllPages((nextPage) =>
    api.usage.list({ ...query, customer_ids: [...new Set(customerIds)], next_page: nextPage }),
  );
  return groupByKey(customerIds, usage, (row) => row.customer_id);
}
