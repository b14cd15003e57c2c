import type { AlertCreateParams } from '@metronome/sdk/resources/v1/alerts';
import {
  listCustomerAlerts,
  loadCustomerAlerts,
  type AlertWire,
  type CustomerAlertKey,
  type CustomerAlertScope,
  type CustomerAlertWire,
} from '../loaders/customer-alerts.js';
import { BillableMetric } from './billable-metric.js';
import { builder } from './builder.js';
import { CreditType } from './credit-type.js';
import { Customer } from './customer.js';
import { idempotencyKeyArg } from './mutation.js';
import { compositeId, loadByLocalId, splitCompositeId } from './node.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';
import { primeWithPage } from './prime.js';
import { Plan } from './plan.js';

/**
 * A customer's status on one alert: the wire `CustomerAlert`, whose it is (the wire shape does not say), and the
 * scope it was read with (`customer-alerts/get` narrowed to a group, seat or custom-field group), if any.
 */
export interface CustomerAlertShape {
  customerId: string;
  customerAlert: CustomerAlertWire;
  scope?: CustomerAlertScope;
}

/** The local id of a customer alert: `<customer id>:<alert id>`, plus `:<scope as JSON>` when it was read scoped. */
function customerAlertLocalId({ customerId, alertId, scope }: CustomerAlertKey): string {
  return scope && Object.keys(scope).length ? compositeId(customerId, alertId, JSON.stringify(scope)) : compositeId(customerId, alertId);
}

function parseCustomerAlertLocalId(id: string): CustomerAlertKey | null {
  const unscoped = splitCompositeId(id, 2);
  if (unscoped) return { customerId: unscoped[0]!, alertId: unscoped[1]! };
  const scoped = splitCompositeId(id, 3);
  if (!scoped) return null;
  try {
    const scope: unknown = JSON.parse(scoped[2]!);
    if (scope && typeof scope === 'object' && !Array.isArray(scope))
      return { customerId: scoped[0]!, alertId: scoped[1]!, scope: scope as CustomerAlertScope };
  } catch {
    // reported by the caller
  }
  return null;
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

export const Alert = builder.objectRef<AlertWire>('Alert').implement({
  description:
    'A threshold notification: monitors customer spending, balances, and other billing factors against a threshold. Not a node: Metronome reads an alert only through one customer (`POST /v1/customer-alerts/get` needs a customer id), so the node is `CustomerAlert`, whose global id names both. The wire shape of an alert names its pricing unit but not the customer, plan or billable metric it was created for, so those links are on `createAlert`’s answer only.',
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
        'Present for `low_remaining_contract_credit_and_commit_balance_reached` notifications. The filters that define the balances that are considered when evaluating the alert (JSON: a deep, rarely displayed structure, as the REST answer has it).',
      resolve: (alert) => alert.alert_specifiers ?? null,
    }),
  }),
});

/** Local id `<customer id>:<alert id>[:<scope>]`; loaded with one `customer-alerts/get` per distinct id. */
export const CustomerAlert = builder.loadableNodeRef('CustomerAlert', {
  load: (ids: string[], { api }) =>
    loadByLocalId(
      ids,
      parseCustomerAlertLocalId,
      'Not a valid customer alert id',
      (keys) => loadCustomerAlerts(api, keys),
      (customerAlert, key): CustomerAlertShape => ({ customerId: key.customerId, customerAlert, scope: key.scope }),
    ),
  id: {
    resolve: ({ customerId, customerAlert, scope }: CustomerAlertShape) =>
      customerAlertLocalId({ customerId, alertId: customerAlert.alert.id, scope }),
  },
});

