import { Decimal } from '../../billing/money.js';
import { registerAlertValue } from '../alert-metrics.js';
import { activeCustomerPlans } from '../audience.js';

const DAY_MS = 86_400_000;

/**
 * `low_remaining_days_in_plan_reached`: the days (exactly, fractions included) from now until the end of the
 * customer's plan in force. A customer on no plan, or on a plan without an end, has nothing to measure.
 */
registerAlertValue('low_remaining_days_in_plan_reached', ({ db, customerId, now }) =>
  activeCustomerPlans(db, customerId, now)
    .filter((plan) => plan.ending_before != null)
    .slice(0, 1)
    .map((plan) => {
      const days = Decimal.from(Date.parse(plan.ending_before!) - now.getTime()).dividedBy(DAY_MS);
      return {
        scope: '',
        value: days,
        properties: {
          customer_plan_id: plan.id,
          plan_id: plan.plan_id,
          plan_ending_before: new Date(plan.ending_before!).toISOString(),
          remaining_days: days.toNumber(),
        },
      };
    }),
);
