import type { UsageListParams, UsageListResponse, UsageSearchResponse } from '@metronome/sdk/resources/v1/usage';
import type { MetronomeApi } from '../metronome-client/client.js';
import { groupByKey, readAllPages } from './all-pages.js';

export type UsageQuery = Omit<UsageListParams, 'customer_ids' | 'next_page'>;

export type UsageEventShape = UsageSearchResponse.UsageSearchResponseItem;

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

/**
 * Usage events by transaction id with one `POST /v1/events/search` for all of them. One list per transaction id,
 * in key order: the event counted first, then any duplicates Metronome received with the same transaction id;
 * empty when Metronome has none (unknown, or older than 34 days).
 */
export async function loadUsageEvents(api: MetronomeApi, transactionIds: readonly string[]): Promise<UsageEventShape[][]> {
  const events = await api.usage.search({ transactionIds: [...new Set(transactionIds)] });
  return groupByKey(transactionIds, events, (event) => event.transaction_id);
}
