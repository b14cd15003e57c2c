import type { Db } from '../store/database.js';
import { customerPlanCollection, customerPlanStatus, type StoredCustomerPlan } from '../store/customer-plans.js';
import { customerStore } from '../store/customers.js';
import type { StoredAlert } from './store.js';

/** The customer's plans in effect at `now`. */
export function activeCustomerPlans(db: Db, customerId: string, now: Date): StoredCustomerPlan[] {
  return customerPlanCollection(db)
    .all(customerId)
    .filter((plan) => customerPlanStatus(plan, now) === 'active');
}

function customersOnPlan(db: Db, planId: string, now: Date): Set<string> {
  return new Set(
    customerPlanCollection(db)
      .all()
      .filter((plan) => plan.plan_id === planId && customerPlanStatus(plan, now) === 'active')
      .map((plan) => plan.customer_id),
  );
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
