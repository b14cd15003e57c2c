import { randomUUID } from 'node:crypto';
import type {
  BillableMetricArchiveParams,
  BillableMetricCreateParams,
  BillableMetricListParams,
} from '@metronome/sdk/resources/v1/billable-metrics';
import type {
  CustomerListBillableMetricsParams,
  CustomerListBillableMetricsResponse,
} from '@metronome/sdk/resources/v1/customers/customers';
import { billableMetricIdsInUse } from '../billing/metrics-in-use.js';
import { BadRequestError } from '../http/api-error.js';
import { defineRoute, type Domain } from '../http/route.js';
import {
  BILLABLE_METRIC_KIND,
  billableMetricCollection,
  billableMetricWire,
  requireBillableMetric,
  type StoredBillableMetric,
} from '../store/billable-metrics.js';
import { setCustomFields } from '../store/custom-fields.js';
import { requireCustomer } from '../store/customers.js';

const STREAMING_FIELDS = ['aggregation_type', 'aggregation_key', 'event_type_filter', 'property_filters', 'group_keys'] as const;

function requireNonEmpty(values: readonly unknown[] | undefined, field: string): void {
  if (values !== undefined && values.length === 0) throw new BadRequestError(`${field} must be non-empty if present`);
}

/**
 * Checks a create request beyond its schema and returns the metric to store. SQL metrics need a SQL engine over
 * the event stream that the Local Metronome does not have, so they are refused rather than stored unevaluated.
 */
function metricFromCreateRequest(body: BillableMetricCreateParams, id: string): StoredBillableMetric {
  if (body.name.trim() === '') throw new BadRequestError('name must not be empty');
  if (body.sql !== undefined) {
    const alongside = STREAMING_FIELDS.filter((field) => body[field] !== undefined);
    if (alongside.length > 0) throw new BadRequestError(`sql is mutually exclusive with ${alongside.join(', ')}`);
    throw new BadRequestError(
      'sql billable metrics are not supported by the Local Metronome; define the metric with aggregation_type, aggregation_key, event_type_filter and property_filters',
    );
  }
  const aggregationType = body.aggregation_type;
  if (aggregationType === undefined) throw new BadRequestError('aggregation_type is required when sql is not provided');
  requireNonEmpty(body.event_type_filter?.in_values, 'event_type_filter.in_values');
  requireNonEmpty(body.event_type_filter?.not_in_values, 'event_type_filter.not_in_values');
  body.property_filters?.forEach((filter, i) => {
    requireNonEmpty(filter.in_values, `property_filters[${i}].in_values`);
    requireNonEmpty(filter.not_in_values, `property_filters[${i}].not_in_values`);
  });
  if (aggregationType !== 'COUNT') {
    if (body.aggregation_key === undefined)
      throw new BadRequestError(`aggregation_key is required for ${aggregationType} billable metrics`);
    const filterNames = (body.property_filters ?? []).map((filter) => filter.name);
    if (!filterNames.includes(body.aggregation_key))
      throw new BadRequestError(
        `aggregation_key must be one of the property filter names (${filterNames.join(', ') || 'none given'}): ${body.aggregation_key}`,
      );
  }
  body.group_keys?.forEach((keys, i) => requireNonEmpty(keys, `group_keys[${i}]`));

  const metric: StoredBillableMetric = { id, name: body.name, aggregation_type: aggregationType };
  if (body.aggregation_key !== undefined) metric.aggregation_key = body.aggregation_key;
  if (body.event_type_filter !== undefined) metric.event_type_filter = body.event_type_filter;
  if (body.property_filters !== undefined) metric.property_filters = body.property_filters;
  if (body.group_keys !== undefined) metric.group_keys = body.group_keys;
  return metric;
}

/** The metric with the deprecated fields `/v1/customers/{customer_id}/billable-metrics` still serves. */
function withDeprecatedFields(
  wire: ReturnType<typeof billableMetricWire>,
): CustomerListBillableMetricsResponse {
  const groupBy = [...new Set((wire.group_keys ?? []).flat())];
  return {
    ...wire,
    aggregate: wire.aggregation_type?.toLowerCase(),
    ...(wire.aggregation_key !== undefined ? { aggregate_keys: [wire.aggregation_key] } : {}),
    ...(groupBy.length > 0 ? { group_by: groupBy } : {}),
  };
}

export const billableMetrics: Domain = {
  name: 'billable-metrics',
  routes: [
    defineRoute<BillableMetricCreateParams>({
      operation: 'POST /v1/billable-metrics/create',
      kind: 'write',
      audit: { resourceType: 'billable_metric', action: 'create' },
      handle({ body, db }) {
        const metric = metricFromCreateRequest(body, randomUUID());
        billableMetricCollection(db).insert(metric);
        setCustomFields(db, BILLABLE_METRIC_KIND, metric.id, body.custom_fields);
        return { data: { id: metric.id } };
      },
    }),

    defineRoute<unknown, BillableMetricListParams>({
      operation: 'GET /v1/billable-metrics',
      kind: 'read',
      handle({ query, db }) {
        const page = billableMetricCollection(db).page({
          limit: query.limit,
          nextPage: query.next_page,
          where: (metric) => query.include_archived === true || metric.archived_at === undefined,
        });
        return { data: page.data.map((metric) => billableMetricWire(db, metric)), next_page: page.next_page };
      },
    }),

    defineRoute<unknown, unknown, { billable_metric_id: string }>({
      operation: 'GET /v1/billable-metrics/{billable_metric_id}',
      kind: 'read',
      handle({ params, db }) {
        return { data: billableMetricWire(db, requireBillableMetric(db, params.billable_metric_id)) };
      },
    }),

    defineRoute<BillableMetricArchiveParams>({
      operation: 'POST /v1/billable-metrics/archive',
      kind: 'write',
      audit: { resourceType: 'billable_metric', action: 'archive' },
      handle({ body, db, now }) {
        const metric = requireBillableMetric(db, body.id);
        if (metric.archived_at !== undefined)
          throw new BadRequestError(`Billable metric ${metric.id} is already archived`);
        billableMetricCollection(db).update({ ...metric, archived_at: now.toISOString() });
        return { data: { id: metric.id } };
      },
    }),

    defineRoute<unknown, Omit<CustomerListBillableMetricsParams, 'customer_id'>, { customer_id: string }>({
      operation: 'GET /v1/customers/{customer_id}/billable-metrics',
      kind: 'read',
      handle({ params, query, db, now }) {
        requireCustomer(db, params.customer_id);
        const inUse = query.on_current_plan === true ? billableMetricIdsInUse(db, params.customer_id, now) : undefined;
        const page = billableMetricCollection(db).page({
          limit: query.limit,
          nextPage: query.next_page,
          where: (metric) =>
            (query.include_archived === true || metric.archived_at === undefined) && (inUse?.has(metric.id) ?? true),
        });
        return {
          data: page.data.map((metric) => withDeprecatedFields(billableMetricWire(db, metric))),
          next_page: page.next_page,
        };
      },
    }),
  ],
};