CustomerAlert.implement({
  description:
    'A customer’s evaluation status on one threshold notification, with the notification’s configuration. A node: its global id names the customer and the alert (and the group, seat or custom-field scope it was read with), which is what `POST /v1/customer-alerts/get` needs to read it again.',
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

const AlertStatusFilter = builder.enumType('AlertStatusFilter', {
  description: 'A threshold notification status to list by.',
  values: {
    ENABLED: { value: 'ENABLED', description: 'Enabled threshold notifications.' },
    DISABLED: { value: 'DISABLED', description: 'Disabled threshold notifications.' },
    ARCHIVED: { value: 'ARCHIVED', description: 'Archived threshold notifications.' },
  } as const,
});

/** Metronome takes no page size for customer-alerts/list; `first` is clamped to this. */
const MAX_PAGE = 100;
const CustomerAlertConnection = connectionType('CustomerAlert', CustomerAlert, 'A page of a customer’s threshold notifications with their statuses.');

builder.objectField(Customer, 'alerts', (t) =>
  t.field({
    type: CustomerAlertConnection,
    description:
      'Retrieve all threshold notification configurations and their current statuses for this customer (`POST /v1/customer-alerts/list`, one call per customer and page: Metronome has no batch endpoint across customers). By default only enabled notifications.',
    args: {
      ...pagingArgs(t.arg, MAX_PAGE),
      alertStatuses: t.arg({
        type: [AlertStatusFilter],
        required: false,
        description: 'Optionally filter by threshold notification status. If absent, only enabled notifications will be returned.',
      }),
    },
    resolve: async (customer, args, context) => {
      const connection = await resolveCursorConnection(args, MAX_PAGE, ({ nextPage }) =>
        listCustomerAlerts(context.api, customer.id, args.alertStatuses ?? undefined, nextPage).then((page) => ({
          next_page: page.next_page,
          data: page.data.map((customerAlert): CustomerAlertShape => ({ customerId: customer.id, customerAlert })),
        })),
      );
      // The list answers what an unscoped customer-alerts/get would: `node` on one of these needs no second read.
      return primeWithPage(CustomerAlert.getDataloader(context), connection, (node) =>
        customerAlertLocalId({ customerId: node.customerId, alertId: node.customerAlert.alert.id }),
      );
    },
  }),
);

const CustomFieldFilterEntity = builder.enumType('AlertCustomFieldFilterEntity', {
  description: 'The kind of object whose custom field a threshold notification filter matches.',
  values: {
    Contract: { value: 'Contract', description: 'A contract’s custom field.' },
    Commit: { value: 'Commit', description: 'A commit’s custom field.' },
    ContractCredit: { value: 'ContractCredit', description: 'A contract credit’s custom field.' },
    ContractCreditOrCommit: { value: 'ContractCreditOrCommit', description: 'A contract credit’s or commit’s custom field.' },
  } as const,
});

const AlertCustomFieldFilterInput = builder.inputType('AlertCustomFieldFilterInput', {
  description: 'A custom field filter: the notification applies to objects of `entity` whose custom field `key` is `value`.',
  fields: (t) => ({
    entity: t.field({ type: CustomFieldFilterEntity, required: true, description: 'The kind of object the custom field is on.' }),
    key: t.string({ required: true, description: 'The custom field key.' }),
    value: t.string({ required: true, description: 'The custom field value.' }),
  }),
});

const AlertGroupValueInput = builder.inputType('AlertGroupValueInput', {
  description: 'A group key on individual line items, and optionally its value, that a spend notification is scoped to.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The group key.' }),
    value: t.string({ required: false, description: 'The group value; every value of the key when absent.' }),
  }),
});

const AlertGroupKeyFilterInput = builder.inputType('AlertGroupKeyFilterInput', {
  description:
    'Scopes threshold notification evaluation to a specific presentation group key on individual line items. Only for spend notifications.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The presentation group key.' }),
    value: t.string({ required: true, description: 'The presentation group value.' }),
  }),
});

const AlertSeatFilterInput = builder.inputType('AlertSeatFilterInput', {
  description: 'The seat group key-value pair a `low_remaining_seat_balance_reached` notification is scoped to.',
  fields: (t) => ({
    seatGroupKey: t.string({ required: true, description: 'The seat group key (e.g., "seat_id", "user_id")' }),
    seatGroupValue: t.string({ required: false, description: 'Optional seat identifier the alert is scoped to.' }),
  }),
});

const CustomerAlertGroupValueInput = builder.inputType('CustomerAlertGroupValueInput', {
  description: 'The group key-value pair of a spend notification to read the customer’s status for.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The group key.' }),
    value: t.string({ required: true, description: 'The group value.' }),
  }),
});

const CustomerAlertSeatFilterInput = builder.inputType('CustomerAlertSeatFilterInput', {
  description: 'The seat group key-value pair of a seat notification to read the customer’s status for.',
  fields: (t) => ({
    seatGroupKey: t.string({ required: true, description: 'The seat group key (e.g., "seat_id", "user_id")' }),
    seatGroupValue: t.string({ required: true, description: 'The specific seat identifier to filter by' }),
  }),
});

