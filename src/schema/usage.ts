import type { UsageListParams, UsageListResponse, UsageListWithGroupsResponse } from '@metronome/sdk/resources/v1/usage';
import { createContextCache, type ArgBuilder } from '@pothos/core';
import DataLoader from 'dataloader';
import { loadUsage, loadUsageEvents, type UsageEventShape, type UsageQuery } from '../loaders/usage.js';
import { BillableMetric, type BillableMetricShape } from './billable-metric.js';
import { builder, type GatewaySchemaTypes } from './builder.js';
import type { GatewayContext } from './context.js';
import { Customer } from './customer.js';
import { badUserInput } from './errors.js';
import { idempotencyKeyArg } from './mutation.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';

const WINDOW_SIZE_DESCRIPTION =
  'A window_size of "day" or "hour" will return the usage for the specified period segmented into daily or hourly aggregates. A window_size of "none" will return a single usage aggregate for the entirety of the specified period.';

export const WindowSize = builder.enumType('WindowSize', {
  description: WINDOW_SIZE_DESCRIPTION,
  values: ['HOUR', 'DAY', 'NONE'] as const,
});

const UsageGroupByInput = builder.inputType('UsageGroupByInput', {
  description: 'Splits a billable metric’s usage by the values of one of its group keys.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The name of the group_by key to use' }),
    values: t.stringList({
      required: false,
      description:
        'Values of the group_by key to return in the query. If this field is omitted, all available values will be returned, up to a maximum of 200.',
    }),
  }),
});

const UsageBillableMetricInput = builder.inputType('UsageBillableMetricInput', {
  description: 'A billable metric to fetch usage for, optionally split by a group key.',
  fields: (t) => ({
    id: t.string({ required: true, description: 'The ID of the billable metric.' }),
    groupBy: t.field({ type: UsageGroupByInput, required: false, description: 'Split the usage by the values of this group key.' }),
  }),
});

/** The `billable_metrics` of a `/v1/usage` body from the GraphQL argument; absent means all metrics. */
function billableMetricsBody(
  metrics: readonly { id: string; groupBy?: { key: string; values?: readonly string[] | null } | null }[] | null | undefined,
): Pick<UsageListParams, 'billable_metrics'> {
  if (!metrics) return {};
  return {
    billable_metrics: metrics.map(({ id, groupBy }) => ({
      id,
      ...(groupBy ? { group_by: { key: groupBy.key, ...(groupBy.values ? { values: [...groupBy.values] } : {}) } } : {}),
    })),
  };
}

const UsageGroupValue = builder.objectRef<{ groupValue: string; value: number | null }>('UsageGroupValue').implement({
  description: 'The usage of one value of the group key in one window.',
  fields: (t) => ({
    groupValue: t.exposeString('groupValue', { description: 'The value of the group key.' }),
    value: t.float({
      nullable: true,
      description: 'The usage of this group value. Null indicates that there were no matches for the group_by value.',
      resolve: (group) => group.value,
    }),
  }),
});

const UsageWindow = builder.objectRef<UsageListResponse>('UsageWindow').implement({
  description: 'The aggregated usage of one billable metric by one customer over one window.',
  fields: (t) => ({
    customer: t.field({
      type: Customer,
      nullable: true,
      description: 'The customer this usage belongs to.',
      resolve: (row) => row.customer_id,
    }),
    billableMetric: t.field({
      type: BillableMetric,
      nullable: true,
      description: 'The billable metric aggregated.',
      resolve: (row) => row.billable_metric_id,
    }),
    billableMetricName: t.exposeString('billable_metric_name', { description: 'The name of the billable metric aggregated.' }),
    startTimestamp: t.field({ type: 'DateTime', description: 'The start of the window (inclusive).', resolve: (row) => row.start_timestamp }),
    endTimestamp: t.field({ type: 'DateTime', description: 'The end of the window (exclusive).', resolve: (row) => row.end_timestamp }),
    value: t.float({ nullable: true, description: 'The aggregated usage; null when there was none.', resolve: (row) => row.value }),
    groups: t.field({
      type: [UsageGroupValue],
      nullable: true,
      description:
        'The usage per value of the group key, when the billable metric was asked for with `groupBy`; null otherwise.',
      resolve: (row) =>
        row.groups ? Object.entries(row.groups).map(([groupValue, value]) => ({ groupValue, value })) : null,
    }),
  }),
});

