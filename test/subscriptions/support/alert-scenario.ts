import { alertFixtures } from '../../support/alert-fixtures.js';
import type { ApiClient } from '../../support/local-metronome.js';

/** Frozen at the start of a monthly usage period, so that moving to the next period clears usage alerts. */
export const SCENARIO_START = '2025-01-10T00:00:00.000Z';
export const NEXT_PERIOD = '2025-02-01T00:00:00.000Z';

/**
 * A customer on a contract with a usage alert of 3 API calls, created through the Local Metronome's REST API:
 * `cross()` ingests the third call (the alert goes in_alarm and a webhook is sent), `clear()` moves the clock into
 * the next usage period (back to ok, which only customer-alerts/list shows).
 */
export async function usageAlertScenario(api: ApiClient) {
  const fixtures = alertFixtures(api);
  await fixtures.freezeClock(SCENARIO_START);
  const alias = `acme-${Math.random().toString(36).slice(2, 10)}`;
  const customerId = await fixtures.createCustomer('Acme', [alias]);
  const metricId = await fixtures.createCountMetric('API calls', 'api_call');
  await fixtures.createContract(customerId, '2025-01-01T00:00:00Z');
  const alertId = await fixtures.createAlert({
    alert_type: 'usage_threshold_reached',
    name: '3 calls',
    threshold: 3,
    billable_metric_id: metricId,
    customer_id: customerId,
  });
  await fixtures.expectStatus(customerId, alertId, 'ok');
  let calls = 0;
  const call = () => ({
    transaction_id: `${alias}-${++calls}`,
    customer_id: alias,
    event_type: 'api_call',
    timestamp: '2025-01-09T00:00:00Z',
  });
  await fixtures.ingest([call(), call()]);
  await fixtures.expectStatus(customerId, alertId, 'ok');
  return {
    customerId,
    alertId,
    fixtures,
    /** Ingests the call that puts the alert in alarm. */
    cross: () => fixtures.ingest([call()]),
    /** Moves the clock into the next usage period: the alert goes back to ok. */
    clear: () => fixtures.freezeClock(NEXT_PERIOD),
  };
}
