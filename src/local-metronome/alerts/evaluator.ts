import { randomUUID } from 'node:crypto';
import { Decimal } from '../billing/money.js';
import type { Clock } from '../store/clock.js';
import { customerStore } from '../store/customers.js';
import type { Db } from '../store/database.js';
import { enqueueNotification, type WebhookNotification } from '../webhooks/outbox.js';
import { alertValueProvider, breachesThreshold, type AlertMeasurement } from './alert-metrics.js';
import { alertCoversCustomer } from './audience.js';
import {
  alertCollection,
  customerAlertState,
  customerAlertStates,
  saveCustomerAlertState,
  type CustomerAlertState,
  type CustomerStatus,
  type StoredAlert,
} from './store.js';

/**
 * Why a customer was evaluated; becomes `triggered_by` of the transitions it causes. The Local Metronome uses
 * `usage` (events ingested), `time` (the clock moved), `alert_created`, `reset`, `periodic_evaluation`, and the
 * `reason` of a `customer.changed` event (e.g. `credit_grant`, `invoice_finalized`).
 */
export type EvaluationReason = string;

/** Where the evaluator hands notifications it has written to the outbox. */
export interface NotificationSink {
  /** The webhook URLs a new notification is delivered to. */
  urls(): readonly string[];
  /** Called after a transaction that wrote notifications has committed. */
  notificationsWritten(): void;
}

export interface AlertEvaluatorOptions {
  /**
   * How long a trigger waits before evaluating, so that a burst of triggers (an ingest batch, several clock
   * moves) is evaluated once per customer.
   * @default 20
   */
  debounceMs?: number;
  /**
   * Every customer is re-evaluated this often, for what moves with real time while the clock runs (days left)
   * and for changes no event announced.
   * @default 60000
   */
  sweepIntervalMs?: number;
}

function notificationFor(
  alert: StoredAlert,
  customerId: string,
  measurement: AlertMeasurement,
  reason: EvaluationReason,
  now: Date,
): WebhookNotification {
  return {
    id: randomUUID(),
    type: `alerts.${alert.type}`,
    properties: {
      customer_id: customerId,
      alert_id: alert.id,
      alert_name: alert.name,
      threshold: alert.threshold,
      ...(alert.credit_type ? { credit_type_id: alert.credit_type.id } : {}),
      ...(alert.billable_metric_id !== undefined ? { billable_metric_id: alert.billable_metric_id } : {}),
      ...measurement.properties,
      triggered_by: reason,
      timestamp: now.toISOString(),
    },
  };
}

/**
 * The current value(s) of one alert for one customer at `now`, or `null` when they cannot be computed. Runs
 * inside the caller's transaction; writes nothing of the alert's own state, so the measurements of all of a
 * customer's alerts can be taken before any is recorded (they share one billing computation that way).
 */
function measure(db: Db, alert: StoredAlert, customerId: string, now: Date): AlertMeasurement[] | null {
  const provider = alertValueProvider(alert.type);
  try {
    // A savepoint: what a provider settles on the way (credit grants coming due) is undone if it then fails.
    return provider ? db.transaction(() => provider({ db, alert, customerId, now }))() : null;
  } catch {
    // A provider that cannot read its inputs (a metric archived since, a document another module changed shape
    // of) leaves the status as it was rather than failing every other alert of the customer.
    return null;
  }
}

/**
 * Records what `measure` found for one alert and customer: status per scope, the whole customer's status, and
 * — for every move into `in_alarm` — a notification in the outbox. Runs inside the caller's transaction.
 * Returns whether it wrote a notification.
 */
