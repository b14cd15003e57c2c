import type {
  ProductArchiveParams,
  ProductArchiveResponse,
  ProductCreateParams,
  ProductCreateResponse,
  ProductListParams,
  ProductListResponse,
  ProductRetrieveParams,
  ProductRetrieveResponse,
  ProductUpdateParams,
  ProductUpdateResponse,
} from '@metronome/sdk/resources/v1/contracts/products';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Products: `/v1/contract-pricing/products/…`. Their reads are POSTs. */
export class ProductsResource extends Resource {
  /** `POST /v1/contract-pricing/products/create` */
  create(body: ProductCreateParams, options?: CallOptions): Promise<ProductCreateResponse> {
    return this.write('POST', '/v1/contract-pricing/products/create', { body }, options);
  }

  /** `POST /v1/contract-pricing/products/get` (a read). */
  retrieve(body: ProductRetrieveParams, options?: CallOptions): Promise<ProductRetrieveResponse> {
    return this.read('POST', '/v1/contract-pricing/products/get', { body }, options);
  }

  /** `POST /v1/contract-pricing/products/update` */
  update(body: ProductUpdateParams, options?: CallOptions): Promise<ProductUpdateResponse> {
    return this.write('POST', '/v1/contract-pricing/products/update', { body }, options);
  }

  /** `POST /v1/contract-pricing/products/list` (a read; `limit`/`next_page` in the query). */
  list({ limit, next_page, ...body }: ProductListParams = {}, options?: CallOptions): Promise<Page<ProductListResponse>> {
    return this.read('POST', '/v1/contract-pricing/products/list', { query: { limit, next_page }, body }, options);
  }

  /** `POST /v1/contract-pricing/products/archive` */
  archive(body: ProductArchiveParams, options?: CallOptions): Promise<ProductArchiveResponse> {
    return this.write('POST', '/v1/contract-pricing/products/archive', { body }, options);
  }
}
