import type {
  PlanAddParams,
  PlanAddResponse,
  PlanEndParams,
  PlanEndResponse,
  PlanListParams,
  PlanListPriceAdjustmentsParams,
  PlanListPriceAdjustmentsResponse,
  PlanListResponse,
} from '@metronome/sdk/resources/v1/customers/plans';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** The plans a customer is on: `/v1/customers/{customer_id}/plans…`. */
export class CustomerPlansResource extends Resource {
  /** `GET /v1/customers/{customer_id}/plans` */
  list({ customer_id, ...query }: PlanListParams, options?: CallOptions): Promise<Page<PlanListResponse>> {
    return this.read('GET', '/v1/customers/{customer_id}/plans', { params: { customer_id }, query }, options);
  }

  /** `POST /v1/customers/{customer_id}/plans/add` */
  add({ customer_id, ...body }: PlanAddParams, options?: CallOptions): Promise<PlanAddResponse> {
    return this.write('POST', '/v1/customers/{customer_id}/plans/add', { params: { customer_id }, body }, options);
  }

  /** `POST /v1/customers/{customer_id}/plans/{customer_plan_id}/end` */
  end({ customer_id, customer_plan_id, ...body }: PlanEndParams, options?: CallOptions): Promise<PlanEndResponse> {
    return this.write(
      'POST',
      '/v1/customers/{customer_id}/plans/{customer_plan_id}/end',
      { params: { customer_id, customer_plan_id }, body },
      options,
    );
  }

  /** `GET /v1/customers/{customer_id}/plans/{customer_plan_id}/priceAdjustments` */
  listPriceAdjustments(
    { customer_id, customer_plan_id, ...query }: PlanListPriceAdjustmentsParams,
    options?: CallOptions,
  ): Promise<Page<PlanListPriceAdjustmentsResponse>> {
    return this.read(
      'GET',
      '/v1/customers/{customer_id}/plans/{customer_plan_id}/priceAdjustments',
      { params: { customer_id, customer_plan_id }, query },
      options,
    );
  }
}
