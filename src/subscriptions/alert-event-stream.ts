import type { CustomerAlert } from '@metronome/sdk/resources/v1/customers/alerts';
import type { AlertPubSub, CustomerAlertEvent } from './pubsub.js';

/**
 * One item of a subscription: a customer alert's state at subscribe time (`source: 'snapshot'`, with the
 * customer alert as Metronome served it), or a transition since (`webhook`, `poll`).
 */
export type CustomerAlertUpdate = Omit<CustomerAlertEvent, 'source'> & { source: 'snapshot' | CustomerAlertEvent['source'] };

export interface CustomerAlertUpdatesOptions {
  pubsub: AlertPubSub;
  customerId: string;
  /** Only this alert's updates; every alert of the customer when absent. */
  alertId?: string;
  /** The customer's alerts now (one when `alertId` is given); called once subscribed to transitions. */
  snapshot: () => Promise<CustomerAlert[]>;
}

/**
 * Opens the updates of one subscription: first the current state of every matching alert, then one update per
 * transition — so a client that (re)connects misses nothing, and never sees the same state twice.
 *
 * Transitions are subscribed to before the snapshot is taken, and those arriving meanwhile are held back until
 * it is in. Then an update is passed on only if it differs from the last one passed on for its alert and is not
 * older than it (by Metronome's `changedAt`): a transition the snapshot already shows, or one it has superseded,
 * is dropped.
 *
 * Resolves once the snapshot is in, so that a failure to subscribe or to take it (an unknown customer) rejects
 * here, before any update, where GraphQL reports it as the operation's error. The iterator ends when its
 * consumer returns; updates wait in it until they are read.
 */
export async function openCustomerAlertUpdates(options: CustomerAlertUpdatesOptions): Promise<AsyncIterableIterator<CustomerAlertUpdate>> {
  const { pubsub, customerId, alertId } = options;
  let unsubscribe: () => void = () => undefined;
  const stream = new UpdateStream(() => unsubscribe());
  const lastPassed = new Map<string, { status: CustomerAlertUpdate['status']; changedAtMs: number }>();
  const offer = (update: CustomerAlertUpdate) => {
    const last = lastPassed.get(update.alertId);
    const changedAtMs = Date.parse(update.changedAt);
    if (last && (last.status === update.status || changedAtMs < last.changedAtMs)) return;
    lastPassed.set(update.alertId, { status: update.status, changedAtMs });
    stream.push(update);
  };

  let heldBack: CustomerAlertEvent[] | undefined = [];
  unsubscribe = await pubsub.subscribe(customerId, (event) => {
    if (alertId !== undefined && event.alertId !== alertId) return;
    if (heldBack) heldBack.push(event);
    else offer(event);
  });
  let alerts: CustomerAlert[];
  try {
    alerts = await options.snapshot();
  } catch (error) {
    stream.end();
    throw error;
  }
  for (const customerAlert of alerts) {
    if (alertId !== undefined && customerAlert.alert.id !== alertId) continue;
    offer({
      customerId,
      alertId: customerAlert.alert.id,
      status: customerAlert.customer_status,
      triggeredBy: customerAlert.triggered_by ?? null,
      changedAt: customerAlert.alert.updated_at,
      source: 'snapshot',
      customerAlert,
    });
  }
  const waiting = heldBack;
  heldBack = undefined;
  for (const event of waiting) offer(event);
  return stream;
}

/** A queue read as an async iterator; `end()` (or the reader's `return()`) empties it and calls `onEnd` once. */
class UpdateStream implements AsyncIterableIterator<CustomerAlertUpdate> {
  private readonly queued: CustomerAlertUpdate[] = [];
  private reader: ((result: IteratorResult<CustomerAlertUpdate>) => void) | undefined;
  private ended = false;

  constructor(private readonly onEnd: () => void) {}

  push(update: CustomerAlertUpdate): void {
    if (this.ended) return;
    const reader = this.reader;
    this.reader = undefined;
    if (reader) reader({ value: update, done: false });
    else this.queued.push(update);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.queued.length = 0;
    this.onEnd();
    this.reader?.({ value: undefined, done: true });
    this.reader = undefined;
  }

  next(): Promise<IteratorResult<CustomerAlertUpdate>> {
    const update = this.queued.shift();
    if (update) return Promise.resolve({ value: update, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.reader = resolve));
  }

  return(): Promise<IteratorResult<CustomerAlertUpdate>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<CustomerAlertUpdate> {
    return this;
  }
}
