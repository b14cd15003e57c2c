import type { PlanListResponse as CustomerPlan } from '@metronome/sdk/resources/v1/customers/plans';
import type { Db } from '../store/database.js';
import { customerStore } from '../store/customers.js';
import type { StoredAlert } from './store.js';

/** Document kind of a customer's plan assignment; stored under the customer (its parent id). */
export const CUSTOMER_PLAN_KIND = 'customer_plan';

function isActive(plan: Pick<CustomerPlan, 'starting_on' | 'ending_before'>, now: Date): boolean {
  const at = now.getTime();
  return Date.parse(plan.starting_on) <= at && (plan.ending_before == null || at < Date.parse(plan.ending_before));
}

/** The customer's plans in effect at `now`. */
export function activeCustomerPlans(db: Db, customerId: string, now: Date): CustomerPlan[] {
  const rows = db
    .prepare('SELECT data FROM documents WHERE kind = ? AND parent_id = ? ORDER BY seq')
    .pluck()
    .all(CUSTOMER_PLAN_KIND, customerId) as string[];
  return rows.map((data) => JSON.parse(data) as CustomerPlan).filter((plan) => isActive(plan, now));
}

function customersOnPlan(db: Db, planId: string, now: Date): Set<string> {
  const rows = db
    .prepare('SELECT parent_id, data FROM documents WHERE kind = ? AND parent_id IS NOT NULL ORDER BY seq')
    .all(CUSTOMER_PLAN_KIND) as { parent_id: string; data: string }[];
  const customers = new Set<string>();
  for (const row of rows) {
    const plan = JSON.parse(row.data) as CustomerPlan;
    if (plan.plan_id === planId && isActive(plan, now)) customers.add(row.parent_id);
  }
  return customers;
}

/**
 * Whether the alert watches the customer: the one customer it names, the customers on the plan it names (while
 * on it), or — naming neither — every customer.
 */
export function alertCoversCustomer(db: Db, alert: StoredAlert, customerId: string, now: Date): boolean {
  if (alert.customer_id !== undefined) return alert.customer_id === customerId;
  if (alert.plan_id !== undefined) return activeCustomerPlans(db, customerId, now).some((p) => p.plan_id === alert.plan_id);
  return true;
}

/** The customers, not archived, the alert watches at `now`, in creation order. */
export function customersCoveredBy(db: Db, alert: StoredAlert, now: Date): string[] {
  const live = customerStore(db)
    .all()
    .filter((customer) => customer.archived_at == null)
    .map((customer) => customer.id);
  if (alert.customer_id !== undefined) return live.filter((id) => id === alert.customer_id);
  if (alert.plan_id !== undefined) {
    const onPlan = customersOnPlan(db, alert.plan_id, now);
    return live.filter((id) => onPlan.has(id));
  }
  return live;
}
