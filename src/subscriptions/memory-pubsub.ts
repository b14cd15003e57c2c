import type { AlertPubSub } from './pubsub.js';
import { YogaAlertPubSub } from './yoga-pubsub.js';

/** Alert events within this process only: graphql-yoga's `createPubSub` over its in-memory `EventTarget`. */
export function createMemoryAlertPubSub(): AlertPubSub {
  return new YogaAlertPubSub({ subscribed: async () => undefined }, 'customer-alert');
}
