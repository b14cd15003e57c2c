import type {
  CreditGrantCreateParams,
  CreditGrantCreateResponse,
  CreditGrantEditParams,
  CreditGrantEditResponse,
  CreditGrantListEntriesParams,
  CreditGrantListEntriesResponse,
  CreditGrantListParams,
  CreditGrantListResponse,
  CreditGrantVoidParams,
  CreditGrantVoidResponse,
} from '@metronome/sdk/resources/v1/credit-grants';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Credit grants (plans-era credits): `/v1/credits/…`. */
export class CreditGrantsResource extends Resource {
  /** `POST /v1/credits/createGrant` */
  create(body: CreditGrantCreateParams, options?: CallOptions): Promise<CreditGrantCreateResponse> {
    return this.write('POST', '/v1/credits/createGrant', { body }, options);
  }

  /** `POST /v1/credits/editGrant` */
  edit(body: CreditGrantEditParams, options?: CallOptions): Promise<CreditGrantEditResponse> {
    return this.write('POST', '/v1/credits/editGrant', { body }, options);
  }

  /** `POST /v1/credits/listGrants` (a read; `customer_ids` takes many customers; `limit`/`next_page` in the query). */
  list({ limit, next_page, ...body }: CreditGrantListParams = {}, options?: CallOptions): Promise<Page<CreditGrantListResponse>> {
    return this.read('POST', '/v1/credits/listGrants', { query: { limit, next_page }, body }, options);
  }

  /** `POST /v1/credits/listEntries` (a read; `next_page` and `sort` in the query). */
  listEntries(
    { next_page, sort, ...body }: CreditGrantListEntriesParams = {},
    options?: CallOptions,
  ): Promise<Page<CreditGrantListEntriesResponse>> {
    return this.read('POST', '/v1/credits/listEntries', { query: { next_page, sort }, body }, options);
  }

  /** `POST /v1/credits/voidGrant` */
  void(body: CreditGrantVoidParams, options?: CallOptions): Promise<CreditGrantVoidResponse> {
    return this.write('POST', '/v1/credits/voidGrant', { body }, options);
  }
}
