import { contractsOfCustomer, type StoredContract } from '../store/contracts.js';
import { customerPlanAt } from '../store/customer-plans.js';
import type { Db } from '../store/database.js';
import { planCollection } from '../store/plans.js';
import { productCollection, productInForce } from '../store/products.js';
import { rateCardProductOrder } from '../store/rates.js';

/** Whether the contract is unarchived and `at` lies within its current terms. */
export function contractInForce(contract: StoredContract, at: Date): boolean {
  if (contract.archived_at) return false;
  const { starting_at, ending_before } = contract.current;
  return Date.parse(starting_at) <= at.getTime() && (!ending_before || at.getTime() < Date.parse(ending_before));
}

/**
 * Which billable metrics a customer is billed on at an instant: the metrics of the USAGE products priced on the
 * rate cards of the customer's contracts in force (as the products stand at that instant), and those of the
 * usage charges of the customer's plan in force.
 */
export function billableMetricIdsInUse(db: Db, customerId: string, at: Date): Set<string> {
  const metricIds = new Set<string>();
  const products = productCollection(db);
  for (const contract of contractsOfCustomer(db, customerId)) {
    if (!contractInForce(contract, at) || !contract.current.rate_card_id) continue;
    for (const productId of rateCardProductOrder(db, contract.current.rate_card_id)) {
      const product = products.find(productId);
      const metricId = product && productInForce(product, at).billable_metric_id;
      if (metricId) metricIds.add(metricId);
    }
  }
  const customerPlan = customerPlanAt(db, customerId, at);
  const plan = customerPlan && planCollection(db).find(customerPlan.plan_id);
  for (const charge of plan?.charges ?? []) if (charge.billable_metric_id) metricIds.add(charge.billable_metric_id);
  return metricIds;
}
