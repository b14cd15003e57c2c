import { Decimal, type DecimalInput } from '../billing/money.js';
import type { Db } from '../store/database.js';
import { ALERT_TYPES, type AlertType } from './alert-types.js';
import type { StoredAlert } from './store.js';

/** What a value provider is asked: the alert, the customer it watches, and the Local Metronome clock's now. */
export interface AlertValueInput {
  db: Db;
  alert: StoredAlert;
  customerId: string;
  now: Date;
}

/** One value an alert compares with its threshold. */
export interface AlertMeasurement {
  /**
   * `''` when the value is the customer's as a whole. Otherwise it names one thing the alert type measures on
   * its own (a commit, an invoice, a custom field group): each scope is in alarm — and notifies — separately,
   * and the customer is `in_alarm` while any scope is.
   */
  scope: string;
  value: DecimalInput;
  /**
   * Type-specific fields of the webhook notification's `properties`, e.g. `{remaining_balance: 5000}`; also the
   * place to say which commit or invoice a scoped measurement is about.
   */
  properties?: Record<string, unknown>;
}

/**
 * Computes the current value(s) of an alert for one customer.
 *
 * Returns the measurements, `[]` when there is nothing to measure (no commits, no plan with an end: the customer
 * is `ok`), or `null` when the value cannot be computed yet because what it is computed from does not exist in
 * this Local Metronome (the customer then stays `evaluating`). Providers run synchronously inside the
 * evaluation's transaction; they may bring what they read up to date (issue credit grants that came due), and
 * what they wrote is rolled back if they throw.
 */
export type AlertValueProvider = (input: AlertValueInput) => AlertMeasurement[] | null;

const providers = new Map<AlertType, AlertValueProvider>();

/** Makes `provider` the source of values for every alert of `alertType`, replacing any earlier one. */
export function registerAlertValue(alertType: AlertType, provider: AlertValueProvider): void {
  providers.set(alertType, provider);
}

export function alertValueProvider(alertType: AlertType): AlertValueProvider | undefined {
  return providers.get(alertType);
}

/** Whether the value puts the customer in alarm: at or above the threshold, or at or below it, by alert type. */
export function breachesThreshold(alert: Pick<StoredAlert, 'type' | 'threshold'>, value: DecimalInput): boolean {
  const comparison = Decimal.from(value).compare(alert.threshold);
  return ALERT_TYPES[alert.type].direction === 'at_or_above' ? comparison >= 0 : comparison <= 0;
}
