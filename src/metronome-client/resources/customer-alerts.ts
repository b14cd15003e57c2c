import type {
  AlertListParams,
  AlertResetParams,
  AlertRetrieveParams,
  AlertRetrieveResponse,
  CustomerAlert,
} from '@metronome/sdk/resources/v1/customers/alerts';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** A customer's threshold notifications and their status: `/v1/customer-alerts/…`. */
export class CustomerAlertsResource extends Resource {
  /** `POST /v1/customer-alerts/list` (a read; `next_page` in the query). */
  list({ next_page, ...body }: AlertListParams, options?: CallOptions): Promise<Page<CustomerAlert>> {
    return this.read('POST', '/v1/customer-alerts/list', { query: { next_page }, body }, options);
  }

  /** `POST /v1/customer-alerts/get` (a read). */
  retrieve(body: AlertRetrieveParams, options?: CallOptions): Promise<AlertRetrieveResponse> {
    return this.read('POST', '/v1/customer-alerts/get', { body }, options);
  }

  /** `POST /v1/customer-alerts/reset` */
  reset(body: AlertResetParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/customer-alerts/reset', { body }, options);
  }
}
