import type { BillableMetricRetrieveResponse } from '@metronome/sdk/resources/v1/billable-metrics';
import { loadEachById } from '../loaders/by-id.js';
import { builder } from './builder.js';
import { Customer } from './customer.js';
import { customFieldsField } from './custom-fields.js';
import type { GatewayContext } from './context.js';
import { idempotencyKeyArg } from './mutation.js';
import { connectionType, pagingArgs, resolveCursorConnection, type ConnectionShape } from './pagination.js';
import { primeWithPage } from './prime.js';

export type BillableMetricShape = BillableMetricRetrieveResponse['data'];

/** Resolvers return a billable metric, or its id to have it loaded (`GET /v1/billable-metrics/{id}`, once per id). */
export const BillableMetric = builder.loadableNodeRef('BillableMetric', {
  load: (ids: string[], { api }) => loadEachById(ids, (id) => api.billableMetrics.retrieve({ billable_metric_id: id })),
  id: { resolve: (metric: BillableMetricShape) => metric.id },
});

export const AggregationType = builder.enumType('AggregationType', {
  description: 'Specifies the type of aggregation performed on matching events.',
  values: ['COUNT', 'LATEST', 'MAX', 'SUM', 'UNIQUE'] as const,
});

BillableMetric.implement({
  description:
    'A billable metric: which usage events count (event type and property filters) and how they are aggregated into a quantity that products price.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'ID of the billable metric' }),
    name: t.exposeString('name', { description: 'The display name of the billable metric.' }),
    aggregationType: t.field({
      type: AggregationType,
      nullable: true,
      description: 'Specifies the type of aggregation performed on matching events.',
      resolve: (metric) => metric.aggregation_type ?? null,
    }),
    aggregationKey: t.string({
      nullable: true,
      description:
        "A key that specifies which property of the event is used to aggregate data. This key must be one of the property filter names and is not applicable when the aggregation type is 'count'.",
      resolve: (metric) => metric.aggregation_key ?? null,
    }),
    eventTypeFilter: t.field({
      type: 'JSON',
      nullable: true,
      description:
        "An optional filtering rule to match the 'event_type' property of an event: `in_values` (event types included) and `not_in_values` (event types excluded).",
      resolve: (metric) => metric.event_type_filter ?? null,
    }),
    propertyFilters: t.field({
      type: 'JSON',
      description:
        'A list of filters to match events to this billable metric. Each filter defines a rule on an event property (`name`, `exists`, `in_values`, `not_in_values`). All rules must pass for the event to match the billable metric.',
      resolve: (metric) => metric.property_filters ?? [],
    }),
    groupKeys: t.field({
      type: 'JSON',
      description:
        'Property names that are used to group usage costs on an invoice. Each entry represents a set of properties used to slice events into distinct buckets (a list of lists of property names).',
      resolve: (metric) => metric.group_keys ?? [],
    }),
    sql: t.string({
      nullable: true,
      description: 'The SQL query associated with the billable metric',
      resolve: (metric) => metric.sql ?? null,
    }),
    archivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'RFC 3339 timestamp indicating when the billable metric was archived. If not provided, the billable metric is not archived.',
      resolve: (metric) => metric.archived_at ?? null,
    }),
    customFields: customFieldsField(t),
  }),
});

const MAX_PAGE = 100;

/** Links to the listed metrics (a product's, a usage window's) then need no `GET /v1/billable-metrics/{id}`. */
function primed(context: GatewayContext, connection: ConnectionShape<BillableMetricShape>): ConnectionShape<BillableMetricShape> {
  return primeWithPage(BillableMetric.getDataloader(context), connection, (node) => node.id);
}

const BillableMetricConnection = connectionType('BillableMetric', BillableMetric, 'A page of billable metrics.');

builder.queryFields((t) => ({
  billableMetrics: t.field({
    type: BillableMetricConnection,
    description: 'List all billable metrics.',
    args: {
      ...pagingArgs(t.arg, MAX_PAGE),
      includeArchived: t.arg.boolean({ required: false, description: 'If true, the list of returned metrics will include archived metrics' }),
    },
    resolve: async (_root, args, context) =>
      primed(
        context,
        await resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
          context.api.billableMetrics.list({ limit, next_page: nextPage, include_archived: args.includeArchived ?? undefined }),
        ),
      ),
  }),
  billableMetric: t.field({
    type: BillableMetric,
    nullable: true,
    description: 'A billable metric by its ID; null (with a NOT_FOUND error) when there is none.',
    args: { metronomeId: t.arg.string({ required: true, description: 'ID of the billable metric' }) },
    resolve: (_root, args) => args.metronomeId,
  }),
}));

builder.objectField(Customer, 'billableMetrics', (t) =>
  t.field({
    type: BillableMetricConnection,
    description: 'Get all billable metrics for a given customer.',
    args: {
      ...pagingArgs(t.arg, MAX_PAGE),
      onCurrentPlan: t.arg.boolean({
        required: false,
        description: "If true, the list of metrics will be filtered to just ones that are on the customer's current plan",
      }),
      includeArchived: t.arg.boolean({ required: false, description: 'If true, the list of returned metrics will include archived metrics' }),
    },
    resolve: async (customer, args, context) =>
      primed(
        context,
        await resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
          context.api.customers.listBillableMetrics({
            customer_id: customer.id,
            limit,
            next_page: nextPage,
            on_current_plan: args.onCurrentPlan ?? undefined,
            include_archived: args.includeArchived ?? undefined,
          }),
        ),
      ),
  }),
);

