/**
 * How fast a customer's usage of one billable metric is aggregated over a day with a million stored events.
 *
 *   npx tsx bench/usage-aggregation.ts [--events 1000000] [--customers 1000] [--runs 200] [--db path/to.sqlite]
 *
 * Loads events straight through the usage events store of a Local Metronome (no HTTP), then times
 * `aggregateUsage` — the function behind `/v1/usage`, `/v1/usage/groups`, invoices and alerts — for a day window
 * of a typical customer and of a heavy one (a tenth of all events), the same day window through HTTP
 * (`POST /v1/usage/groups`), and the aggregations again after dropping the `(customer_ref, ts_ms, ...)` index,
 * which leaves SQLite a scan of the whole table: the baseline the index is measured against.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { aggregateUsage, type UsageAggregationQuery } from '../src/local-metronome/billing/usage-aggregation.js';
import { billableMetricCollection, type StoredBillableMetric } from '../src/local-metronome/store/billable-metrics.js';
import { createLocalMetronome } from '../src/local-metronome/server.js';
import { customerStore } from '../src/local-metronome/store/customers.js';
import type { Db } from '../src/local-metronome/store/database.js';
import { recordUsageEvents, type NewUsageEvent } from '../src/local-metronome/store/usage-events.js';

const { values: options } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    customers: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '200' },
    'baseline-runs': { type: 'string', default: '10' },
    db: { type: 'string', default: ':memory:' },
  },
});
const EVENT_COUNT = Number(options.events);
const CUSTOMER_COUNT = Number(options.customers);
const RUNS = Number(options.runs);
const BASELINE_RUNS = Number(options['baseline-runs']);

const MONTH_START = Date.parse('2025-01-01T00:00:00Z');
const MONTH_MS = 31 * 86_400_000;
const EVENT_TYPES = ['api_call', 'storage', 'compute', 'transfer', 'login'];
const REGIONS = ['us-east1', 'us-west1', 'eu-west1', 'ap-south1'];

/** A deterministic pseudo-random sequence, so every run loads the same data. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function setUpCustomersAndMetrics(db: Db): { customerIds: string[]; metric: StoredBillableMetric } {
  const customers = customerStore(db);
  const addAlias = db.prepare('INSERT INTO customer_ingest_aliases (alias, customer_id) VALUES (?, ?)');
  const customerIds: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < CUSTOMER_COUNT; i += 1) {
      const id = randomUUID();
      const now = new Date(MONTH_START).toISOString();
      customers.insert({
        id,
        external_id: `customer-${i}@example.com`,
        name: `Customer ${i}`,
        ingest_aliases: [`customer-${i}@example.com`],
        created_at: now,
        updated_at: now,
        archived_at: null,
        customer_config: { salesforce_account_id: null },
      });
      addAlias.run(`customer-${i}@example.com`, id);
      customerIds.push(id);
    }
  })();
  const metrics = billableMetricCollection(db);
  const metric: StoredBillableMetric = {
    id: randomUUID(),
    name: 'Storage GB in the US',
    aggregation_type: 'SUM',
    aggregation_key: 'gb',
    event_type_filter: { in_values: ['storage'] },
    property_filters: [
      { name: 'gb', exists: true },
      { name: 'region', in_values: ['us-east1', 'us-west1'] },
    ],
    group_keys: [['region']],
  };
  metrics.insert(metric);
  for (const type of EVENT_TYPES) metrics.insert({ id: randomUUID(), name: `${type} count`, aggregation_type: 'COUNT', event_type_filter: { in_values: [type] } });
  return { customerIds, metric };
}

/** Customer 0 is heavy (a tenth of all events); the rest share the remainder evenly. Half go by alias. */
function* generateEvents(customerIds: string[]): Generator<NewUsageEvent> {
  const random = mulberry32(42);
  for (let i = 0; i < EVENT_COUNT; i += 1) {
    const customer = random() < 0.1 ? 0 : 1 + Math.floor(random() * (customerIds.length - 1));
    yield {
      transaction_id: `tx-${i}`,
      customer_id: random() < 0.5 ? customerIds[customer]! : `customer-${customer}@example.com`,
      event_type: EVENT_TYPES[Math.floor(random() * EVENT_TYPES.length)]!,
      timestampMs: MONTH_START + Math.floor(random() * MONTH_MS),
      properties: {
        region: REGIONS[Math.floor(random() * REGIONS.length)],
        gb: random() < 0.5 ? Math.round(random() * 10_000) / 100 : (Math.round(random() * 10_000) / 1000).toString(),
        user: `user-${Math.floor(random() * 50)}`,
      },
    };
  }
}

