import type {
  BillableMetricArchiveParams,
  BillableMetricArchiveResponse,
  BillableMetricCreateParams,
  BillableMetricCreateResponse,
  BillableMetricListParams,
  BillableMetricListResponse,
  BillableMetricRetrieveParams,
  BillableMetricRetrieveResponse,
} from '@metronome/sdk/resources/v1/billable-metrics';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Billable metrics: `/v1/billable-metrics…`. */
export class BillableMetricsResource extends Resource {
  /** `POST /v1/billable-metrics/create` */
  create(body: BillableMetricCreateParams, options?: CallOptions): Promise<BillableMetricCreateResponse> {
    return this.write('POST', '/v1/billable-metrics/create', { body }, options);
  }

  /** `GET /v1/billable-metrics/{billable_metric_id}` */
  retrieve({ billable_metric_id }: BillableMetricRetrieveParams, options?: CallOptions): Promise<BillableMetricRetrieveResponse> {
    return this.read('GET', '/v1/billable-metrics/{billable_metric_id}', { params: { billable_metric_id } }, options);
  }

  /** `GET /v1/billable-metrics` */
  list(query: BillableMetricListParams = {}, options?: CallOptions): Promise<Page<BillableMetricListResponse>> {
    return this.read('GET', '/v1/billable-metrics', { query }, options);
  }

  /** `POST /v1/billable-metrics/archive` */
  archive(body: BillableMetricArchiveParams, options?: CallOptions): Promise<BillableMetricArchiveResponse> {
    return this.write('POST', '/v1/billable-metrics/archive', { body }, options);
  }
}
