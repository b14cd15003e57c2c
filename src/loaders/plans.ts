import type { PlanListResponse as CustomerPlanWire } from '@metronome/sdk/resources/v1/customers/plans';
import type { PlanDetail } from '@metronome/sdk/resources/v1/plans';
import type { MetronomeApi } from '../metronome-client/client.js';
import { readAllPages } from './all-pages.js';
import { loadEachById } from './by-id.js';
import { notFound } from './not-found.js';
import { findInCustomerLists } from './per-customer.js';

/** Plan lists (`/v1/plans`, a plan's charges and customers, a customer's plans and price adjustments) take at most this `limit`. */
export const PLANS_PER_PAGE = 100;

/** Plans by id, in key order: one `GET /v1/planDetails/{plan_id}` per distinct id (Metronome has no batch read). */
export function loadPlans(api: MetronomeApi, ids: readonly string[]): Promise<(PlanDetail | Error)[]> {
  return loadEachById(ids, (id) => api.plans.getDetails({ plan_id: id }));
}

/** A customer plan is found by its customer and its own id. */
export interface CustomerPlanKey {
  customerId: string;
  customerPlanId: string;
}

/**
 * Customer plans by (customer, id), in key order: one walk of `GET /v1/customers/{customer_id}/plans` (all pages)
 * per customer, however many of its plans are asked for. A NOT_FOUND error for each key the list does not hold.
 */
export function loadCustomerPlans(api: MetronomeApi, keys: readonly CustomerPlanKey[]): Promise<(CustomerPlanWire | Error)[]> {
  return findInCustomerLists(
    keys,
    (key) => key.customerPlanId,
    (customerId) => readAllPages((nextPage) => api.customerPlans.list({ customer_id: customerId, limit: PLANS_PER_PAGE, next_page: nextPage })),
    ({ customerId, customerPlanId }) =>
      notFound('GET /v1/customers/{customer_id}/plans', `Customer plan not found: ${customerPlanId} (customer ${customerId})`),
  );
}
