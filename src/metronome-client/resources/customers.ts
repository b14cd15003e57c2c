import type {
  CustomerArchiveParams,
  CustomerArchiveResponse,
  CustomerCreateParams,
  CustomerCreateResponse,
  CustomerDetail,
  CustomerListBillableMetricsParams,
  CustomerListBillableMetricsResponse,
  CustomerListCostsParams,
  CustomerListCostsResponse,
  CustomerListParams,
  CustomerPreviewEventsParams,
  CustomerPreviewEventsResponse,
  CustomerRetrieveParams,
  CustomerRetrieveResponse,
  CustomerSetIngestAliasesParams,
  CustomerSetNameParams,
  CustomerSetNameResponse,
  CustomerUpdateConfigParams,
} from '@metronome/sdk/resources/v1/customers/customers';
import type {
  NamedScheduleRetrieveParams,
  NamedScheduleRetrieveResponse,
  NamedScheduleUpdateParams,
} from '@metronome/sdk/resources/v1/customers/named-schedules';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Customers: `/v1/customers…`. */
export class CustomersResource extends Resource {
  /** `POST /v1/customers` */
  create(body: CustomerCreateParams, options?: CallOptions): Promise<CustomerCreateResponse> {
    return this.write('POST', '/v1/customers', { body }, options);
  }

  /** `GET /v1/customers/{customer_id}` */
  retrieve({ customer_id }: CustomerRetrieveParams, options?: CallOptions): Promise<CustomerRetrieveResponse> {
    return this.read('GET', '/v1/customers/{customer_id}', { params: { customer_id } }, options);
  }

  /** `GET /v1/customers`; `customer_ids` fetches up to 100 customers (archived included) in one call. */
  list(query: CustomerListParams = {}, options?: CallOptions): Promise<Page<CustomerDetail>> {
    return this.read('GET', '/v1/customers', { query }, options);
  }

  /** `POST /v1/customers/archive` */
  archive(body: CustomerArchiveParams, options?: CallOptions): Promise<CustomerArchiveResponse> {
    return this.write('POST', '/v1/customers/archive', { body }, options);
  }

  /** `GET /v1/customers/{customer_id}/billable-metrics` */
  listBillableMetrics(
    { customer_id, ...query }: CustomerListBillableMetricsParams,
    options?: CallOptions,
  ): Promise<Page<CustomerListBillableMetricsResponse>> {
    return this.read('GET', '/v1/customers/{customer_id}/billable-metrics', { params: { customer_id }, query }, options);
  }

  /** `GET /v1/customers/{customer_id}/costs` */
  listCosts({ customer_id, ...query }: CustomerListCostsParams, options?: CallOptions): Promise<Page<CustomerListCostsResponse>> {
    return this.read('GET', '/v1/customers/{customer_id}/costs', { params: { customer_id }, query }, options);
  }

  /** `POST /v1/customers/{customer_id}/previewEvents`: computes a draft invoice, stores nothing. */
  previewEvents(
    { customer_id, ...body }: CustomerPreviewEventsParams,
    options?: CallOptions,
  ): Promise<CustomerPreviewEventsResponse> {
    return this.read('POST', '/v1/customers/{customer_id}/previewEvents', { params: { customer_id }, body }, options);
  }

  /** `POST /v1/customers/{customer_id}/setIngestAliases` */
  setIngestAliases({ customer_id, ...body }: CustomerSetIngestAliasesParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/customers/{customer_id}/setIngestAliases', { params: { customer_id }, body }, options);
  }

  /** `POST /v1/customers/{customer_id}/setName` */
  setName({ customer_id, ...body }: CustomerSetNameParams, options?: CallOptions): Promise<CustomerSetNameResponse> {
    return this.write('POST', '/v1/customers/{customer_id}/setName', { params: { customer_id }, body }, options);
  }

  /** `POST /v1/customers/{customer_id}/updateConfig` */
  updateConfig({ customer_id, ...body }: CustomerUpdateConfigParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/customers/{customer_id}/updateConfig', { params: { customer_id }, body }, options);
  }

  /** `POST /v1/customers/getNamedSchedule` */
  getNamedSchedule(body: NamedScheduleRetrieveParams, options?: CallOptions): Promise<NamedScheduleRetrieveResponse> {
    return this.read('POST', '/v1/customers/getNamedSchedule', { body }, options);
  }

  /** `POST /v1/customers/updateNamedSchedule` */
  updateNamedSchedule(body: NamedScheduleUpdateParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/customers/updateNamedSchedule', { body }, options);
  }
}
