import type { UsageListResponse } from '@metronome/sdk/resources/v1/usage';
import { loadUsage } from '../loaders/usage.js';
import { BillableMetric } from './billable-metric.js';
import { builder } from './builder.js';
import { Customer } from './customer.js';

export const WindowSize = builder.enumType('WindowSize', {
  description: 'A window_size of "day" or "hour" will return the usage for the specified period segmented into daily or hourly aggregates. A window_size of "none" will return a single usage aggregate for the entirety of the specified period.',
  values: ['HOUR', 'DAY', 'NONE'] as const,
});

const UsageWindow = builder.objectRef<UsageListResponse>('UsageWindow').implement({
  description: 'The aggregated usage of one billable metric by one customer over one window.',
  fields: (t) => ({
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
      type: 'JSON',
      nullable: true,
      description: 'The usage per value of the group key, when one was asked for.',
      resolve: (row) => row.groups ?? null,
    }),
  }),
});

builder.objectField(Customer, 'usage', (t) =>
  t.loadableList({
    type: UsageWindow,
    byPath: true,
    description:
      'Fetch aggregated usage data for the customer, for the specified billable metrics (all when none is given), in daily, hourly or single windows. The usage of every customer a query reaches at this path is fetched with one `POST /v1/usage`.',
    args: {
      startingOn: t.arg({ type: 'DateTime', required: true, description: 'The start of the period (inclusive).' }),
      endingBefore: t.arg({ type: 'DateTime', required: true, description: 'The end of the period (exclusive).' }),
      windowSize: t.arg({ type: WindowSize, required: true, description: 'How the period is split into windows.' }),
      billableMetricIds: t.arg.stringList({ required: false, description: 'Only the usage of these billable metrics.' }),
    },
    load: (customerIds: string[], { api }, args) =>
      loadUsage(api, customerIds, {
        starting_on: args.startingOn,
        ending_before: args.endingBefore,
        window_size: args.windowSize,
        ...(args.billableMetricIds ? { billable_metrics: args.billableMetricIds.map((id) => ({ id })) } : {}),
      }),
    resolve: (customer) => customer.id,
  }),
);
