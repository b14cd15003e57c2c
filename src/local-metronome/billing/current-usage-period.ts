import { contractsOfCustomer } from '../store/contracts.js';
import { billingPeriodAt, customerPlanAt } from '../store/customer-plans.js';
import type { Db } from '../store/database.js';
import { contractInForce } from './metrics-in-use.js';
import { statementPeriods, type Period } from './periods.js';

/**
 * The customer's current billing period at `at` — what `current_period: true` of `/v1/usage/groups` means: the
 * open usage statement period of the customer's contract in force (periods of its `usage_statement_schedule`
 * frequency on the cadence of its `billing_anchor_date`, the first one starting at the contract start), or else
 * the open billing period of the customer's plan in force. `undefined` when the customer has neither.
 */
export function currentUsagePeriod(db: Db, customerId: string, at: Date): Period | undefined {
  const contract = contractsOfCustomer(db, customerId).find((c) => contractInForce(c, at));
  if (contract) {
    const { starting_at, ending_before, usage_statement_schedule: schedule } = contract.current;
    return statementPeriods(
      {
        startingAt: new Date(starting_at),
        endingBefore: ending_before ? new Date(ending_before) : undefined,
        billingAnchorDate: new Date(schedule?.billing_anchor_date ?? starting_at),
        frequency: schedule?.frequency ?? 'MONTHLY',
      },
      at,
    ).at(-1);
  }
  if (!customerPlanAt(db, customerId, at)) return undefined;
  const period = billingPeriodAt(db, customerId, at);
  return { startingAt: period.starting_on, endingBefore: period.ending_before };
}
