import { createPubSub, type PubSub, type PubSubEventTarget } from 'graphql-yoga';
import type { AlertPubSub, CustomerAlertEvent, Unsubscribe } from './pubsub.js';

type AlertChannels = Record<string, [customerId: string, event: CustomerAlertEvent]>;

/** How events cross between publishers and subscribers: what separates the in-memory and Redis pub/subs. */
export interface AlertEventTransport {
  /** Where graphql-yoga's `createPubSub` dispatches and listens; its in-memory `EventTarget` when absent. */
  eventTarget?: PubSubEventTarget<AlertChannels>;
  /** Resolves when the transport can take a subscription; awaited before each one. */
  ready?(): Promise<void>;
  /** Resolves once events published to `topic` reach this process's listeners. */
  subscribed(topic: string): Promise<void>;
  /** Sends an event, resolving once the transport took it; `createPubSub`'s own `publish` when absent. */
  send?(topic: string, event: CustomerAlertEvent): Promise<void>;
}

/**
 * {@link AlertPubSub} over graphql-yoga's `createPubSub`: one topic per customer, `<channel>:<customerId>`.
 * Going from memory to Redis changes only the {@link AlertEventTransport}.
 */
export class YogaAlertPubSub implements AlertPubSub {
  private readonly pubsub: PubSub<AlertChannels>;
  private readonly subscriberCounts = new Map<string, number>();
  private readonly subscriptions = new Set<Unsubscribe>();
  private closed = false;

  /** @param channel the topic prefix, e.g. `metronome-graphql:customer-alert` */
  constructor(
    private readonly transport: AlertEventTransport,
    private readonly channel: string,
  ) {
    this.pubsub = createPubSub<AlertChannels>(transport.eventTarget ? { eventTarget: transport.eventTarget } : {});
  }

  async publish(event: CustomerAlertEvent): Promise<void> {
    if (this.closed) throw new Error('The alert pub/sub is closed');
    if (this.transport.send) await this.transport.send(this.topicOf(event.customerId), event);
    else this.pubsub.publish(this.channel, event.customerId, event);
  }

  async subscribe(customerId: string, listener: (event: CustomerAlertEvent) => void): Promise<Unsubscribe> {
    if (this.closed) throw new Error('The alert pub/sub is closed');
    await this.transport.ready?.();
    if (this.closed) throw new Error('The alert pub/sub is closed');
    const events = this.pubsub.subscribe(this.channel, customerId);
    // The first `next()` runs the repeater's executor, which adds the event listener at once.
    const first = events.next();
    void (async () => {
      for (let result = await first; !result.done; result = await events.next()) {
        try {
          listener(result.value as CustomerAlertEvent);
        } catch {
          // The contract forbids throwing listeners; one that does must not end the other deliveries.
        }
      }
    })();

    this.subscriberCounts.set(customerId, (this.subscriberCounts.get(customerId) ?? 0) + 1);
    let active = true;
    const unsubscribe: Unsubscribe = () => {
      if (!active) return;
      active = false;
      this.subscriptions.delete(unsubscribe);
      const remaining = (this.subscriberCounts.get(customerId) ?? 1) - 1;
      if (remaining > 0) this.subscriberCounts.set(customerId, remaining);
      else this.subscriberCounts.delete(customerId);
      void events.return(undefined);
    };
    this.subscriptions.add(unsubscribe);
    try {
      await this.transport.subscribed(this.topicOf(customerId));
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  subscribedCustomers(): string[] {
    return [...this.subscriberCounts.keys()];
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const unsubscribe of [...this.subscriptions]) unsubscribe();
  }

  private topicOf(customerId: string): string {
    return `${this.channel}:${customerId}`;
  }
}
