import type {
  UsageIngestParams,
  UsageListParams,
  UsageListResponse,
  UsageListWithGroupsParams,
  UsageListWithGroupsResponse,
  UsageSearchParams,
  UsageSearchResponse,
} from '@metronome/sdk/resources/v1/usage';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Usage events and aggregated usage: `/v1/ingest`, `/v1/usage…`, `/v1/events/search`. */
export class UsageResource extends Resource {
  /**
   * `POST /v1/ingest`. Safe to retry: Metronome deduplicates events on `transaction_id` (34 days), so a repeated
   * batch stores nothing twice.
   */
  ingest(events: NonNullable<UsageIngestParams['usage']>, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/ingest', { body: events, idempotent: true }, options);
  }

  /** `POST /v1/usage` (a read; `customer_ids` takes many customers; `next_page` in the query). */
  list({ next_page, ...body }: UsageListParams, options?: CallOptions): Promise<Page<UsageListResponse>> {
    return this.read('POST', '/v1/usage', { query: { next_page }, body }, options);
  }

  /** `POST /v1/usage/groups` (a read; `limit`/`next_page` in the query). */
  listWithGroups(
    { limit, next_page, ...body }: UsageListWithGroupsParams,
    options?: CallOptions,
  ): Promise<Page<UsageListWithGroupsResponse>> {
    return this.read('POST', '/v1/usage/groups', { query: { limit, next_page }, body }, options);
  }

  /** `POST /v1/events/search` (a read). */
  search(body: UsageSearchParams, options?: CallOptions): Promise<UsageSearchResponse> {
    return this.read('POST', '/v1/events/search', { body }, options);
  }
}
