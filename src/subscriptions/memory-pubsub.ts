import { setMaxListeners } from 'node:events';
import type { AlertPubSub } from './pubsub.js';
import { YogaAlertPubSub } from './yoga-pubsub.js';

/** Alert events within this process only: graphql-yoga's `createPubSub` over an in-memory `EventTarget`. */
export function createMemoryAlertPubSub(): AlertPubSub {
  const eventTarget = new EventTarget();
  // One listener per subscription of a customer; thousands are expected, not a leak.
  setMaxListeners(0, eventTarget);
  return new YogaAlertPubSub({ eventTarget, subscribed: async () => undefined }, 'customer-alert');
}
