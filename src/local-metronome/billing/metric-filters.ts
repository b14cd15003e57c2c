import type { StoredBillableMetric } from '../store/billable-metrics.js';

/**
 * Which events a streaming billable metric matches, in two equivalent forms: a SQL condition over the
 * `usage_events` table (so aggregation filters inside SQLite, using the customer/time index) and a JS predicate
 * (for events search, which reports the metrics one event matched).
 *
 * Semantics, as the API describes the filters:
 * - `event_type_filter.in_values`: the event type must be one of them; `not_in_values`: it must be none of them.
 * - property filter `exists: true`: the property must be present; `exists: false`: it must be absent; omitted:
 *   either. A property whose value is JSON `null` counts as absent.
 * - `in_values`: the property's value must be one of them (an absent property fails); `not_in_values`: it must
 *   not be one of them (an absent property passes).
 * Values compare as text: a string property as itself, any other JSON value as its JSON text (`5`, `1.5`,
 * `true`), so the filter value `"5"` matches both `"5"` and `5`.
 */

/** The text a property value compares as; `undefined` when absent or `null`. */
export function propertyText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function eventMatchesMetric(
  metric: Pick<StoredBillableMetric, 'event_type_filter' | 'property_filters'>,
  event: { event_type: string; properties: Record<string, unknown> },
): boolean {
  const eventTypes = metric.event_type_filter;
  if (eventTypes?.in_values && !eventTypes.in_values.includes(event.event_type)) return false;
  if (eventTypes?.not_in_values?.includes(event.event_type)) return false;
  for (const filter of metric.property_filters ?? []) {
    const text = propertyText(Object.hasOwn(event.properties, filter.name) ? event.properties[filter.name] : undefined);
    if (filter.exists === true && text === undefined) return false;
    if (filter.exists === false && text !== undefined) return false;
    if (filter.in_values && (text === undefined || !filter.in_values.includes(text))) return false;
    if (filter.not_in_values && text !== undefined && filter.not_in_values.includes(text)) return false;
  }
  return true;
}

/** A SQL fragment with its positional parameters. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** The JSON path of a top-level property, as a SQL string literal. Property names may hold any character. */
function pathLiteral(name: string): string {
  return `'${`$.${JSON.stringify(name)}`.replaceAll("'", "''")}'`;
}

/** SQL for the text a property compares as (see `propertyText`), NULL when absent or `null`. */
export function propertyTextSql(name: string, column = 'properties'): string {
  const path = pathLiteral(name);
  return `(CASE json_type(${column}, ${path}) WHEN 'text' THEN json_extract(${column}, ${path}) WHEN 'null' THEN NULL ELSE ${column} -> ${path} END)`;
}

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** The metric's filters as a SQL condition over `usage_events` (`TRUE` when it has none). */
export function metricFilterSql(metric: Pick<StoredBillableMetric, 'event_type_filter' | 'property_filters'>): SqlCondition {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const eventTypes = metric.event_type_filter;
  if (eventTypes?.in_values) {
    clauses.push(`event_type IN (${placeholders(eventTypes.in_values)})`);
    params.push(...eventTypes.in_values);
  }
  if (eventTypes?.not_in_values) {
    clauses.push(`event_type NOT IN (${placeholders(eventTypes.not_in_values)})`);
    params.push(...eventTypes.not_in_values);
  }
  for (const filter of metric.property_filters ?? []) {
    const text = propertyTextSql(filter.name);
    if (filter.exists === true) clauses.push(`${text} IS NOT NULL`);
    if (filter.exists === false) clauses.push(`${text} IS NULL`);
    if (filter.in_values) {
      clauses.push(`${text} IN (${placeholders(filter.in_values)})`);
      params.push(...filter.in_values);
    }
    if (filter.not_in_values) {
      clauses.push(`(${text} IS NULL OR ${text} NOT IN (${placeholders(filter.not_in_values)}))`);
      params.push(...filter.not_in_values);
    }
  }
  return { sql: clauses.length ? clauses.join(' AND ') : 'TRUE', params };
}
