import type { Statement } from 'better-sqlite3';
import { BadRequestError } from '../http/api-error.js';
import { requireBillableMetric, type StoredBillableMetric } from '../store/billable-metrics.js';
import type { Db } from '../store/database.js';
import { customerReferences } from '../store/usage-events.js';
import { Decimal } from './money.js';
import { metricFilterSql, propertyTextSql } from './metric-filters.js';

/** How usage is cut in time: hourly or daily windows, or one window for the whole range. */
export type WindowSize = 'HOUR' | 'DAY' | 'NONE';

export const WINDOW_LENGTH_MS: Record<Exclude<WindowSize, 'NONE'>, number> = { HOUR: 3_600_000, DAY: 86_400_000 };

export interface UsageAggregationQuery {
  /** A Metronome customer id; events sent with this id or any of the customer's ingest aliases count. */
  customerId: string;
  /** The billable metric, or its id (a 404 when no such metric exists). */
  metric: StoredBillableMetric | string;
  /** Inclusive start of the range. */
  startingOn: Date;
  /** Exclusive end of the range; must be after `startingOn`. */
  endingBefore: Date;
  /**
   * `HOUR` / `DAY`: consecutive windows of that length from `startingOn`, the last one cut at `endingBefore`.
   * `NONE`: one window for the whole range.
   * @default 'NONE'
   */
  windowSize?: WindowSize;
  /**
   * Property names to break usage down by. Each window then lists one group per combination of values that
   * occurs among its events (an absent property's value is `null`).
   */
  groupKeys?: readonly string[];
  /** Only events whose value for the group key is one of the listed values count (keys need not be grouped by). */
  groupFilters?: Readonly<Record<string, readonly string[]>>;
}

/**
 * One aggregated quantity. `value` is `null` for `MAX` and `LATEST` when no matched event carried a numeric
 * value for the aggregation key; `COUNT` and `UNIQUE` of nothing are `0`, and so is `SUM` of nothing.
 */
export interface UsageQuantity {
  value: number | null;
  /** The same quantity as exact decimal text (`"0.3"`), for money arithmetic that must not drift. */
  quantity: string | null;
}

export interface UsageGroupAggregate extends UsageQuantity {
  /** The group's value for each group key; `null` where the events lack the property. */
  group: Record<string, string | null>;
}

export interface UsageWindowAggregate extends UsageQuantity {
  startingOn: Date;
  endingBefore: Date;
  /** With `groupKeys`: the groups that have matching events in this window, ordered by their values (nulls last). */
  groups?: UsageGroupAggregate[];
}

/** The windows `[startingOn, endingBefore)` is cut into. */
export function usageWindows(startingOn: Date, endingBefore: Date, windowSize: WindowSize = 'NONE'): { startingOn: Date; endingBefore: Date }[] {
  const start = startingOn.getTime();
  const end = endingBefore.getTime();
  if (windowSize === 'NONE') return [{ startingOn: new Date(start), endingBefore: new Date(end) }];
  const length = WINDOW_LENGTH_MS[windowSize];
  const windows: { startingOn: Date; endingBefore: Date }[] = [];
  for (let at = start; at < end; at += length)
    windows.push({ startingOn: new Date(at), endingBefore: new Date(Math.min(at + length, end)) });
  return windows;
}

/** Whether an instant starts a UTC hour (`HOUR`) or a UTC day (`DAY`); every instant fits `NONE`. */
export function isWindowAligned(instant: Date, windowSize: WindowSize): boolean {
  return windowSize === 'NONE' || instant.getTime() % WINDOW_LENGTH_MS[windowSize] === 0;
}

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?$/;

/**
 * A property value read as an exact decimal: JSON numbers reach here as their JSON text and numeric strings as
 * themselves (`"12.50"`, `"1e-3"`); anything else (absent, non-numeric, padded with spaces) is not a number.
 */
function usageDecimal(text: string | null): Decimal | undefined {
  return text !== null && NUMERIC_TEXT.test(text) ? Decimal.from(text) : undefined;
}

/** Running state of one aggregate; only what the metric's aggregation needs is kept up to date. */
interface Accumulator {
  count: number;
  sum: Decimal;
  max: Decimal | undefined;
  latest: Decimal | undefined;
  unique: Set<string>;
  group: (string | null)[];
}

function newAccumulator(group: (string | null)[]): Accumulator {
  return { count: 0, sum: Decimal.ZERO, max: undefined, latest: undefined, unique: new Set(), group };
}

function accumulate(metric: StoredBillableMetric, acc: Accumulator, valueText: string | null): void {
  acc.count += 1;
  switch (metric.aggregation_type) {
    case 'UNIQUE':
      if (valueText !== null) acc.unique.add(valueText);
      return;
    case 'SUM': {
      const value = usageDecimal(valueText);
      if (value) acc.sum = acc.sum.plus(value);
      return;
    }
    case 'MAX': {
      const value = usageDecimal(valueText);
      if (value && (acc.max === undefined || value.gt(acc.max))) acc.max = value;
      return;
    }
    case 'LATEST': {
      // Rows arrive in timestamp order (ties in ingest order), so the last numeric value seen is the latest.
      const value = usageDecimal(valueText);
      if (value) acc.latest = value;
      return;
    }
    case 'COUNT':
      return;
  }
}