const EventTypeFilterInput = builder.inputType('EventTypeFilterInput', {
  description: "An optional filtering rule to match the 'event_type' property of an event.",
  fields: (t) => ({
    inValues: t.stringList({
      required: false,
      description:
        'A list of event types that are explicitly included in the billable metric. If specified, only events of these types will match the billable metric. Must be non-empty if present.',
    }),
    notInValues: t.stringList({
      required: false,
      description:
        'A list of event types that are explicitly excluded from the billable metric. If specified, events of these types will not match the billable metric. Must be non-empty if present.',
    }),
  }),
});

const PropertyFilterInput = builder.inputType('PropertyFilterInput', {
  description: 'A rule on one event property; an event matches the billable metric only if it passes every rule.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The name of the event property.' }),
    exists: t.boolean({
      required: false,
      description:
        'Determines whether the property must exist in the event. If true, only events with this property will pass the filter. If false, only events without this property will pass the filter. If null or omitted, the existence of the property is optional.',
    }),
    inValues: t.stringList({
      required: false,
      description:
        'Specifies the allowed values for the property to match an event. An event will pass the filter only if its property value is included in this list. If undefined, all property values will pass the filter. Must be non-empty if present.',
    }),
    notInValues: t.stringList({
      required: false,
      description:
        'Specifies the values that prevent an event from matching the filter. An event will not pass the filter if its property value is included in this list. If null or empty, all property values will pass the filter. Must be non-empty if present.',
    }),
  }),
});

const CreateBillableMetricInput = builder.inputType('CreateBillableMetricInput', {
  description:
    'A new billable metric (`POST /v1/billable-metrics/create`): which events count and how they aggregate, or a SQL query instead.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The display name of the billable metric.' }),
    aggregationType: t.field({
      type: AggregationType,
      required: false,
      description: 'Specifies the type of aggregation performed on matching events.',
    }),
    aggregationKey: t.string({
      required: false,
      description:
        "A key that specifies which property of the event is used to aggregate data. This key must be one of the property filter names and is not applicable when the aggregation type is 'count'.",
    }),
    eventTypeFilter: t.field({
      type: EventTypeFilterInput,
      required: false,
      description: "An optional filtering rule to match the 'event_type' property of an event.",
    }),
    propertyFilters: t.field({
      type: [PropertyFilterInput],
      required: false,
      description:
        'A list of filters to match events to this billable metric. Each filter defines a rule on an event property. All rules must pass for the event to match the billable metric.',
    }),
    groupKeys: t.field({
      type: t.listRef(t.listRef('String')),
      required: false,
      description:
        'Property names that are used to group usage costs on an invoice. Each entry represents a set of properties used to slice events into distinct buckets.',
    }),
    sql: t.string({
      required: false,
      description:
        'The SQL query associated with the billable metric. This field is mutually exclusive with aggregation_type, event_type_filter, property_filters, aggregation_key, and group_keys. If provided, these other fields must be omitted.',
    }),
    customFields: t.field({ type: 'JSON', required: false, description: 'Custom fields to attach to the billable metric.' }),
  }),
});

builder.mutationFields((t) => ({
  createBillableMetric: t.field({
    type: BillableMetric,
    description:
      'Create a billable metric (`POST /v1/billable-metrics/create`): a query that filters and aggregates events from your event stream into the quantity products price.',
    args: {
      input: t.arg({ type: CreateBillableMetricInput, required: true, description: 'The billable metric to create.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, { api }) => {
      const { data } = await api.billableMetrics.create(
        {
          name: input.name,
          aggregation_type: input.aggregationType ?? undefined,
          aggregation_key: input.aggregationKey ?? undefined,
          event_type_filter: input.eventTypeFilter
            ? {
                in_values: input.eventTypeFilter.inValues ?? undefined,
                not_in_values: input.eventTypeFilter.notInValues ?? undefined,
              }
            : undefined,
          property_filters: input.propertyFilters?.map((filter) => ({
            name: filter.name,
            exists: filter.exists ?? undefined,
            in_values: filter.inValues ?? undefined,
            not_in_values: filter.notInValues ?? undefined,
          })),
          group_keys: input.groupKeys?.map((keys) => [...keys]),
          sql: input.sql ?? undefined,
          custom_fields: (input.customFields as Record<string, string> | null) ?? undefined,
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      return data.id;
    },
  }),
  archiveBillableMetric: t.field({
    type: BillableMetric,
    description:
      'Archive a billable metric (`POST /v1/billable-metrics/archive`): it can no longer be used by new products; products already using it keep metering with it. Archived metrics stay readable, with `archivedAt` set.',
    args: {
      billableMetricId: t.arg.string({ required: true, description: 'The ID of the billable metric to archive.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { billableMetricId, idempotencyKey }, context) => {
      const { data } = await context.api.billableMetrics.archive(
        { id: billableMetricId },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      BillableMetric.getDataloader(context).clear(data.id);
      return data.id;
    },
  }),
}));
