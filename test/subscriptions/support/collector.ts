import type { AlertPubSub, CustomerAlertEvent, Unsubscribe } from '../../../src/subscriptions/pubsub.js';

/** Polls `check` until it returns something other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => T | undefined | false, timeoutMs = 2_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Everything one subscription receives. */
export interface Received {
  readonly events: CustomerAlertEvent[];
  unsubscribe: Unsubscribe;
  /** Resolves with the first `count` events once that many arrived. */
  first(count: number, timeoutMs?: number): Promise<CustomerAlertEvent[]>;
}

export async function receive(pubsub: AlertPubSub, customerId: string): Promise<Received> {
  const events: CustomerAlertEvent[] = [];
  const unsubscribe = await pubsub.subscribe(customerId, (event) => events.push(event));
  return {
    events,
    unsubscribe,
    first: (count, timeoutMs) =>
      eventually(() => events.length >= count && events.slice(0, count), timeoutMs, `${count} event(s) for ${customerId}`),
  };
}

/** Lets in-flight deliveries land, so a test can assert that nothing (more) arrived. */
export function settle(ms = 100): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
