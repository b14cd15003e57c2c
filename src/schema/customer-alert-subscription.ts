import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import { GraphQLError } from 'graphql';
import type { CustomerAlertWire } from '../loaders/customer-alerts.js';
import type { MetronomeApi } from '../metronome-client/client.js';
import type { CustomerAlertUpdate } from '../subscriptions/alert-event-stream.js';
import type { AlertSubscriptions } from '../subscriptions/alert-subscriptions.js';
import type { AlertSubscriptionsContext } from '../subscriptions/use-alert-subscriptions.js';
import { CustomerAlert, CustomerAlertStatus, type CustomerAlertShape } from './alert.js';
import { builder } from './builder.js';
import { createGatewayContext } from './context.js';

// The context `useAlertSubscriptions` extends every operation's with; absent when the plugin is not installed.
declare module './context.js' {
  interface GatewayContext extends Partial<AlertSubscriptionsContext> {}
}

export interface CustomerAlertChangeShape {
  update: CustomerAlertUpdate;
  customerAlert: CustomerAlertShape;
}

export const CustomerAlertChangeSource = builder.enumType('CustomerAlertChangeSource', {
  description: 'How the gateway learned of a customer alert state.',
  values: {
    SNAPSHOT: { value: 'snapshot', description: 'The state when the subscription started (one per matching alert, before any transition).' },
    WEBHOOK: { value: 'webhook', description: 'A transition announced by a Metronome webhook notification (moves into alarm).' },
    POLL: { value: 'poll', description: 'A transition the gateway saw by polling the customer’s alerts (every other move).' },
  } as const,
});

export const CustomerAlertChange = builder.objectRef<CustomerAlertChangeShape>('CustomerAlertChange').implement({
  description:
    'One event of `customerAlertChanged`: a customer alert’s state when the subscription started, or a transition since.',
  fields: (t) => ({
    customerAlert: t.field({
      type: CustomerAlert,
      description: 'The customer alert in its new state, with the graph behind it, resolved afresh for this event.',
      resolve: (change) => change.customerAlert,
    }),
    source: t.field({
      type: CustomerAlertChangeSource,
      description: 'SNAPSHOT for the state at subscribe time; WEBHOOK or POLL for a transition.',
      resolve: (change) => change.update.source,
    }),
    previousStatus: t.field({
      type: CustomerAlertStatus,
      nullable: true,
      description: 'The status before this transition; null for a snapshot, or when the gateway did not know it.',
      resolve: (change) => change.update.previousStatus ?? null,
    }),
    changedAt: t.field({
      type: 'DateTime',
      description: 'When Metronome says the status changed (for a snapshot: when it last changed).',
      resolve: (change) => change.update.changedAt,
    }),
    notificationId: t.string({
      nullable: true,
      description: 'The id of the Metronome webhook notification that announced the transition, if one did.',
      resolve: (change) => change.update.notificationId ?? null,
    }),
  }),
});

/**
 * The Metronome API one event is resolved through: new for every event (so nothing is read from an earlier one),
 * and shared by every subscriber the event reaches on this instance (one event object fans out to all of them),
 * so that 5,000 subscribers of a customer cost one read of each thing they select, not 5,000. Sharing is sound
 * because the gateway reads Metronome with one token: every subscriber would get the same answers.
 */
const eventApis = new WeakMap<CustomerAlertUpdate, MetronomeApi>();

function eventApi(update: CustomerAlertUpdate, alerts: AlertSubscriptions): MetronomeApi {
  let api = eventApis.get(update);
  if (!api) {
    api = createGatewayContext(alerts.metronome.transport, { concurrency: alerts.upstreamConcurrency }).api;
    eventApis.set(update, api);
  }
  return api;
}

builder.subscriptionType({
  description: 'Live updates, over graphql-ws (WebSocket) or server-sent events on /graphql.',
});

builder.subscriptionField('customerAlertChanged', (t) =>
  t.field({
    type: CustomerAlertChange,
    description:
      "A customer's threshold notification statuses, live: first the current state of every matching alert (so a client that connects or reconnects misses nothing), then one event per transition — ok → in_alarm, in_alarm → ok, → evaluating, archived (customerStatus null) — never the same state twice.",
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer' }),
      alertId: t.arg.string({ required: false, description: 'Only this threshold notification; every one of the customer’s when absent.' }),
    },
    subscribe: (_root, { customerId, alertId }, context) => {
      if (!context.alertSubscriptions)
        throw new GraphQLError('Live alert status is not enabled on this gateway', { extensions: { code: 'SUBSCRIPTIONS_DISABLED' } });
      return context.alertSubscriptions.updates(customerId, alertId ?? undefined);
    },
    resolve: async (update: CustomerAlertUpdate, _args, context): Promise<CustomerAlertChangeShape> => {
      // One subscription keeps one context; each event must read Metronome afresh, not the first event's answers.
      context.api = eventApi(update, context.alertSubscriptions!);
      clearAllDataLoaders(context);
      const current =
        update.customerAlert ??
        (await context.api.customerAlerts.retrieve({ customer_id: update.customerId, alert_id: update.alertId })).data;
      // A webhook's transition is the event; a later state the fetch may show will come as its own event.
      const customerAlert: CustomerAlertWire = {
        ...current,
        customer_status: update.status,
        triggered_by: update.triggeredBy,
        alert: { ...current.alert, updated_at: update.changedAt },
      };
      return { update, customerAlert: { customerId: update.customerId, customerAlert } };
    },
  }),
);
