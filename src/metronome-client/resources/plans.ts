import type {
  PlanGetDetailsParams,
  PlanGetDetailsResponse,
  PlanListChargesParams,
  PlanListChargesResponse,
  PlanListCustomersParams,
  PlanListCustomersResponse,
  PlanListParams,
  PlanListResponse,
} from '@metronome/sdk/resources/v1/plans';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Plans (deprecated in favour of contracts): `/v1/plans`, `/v1/planDetails/…`. */
export class PlansResource extends Resource {
  /** `GET /v1/plans` */
  list(query: PlanListParams = {}, options?: CallOptions): Promise<Page<PlanListResponse>> {
    return this.read('GET', '/v1/plans', { query }, options);
  }

  /** `GET /v1/planDetails/{plan_id}` */
  getDetails({ plan_id }: PlanGetDetailsParams, options?: CallOptions): Promise<PlanGetDetailsResponse> {
    return this.read('GET', '/v1/planDetails/{plan_id}', { params: { plan_id } }, options);
  }

  /** `GET /v1/planDetails/{plan_id}/charges` */
  listCharges({ plan_id, ...query }: PlanListChargesParams, options?: CallOptions): Promise<Page<PlanListChargesResponse>> {
    return this.read('GET', '/v1/planDetails/{plan_id}/charges', { params: { plan_id }, query }, options);
  }

  /** `GET /v1/planDetails/{plan_id}/customers` */
  listCustomers({ plan_id, ...query }: PlanListCustomersParams, options?: CallOptions): Promise<Page<PlanListCustomersResponse>> {
    return this.read('GET', '/v1/planDetails/{plan_id}/customers', { params: { plan_id }, query }, options);
  }
}