/** The arguments of every `/v1/usage` read. */
function usageArgs(arg: ArgBuilder<GatewaySchemaTypes>) {
  return {
    startingOn: arg({ type: 'DateTime', required: true, description: 'The start of the period (inclusive).' }),
    endingBefore: arg({ type: 'DateTime', required: true, description: 'The end of the period (exclusive).' }),
    windowSize: arg({ type: WindowSize, required: true, description: WINDOW_SIZE_DESCRIPTION }),
    billableMetrics: arg({
      type: [UsageBillableMetricInput],
      required: false,
      description: 'A list of billable metrics to fetch usage for. If absent, all billable metrics will be returned.',
    }),
  };
}

builder.objectField(Customer, 'usage', (t) =>
  t.loadableList({
    type: UsageWindow,
    byPath: true,
    description:
      'Fetch aggregated usage data for the customer, for the specified billable metrics (all when none is given), in daily, hourly or single windows. The usage of every customer a query reaches at this path is fetched with one `POST /v1/usage`.',
    args: usageArgs(t.arg),
    load: (customerIds: string[], { api }, args) =>
      loadUsage(api, customerIds, {
        starting_on: args.startingOn,
        ending_before: args.endingBefore,
        window_size: args.windowSize,
        ...billableMetricsBody(args.billableMetrics),
      } satisfies UsageQuery),
    resolve: (customer) => customer.id,
  }),
);

/** `POST /v1/usage` has no `limit`: Metronome chooses the page size. `first` is clamped to this. */
const USAGE_MAX_FIRST = 100;
const UsageWindowConnection = connectionType('UsageWindow', UsageWindow, 'A page of usage windows.');

builder.queryField('usage', (t) =>
  t.field({
    type: UsageWindowConnection,
    description:
      'Retrieve aggregated usage data across multiple customers and billable metrics in a single query (`POST /v1/usage`), broken down by time windows: every customer (or those given) × every billable metric (or those given) × every window.',
    args: {
      ...pagingArgs(t.arg, USAGE_MAX_FIRST),
      ...usageArgs(t.arg),
      customerIds: t.arg.stringList({
        required: false,
        description: 'A list of Metronome customer IDs to fetch usage for. If absent, usage for all customers will be returned.',
      }),
    },
    resolve: (_root, args, { api }) =>
      resolveCursorConnection(args, USAGE_MAX_FIRST, ({ nextPage }) =>
        api.usage.list({
          starting_on: args.startingOn,
          ending_before: args.endingBefore,
          window_size: args.windowSize,
          ...billableMetricsBody(args.billableMetrics),
          ...(args.customerIds ? { customer_ids: args.customerIds } : {}),
          next_page: nextPage,
        }),
      ),
  }),
);

const GroupKeyValue = builder.objectRef<{ key: string; value: string }>('GroupKeyValue').implement({
  description: 'The value of one group key.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The group key.' }),
    value: t.exposeString('value', { description: 'Its value.' }),
  }),
});

const UsageGroupWindow = builder.objectRef<UsageListWithGroupsResponse>('UsageGroupWindow').implement({
  description: 'The usage of one group (one value of each group key) of a billable metric in one window.',
  fields: (t) => ({
    startingOn: t.field({ type: 'DateTime', description: 'The start of the window (inclusive).', resolve: (row) => row.starting_on }),
    endingBefore: t.field({ type: 'DateTime', description: 'The end of the window (exclusive).', resolve: (row) => row.ending_before }),
    group: t.field({
      type: [GroupKeyValue],
      description:
        'The group key values of this usage aggregate: one for a simple group key (e.g. region: US-East), one per key of a compound group key (region: US-East, team: engineering); empty when no group key was asked for.',
      resolve: (row) => Object.entries(row.group ?? {}).map(([key, value]) => ({ key, value })),
    }),
    value: t.float({ nullable: true, description: 'The usage of the group in the window; null when it had none.', resolve: (row) => row.value }),
  }),
});

const UsageGroupFilterInput = builder.inputType('UsageGroupFilterInput', {
  description: 'Only usage whose group key has one of these values.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'A group key; it must be in `groupKey`.' }),
    values: t.stringList({ required: true, description: 'The values to keep; empty includes all values for that dimension.' }),
  }),
});

