import type {
  UsageIngestParams,
  UsageListResponse,
  UsageListWithGroupsResponse,
  UsageSearchParams,
  UsageSearchResponse,
} from '@metronome/sdk/resources/v1/usage';
import { currentUsagePeriod } from '../billing/current-usage-period.js';
import { eventMatchesMetric } from '../billing/metric-filters.js';
import {
  aggregateUsage,
  isWindowAligned,
  usageWindows,
  type UsageWindowAggregate,
  type WindowSize,
} from '../billing/usage-aggregation.js';
import { BadRequestError } from '../http/api-error.js';
import { defineRoute, type Domain } from '../http/route.js';
import {
  billableMetricCollection,
  billableMetricWire,
  requireBillableMetric,
  sameKeySet,
  type BillableMetricWire,
  type StoredBillableMetric,
} from '../store/billable-metrics.js';
import { customerStore, requireCustomer, resolveCustomerId } from '../store/customers.js';
import { DEFAULT_PAGE_LIMIT, decodeCursor, encodeCursor } from '../store/paging.js';
import { pageByOffset } from '../store/list-paging.js';
import {
  findUsageEventsByTransactionIds,
  recordUsageEvents,
  usageEventSchema,
  type NewUsageEvent,
} from '../store/usage-events.js';

/** Events search only finds events that occurred within this long before now. */
const EVENT_SEARCH_LOOKBACK_MS = 34 * 86_400_000;

/** `/v1/usage` with `group_by` and no values lists at most this many group values. */
const MAX_GROUP_VALUES = 200;

const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an RFC 3339 timestamp, or `undefined` when it is not one (e.g. Feb 30). */
function parseRfc3339(text: string): number | undefined {
  const match = RFC_3339.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth || hour! > 23 || minute! > 59 || second! > 60)
    return undefined;
  const ms = Date.parse(text.toUpperCase());
  return Number.isNaN(ms) ? undefined : ms;
}

/** The contract spells window sizes in capitals; the API also takes them in any case. */
function windowSizeOf(value: string): WindowSize {
  return value.toUpperCase() as WindowSize;
}

/** The range of a usage query, checked: `ending_before` after `starting_on`, both on the window grid. */
function usageRange(startingOn: string, endingBefore: string, windowSize: WindowSize): { start: Date; end: Date } {
  const start = new Date(startingOn);
  const end = new Date(endingBefore);
  if (end.getTime() <= start.getTime()) throw new BadRequestError('ending_before must be after starting_on');
  for (const [field, instant] of [
    ['starting_on', start],
    ['ending_before', end],
  ] as const) {
    if (isWindowAligned(instant, windowSize)) continue;
    throw new BadRequestError(
      windowSize === 'DAY'
        ? `${field} must be at 0:00 UTC (midnight) when window_size is DAY`
        : `${field} must be on an hour boundary (e.g. 1:00, not 1:30) when window_size is HOUR`,
    );
  }
  return { start, end };
}

function groupKeysOf(metric: StoredBillableMetric): string[] {
  return [...new Set((metric.group_keys ?? []).flat())];
}

/** `group_by.key` of the usage endpoints must be one of the keys the metric groups by. */
function requireGroupByKey(metric: StoredBillableMetric, key: string): void {
  const keys = groupKeysOf(metric);
  if (!keys.includes(key))
    throw new BadRequestError(
      `group_by.key must be one of the group keys of billable metric ${metric.id} (${keys.join(', ') || 'it has none'}): ${key}`,
    );
}

interface UsageBatchBody {
  window_size: string;
  starting_on: string;
  ending_before: string;
  customer_ids?: string[];
  billable_metrics?: { id: string; group_by?: { key: string; values?: string[] } }[];
}

interface PagedUsageBody {
  customer_id: string;
  billable_metric_id: string;
  window_size: string;
  starting_on?: string;
  ending_before?: string;
  group_by?: { key: string; values?: string[] };
  group_key?: string[];
  group_filters?: Record<string, string[]>;
  current_period?: boolean;
}

interface MetricRequest {
  metric: StoredBillableMetric;
  groupBy?: { key: string; values?: string[] };
}

function batchRows(
  customerId: string,
  request: MetricRequest,
  windows: UsageWindowAggregate[],
): UsageListResponse[] {
  const { metric, groupBy } = request;
  let groupValues: string[] = [];
  if (groupBy)
    groupValues =
      groupBy.values ??
      [...new Set(windows.flatMap((w) => (w.groups ?? []).map((g) => g.group[groupBy.key]).filter((v) => v != null)))]
        .map(String)
        .sort()
        .slice(0, MAX_GROUP_VALUES);
  return windows.map((window) => {
    const row: UsageListResponse = {
      customer_id: customerId,
      billable_metric_id: metric.id,
      billable_metric_name: metric.name,
      start_timestamp: window.startingOn.toISOString(),
      end_timestamp: window.endingBefore.toISOString(),
      value: window.value,
    };
    if (groupBy)
      row.groups = Object.fromEntries(
        groupValues.map((value) => [
          value,
          window.groups?.find((g) => g.group[groupBy.key] === value)?.value ?? null,
        ]),
      );
    return row;
  });
}

