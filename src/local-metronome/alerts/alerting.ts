import type { LocalMetronomeOptions } from '../config.js';
import type { LocalEvents } from '../http/route.js';
import type { LocalMetronome } from '../server.js';
import type { Db } from '../store/database.js';
import { WebhookDeliveryWorker, type RetryPolicy } from '../webhooks/delivery.js';
import { WebhookEndpoints } from '../webhooks/endpoints.js';
import { AlertEvaluator, type AlertEvaluatorOptions } from './evaluator.js';
import './values/index.js';

/** A running Local Metronome's alert evaluation and webhook delivery. */
export interface Alerting {
  readonly evaluator: AlertEvaluator;
  readonly endpoints: WebhookEndpoints;
  readonly delivery: WebhookDeliveryWorker;
  stop(): Promise<void>;
}

/** Tuning beyond `LocalMetronomeOptions`, for tests that cannot wait for production-like timings. */
export interface AlertingOptions extends AlertEvaluatorOptions {
  webhookRetry?: Partial<RetryPolicy>;
}

const running = new WeakMap<Db, Alerting>();

/** The alerting of the Local Metronome that owns `db`; routes reach the evaluator through it. */
export function alertingOf(db: Db): Alerting | undefined {
  return running.get(db);
}

/**
 * Starts evaluating alerts and delivering webhooks for a Local Metronome. Customers are re-evaluated when usage
 * is ingested (`usage.ingested`), when something moves their balances or invoices (`customer.changed`), when
 * the clock is set or advanced, when an alert is created or reset, and every `sweepIntervalMs`. Deliveries left
 * pending by an earlier run on the same database are resumed at once.
 */
export function startAlerting(local: LocalMetronome, options: LocalMetronomeOptions & AlertingOptions = {}): Alerting {
  const endpoints = new WebhookEndpoints(options.webhookUrls ?? []);
  const delivery = new WebhookDeliveryWorker(local.db, {
    secret: local.webhookSecret,
    ...(options.webhookRetry ? { retry: options.webhookRetry } : {}),
  });
  const evaluator = new AlertEvaluator(
    local.db,
    local.clock,
    { urls: () => endpoints.list(), notificationsWritten: () => delivery.wake() },
    options,
  );

  const onUsage = ({ customerIds }: LocalEvents['usage.ingested'][0]) => evaluator.schedule(customerIds, 'usage');
  const onCustomer = ({ customerId, reason }: LocalEvents['customer.changed'][0]) =>
    evaluator.schedule([customerId], reason);
  const onClock = () => evaluator.schedule('all', 'time');
  local.events.on('usage.ingested', onUsage);
  local.events.on('customer.changed', onCustomer);
  local.clock.on('change', onClock);
  evaluator.startSweeping();
  delivery.wake();

  const alerting: Alerting = {
    evaluator,
    endpoints,
    delivery,
    async stop() {
      local.events.off('usage.ingested', onUsage);
      local.events.off('customer.changed', onCustomer);
      local.clock.off('change', onClock);
      evaluator.stop();
      await delivery.stop();
      running.delete(local.db);
    },
  };
  running.set(local.db, alerting);
  return alerting;
}
