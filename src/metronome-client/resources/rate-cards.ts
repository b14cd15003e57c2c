import type {
  NamedScheduleRetrieveParams,
  NamedScheduleRetrieveResponse,
  NamedScheduleUpdateParams,
} from '@metronome/sdk/resources/v1/contracts/named-schedules';
import type {
  ProductOrderSetParams,
  ProductOrderSetResponse,
  ProductOrderUpdateParams,
  ProductOrderUpdateResponse,
} from '@metronome/sdk/resources/v1/contracts/rate-cards/product-orders';
import type {
  RateCardArchiveParams,
  RateCardArchiveResponse,
  RateCardCreateParams,
  RateCardCreateResponse,
  RateCardListResponse,
  RateCardRetrieveParams,
  RateCardRetrieveRateScheduleParams,
  RateCardRetrieveRateScheduleResponse,
  RateCardRetrieveResponse,
  RateCardUpdateParams,
  RateCardUpdateResponse,
} from '@metronome/sdk/resources/v1/contracts/rate-cards/rate-cards';
import type {
  RateAddManyParams,
  RateAddManyResponse,
  RateAddParams,
  RateAddResponse,
  RateListParams,
  RateListResponse,
} from '@metronome/sdk/resources/v1/contracts/rate-cards/rates';
import type { Page, PageParams } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Rate cards, their rates, product order and named schedules: `/v1/contract-pricing/rate-cards/…`. */
export class RateCardsResource extends Resource {
  /** `POST /v1/contract-pricing/rate-cards/create` */
  create(body: RateCardCreateParams, options?: CallOptions): Promise<RateCardCreateResponse> {
    return this.write('POST', '/v1/contract-pricing/rate-cards/create', { body }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/get` (a read). */
  retrieve(body: RateCardRetrieveParams, options?: CallOptions): Promise<RateCardRetrieveResponse> {
    return this.read('POST', '/v1/contract-pricing/rate-cards/get', { body }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/update` */
  update(body: RateCardUpdateParams, options?: CallOptions): Promise<RateCardUpdateResponse> {
    return this.write('POST', '/v1/contract-pricing/rate-cards/update', { body }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/list` (a read; `limit`/`next_page` in the query, empty body). */
  list(query: PageParams = {}, options?: CallOptions): Promise<Page<RateCardListResponse>> {
    return this.read('POST', '/v1/contract-pricing/rate-cards/list', { query, body: {} }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/archive` */
  archive(body: RateCardArchiveParams, options?: CallOptions): Promise<RateCardArchiveResponse> {
    return this.write('POST', '/v1/contract-pricing/rate-cards/archive', { body }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/getRateSchedule` (a read; `limit`/`next_page` in the query). */
  retrieveRateSchedule(
    { limit, next_page, ...body }: RateCardRetrieveRateScheduleParams,
    options?: CallOptions,
  ): Promise<RateCardRetrieveRateScheduleResponse> {
    return this.read('POST', '/v1/contract-pricing/rate-cards/getRateSchedule', { query: { limit, next_page }, body }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/getRates` (a read; `limit`/`next_page` in the query). */
  listRates({ limit, next_page, ...body }: RateListParams, options?: CallOptions): Promise<Page<RateListResponse>> {
    return this.read('POST', '/v1/contract-pricing/rate-cards/getRates', { query: { limit, next_page }, body }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/addRate` */
  addRate(body: RateAddParams, options?: CallOptions): Promise<RateAddResponse> {
    return this.write('POST', '/v1/contract-pricing/rate-cards/addRate', { body }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/addRates` */
  addRates(body: RateAddManyParams, options?: CallOptions): Promise<RateAddManyResponse> {
    return this.write('POST', '/v1/contract-pricing/rate-cards/addRates', { body }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/setRateCardProductsOrder` */
  setProductsOrder(body: ProductOrderSetParams, options?: CallOptions): Promise<ProductOrderSetResponse> {
    return this.write('POST', '/v1/contract-pricing/rate-cards/setRateCardProductsOrder', { body }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/moveRateCardProducts` */
  moveProducts(body: ProductOrderUpdateParams, options?: CallOptions): Promise<ProductOrderUpdateResponse> {
    return this.write('POST', '/v1/contract-pricing/rate-cards/moveRateCardProducts', { body }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/getNamedSchedule` (a read). */
  getNamedSchedule(body: NamedScheduleRetrieveParams, options?: CallOptions): Promise<NamedScheduleRetrieveResponse> {
    return this.read('POST', '/v1/contract-pricing/rate-cards/getNamedSchedule', { body }, options);
  }

  /** `POST /v1/contract-pricing/rate-cards/updateNamedSchedule` */
  updateNamedSchedule(body: NamedScheduleUpdateParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/contract-pricing/rate-cards/updateNamedSchedule', { body }, options);
  }
}
