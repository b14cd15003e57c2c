import type { PricingUnitListParams, PricingUnitListResponse } from '@metronome/sdk/resources/v1/pricing-units';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Pricing units (credit types): `/v1/credit-types/list`. */
export class CreditTypesResource extends Resource {
  /** `GET /v1/credit-types/list` */
  list(query: PricingUnitListParams = {}, options?: CallOptions): Promise<Page<PricingUnitListResponse>> {
    return this.read('GET', '/v1/credit-types/list', { query }, options);
  }
}
