import type { BillableMetricRetrieveResponse } from '@metronome/sdk/resources/v1/billable-metrics';
import { loadEachById } from '../loaders/by-id.js';
import { builder } from './builder.js';
import { Customer } from './customer.js';
import { customFieldsField } from './custom-fields.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';

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
const BillableMetricConnection = connectionType('BillableMetric', BillableMetric, 'A page of billable metrics.');

builder.queryFields((t) => ({
  billableMetrics: t.field({
    type: BillableMetricConnection,
    description: 'List all billable metrics.',
    args: {
      ...pagingArgs(t.arg, MAX_PAGE),
      includeArchived: t.arg.boolean({ required: false, description: 'If true, the list of returned metrics will include archived metrics' }),
    },
    resolve: (_root, args, { api }) =>
      resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
        api.billableMetrics.list({ limit, next_page: nextPage, include_archived: args.includeArchived ?? undefined }),
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
    resolve: (customer, args, { api }) =>
      resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
        api.customers.listBillableMetrics({
          customer_id: customer.id,
          limit,
          next_page: nextPage,
          on_current_plan: args.onCurrentPlan ?? undefined,
          include_archived: args.includeArchived ?? undefined,
        }),
      ),
  }),
);