const PlansOrContracts = builder.enumType('PlansOrContracts', {
  description: 'Which side of a plans-to-contracts migration to read threshold notifications for.',
  values: {
    PLANS: { value: 'PLANS', description: 'Notifications evaluated on plans.' },
    CONTRACTS: { value: 'CONTRACTS', description: 'Notifications evaluated on contracts.' },
  } as const,
});

builder.queryField('customerAlert', (t) =>
  t.field({
    type: CustomerAlert,
    nullable: true,
    description:
      'Retrieve the real-time evaluation status for a specific threshold notification-customer pair (`POST /v1/customer-alerts/get`); null (with a NOT_FOUND error) when the customer or the notification does not exist, or the notification does not apply to the customer. Archived notifications answer with a null `customerStatus`.',
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer' }),
      alertId: t.arg.string({ required: true, description: 'The Metronome ID of the threshold notification' }),
      groupValues: t.arg({
        type: [CustomerAlertGroupValueInput],
        required: false,
        description: 'Only present for `spend_threshold_reached` notifications. Retrieve the notification for a specific group key-value pair.',
      }),
      seatFilter: t.arg({
        type: CustomerAlertSeatFilterInput,
        required: false,
        description: 'Only allowed for `low_remaining_seat_balance_reached` notifications. This filters alerts by the seat group key-value pair.',
      }),
      alertSpecifiers: t.arg({
        type: 'JSON',
        required: false,
        description:
          'Can be used with only `low_remaining_contract_credit_and_commit_balance_reached` notifications. Used to filter the alert by the custom field key-value pair (JSON, as the REST body’s `alert_specifiers`).',
      }),
      plansOrContracts: t.arg({
        type: PlansOrContracts,
        required: false,
        description: 'When parallel threshold notifications are enabled during migration, this flag denotes whether to fetch notifications for plans or contracts.',
      }),
    },
    resolve: (_root, args) => {
      const scope: CustomerAlertScope = {};
      if (args.groupValues) scope.group_values = args.groupValues.map(({ key, value }) => ({ key, value }));
      if (args.seatFilter)
        scope.seat_filter = { seat_group_key: args.seatFilter.seatGroupKey, seat_group_value: args.seatFilter.seatGroupValue };
      if (args.alertSpecifiers !== null && args.alertSpecifiers !== undefined)
        scope.alert_specifiers = args.alertSpecifiers as CustomerAlertScope['alert_specifiers'];
      if (args.plansOrContracts) scope.plans_or_contracts = args.plansOrContracts;
      return customerAlertLocalId({ customerId: args.customerId, alertId: args.alertId, scope });
    },
  }),
);

