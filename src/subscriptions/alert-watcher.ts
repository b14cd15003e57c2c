import type { CustomerAlert } from '@metronome/sdk/resources/v1/customers/alerts';
import { readAllPages } from '../loaders/all-pages.js';
import { type AlertStatusFilter, listCustomerAlerts } from '../loaders/customer-alerts.js';
import type { MetronomeApi } from '../metronome-client/client.js';
import { MetronomeRateLimitError } from '../metronome-client/errors.js';
import type { AlertObservationSink } from './alert-observation.js';
import type { Leases } from './lease.js';

/** Every alert of one customer with its status, archived ones included. */
export type CustomerAlertsFetcher = (customerId: string) => Promise<CustomerAlert[]>;

const EVERY_ALERT_STATUS: readonly AlertStatusFilter[] = ['ENABLED', 'DISABLED', 'ARCHIVED'];

/**
 * `POST /v1/customer-alerts/list` for every status of alert (the default is enabled ones only, and an archival
 * is a transition subscribers must see), page after page.
 */
export function customerAlertsFetcher(api: MetronomeApi): CustomerAlertsFetcher {
  return (customerId) => readAllPages((nextPage) => listCustomerAlerts(api, customerId, EVERY_ALERT_STATUS, nextPage));
}

export interface AlertWatcherOptions {
  /** The customers to watch: those this instance has subscribers for (`AlertPubSub.subscribedCustomers`). */
  customers: () => string[];
  fetchCustomerAlerts: CustomerAlertsFetcher;
  /** Where polled statuses go: the alert state tracker. */
  tracker: AlertObservationSink;
  /** One lease per customer (`alert-poll:<customerId>`): only its holder polls the customer. */
  leases: Leases;
  /** Time between the end of one round and the start of the next. @default 5000 */
  intervalMs?: number;
  /** Customers polled at once within a round. @default 8 */
  concurrency?: number;
  /** The longest a failing customer waits before its next poll. @default 60000 */
  maxBackoffMs?: number;
  /** Told of every failure (upstream, Redis); the watcher carries on regardless. */
  onError?: (error: unknown, customerId: string | undefined) => void;
  /** Wall-clock milliseconds. @default Date.now */
  nowMs?: () => number;
}

/**
 * Polls the customer alerts of watched customers, because webhooks announce only moves into `in_alarm`: every
 * other transition (back to `ok`, `evaluating` after a reset, archival) is seen here, and what webhooks
 * announced is reconciled. Each polled status goes to the tracker, which publishes the changes.
 *
 * Each round, for every watched customer: take or renew its lease (another instance may hold it, then that one
 * polls); poll the customers whose lease this instance holds and whose backoff has passed, `concurrency` at a
 * time; release the leases of customers no longer watched. A failed poll backs the customer off exponentially
 * (two intervals, then doubling up to `maxBackoffMs`); Metronome's rate limiting (429 with a retry delay) pauses every poll
 * for that long. Leases are renewed every round, so the lease TTL must be longer than a round takes.
 */
export class AlertWatcher {
  private readonly intervalMs: number;
  private readonly concurrency: number;
  private readonly maxBackoffMs: number;
  private readonly nowMs: () => number;
  private readonly held = new Set<string>();
  private readonly backoffs = new Map<string, { failures: number; untilMs: number }>();
  private pausedUntilMs = 0;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private running = false;

  constructor(private readonly options: AlertWatcherOptions) {
    this.intervalMs = options.intervalMs ?? 5_000;
    this.concurrency = options.concurrency ?? 8;
    this.maxBackoffMs = options.maxBackoffMs ?? 60_000;
    this.nowMs = options.nowMs ?? Date.now;
  }

  /** Starts polling: a round now, then one every interval after the last ended. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops polling and releases the leases this instance holds, so that another instance takes over at once. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.round;
    await Promise.all([...this.held].map((customerId) => this.release(customerId)));
  }

  /** The customers whose lease this instance held at the end of the last round: those it polls. */
  polledCustomers(): string[] {
    return [...this.held];
  }

  /** One round (what `start` repeats); for tests and for a caller that wants an immediate look. */
  async pollOnce(): Promise<void> {
    const watched = new Set(this.options.customers());
    await Promise.all([...this.held].filter((customerId) => !watched.has(customerId)).map((customerId) => this.release(customerId)));
    const mine: string[] = [];
    await this.inBatches([...watched], async (customerId) => {
      if (await this.hold(customerId)) mine.push(customerId);
    });
    const now = this.nowMs();
    if (now < this.pausedUntilMs) return;
    const due = mine.filter((customerId) => (this.backoffs.get(customerId)?.untilMs ?? 0) <= now);
    await this.inBatches(due, (customerId) => this.poll(customerId));
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.round = this.pollOnce()
        .catch((error) => this.options.onError?.(error, undefined))
        .finally(() => {
          this.round = undefined;
          if (this.running) this.schedule(this.intervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  private async hold(customerId: string): Promise<boolean> {
    try {
      if (await this.options.leases.acquire(leaseName(customerId))) {
        this.held.add(customerId);
        return true;
      }
    } catch (error) {
      this.options.onError?.(error, customerId);
    }
    this.held.delete(customerId);
    return false;
  }

  private async release(customerId: string): Promise<void> {
    this.held.delete(customerId);
    this.backoffs.delete(customerId);
    await this.options.leases.release(leaseName(customerId)).catch((error) => this.options.onError?.(error, customerId));
  }

  private async poll(customerId: string): Promise<void> {
    const observedAtMs = this.nowMs();
    let alerts: CustomerAlert[];
    try {
      alerts = await this.options.fetchCustomerAlerts(customerId);
    } catch (error) {
      this.backOff(customerId, error);
      this.options.onError?.(error, customerId);
      return;
    }
    this.backoffs.delete(customerId);
    for (const customerAlert of alerts) {
      try {
        await this.options.tracker.observe({
          customerId,
          alertId: customerAlert.alert.id,
          status: customerAlert.customer_status,
          triggeredBy: customerAlert.triggered_by ?? null,
          changedAt: customerAlert.alert.updated_at,
          observedAtMs,
          source: 'poll',
          customerAlert,
        });
      } catch (error) {
        this.options.onError?.(error, customerId);
      }
    }
  }

  private backOff(customerId: string, error: unknown): void {
    const now = this.nowMs();
    if (error instanceof MetronomeRateLimitError && error.retryAfterMs !== undefined)
      this.pausedUntilMs = Math.max(this.pausedUntilMs, now + error.retryAfterMs);
    const failures = (this.backoffs.get(customerId)?.failures ?? 0) + 1;
    const delayMs = Math.min(this.maxBackoffMs, this.intervalMs * 2 ** failures);
    this.backoffs.set(customerId, { failures, untilMs: now + delayMs });
  }

  private async inBatches(customerIds: string[], work: (customerId: string) => Promise<void>): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < customerIds.length) await work(customerIds[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, customerIds.length) }, worker));
  }
}

function leaseName(customerId: string): string {
  return `alert-poll:${customerId}`;
}
