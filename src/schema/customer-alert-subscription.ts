import type { CustomerAlert as CustomerAlertWire } from '@metronome/sdk/resources/v1/customers/alerts';
import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import { GraphQLError } from 'graphql';
import { RequestTransport } from '../loaders/request-transport.js';
import { MetronomeApi } from '../metronome-client/client.js';
import type { CustomerAlertUpdate } from '../subscriptions/alert-event-stream.js';
import type { AlertSubscriptions } from '../subscriptions/alert-subscriptions.js';
import type { AlertSubscriptionsContext } from '../subscriptions/use-alert-subscriptions.js';
import { builder } from './builder.js';
import { CreditType } from './credit-type.js';
import { Customer } from './customer.js';

// The context `useAlertSubscriptions` extends every operation's with; absent when the plugin is not installed.
declare module './context.js' {
  interface GatewayContext extends Partial<AlertSubscriptionsContext> {}
}

/** A customer's status on one alert: the wire `CustomerAlert`, and whose it is (the wire shape does not say). */
export interface CustomerAlertShape {
  customerId: string;
  customerAlert: CustomerAlertWire;
}

export interface CustomerAlertChangeShape {
  update: CustomerAlertUpdate;
  customerAlert: CustomerAlertShape;
}

export const CustomerAlertStatus = builder.enumType('CustomerAlertStatus', {
  description: "A customer's evaluation state on a threshold notification.",
  values: {
    ok: { value: 'ok', description: 'The customer is within acceptable thresholds.' },
    in_alarm: { value: 'in_alarm', description: 'The customer has breached the threshold for the notification.' },
    evaluating: {
      value: 'evaluating',
      description: 'The notification is currently being evaluated (typically during initial setup, or after a reset).',
    },
  } as const,
});

export const AlertType = builder.enumType('AlertType', {
  description: 'Type of the threshold notification.',
  values: [
    'low_credit_balance_reached',
    'spend_threshold_reached',
    'monthly_invoice_total_spend_threshold_reached',
    'low_remaining_days_in_plan_reached',
    'low_remaining_credit_percentage_reached',
    'usage_threshold_reached',
    'low_remaining_days_for_commit_segment_reached',
    'low_remaining_commit_balance_reached',
    'low_remaining_commit_percentage_reached',
    'low_remaining_days_for_contract_credit_segment_reached',
    'low_remaining_contract_credit_balance_reached',
    'low_remaining_contract_credit_percentage_reached',
    'low_remaining_contract_credit_and_commit_balance_reached',
    'low_remaining_seat_balance_reached',
    'invoice_total_reached',
  ] as const,
});

export const AlertStatus = builder.enumType('AlertStatus', {
  description: 'Status of the threshold notification.',
  values: ['enabled', 'archived', 'disabled'] as const,
});

export const CustomerAlertChangeSource = builder.enumType('CustomerAlertChangeSource', {
  description: 'How the gateway learned of a customer alert state.',
  values: {
    SNAPSHOT: { value: 'snapshot', description: 'The state when the subscription started (one per matching alert, before any transition).' },
    WEBHOOK: { value: 'webhook', description: 'A transition announced by a Metronome webhook notification (moves into alarm).' },
    POLL: { value: 'poll', description: 'A transition the gateway saw by polling the customer’s alerts (every other move).' },
  } as const,
});

export const Alert = builder.objectRef<CustomerAlertWire.Alert>('Alert').implement({
  description:
    'A threshold notification: monitors customer spending, balances, and other billing factors against a threshold.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'the Metronome ID of the threshold notification' }),
    name: t.exposeString('name', { description: 'Name of the threshold notification' }),
    type: t.field({ type: AlertType, description: 'Type of the threshold notification', resolve: (alert) => alert.type }),
    status: t.field({ type: AlertStatus, description: 'Status of the threshold notification', resolve: (alert) => alert.status }),
    threshold: t.exposeFloat('threshold', { description: 'Threshold value of the notification policy' }),
    creditType: t.field({
      type: CreditType,
      nullable: true,
      description: 'The pricing unit the threshold is in, when the notification has one.',
      resolve: (alert) => alert.credit_type?.id ?? null,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: "Timestamp for when the threshold notification's customer status was last updated",
      resolve: (alert) => alert.updated_at,
    }),
    uniquenessKey: t.string({
      nullable: true,
      description:
        'Prevents the creation of duplicates. If a request to create a record is made with a previously used uniqueness key, a new record will not be created and the request will fail with a 409 error.',
      resolve: (alert) => alert.uniqueness_key ?? null,
    }),
    creditGrantTypeFilters: t.stringList({
      nullable: true,
      description:
        'An array of strings, representing a way to filter the credit grant this threshold notification applies to, by looking at the credit_grant_type field on the credit grant. This field is only defined for CreditPercentage and CreditBalance notifications',
      resolve: (alert) => alert.credit_grant_type_filters ?? null,
    }),
    customFieldFilters: t.field({
      type: 'JSON',
      nullable: true,
      description: 'A list of custom field filters for notification types that support advanced filtering',
      resolve: (alert) => alert.custom_field_filters ?? null,
    }),
    groupKeyFilter: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Scopes threshold notification evaluation to a specific presentation group key on individual line items. Only present for spend notifications.',
      resolve: (alert) => alert.group_key_filter ?? null,
    }),
    groupValues: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Only present for `spend_threshold_reached` notifications. Scope notification to a specific group key on individual line items.',
      resolve: (alert) => alert.group_values ?? null,
    }),
    invoiceTypesFilter: t.stringList({
      nullable: true,
      description: 'Only supported for invoice_total_reached threshold notifications. A list of invoice types to evaluate.',
      resolve: (alert) => alert.invoice_types_filter ?? null,
    }),
    seatFilter: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Only present for low_remaining_seat_balance_reached notifications. The seat group key or seat group key-value pair the alert is scoped to.',
      resolve: (alert) => alert.seat_filter ?? null,
    }),
    alertSpecifiers: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Present for `low_remaining_contract_credit_and_commit_balance_reached` notifications. The filters that define the balances that are considered when evaluating the alert.',
      resolve: (alert) => alert.alert_specifiers ?? null,
    }),
  }),
});

export const CustomerAlert = builder.objectRef<CustomerAlertShape>('CustomerAlert').implement({
  description: 'A customer’s evaluation status on one threshold notification, with the notification’s configuration.',
  fields: (t) => ({
    customerStatus: t.field({
      type: CustomerAlertStatus,
      nullable: true,
      description: 'The status of the threshold notification. If the notification is archived, null will be returned.',
      resolve: ({ customerAlert }) => customerAlert.customer_status,
    }),
    triggeredBy: t.string({
      nullable: true,
      description: 'If present, indicates the reason the threshold notification was triggered.',
      resolve: ({ customerAlert }) => customerAlert.triggered_by ?? null,
    }),
    alert: t.field({
      type: Alert,
      description: 'The threshold notification’s configuration: id, name, type, threshold, credit type, status and filters.',
      resolve: ({ customerAlert }) => customerAlert.alert,
    }),
    customer: t.field({
      type: Customer,
      nullable: true,
      description: 'The customer whose status this is.',
      resolve: ({ customerId }) => customerId,
    }),
  }),
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
    api = new MetronomeApi(new RequestTransport(alerts.metronome.transport, alerts.upstreamConcurrency));
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
