import type { CustomerAlert } from '@metronome/sdk/resources/v1/customers/alerts';
import type { CustomerAlertEvent, CustomerAlertStatus } from './pubsub.js';

/** What one source learned about one customer's status on one alert, at one moment. */
export interface AlertObservation {
  customerId: string;
  alertId: string;
  status: CustomerAlertStatus;
  triggeredBy: string | null;
  /** When Metronome says the status became what it is (notification `timestamp`, alert `updated_at`). */
  changedAt: string;
  /**
   * Gateway wall-clock milliseconds: for a webhook, when it was received; for a poll, when the list request was
   * sent (the answer reflects Metronome no earlier than that).
   */
  observedAtMs: number;
  source: 'webhook' | 'poll';
  notificationId?: string;
  customerAlert?: CustomerAlert;
}

/** Takes observations and publishes the transitions they reveal: the alert state tracker. */
export interface AlertObservationSink {
  /**
   * Resolves with the event published for the transition the observation reveals (null when it reveals none)
   * once it is published; rejects when it could not be.
   */
  observe(observation: AlertObservation): Promise<CustomerAlertEvent | null>;
}
