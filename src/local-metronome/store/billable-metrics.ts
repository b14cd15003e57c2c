import type { BillableMetricRetrieveResponse } from '@metronome/sdk/resources/v1/billable-metrics';
import { NotFoundError } from '../http/api-error.js';
import { customFieldsOf } from './custom-fields.js';
import type { Db } from './database.js';
import { Collection } from './documents.js';

/** The aggregation a streaming billable metric applies to the events it matches, spelled as the API spells it. */
export type AggregationType = NonNullable<BillableMetricRetrieveResponse.Data['aggregation_type']>;

/**
 * A billable metric as stored under document kind `billable_metric`: the API's `BillableMetricV1` wire shape
 * without `custom_fields` (those live in the custom field store, entity `billable_metric`). Every stored metric
 * is a streaming metric, so `aggregation_type` is always present; `archived_at` only once archived.
 */
export type StoredBillableMetric = Omit<BillableMetricRetrieveResponse.Data, 'custom_fields' | 'aggregation_type' | 'sql'> & {
  aggregation_type: AggregationType;
};

export type BillableMetricWire = BillableMetricRetrieveResponse.Data;

export const BILLABLE_METRIC_KIND = 'billable_metric';

export function billableMetricCollection(db: Db): Collection<StoredBillableMetric> {
  return new Collection<StoredBillableMetric>(db, BILLABLE_METRIC_KIND, 'billable metric');
}

/** The stored metric, or a 404 naming it. */
export function requireBillableMetric(db: Db, id: string): StoredBillableMetric {
  const metric = billableMetricCollection(db).find(id);
  if (!metric) throw new NotFoundError(`Billable metric not found: ${id}`);
  return metric;
}

/** The metric as the API serves it, with its custom fields. */
export function billableMetricWire(db: Db, metric: StoredBillableMetric): BillableMetricWire {
  return { ...metric, custom_fields: customFieldsOf(db, BILLABLE_METRIC_KIND, metric.id) };
}

/** Whether two group keys name the same properties, in any order: how a compound group key of a metric is matched. */
export function sameKeySet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((key) => set.has(key));
}
