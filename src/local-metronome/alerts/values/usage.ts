import { currentUsagePeriod } from '../../billing/current-usage-period.js';
import { Decimal } from '../../billing/money.js';
import { aggregateUsage } from '../../billing/usage-aggregation.js';
import { registerAlertValue } from '../alert-metrics.js';

/**
 * `usage_threshold_reached`: the customer's usage of the alert's billable metric over the current billing period
 * (the usage statement period of the contract in force, else the billing period of the plan in force), every
 * event with a timestamp in the period counted as soon as it is ingested. A customer on neither a contract nor a
 * plan has no billing period and nothing to measure.
 */
registerAlertValue('usage_threshold_reached', ({ db, alert, customerId, now }) => {
  const period = currentUsagePeriod(db, customerId, now);
  if (!period || alert.billable_metric_id === undefined) return [];
  const [window] = aggregateUsage(db, {
    customerId,
    metric: alert.billable_metric_id,
    startingOn: period.startingAt,
    endingBefore: period.endingBefore,
  });
  const usage = Decimal.from(window?.quantity ?? 0);
  return [
    {
      scope: '',
      value: usage,
      properties: {
        current_usage: usage.toNumber(),
        usage_period_starting_on: period.startingAt.toISOString(),
        usage_period_ending_before: period.endingBefore.toISOString(),
      },
    },
  ];
});
