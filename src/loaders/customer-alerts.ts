import type { AlertListParams, AlertRetrieveParams, CustomerAlert } from '@metronome/sdk/resources/v1/customers/alerts';
import type { MetronomeApi } from '../metronome-client/client.js';
import type { Page } from '../metronome-client/pages.js';
import { loadEachById } from './by-id.js';

export type CustomerAlertWire = CustomerAlert;
export type AlertWire = CustomerAlert.Alert;
export type AlertStatusFilter = NonNullable<AlertListParams['alert_statuses']>[number];

/**
 * What `customer-alerts/get` may narrow a customer's status to, beside the customer and the alert: one group of a
 * spend alert, one seat of a seat alert, one custom-field group of a combined contract balance alert, or the
 * plans or contracts side during a migration.
 */
export type CustomerAlertScope = Pick<AlertRetrieveParams, 'group_values' | 'seat_filter' | 'alert_specifiers' | 'plans_or_contracts'>;

/** One customer's status on one alert, as `customer-alerts/get` is asked for it. */
export interface CustomerAlertKey {
  customerId: string;
  alertId: string;
  scope?: CustomerAlertScope;
}

/**
 * Customer alerts by (customer, alert, scope), in key order: one `POST /v1/customer-alerts/get` per key, all at
 * once (Metronome has no batch read of customer alerts; the operation's transport never sends the same call
 * twice), each failure (a 404 when the customer or the alert is unknown) kept to its own key.
 */
export function loadCustomerAlerts(api: MetronomeApi, keys: readonly CustomerAlertKey[]): Promise<(CustomerAlert | Error)[]> {
  return loadEachById(keys, ({ customerId, alertId, scope }) =>
    api.customerAlerts.retrieve({ customer_id: customerId, alert_id: alertId, ...scope }),
  );
}

/**
 * One page of a customer's alerts with their statuses (`POST /v1/customer-alerts/list`, `next_page` in the query):
 * only enabled alerts unless `alertStatuses` says otherwise. Metronome takes no page size for this list.
 */
export function listCustomerAlerts(
  api: MetronomeApi,
  customerId: string,
  alertStatuses: readonly AlertStatusFilter[] | undefined,
  nextPage: string | undefined,
): Promise<Page<CustomerAlert>> {
  return api.customerAlerts.list({
    customer_id: customerId,
    ...(alertStatuses ? { alert_statuses: [...alertStatuses] } : {}),
    next_page: nextPage,
  });
}
