import type { CustomerAlert } from '@metronome/sdk/resources/v1/customers/alerts';
import type { Db, StoreSchema } from '../store/database.js';
import { Collection } from '../store/documents.js';
import type { AlertType } from './alert-types.js';

/**
 * An alert as stored under document kind `alert`: the API's `Alert` wire shape (what `customer-alerts/get`
 * serves under `alert`) plus what the create request scoped it to. `updated_at` is the alert's own last change
 * (creation, archival); a customer's view replaces it with the time that customer's status last changed.
 */
export interface StoredAlert extends CustomerAlert.Alert {
  type: AlertType;
  /** Set when the alert watches one customer; absent for all customers. */
  customer_id?: string;
  /** Set when the alert watches the customers on one plan. */
  plan_id?: string;
  billable_metric_id?: string;
  /** `false`: customers the alert already covers at creation are evaluated once without a notification. */
  evaluate_on_create: boolean;
  created_at: string;
  archived_at?: string;
}

export const ALERT_KIND = 'alert';

export function alertCollection(db: Db): Collection<StoredAlert> {
  return new Collection<StoredAlert>(db, ALERT_KIND, 'alert');
}

/** The alert as the API serves it under `CustomerAlert.alert`: the stored fields the wire shape has. */
export function alertWire(alert: StoredAlert, updatedAt: string): CustomerAlert.Alert {
  const wire: CustomerAlert.Alert = {
    id: alert.id,
    name: alert.name,
    type: alert.type,
    status: alert.status,
    credit_type: alert.credit_type ?? null,
    threshold: alert.threshold,
    updated_at: updatedAt,
  };
  if (alert.uniqueness_key !== undefined) wire.uniqueness_key = alert.uniqueness_key;
  if (alert.credit_grant_type_filters) wire.credit_grant_type_filters = alert.credit_grant_type_filters;
  if (alert.custom_field_filters) wire.custom_field_filters = alert.custom_field_filters;
  if (alert.group_key_filter) wire.group_key_filter = alert.group_key_filter;
  if (alert.invoice_types_filter) wire.invoice_types_filter = alert.invoice_types_filter;
  if (alert.group_values) wire.group_values = alert.group_values;
  if (alert.seat_filter) wire.seat_filter = alert.seat_filter;
  if (alert.alert_specifiers) wire.alert_specifiers = alert.alert_specifiers;
  return wire;
}

export type CustomerStatus = 'evaluating' | 'ok' | 'in_alarm';

/**
 * One customer's standing on one alert. `scope` is `''` for the customer as a whole — the status the API
 * serves — and otherwise names one thing the alert measures separately (a commit segment, a group value, a
 * custom field group), each of which notifies on its own.
 */
export interface CustomerAlertState {
  alert_id: string;
  customer_id: string;
  scope: string;
  status: CustomerStatus;
  triggered_by: string | null;
  /** The last measured value, exactly as the measurement reported it. */
  value: string | null;
  /** Set for customers an alert created with `evaluate_on_create: false` already covered. */
  silent_first_evaluation: boolean;
  updated_at: string;
}

export const alertStoreSchema: StoreSchema = {
  name: 'alerts',
  sql: `
    CREATE TABLE IF NOT EXISTS alert_uniqueness_keys (
      key TEXT PRIMARY KEY,
      alert_id TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS alert_customer_states (
      alert_id TEXT NOT NULL,
      customer_id TEXT NOT NULL,
      scope TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('evaluating', 'ok', 'in_alarm')),
      triggered_by TEXT,
      value TEXT,
      silent_first_evaluation INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (alert_id, customer_id, scope)
    );
    CREATE INDEX IF NOT EXISTS alert_customer_states_by_customer ON alert_customer_states (customer_id, alert_id);
  `,
};

interface StateRow extends Omit<CustomerAlertState, 'silent_first_evaluation'> {
  silent_first_evaluation: number;
}

function fromRow(row: StateRow): CustomerAlertState {
  return { ...row, silent_first_evaluation: row.silent_first_evaluation === 1 };
}

/** The alert that holds `key`, if any does. */
export function uniquenessKeyOwner(db: Db, key: string): string | undefined {
  return db.prepare('SELECT alert_id FROM alert_uniqueness_keys WHERE key = ?').pluck().get(key) as string | undefined;
}

export function claimUniquenessKey(db: Db, key: string, alertId: string): void {
  db.prepare('INSERT INTO alert_uniqueness_keys (key, alert_id) VALUES (?, ?)').run(key, alertId);
}

export function releaseUniquenessKey(db: Db, key: string): void {
  db.prepare('DELETE FROM alert_uniqueness_keys WHERE key = ?').run(key);
}

/** Every scope's state of the customer on the alert; the whole-customer state (scope `''`) first. */
export function customerAlertStates(db: Db, alertId: string, customerId: string): CustomerAlertState[] {
  const rows = db
    .prepare('SELECT * FROM alert_customer_states WHERE alert_id = ? AND customer_id = ? ORDER BY scope')
    .all(alertId, customerId) as StateRow[];
  return rows.map(fromRow);
}

export function customerAlertState(db: Db, alertId: string, customerId: string, scope = ''): CustomerAlertState | undefined {
  const row = db
    .prepare('SELECT * FROM alert_customer_states WHERE alert_id = ? AND customer_id = ? AND scope = ?')
    .get(alertId, customerId, scope) as StateRow | undefined;
  return row ? fromRow(row) : undefined;
}

export function saveCustomerAlertState(db: Db, state: CustomerAlertState): void {
  db.prepare(
    `INSERT INTO alert_customer_states
       (alert_id, customer_id, scope, status, triggered_by, value, silent_first_evaluation, updated_at)
     VALUES (@alert_id, @customer_id, @scope, @status, @triggered_by, @value, @silent_first_evaluation, @updated_at)
     ON CONFLICT (alert_id, customer_id, scope) DO UPDATE SET
       status = excluded.status, triggered_by = excluded.triggered_by, value = excluded.value,
       silent_first_evaluation = excluded.silent_first_evaluation, updated_at = excluded.updated_at`,
  ).run({ ...state, silent_first_evaluation: state.silent_first_evaluation ? 1 : 0 });
}

/** Forgets every scope of the customer on the alert and marks the customer `evaluating` again. */
export function restartCustomerAlert(
  db: Db,
  alertId: string,
  customerId: string,
  at: Date,
  options: { silentFirstEvaluation?: boolean } = {},
): void {
  db.prepare('DELETE FROM alert_customer_states WHERE alert_id = ? AND customer_id = ?').run(alertId, customerId);
  saveCustomerAlertState(db, {
    alert_id: alertId,
    customer_id: customerId,
    scope: '',
    status: 'evaluating',
    triggered_by: null,
    value: null,
    silent_first_evaluation: options.silentFirstEvaluation ?? false,
    updated_at: at.toISOString(),
  });
}