function record(
  db: Db,
  alert: StoredAlert,
  customerId: string,
  measurements: AlertMeasurement[] | null,
  now: Date,
  reason: EvaluationReason,
  urls: readonly string[],
): boolean {
  const at = now.toISOString();
  const whole = customerAlertState(db, alert.id, customerId);
  if (measurements === null) {
    if (!whole) saveCustomerAlertState(db, blankState(alert.id, customerId, '', at));
    return false;
  }

  // Customers an alert created with evaluate_on_create: false already covered get their first status quietly.
  const quiet = whole?.silent_first_evaluation ?? false;
  let notified = false;
  const notify = (measurement: AlertMeasurement) => {
    if (quiet) return;
    enqueueNotification(db, notificationFor(alert, customerId, measurement, reason, now), urls, now);
    notified = true;
  };
  const next = (prior: CustomerAlertState | undefined, scope: string, status: CustomerStatus, value: string | null) => {
    const stays = prior?.status === status;
    saveCustomerAlertState(db, {
      alert_id: alert.id,
      customer_id: customerId,
      scope,
      status,
      triggered_by: status === 'in_alarm' ? (stays ? (prior?.triggered_by ?? reason) : reason) : null,
      value,
      silent_first_evaluation: false,
      updated_at: stays && prior ? prior.updated_at : at,
    });
  };

  const earlierScopes = new Map(
    customerAlertStates(db, alert.id, customerId)
      .filter((state) => state.scope !== '')
      .map((state) => [state.scope, state]),
  );
  let anyInAlarm = false;
  let wholeMeasurement: AlertMeasurement | undefined;
  for (const measurement of measurements) {
    const inAlarm = breachesThreshold(alert, measurement.value);
    anyInAlarm ||= inAlarm;
    if (measurement.scope === '') {
      wholeMeasurement ??= measurement;
      continue;
    }
    const prior = earlierScopes.get(measurement.scope);
    earlierScopes.delete(measurement.scope);
    if (inAlarm && prior?.status !== 'in_alarm') notify(measurement);
    next(prior, measurement.scope, inAlarm ? 'in_alarm' : 'ok', Decimal.from(measurement.value).toString());
  }
  // A scope no longer measured (a commit that ended, an invoice voided) can no longer be in alarm.
  for (const gone of earlierScopes.values()) if (gone.status !== 'ok') next(gone, gone.scope, 'ok', gone.value);

  const status: CustomerStatus = anyInAlarm ? 'in_alarm' : 'ok';
  if (wholeMeasurement && anyInAlarm && whole?.status !== 'in_alarm') notify(wholeMeasurement);
  next(whole, '', status, wholeMeasurement ? Decimal.from(wholeMeasurement.value).toString() : null);
  return notified;
}

function blankState(alertId: string, customerId: string, scope: string, at: string): CustomerAlertState {
  return {
    alert_id: alertId,
    customer_id: customerId,
    scope,
    status: 'evaluating',
    triggered_by: null,
    value: null,
    silent_first_evaluation: false,
    updated_at: at,
  };
}

/**
 * Keeps every customer's alert statuses current. Triggers (`schedule`) name the customers whose values may have
 * moved; they are coalesced per customer and evaluated together shortly after, each customer in one
 * transaction that also writes the notifications its transitions cause.
 */
export class AlertEvaluator {
  private readonly debounceMs: number;
  private readonly sweepIntervalMs: number;
  private pending = new Map<string, EvaluationReason>();
  private pendingAll: EvaluationReason | undefined;
  private timer: NodeJS.Timeout | undefined;
  private sweep: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly sink: NotificationSink,
    options: AlertEvaluatorOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 20;
    this.sweepIntervalMs = options.sweepIntervalMs ?? 60_000;
  }

  /** Re-evaluates these customers (or every customer) soon; the latest reason given for a customer wins. */
  schedule(customers: 'all' | readonly string[], reason: EvaluationReason): void {
    if (this.stopped) return;
    if (customers === 'all') this.pendingAll = reason;
    else for (const customerId of customers) this.pending.set(customerId, reason);
    this.timer ??= setTimeout(() => this.flush(), this.debounceMs);
  }

  /**
   * Makes sure these customers are evaluated soon, for statuses still `evaluating` when read; a reason already
   * pending for a customer (a reset, an ingest) is kept.
   */
  ensureEvaluated(customerIds: readonly string[]): void {
    const idle = customerIds.filter((customerId) => !this.pending.has(customerId));
    if (idle.length > 0 && this.pendingAll === undefined) this.schedule(idle, 'periodic_evaluation');
  }

  /** Evaluates everything scheduled, now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped || !this.db.open) return;
    const reasons = this.pending;
    const all = this.pendingAll;
    this.pending = new Map();
    this.pendingAll = undefined;

    const now = this.clock.now();
    const alerts = alertCollection(this.db)
      .all()
      .filter((alert) => alert.status === 'enabled');
    if (alerts.length === 0) return;
    const store = customerStore(this.db);
    const customers = (
      all !== undefined ? store.all() : [...reasons.keys()].flatMap((customerId) => store.find(customerId) ?? [])
    ).filter((customer) => customer.archived_at == null);
    const urls = this.sink.urls();
    let notified = false;
    for (const customer of customers) {
      const reason = reasons.get(customer.id) ?? all ?? 'periodic_evaluation';
      this.db.transaction(() => {
        // Every alert is measured before any is recorded: recording writes, and a write makes the next
        // measurement compute the customer's billing again. Providers read no alert state nor the outbox.
        const measured: [StoredAlert, AlertMeasurement[] | null][] = [];
        for (const alert of alerts)
          if (alertCoversCustomer(this.db, alert, customer.id, now))
            measured.push([alert, measure(this.db, alert, customer.id, now)]);
        for (const [alert, measurements] of measured)
          notified = record(this.db, alert, customer.id, measurements, now, reason, urls) || notified;
      })();
    }
    if (notified) this.sink.notificationsWritten();
  }

  /** Starts the periodic re-evaluation of every customer. */
  startSweeping(): void {
    this.sweep ??= setInterval(() => this.schedule('all', 'periodic_evaluation'), this.sweepIntervalMs);
    this.sweep.unref();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.sweep);
  }
}
