import type { Db } from '../store/database.js';
import { Collection } from '../store/documents.js';
import { statementPeriods, type BillingFrequency, type Period } from './periods.js';

type StoredDocument = { id: string } & Record<string, any>;

const FREQUENCIES: readonly BillingFrequency[] = ['MONTHLY', 'QUARTERLY', 'ANNUAL', 'WEEKLY'];
const PLAN_FREQUENCIES: Record<string, BillingFrequency> = { monthly: 'MONTHLY', quarterly: 'QUARTERLY', annual: 'ANNUAL' };

function inForce(startingAt: unknown, endingBefore: unknown, at: Date): startingAt is string {
  if (typeof startingAt !== 'string' || Date.parse(startingAt) > at.getTime()) return false;
  return typeof endingBefore !== 'string' || at.getTime() < Date.parse(endingBefore);
}

function optionalDate(value: unknown): Date | undefined {
  return typeof value === 'string' ? new Date(value) : undefined;
}

/**
 * The customer's current billing period at `at` — what `current_period: true` of `/v1/usage/groups` means: the
 * open usage statement period of the customer's unarchived contract in force (its `usage_statement_schedule`:
 * `frequency`, monthly when absent, on the cadence of `billing_anchor_date`, the contract start when absent), or
 * else the open billing period of the customer's plan in force (the plan's frequency from the customer plan's
 * `starting_on`). `undefined` when the customer has neither.
 */
export function currentUsagePeriod(db: Db, customerId: string, at: Date): Period | undefined {
  for (const contract of new Collection<StoredDocument>(db, 'contract').all(customerId)) {
    if (contract.archived_at) continue;
    const terms = { ...contract.initial, ...contract.current, ...contract };
    if (!inForce(terms.starting_at, terms.ending_before, at)) continue;
    const schedule = terms.usage_statement_schedule ?? {};
    const startingAt = new Date(terms.starting_at);
    return statementPeriods(
      {
        startingAt,
        endingBefore: optionalDate(terms.ending_before),
        billingAnchorDate: optionalDate(schedule.billing_anchor_date) ?? startingAt,
        frequency: FREQUENCIES.includes(schedule.frequency) ? schedule.frequency : 'MONTHLY',
      },
      at,
    ).at(-1);
  }
  const plans = new Collection<StoredDocument>(db, 'plan');
  for (const customerPlan of new Collection<StoredDocument>(db, 'customer_plan').all(customerId)) {
    if (!inForce(customerPlan.starting_on, customerPlan.ending_before, at)) continue;
    const startingAt = new Date(customerPlan.starting_on);
    const plan = typeof customerPlan.plan_id === 'string' ? plans.find(customerPlan.plan_id) : undefined;
    return statementPeriods(
      {
        startingAt,
        endingBefore: optionalDate(customerPlan.ending_before),
        billingAnchorDate: startingAt,
        frequency: PLAN_FREQUENCIES[plan?.billing_frequency] ?? 'MONTHLY',
      },
      at,
    ).at(-1);
  }
  return undefined;
}