const CreateAlertInput = builder.inputType('CreateAlertInput', {
  description: 'A new threshold notification (`POST /v1/alerts/create`), for one customer, one plan, or every customer.',
  fields: (t) => ({
    alertType: t.field({ type: AlertType, required: true, description: 'Type of the threshold notification' }),
    name: t.string({ required: true, description: 'Name of the threshold notification' }),
    threshold: t.float({
      required: true,
      description:
        'Threshold value of the notification policy. Depending upon the notification type, this number may represent a financial amount, the days remaining, or a percentage reached.',
    }),
    creditTypeId: t.string({
      required: false,
      description:
        "ID of the credit's currency, defaults to USD. If the specific notification type requires a pricing unit/currency, find the ID in the Metronome app.",
    }),
    customerId: t.string({
      required: false,
      description:
        'If provided, will create this threshold notification for this specific customer. To create a notification for all customers, do not specify a `customer_id`.',
    }),
    planId: t.string({
      required: false,
      description:
        'If provided, will create this threshold notification for this specific plan. To create a notification for all customers, do not specify a `plan_id`.',
    }),
    billableMetricId: t.string({
      required: false,
      description: 'For threshold notifications of type `usage_threshold_reached`, specifies which billable metric to track the usage for.',
    }),
    creditGrantTypeFilters: t.stringList({
      required: false,
      description:
        'An array of strings, representing a way to filter the credit grant this threshold notification applies to, by looking at the credit_grant_type field on the credit grant. This field is only defined for CreditPercentage and CreditBalance notifications',
    }),
    customFieldFilters: t.field({
      type: [AlertCustomFieldFilterInput],
      required: false,
      description:
        'A list of custom field filters for threshold notification types that support advanced filtering. Only present for contract invoices.',
    }),
    groupKeyFilter: t.field({
      type: AlertGroupKeyFilterInput,
      required: false,
      description: 'Scopes threshold notification evaluation to a specific presentation group key on individual line items. Only for spend notifications.',
    }),
    groupValues: t.field({
      type: [AlertGroupValueInput],
      required: false,
      description: 'Only present for `spend_threshold_reached` notifications. Scope notification to a specific group key on individual line items.',
    }),
    invoiceTypesFilter: t.stringList({
      required: false,
      description: 'Only supported for invoice_total_reached threshold notifications. A list of invoice types to evaluate.',
    }),
    seatFilter: t.field({
      type: AlertSeatFilterInput,
      required: false,
      description: 'Required for `low_remaining_seat_balance_reached` notifications. The alert is scoped to this seat group key-value pair.',
    }),
    alertSpecifiers: t.field({
      type: 'JSON',
      required: false,
      description:
        'Can be used with only `low_remaining_contract_credit_and_commit_balance_reached` notifications. Defines the balances that are considered when evaluating the alert (JSON, as the REST body’s `alert_specifiers`: a deep structure).',
    }),
    uniquenessKey: t.string({
      required: false,
      description:
        'Prevents the creation of duplicates. If a request to create a record is made with a previously used uniqueness key, a new record will not be created and the request will fail with a 409 error.',
    }),
    evaluateOnCreate: t.boolean({
      required: false,
      description:
        'If true, the threshold notification will evaluate immediately on customers that already meet the notification threshold. If false, it will only evaluate on future customers that trigger the threshold. Defaults to true.',
    }),
  }),
});

interface CreatedAlertShape {
  id: string;
  customerId: string | null;
  planId: string | null;
  billableMetricId: string | null;
}

const CreateAlertPayload = builder.objectRef<CreatedAlertShape>('CreateAlertPayload').implement({
  description:
    'The threshold notification `createAlert` created: its id, what it was created for (which Metronome’s alert reads do not say), and, for a customer’s notification, that customer’s status on it read back.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'the Metronome ID of the threshold notification' }),
    customerAlert: t.field({
      type: CustomerAlert,
      nullable: true,
      description:
        'The customer’s status on the new notification, read back with `POST /v1/customer-alerts/get` (at first usually `evaluating`: Metronome evaluates new notifications in the background); null when it was not created for one customer.',
      resolve: (created) => (created.customerId ? compositeId(created.customerId, created.id) : null),
    }),
    customer: t.field({
      type: Customer,
      nullable: true,
      description: 'The customer the notification was created for; null when it was not created for one customer.',
      resolve: (created) => created.customerId,
    }),
    plan: t.field({
      type: Plan,
      nullable: true,
      description: 'The plan the notification was created for; null when it was not created for one plan.',
      resolve: (created) => created.planId,
    }),
    billableMetric: t.field({
      type: BillableMetric,
      nullable: true,
      description: 'The billable metric a `usage_threshold_reached` notification tracks; null for other types.',
      resolve: (created) => created.billableMetricId,
    }),
  }),
});

interface ArchivedAlertShape {
  id: string;
}

const ArchiveAlertPayload = builder.objectRef<ArchivedAlertShape>('ArchiveAlertPayload').implement({
  description: 'The threshold notification `archiveAlert` archived.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'the Metronome ID of the threshold notification' }),
    customerAlert: t.field({
      type: CustomerAlert,
      nullable: true,
      description:
        'A customer’s view of the archived notification, read back with `POST /v1/customer-alerts/get` (its `customerStatus` is null: archived); null (with a NOT_FOUND error) when the notification does not apply to that customer.',
      args: { customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer' }) },
      resolve: (archived, { customerId }) => compositeId(customerId, archived.id),
    }),
  }),
});

