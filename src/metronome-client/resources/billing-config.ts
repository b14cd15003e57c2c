import type {
  BillingConfigCreateParams,
  BillingConfigDeleteParams,
  BillingConfigRetrieveParams,
  BillingConfigRetrieveResponse,
} from '@metronome/sdk/resources/v1/customers/billing-config';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

const TEMPLATE = '/v1/customers/{customer_id}/billing-config/{billing_provider_type}';

/** A customer's billing provider configuration: `/v1/customers/{customer_id}/billing-config/{type}`. */
export class BillingConfigResource extends Resource {
  /** `POST /v1/customers/{customer_id}/billing-config/{billing_provider_type}` */
  create({ customer_id, billing_provider_type, ...body }: BillingConfigCreateParams, options?: CallOptions): Promise<void> {
    return this.write('POST', TEMPLATE, { params: { customer_id, billing_provider_type }, body }, options);
  }

  /** `GET /v1/customers/{customer_id}/billing-config/{billing_provider_type}` */
  retrieve(
    { customer_id, billing_provider_type }: BillingConfigRetrieveParams,
    options?: CallOptions,
  ): Promise<BillingConfigRetrieveResponse> {
    return this.read('GET', TEMPLATE, { params: { customer_id, billing_provider_type } }, options);
  }

  /** `DELETE /v1/customers/{customer_id}/billing-config/{billing_provider_type}`; carries no Idempotency-Key, so never retried. */
  delete({ customer_id, billing_provider_type }: BillingConfigDeleteParams, options?: CallOptions): Promise<void> {
    return this.write('DELETE', TEMPLATE, { params: { customer_id, billing_provider_type } }, options);
  }
}