const USAGE_GROUPS_MAX_PAGE = 100;
const UsageGroupWindowConnection = connectionType('UsageGroupWindow', UsageGroupWindow, 'A page of grouped usage.');

builder.objectField(Customer, 'usageGroups', (t) =>
  t.field({
    type: UsageGroupWindowConnection,
    description:
      'The customer’s usage of one billable metric broken down by group key values (region, user, model…), window by window (`POST /v1/usage/groups`).',
    args: {
      ...pagingArgs(t.arg, USAGE_GROUPS_MAX_PAGE),
      billableMetricId: t.arg.string({ required: true, description: 'The ID of the billable metric.' }),
      windowSize: t.arg({ type: WindowSize, required: true, description: WINDOW_SIZE_DESCRIPTION }),
      startingOn: t.arg({
        type: 'DateTime',
        required: false,
        description: 'The start of the period (inclusive); required unless `currentPeriod` is true.',
      }),
      endingBefore: t.arg({
        type: 'DateTime',
        required: false,
        description: 'The end of the period (exclusive); required unless `currentPeriod` is true.',
      }),
      currentPeriod: t.arg.boolean({
        required: false,
        description:
          'If true, will return the usage for the current billing period. Will return an error if the customer is currently uncontracted or starting_on and ending_before are specified when this is true.',
      }),
      groupKey: t.arg.stringList({
        required: false,
        description:
          'Group key to group usage by. Supports both simple (single key) and compound (multiple keys) group keys: `["region"]`, or `["region", "team"]`. The keys must match a group key of the billable metric exactly.',
      }),
      groupFilters: t.arg({
        type: [UsageGroupFilterInput],
        required: false,
        description: 'Only usage matching these filter values is returned. Keys must be present in groupKey.',
      }),
    },
    resolve: (customer, args, { api }) =>
      resolveCursorConnection(args, USAGE_GROUPS_MAX_PAGE, ({ limit, nextPage }) =>
        api.usage.listWithGroups({
          customer_id: customer.id,
          billable_metric_id: args.billableMetricId,
          window_size: args.windowSize,
          starting_on: args.startingOn ?? undefined,
          ending_before: args.endingBefore ?? undefined,
          current_period: args.currentPeriod ?? undefined,
          group_key: args.groupKey ?? undefined,
          group_filters: args.groupFilters
            ? Object.fromEntries(args.groupFilters.map((filter) => [filter.key, [...filter.values]]))
            : undefined,
          limit,
          next_page: nextPage,
        }),
      ),
  }),
);

const UsageEvent = builder.objectRef<UsageEventShape>('UsageEvent').implement({
  description:
    'A usage event as Metronome received it, with the customer and billable metrics it matched (`POST /v1/events/search`).',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'Metronome’s ID of the received event.' }),
    transactionId: t.exposeString('transaction_id', {
      description: 'The transaction ID of the event: Metronome’s idempotency key for it (34-day deduplication window).',
    }),
    customerId: t.exposeString('customer_id', {
      description: 'The ID of the customer in the ingest event body (a Metronome customer ID or an ingest alias).',
    }),
    eventType: t.exposeString('event_type', { description: 'The event type, for billable metric matching.' }),
    timestamp: t.field({ type: 'DateTime', description: 'When the usage occurred.', resolve: (event) => event.timestamp }),
    properties: t.field({
      type: 'JSON',
      description: 'The event’s properties: free-form metadata that billable metrics filter, aggregate and group by.',
      resolve: (event) => event.properties ?? {},
    }),
    processedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When Metronome processed the event.',
      resolve: (event) => event.processed_at ?? null,
    }),
    isDuplicate: t.boolean({
      description: 'Whether the event repeats the transaction ID of an earlier one, and so is not counted.',
      resolve: (event) => event.is_duplicate ?? false,
    }),
    matchedCustomer: t.field({
      type: Customer,
      nullable: true,
      description: 'The customer the event was matched to if a match was found',
      resolve: (event) => event.matched_customer?.id ?? null,
    }),
    matchedBillableMetrics: t.field({
      type: [BillableMetric],
      description: 'The billable metrics the event matched, as they are now.',
      resolve: (event) =>
        (event.matched_billable_metrics ?? []).map(
          ({ aggregation_type, ...metric }): BillableMetricShape => ({
            ...metric,
            // A SQL metric has no aggregation type of the billable metric's own enum; its `sql` says how it aggregates.
            ...(aggregation_type && aggregation_type !== 'custom_sql' ? { aggregation_type } : {}),
          }),
        ),
    }),
  }),
});