builder.mutationFields((t) => ({
  createAlert: t.field({
    type: CreateAlertPayload,
    description:
      'Create a new threshold notification to monitor customer spending, balances, and billing metrics in real time (`POST /v1/alerts/create`). A reused uniqueness key is a CONFLICT error.',
    args: {
      input: t.arg({ type: CreateAlertInput, required: true, description: 'The threshold notification to create.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      const body: AlertCreateParams & { group_key_filter?: { key: string; value: string } } = {
        alert_type: input.alertType,
        name: input.name,
        threshold: input.threshold,
        ...(input.creditTypeId != null ? { credit_type_id: input.creditTypeId } : {}),
        ...(input.customerId != null ? { customer_id: input.customerId } : {}),
        ...(input.planId != null ? { plan_id: input.planId } : {}),
        ...(input.billableMetricId != null ? { billable_metric_id: input.billableMetricId } : {}),
        ...(input.creditGrantTypeFilters != null ? { credit_grant_type_filters: input.creditGrantTypeFilters } : {}),
        ...(input.customFieldFilters != null
          ? { custom_field_filters: input.customFieldFilters.map(({ entity, key, value }) => ({ entity, key, value })) }
          : {}),
        ...(input.groupKeyFilter != null ? { group_key_filter: { key: input.groupKeyFilter.key, value: input.groupKeyFilter.value } } : {}),
        ...(input.groupValues != null
          ? { group_values: input.groupValues.map(({ key, value }) => (value == null ? { key } : { key, value })) }
          : {}),
        ...(input.invoiceTypesFilter != null ? { invoice_types_filter: input.invoiceTypesFilter } : {}),
        ...(input.seatFilter != null
          ? {
              seat_filter:
                input.seatFilter.seatGroupValue == null
                  ? { seat_group_key: input.seatFilter.seatGroupKey }
                  : { seat_group_key: input.seatFilter.seatGroupKey, seat_group_value: input.seatFilter.seatGroupValue },
            }
          : {}),
        ...(input.alertSpecifiers != null ? { alert_specifiers: input.alertSpecifiers as AlertCreateParams['alert_specifiers'] } : {}),
        ...(input.uniquenessKey != null ? { uniqueness_key: input.uniquenessKey } : {}),
        ...(input.evaluateOnCreate != null ? { evaluate_on_create: input.evaluateOnCreate } : {}),
      };
      const { data } = await context.api.alerts.create(body, { idempotencyKey: idempotencyKey ?? undefined });
      if (input.customerId) CustomerAlert.getDataloader(context).clear(compositeId(input.customerId, data.id));
      return {
        id: data.id,
        customerId: input.customerId ?? null,
        planId: input.planId ?? null,
        billableMetricId: input.billableMetricId ?? null,
      };
    },
  }),
  archiveAlert: t.field({
    type: ArchiveAlertPayload,
    description:
      'Permanently disable a threshold notification and remove it from active monitoring across all customers (`POST /v1/alerts/archive`). Archived notifications stop evaluating; customers’ statuses on them read null.',
    args: {
      alertId: t.arg.string({ required: true, description: 'The Metronome ID of the threshold notification' }),
      releaseUniquenessKey: t.arg.boolean({
        required: false,
        description: 'If true, resets the uniqueness key on this threshold notification so it can be re-used',
      }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { alertId, releaseUniquenessKey, idempotencyKey }, context) => {
      const { data } = await context.api.alerts.archive(
        { id: alertId, ...(releaseUniquenessKey != null ? { release_uniqueness_key: releaseUniquenessKey } : {}) },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      // Every customer's view of the alert changed: forget them all.
      CustomerAlert.getDataloader(context).clearAll();
      return { id: data.id };
    },
  }),
  resetCustomerAlert: t.field({
    type: CustomerAlert,
    description:
      'Force an immediate re-evaluation of a specific threshold notification for a customer, clearing any previous state (`POST /v1/customer-alerts/reset`); answers the customer’s status read back (at first `evaluating`: the re-evaluation happens in the background). Archived notifications cannot be reset (BAD_USER_INPUT).',
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer' }),
      alertId: t.arg.string({ required: true, description: 'The Metronome ID of the threshold notification' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, alertId, idempotencyKey }, context) => {
      await context.api.customerAlerts.reset(
        { customer_id: customerId, alert_id: alertId },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      const id = compositeId(customerId, alertId);
      CustomerAlert.getDataloader(context).clear(id);
      return id;
    },
  }),
}));
