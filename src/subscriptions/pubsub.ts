import type { CustomerAlert } from '@metronome/sdk/resources/v1/customers/alerts';

/** A customer alert's status as Metronome serves it: `null` once the alert is archived. */
export type CustomerAlertStatus = CustomerAlert['customer_status'];

/**
 * One change of one customer's status on one alert, as the gateway learned it. Plain JSON (it travels through
 * Redis): optional fields are absent, never `undefined`.
 */
export interface CustomerAlertEvent {
  customerId: string;
  alertId: string;
  /** The status the alert moved to; `null` when it was archived. */
  status: CustomerAlertStatus;
  /** The status before, when the gateway knew it; absent for the first status it learns of. */
  previousStatus?: CustomerAlertStatus;
  /** Metronome's reason for an `in_alarm` status (`triggered_by`); null otherwise or when not given. */
  triggeredBy: string | null;
  /** When Metronome says the status changed (the notification's `timestamp`, or the alert's `updated_at`). */
  changedAt: string;
  /** `webhook`: a signed notification announced it; `poll`: the watcher saw it in `customer-alerts/list`. */
  source: 'webhook' | 'poll';
  /** The customer alert as `customer-alerts/list` served it, when the change was polled. */
  customerAlert?: CustomerAlert;
  /** The webhook notification's id, when a notification announced it. */
  notificationId?: string;
}

/** Stops a subscription; calling it again does nothing. */
export type Unsubscribe = () => void;

/**
 * Publish/subscribe of customer alert events, keyed by customer. One instance per gateway process; with Redis,
 * every process sharing the Redis (and key prefix) sees every event.
 *
 * Delivery is at most once and in publish order per publisher: an event published while a subscriber is being
 * set up, or while Redis is unreachable, is lost. Subscribers that must miss nothing take a snapshot of the
 * current state *after* `subscribe` resolves (see `alert-event-stream.ts`); the alert watcher's polling repairs
 * whatever a lost event would have told.
 */
export interface AlertPubSub {
  /**
   * Sends the event to the subscribers of its customer on every instance, this one included. Resolves once the
   * event is handed over (in memory: delivered; Redis: accepted by the server); rejects when Redis cannot take
   * it, so a webhook receiver can answer with an error and have Metronome send the notification again.
   */
  publish(event: CustomerAlertEvent): Promise<void>;

  /**
   * Calls `listener` with every event of the customer published from the moment the returned promise resolves
   * (with Redis: once the server confirmed the subscription) until `Unsubscribe` is called. Listeners must not
   * throw; a listener that throws is not called again for that event but keeps its subscription.
   */
  subscribe(customerId: string, listener: (event: CustomerAlertEvent) => void): Promise<Unsubscribe>;

  /** The customers this instance has at least one subscriber for: what the alert watcher polls. */
  subscribedCustomers(): string[];

  /** Ends every subscription and releases connections. */
  close(): Promise<void>;
}