/** Transaction ids asked for anywhere in one operation are searched with one `POST /v1/events/search`. */
const usageEventLoader = createContextCache(
  (context: GatewayContext) => new DataLoader((transactionIds: readonly string[]) => loadUsageEvents(context.api, transactionIds)),
);

async function usageEventsOf(context: GatewayContext, transactionIds: readonly string[]): Promise<UsageEventShape[]> {
  return (await usageEventLoader(context).loadMany(transactionIds)).flatMap((events) => {
    if (events instanceof Error) throw events;
    return events;
  });
}

builder.queryField('usageEvents', (t) =>
  t.field({
    type: [UsageEvent],
    description:
      'Retrieves events by transaction ID for events that occurred within the last 34 days (`POST /v1/events/search`), with the customer and billable metrics each matched: for sampling your usage pipeline for revenue leakage. Metronome rate limits this heavily: sample, do not check every event. Unknown transaction IDs return nothing; duplicates follow the event they repeat.',
    args: {
      transactionIds: t.arg.stringList({ required: true, description: 'The transaction IDs of the events to retrieve' }),
    },
    resolve: (_root, args, context) => usageEventsOf(context, args.transactionIds),
  }),
);

const UsageEventInput = builder.inputType('UsageEventInput', {
  description: 'One usage event: what happened, for which customer, when.',
  fields: (t) => ({
    transactionId: t.string({
      required: true,
      description:
        'The idempotency key of the event (1–128 characters): an event with a transaction ID Metronome has seen in the last 34 days is ignored.',
    }),
    customerId: t.string({
      required: true,
      description: 'The Metronome customer ID or one of the customer’s ingest aliases.',
    }),
    eventType: t.string({ required: true, description: 'Categorizes the event for billable metric matching.' }),
    timestamp: t.field({ type: 'DateTime', required: true, description: 'When the usage occurred (RFC 3339); up to 34 days back.' }),
    properties: t.field({
      type: 'JSON',
      required: false,
      description: 'Free-form metadata (an object) used to match billable metrics, as their aggregation key, or as group keys.',
    }),
  }),
});

const MAX_EVENTS_PER_INGEST = 100;

const IngestUsagePayload = builder.objectRef<{ transactionIds: string[] }>('IngestUsagePayload').implement({
  description: 'The events Metronome accepted.',
  fields: (t) => ({
    transactionIds: t.exposeStringList('transactionIds', { description: 'The transaction IDs of the events sent, in order.' }),
    events: t.field({
      type: [UsageEvent],
      description:
        'The events as Metronome now holds them, read back with `POST /v1/events/search` (only when selected; heavily rate limited: for sampling). Duplicates of earlier events say so.',
      resolve: (payload, _args, context) => usageEventsOf(context, payload.transactionIds),
    }),
  }),
});

builder.mutationField('ingestUsage', (t) =>
  t.field({
    type: IngestUsagePayload,
    description:
      'Send usage events to Metronome (`POST /v1/ingest`), 1 to 100 at a time. Events are matched to customers by ID or ingest alias and to billable metrics by type and properties. An event whose transaction ID was already received in the last 34 days is ignored, so resending a batch is safe.',
    args: {
      events: t.arg({ type: [UsageEventInput], required: true, description: 'The events, 1 to 100.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { events, idempotencyKey }, { api }) => {
      if (events.length < 1 || events.length > MAX_EVENTS_PER_INGEST)
        throw badUserInput(`events must hold 1 to ${MAX_EVENTS_PER_INGEST} events; got ${events.length}`);
      await api.usage.ingest(
        events.map((event) => ({
          transaction_id: event.transactionId,
          customer_id: event.customerId,
          event_type: event.eventType,
          timestamp: event.timestamp,
          ...(event.properties === null || event.properties === undefined
            ? {}
            : { properties: event.properties as Record<string, unknown> }),
        })),
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      return { transactionIds: events.map((event) => event.transactionId) };
    },
  }),
);