export const usage: Domain = {
  name: 'usage',
  schemas: [usageEventSchema],
  routes: [
    // Ingest is not in the audit log: the real API records configuration changes there, not usage.
    defineRoute<UsageIngestParams.Usage[]>({
      operation: 'POST /v1/ingest',
      kind: 'write',
      handle({ body, db, now, emit }) {
        const events: NewUsageEvent[] = body.map((event, i) => {
          const timestampMs = parseRfc3339(event.timestamp);
          if (timestampMs === undefined)
            throw new BadRequestError(`[${i}].timestamp must be an RFC 3339 timestamp: ${event.timestamp}`);
          return {
            transaction_id: event.transaction_id,
            customer_id: event.customer_id,
            event_type: event.event_type,
            timestampMs,
            properties: event.properties ?? {},
          };
        });
        const { stored } = recordUsageEvents(db, events, now);
        const customerIds = new Set<string>();
        for (const reference of new Set(stored.map((event) => event.customer_id))) {
          const customerId = resolveCustomerId(db, reference);
          if (customerId) customerIds.add(customerId);
        }
        if (customerIds.size > 0) emit('usage.ingested', { customerIds: [...customerIds] });
        return undefined;
      },
    }),

    defineRoute<UsageBatchBody, { next_page?: string }>({
      operation: 'POST /v1/usage',
      kind: 'read',
      handle({ body, query, db }) {
        const windowSize = windowSizeOf(body.window_size);
        const { start, end } = usageRange(body.starting_on, body.ending_before, windowSize);
        const customerIds = body.customer_ids
          ? [...new Set(body.customer_ids)].map((id) => requireCustomer(db, id).id)
          : customerStore(db)
              .all()
              .filter((customer) => !customer.archived_at)
              .map((customer) => customer.id);
        const metrics: MetricRequest[] = body.billable_metrics
          ? body.billable_metrics.map(({ id, group_by }) => {
              const metric = requireBillableMetric(db, id);
              if (group_by) requireGroupByKey(metric, group_by.key);
              return group_by ? { metric, groupBy: group_by } : { metric };
            })
          : billableMetricCollection(db)
              .all()
              .filter((metric) => metric.archived_at === undefined)
              .map((metric) => ({ metric }));

        // Rows run customer by customer, metric by metric, window by window; the cursor is the next row's place.
        const windowCount = usageWindows(start, end, windowSize).length;
        const pairCount = customerIds.length * metrics.length;
        const cursor = decodeCursor<{ pair: number; window: number }>(query.next_page) ?? { pair: 0, window: 0 };
        const data: UsageListResponse[] = [];
        let pair = cursor.pair;
        let window = cursor.window;
        while (pair < pairCount && data.length < DEFAULT_PAGE_LIMIT) {
          const customerId = customerIds[Math.floor(pair / metrics.length)]!;
          const request = metrics[pair % metrics.length]!;
          const groupKeys = request.groupBy ? [request.groupBy.key] : undefined;
          const windows = aggregateUsage(db, {
            customerId,
            metric: request.metric,
            startingOn: start,
            endingBefore: end,
            windowSize,
            groupKeys,
          });
          const rows = batchRows(customerId, request, windows).slice(window, window + DEFAULT_PAGE_LIMIT - data.length);
          data.push(...rows);
          window += rows.length;
          if (window >= windowCount) {
            pair += 1;
            window = 0;
          }
        }
        return { data, next_page: pair < pairCount ? encodeCursor({ pair, window }) : null };
      },
    }),

    defineRoute<PagedUsageBody, { limit?: number; next_page?: string }>({
      operation: 'POST /v1/usage/groups',
      kind: 'read',
      handle({ body, query, db, now }) {
        requireCustomer(db, body.customer_id);
        const metric = requireBillableMetric(db, body.billable_metric_id);
        const windowSize = windowSizeOf(body.window_size);
        if (body.group_by && body.group_key) throw new BadRequestError('group_by cannot be used together with group_key');

        let groupKeys: string[] = [];
        let groupFilters: Record<string, string[]> = {};
        if (body.group_key) {
          if (!(metric.group_keys ?? []).some((keys) => sameKeySet(keys, body.group_key!)))
            throw new BadRequestError(
              `group_key must match a group key of billable metric ${metric.id} exactly (${(metric.group_keys ?? []).map((keys) => `[${keys.join(', ')}]`).join(', ') || 'it has none'}): [${body.group_key.join(', ')}]`,
            );
          groupKeys = [...new Set(body.group_key)];
          for (const key of Object.keys(body.group_filters ?? {}))
            if (!groupKeys.includes(key)) throw new BadRequestError(`group_filters key ${key} is not in group_key`);
          groupFilters = body.group_filters ?? {};
        } else if (body.group_filters) {
          throw new BadRequestError('group_filters requires group_key');
        } else if (body.group_by) {
          requireGroupByKey(metric, body.group_by.key);
          groupKeys = [body.group_by.key];
          if (body.group_by.values) groupFilters = { [body.group_by.key]: body.group_by.values };
        }

        let startingOn = body.starting_on;
        let endingBefore = body.ending_before;
        if (body.current_period) {
          if (startingOn !== undefined || endingBefore !== undefined)
            throw new BadRequestError('starting_on and ending_before cannot be given when current_period is true');
          const period = currentUsagePeriod(db, body.customer_id, now);
          if (!period)
            throw new BadRequestError(
              `Customer ${body.customer_id} has no contract or plan in force, so it has no current billing period`,
            );
          startingOn = period.startingAt.toISOString();
          endingBefore = period.endingBefore.toISOString();
        }
        if (startingOn === undefined || endingBefore === undefined)
          throw new BadRequestError('starting_on and ending_before are required unless current_period is true');
        const { start, end } = body.current_period
          ? { start: new Date(startingOn), end: new Date(endingBefore) }
          : usageRange(startingOn, endingBefore, windowSize);

        const windows = aggregateUsage(db, {
          customerId: body.customer_id,
          metric,
          startingOn: start,
          endingBefore: end,
          windowSize,
          groupKeys,
          groupFilters,
        });

        const rows: UsageListWithGroupsResponse[] = [];
        if (groupKeys.length === 0) {
          for (const window of windows)
            rows.push({
              starting_on: window.startingOn.toISOString(),
              ending_before: window.endingBefore.toISOString(),
              group_key: null,
              group_value: null,
              value: window.value,
            });
        } else {
          // Every group seen anywhere in the range appears in every window; null where it had no usage there.
          const groups = new Map<string, Record<string, string | null>>();
          for (const window of windows)
            for (const { group } of window.groups ?? []) groups.set(JSON.stringify(groupKeys.map((k) => group[k])), group);
          const ordered = [...groups.entries()].sort(([a], [b]) => compareGroupIds(a, b));
          for (const window of windows)
            for (const [id, group] of ordered) {
              const found = window.groups?.find((g) => JSON.stringify(groupKeys.map((k) => g.group[k])) === id);
              const simple = groupKeys.length === 1;
              rows.push({
                starting_on: window.startingOn.toISOString(),
                ending_before: window.endingBefore.toISOString(),
                group_key: simple ? groupKeys[0]! : null,
                group_value: simple ? (group[groupKeys[0]!] ?? null) : null,
                group: Object.fromEntries(Object.entries(group).filter((entry): entry is [string, string] => entry[1] !== null)),
                value: found ? found.value : null,
              });
            }
        }

        return pageByOffset(rows, query.next_page, query.limit ?? DEFAULT_PAGE_LIMIT);
      },
    }),

    defineRoute<UsageSearchParams>({
      operation: 'POST /v1/events/search',
      kind: 'read',
      handle({ body, db, now }): UsageSearchResponse {
        const metrics = billableMetricCollection(db)
          .all()
          .filter((metric) => metric.archived_at === undefined);
        const customers = customerStore(db);
        const wires = new Map<string, BillableMetricWire>();
        const wireOf = (metric: StoredBillableMetric): BillableMetricWire => {
          let wire = wires.get(metric.id);
          if (!wire) wires.set(metric.id, (wire = billableMetricWire(db, metric)));
          return wire;
        };
        const oldest = now.getTime() - EVENT_SEARCH_LOOKBACK_MS;
        return findUsageEventsByTransactionIds(db, body.transactionIds)
          .filter((event) => event.timestampMs >= oldest)
          .map((event) => {
            const customerId = resolveCustomerId(db, event.customer_ref);
            const customer = customerId ? customers.find(customerId) : undefined;
            return {
              id: event.id,
              transaction_id: event.transaction_id,
              customer_id: event.customer_ref,
              event_type: event.event_type,
              timestamp: new Date(event.timestampMs).toISOString(),
              properties: event.properties,
              processed_at: new Date(event.processedAtMs).toISOString(),
              is_duplicate: event.isDuplicate,
              ...(customer ? { matched_customer: { id: customer.id, name: customer.name } } : {}),
              matched_billable_metrics: metrics.filter((metric) => eventMatchesMetric(metric, event)).map(wireOf),
            };
          });
      },
    }),
  ],
};

/** Orders group ids (JSON arrays of values) by their values, nulls last. */
function compareGroupIds(a: string, b: string): number {
  const x = JSON.parse(a) as (string | null)[];
  const y = JSON.parse(b) as (string | null)[];
  for (let i = 0; i < x.length; i += 1) {
    if (x[i] === y[i]) continue;
    if (x[i] === null) return 1;
    if (y[i] === null) return -1;
    return x[i]! < y[i]! ? -1 : 1;
  }
  return 0;
}
