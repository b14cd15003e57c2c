import type { Credit } from '@metronome/sdk/resources/shared';
import type {
  CreditCreateParams,
  CreditCreateResponse,
  CreditListParams,
  CreditUpdateEndDateParams,
  CreditUpdateEndDateResponse,
} from '@metronome/sdk/resources/v1/customers/credits';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Customer-level credits: `/v1/contracts/customerCredits/…`. */
export class CreditsResource extends Resource {
  /** `POST /v1/contracts/customerCredits/create` */
  create(body: CreditCreateParams, options?: CallOptions): Promise<CreditCreateResponse> {
    return this.write('POST', '/v1/contracts/customerCredits/create', { body }, options);
  }

  /** `POST /v1/contracts/customerCredits/list` (a read; `limit`/`next_page` in the body, at most 25). */
  list(body: CreditListParams, options?: CallOptions): Promise<Page<Credit>> {
    return this.read('POST', '/v1/contracts/customerCredits/list', { body }, options);
  }

  /** `POST /v1/contracts/customerCredits/updateEndDate` */
  updateEndDate(body: CreditUpdateEndDateParams, options?: CallOptions): Promise<CreditUpdateEndDateResponse> {
    return this.write('POST', '/v1/contracts/customerCredits/updateEndDate', { body }, options);
  }
}
