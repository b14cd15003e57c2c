import type { Db } from '../store/database.js';
import { Collection } from '../store/documents.js';

/**
 * Which billable metrics a customer is billed on at an instant: the metrics of the USAGE products priced on the
 * rate cards of the customer's contracts in force, and those of the usage charges of the customer's plans in
 * force. Read from what the contract, rate card, product and plan modules store (documents `contract`,
 * `product`, `customer_plan`, `plan`; table `rate_card_products`); a domain that stores nothing contributes
 * nothing.
 */
export function billableMetricIdsInUse(db: Db, customerId: string, at: Date): Set<string> {
  const productIds = new Set<string>();
  for (const rateCardId of rateCardsInForce(db, customerId, at))
    for (const productId of productsOfRateCard(db, rateCardId)) productIds.add(productId);

  const products = new Collection<StoredDocument>(db, 'product');
  const metricIds = new Set<string>(metricsOfPlansInForce(db, customerId, at));
  for (const productId of productIds) {
    const product = products.find(productId);
    const metricId = product && metricOfProduct(product, at);
    if (metricId) metricIds.add(metricId);
  }
  return metricIds;
}

type StoredDocument = { id: string } & Record<string, any>;

function isInForce(startingAt: unknown, endingBefore: unknown, at: Date): boolean {
  if (typeof startingAt !== 'string' || Date.parse(startingAt) > at.getTime()) return false;
  return typeof endingBefore !== 'string' || at.getTime() < Date.parse(endingBefore);
}

/** Rate card ids of the customer's unarchived contracts in force; reads both the v1 and the v2 contract shape. */
function rateCardsInForce(db: Db, customerId: string, at: Date): string[] {
  const rateCardIds: string[] = [];
  for (const contract of new Collection<StoredDocument>(db, 'contract').all(customerId)) {
    if (contract.archived_at) continue;
    const terms = { ...contract.initial, ...contract.current, ...contract };
    if (!isInForce(terms.starting_at, terms.ending_before, at)) continue;
    if (typeof terms.rate_card_id === 'string') rateCardIds.push(terms.rate_card_id);
  }
  return rateCardIds;
}

function productsOfRateCard(db: Db, rateCardId: string): string[] {
  const hasTable = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rate_card_products'`)
    .pluck()
    .get();
  if (!hasTable) return [];
  return db.prepare('SELECT product_id FROM rate_card_products WHERE rate_card_id = ?').pluck().all(rateCardId) as string[];
}

/** The billable metrics of the usage charges of the customer's plans in force (a charge names its metric). */
function metricsOfPlansInForce(db: Db, customerId: string, at: Date): string[] {
  const plans = new Collection<StoredDocument>(db, 'plan');
  const metricIds: string[] = [];
  for (const customerPlan of new Collection<StoredDocument>(db, 'customer_plan').all(customerId)) {
    if (!isInForce(customerPlan.starting_on, customerPlan.ending_before, at)) continue;
    const plan = typeof customerPlan.plan_id === 'string' ? plans.find(customerPlan.plan_id) : undefined;
    for (const charge of (plan?.charges ?? []) as { billable_metric_id?: unknown }[])
      if (typeof charge.billable_metric_id === 'string') metricIds.push(charge.billable_metric_id);
  }
  return metricIds;
}

/** The product's billable metric in force at `at`, whether it is a contract product or a plan product. */
function metricOfProduct(product: StoredDocument, at: Date): string | undefined {
  let metricId = product.initial?.billable_metric_id ?? product.billable_metric_id;
  const updates = [...((product.updates ?? []) as { starting_at?: string; billable_metric_id?: string }[])]
    .filter((update) => update.starting_at === undefined || Date.parse(update.starting_at) <= at.getTime())
    .sort((a, b) => Date.parse(a.starting_at ?? '1970-01-01T00:00:00Z') - Date.parse(b.starting_at ?? '1970-01-01T00:00:00Z'));
  for (const update of updates) if (update.billable_metric_id) metricId = update.billable_metric_id;
  if (!product.initial) metricId = product.current?.billable_metric_id ?? metricId;
  return typeof metricId === 'string' ? metricId : undefined;
}