function load(db: Db, customerIds: string[]): number {
  const started = performance.now();
  const processedAt = new Date();
  const batch: NewUsageEvent[] = [];
  const flush = db.transaction(() => {
    recordUsageEvents(db, batch, processedAt);
  });
  for (const event of generateEvents(customerIds)) {
    batch.push(event);
    if (batch.length === 50_000) {
      flush();
      batch.length = 0;
    }
  }
  if (batch.length > 0) flush();
  return performance.now() - started;
}

interface Timing {
  median: number;
  p95: number;
  min: number;
  max: number;
}

async function time(runs: number, query: () => unknown): Promise<Timing> {
  await query(); // warm the statement cache and the page cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await query();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), min: samples[0]!, max: samples.at(-1)! };
}

function format(t: Timing): string {
  const ms = (v: number) => `${v.toFixed(3)} ms`.padStart(12);
  return `median ${ms(t.median)}   p95 ${ms(t.p95)}   min ${ms(t.min)}   max ${ms(t.max)}`;
}

const dbPath = options.db!;
if (dbPath !== ':memory:') rmSync(dbPath, { force: true });
const local = await createLocalMetronome({ dbPath });
const db = local.db;
const { customerIds, metric } = setUpCustomersAndMetrics(db);
const loadMs = load(db, customerIds);
const stored = db.prepare('SELECT COUNT(*) FROM usage_events').pluck().get() as number;
console.log(`Loaded ${stored.toLocaleString('en')} events for ${CUSTOMER_COUNT} customers into ${dbPath} in ${(loadMs / 1000).toFixed(1)} s (${Math.round(stored / (loadMs / 1000)).toLocaleString('en')} events/s)`);

const day = { startingOn: new Date('2025-01-15T00:00:00Z'), endingBefore: new Date('2025-01-16T00:00:00Z'), windowSize: 'DAY' } as const;
const month = { startingOn: new Date(MONTH_START), endingBefore: new Date(MONTH_START + MONTH_MS), windowSize: 'DAY' } as const;
const typical = (i: number): UsageAggregationQuery => ({ customerId: customerIds[1 + (i % (customerIds.length - 1))]!, metric, ...day });
const heavy: UsageAggregationQuery = { customerId: customerIds[0]!, metric, ...day };

const url = await local.start(0);
const usageGroups = async (query: UsageAggregationQuery) => {
  const response = await fetch(`${url}/v1/usage/groups`, {
    method: 'POST',
    headers: { authorization: `Bearer ${local.bearerToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      customer_id: query.customerId,
      billable_metric_id: metric.id,
      window_size: query.windowSize,
      starting_on: query.startingOn.toISOString(),
      ending_before: query.endingBefore.toISOString(),
    }),
  });
  if (response.status !== 200) throw new Error(`POST /v1/usage/groups answered ${response.status}: ${await response.text()}`);
  return response.json();
};

let run = 0;
const scenarios: [string, () => unknown][] = [
  ['day window, typical customer', () => aggregateUsage(db, typical(run++))],
  ['day window, heavy customer', () => aggregateUsage(db, heavy)],
  ['day window, heavy customer, grouped by region', () => aggregateUsage(db, { ...heavy, groupKeys: ['region'] })],
  ['31 day windows, heavy customer', () => aggregateUsage(db, { ...heavy, ...month })],
  ['HTTP POST /v1/usage/groups, day, typical customer', () => usageGroups(typical(run++))],
  ['HTTP POST /v1/usage/groups, day, heavy customer', () => usageGroups(heavy)],
];

const [sample] = aggregateUsage(db, heavy);
console.log(`Heavy customer, 2025-01-15: ${sample!.quantity} GB\n`);
console.log(`With the (customer_ref, ts_ms, event_type, properties) index, ${RUNS} runs each:`);
const indexed: [string, Timing][] = [];
for (const [name, query] of scenarios) {
  indexed.push([name, await time(RUNS, query)]);
  console.log(`  ${name.padEnd(52)} ${format(indexed.at(-1)![1])}`);
}

db.exec('DROP INDEX usage_events_for_aggregation');
console.log(`\nBaseline without the index (full table scan), ${BASELINE_RUNS} runs each:`);
for (const [name, query] of scenarios.slice(0, 2)) {
  const timing = await time(BASELINE_RUNS, query);
  const withIndex = indexed.find(([n]) => n === name)![1];
  console.log(`  ${name.padEnd(52)} ${format(timing)}   (${(timing.median / withIndex.median).toFixed(0)}× the indexed median)`);
}
await local.stop();
if (dbPath !== ':memory:') for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
