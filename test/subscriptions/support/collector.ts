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

/** Reads the next `count` items of an iterator, failing if they do not all come within `timeoutMs`. */
export async function read<T>(items: AsyncIterator<T>, count: number, timeoutMs = 2_000): Promise<T[]> {
  const got: T[] = [];
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`only ${got.length} of ${count} items came within ${timeoutMs} ms: ${JSON.stringify(got)}`)), timeoutMs);
  });
  try {
    while (got.length < count) {
      const result = await Promise.race([items.next(), deadline]);
      if (result.done) throw new Error(`the iterator ended after ${got.length} of ${count} items`);
      got.push(result.value);
    }
  } finally {
    clearTimeout(timer);
  }
  return got;
}

/**
 * True when no further item arrives within `ms`. Consumes the read it starts: call it last, or only where an
 * item arriving would fail the test anyway.
 */
export async function nothingMore<T>(items: AsyncIterator<T>, ms = 150): Promise<boolean> {
  const next = items.next().then((result) => result.done === true);
  return Promise.race([next, settle(ms).then(() => true)]);
}