function result(metric: StoredBillableMetric, acc: Accumulator | undefined): UsageQuantity {
  let exact: Decimal | undefined;
  switch (metric.aggregation_type) {
    case 'COUNT':
      exact = Decimal.from(acc?.count ?? 0);
      break;
    case 'UNIQUE':
      exact = Decimal.from(acc?.unique.size ?? 0);
      break;
    case 'SUM':
      exact = acc?.sum ?? Decimal.ZERO;
      break;
    case 'MAX':
      exact = acc?.max;
      break;
    case 'LATEST':
      exact = acc?.latest;
      break;
  }
  return exact === undefined
    ? { value: null, quantity: null }
    : { value: exact.toNumber(), quantity: exact.toString() };
}

function compareGroups(a: (string | null)[], b: (string | null)[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

const statementCache = new WeakMap<Db, Map<string, Statement>>();

function prepared(db: Db, sql: string): Statement {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= 256) cache.clear();
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/**
 * Aggregates a customer's usage of one billable metric over a time range, window by window.
 *
 * Events count when they were sent with the customer's id or one of its ingest aliases (as they are now), their
 * timestamp lies in the range, and they pass the metric's event type and property filters (see
 * `metric-filters.ts`). Aggregations over `aggregation_key`: `COUNT` counts events; `SUM`, `MAX` and `LATEST`
 * (the value of the event with the latest timestamp) read the property as an exact decimal — a JSON number or a
 * numeric string — and skip events where it is absent or not numeric; `UNIQUE` counts distinct values.
 *
 * Every window of the range is returned, in order, including windows without usage.
 */
export function aggregateUsage(db: Db, query: UsageAggregationQuery): UsageWindowAggregate[] {
  const metric = typeof query.metric === 'string' ? requireBillableMetric(db, query.metric) : query.metric;
  const start = query.startingOn.getTime();
  const end = query.endingBefore.getTime();
  if (!(end > start)) throw new BadRequestError('ending_before must be after starting_on');
  const windowSize = query.windowSize ?? 'NONE';
  const windows = usageWindows(query.startingOn, query.endingBefore, windowSize);
  const windowLength = windowSize === 'NONE' ? end - start : WINDOW_LENGTH_MS[windowSize];
  const groupKeys = query.groupKeys ?? [];

  const references = customerReferences(db, query.customerId);
  const filter = metricFilterSql(metric);
  const clauses = [
    `customer_ref IN (${references.map(() => '?').join(', ')})`,
    'ts_ms >= ?',
    'ts_ms < ?',
    filter.sql,
  ];
  const params: unknown[] = [...references, start, end, ...filter.params];
  for (const [key, values] of Object.entries(query.groupFilters ?? {})) {
    if (values.length === 0) continue;
    clauses.push(`${propertyTextSql(key)} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  const needsValue = metric.aggregation_type !== 'COUNT' && metric.aggregation_key !== undefined;
  const columns = [
    'ts_ms',
    needsValue ? propertyTextSql(metric.aggregation_key!) : 'NULL',
    ...groupKeys.map((key) => propertyTextSql(key)),
  ];
  const sql = `SELECT ${columns.join(', ')} FROM usage_events WHERE ${clauses.join(' AND ')} ORDER BY ts_ms, seq`;

  const totals = new Map<number, Accumulator>();
  const groups = new Map<number, Map<string, Accumulator>>();
  for (const row of prepared(db, sql).raw(true).iterate(...params) as IterableIterator<unknown[]>) {
    const index = Math.min(Math.floor(((row[0] as number) - start) / windowLength), windows.length - 1);
    const valueText = (row[1] as string | null) ?? null;
    let total = totals.get(index);
    if (!total) totals.set(index, (total = newAccumulator([])));
    accumulate(metric, total, valueText);
    if (groupKeys.length === 0) continue;
    const groupValues = row.slice(2).map((v) => (v === null || v === undefined ? null : String(v)));
    const groupId = JSON.stringify(groupValues);
    let windowGroups = groups.get(index);
    if (!windowGroups) groups.set(index, (windowGroups = new Map()));
    let acc = windowGroups.get(groupId);
    if (!acc) windowGroups.set(groupId, (acc = newAccumulator(groupValues)));
    accumulate(metric, acc, valueText);
  }

  return windows.map((window, index) => {
    const aggregate: UsageWindowAggregate = { ...window, ...result(metric, totals.get(index)) };
    if (groupKeys.length > 0)
      aggregate.groups = [...(groups.get(index)?.values() ?? [])]
        .sort((a, b) => compareGroups(a.group, b.group))
        .map((acc) => ({
          group: Object.fromEntries(groupKeys.map((key, i) => [key, acc.group[i] ?? null])),
          ...result(metric, acc),
        }));
    return aggregate;
  });
}
