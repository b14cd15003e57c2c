/**
 * How long a customer's billing takes to compute: `billCustomer`, behind every invoice, balance, ledger and alert
 * read of the Local Metronome (derived invoices and balances are recomputed, not cached across writes).
 *
 *   npx tsx bench/billing.ts [--seats 50] [--events-per-seat-day 4] [--runs 20]
 *
 * Two customers on the same year-long contract, with the same usage (events carry a `user_id` among `--seats`
 * users), read on the last day of the year:
 * - baseline: one annual prepaid commit pays usage;
 * - seats: a SEAT_BASED subscription with a monthly recurring credit allocated to each seat, so every month has
 *   its own generated credit split into one share per seat, each drawn only by its seat's usage.
 * Timed cold (the first stored read finalizes and stores eleven months of invoices) and warm (later reads, which
 * only derive the open month), and reported as ratios of the seat customer to the baseline.
 */
import { parseArgs } from 'node:util';
import { billCustomer } from '../src/local-metronome/billing/invoice-engine.js';
import { createLocalMetronome, type LocalMetronome } from '../src/local-metronome/server.js';
import { recordUsageEvents, type NewUsageEvent } from '../src/local-metronome/store/usage-events.js';

const { values: options } = parseArgs({
  options: {
    seats: { type: 'string', default: '50' },
    'events-per-seat-day': { type: 'string', default: '4' },
    runs: { type: 'string', default: '20' },
  },
});
const SEATS = Number(options.seats);
const EVENTS_PER_SEAT_DAY = Number(options['events-per-seat-day']);
const RUNS = Number(options.runs);
const USD = '2714e483-4ff1-48e4-9e25-ac732e8f24f2';
const YEAR_START = '2025-01-01T00:00:00Z';
const YEAR_END = '2026-01-01T00:00:00Z';
const READ_AT = new Date('2025-12-31T12:00:00Z');
const DAY_MS = 86_400_000;

async function api(local: LocalMetronome, url: string, payload: unknown): Promise<string> {
  const response = await local.app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${local.bearerToken}`, 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });
  if (response.statusCode !== 200) throw new Error(`${url} → ${response.statusCode} ${response.body}`);
  return (JSON.parse(response.body) as { data: { id: string } }).data.id;
}

/** Products and a rate card shared by both customers: API calls at 1 cent, grouped by `user_id`; a $10 seat. */
async function pricing(local: LocalMetronome) {
  const metric = await api(local, '/v1/billable-metrics/create', {
    name: 'API calls',
    event_type_filter: { in_values: ['api'] },
    aggregation_type: 'COUNT',
    group_keys: [['user_id']],
  });
  const calls = await api(local, '/v1/contract-pricing/products/create', {
    name: 'API calls',
    type: 'USAGE',
    billable_metric_id: metric,
    presentation_group_key: ['user_id'],
  });
  const seat = await api(local, '/v1/contract-pricing/products/create', { name: 'Seat', type: 'SUBSCRIPTION' });
  const fixed = await api(local, '/v1/contract-pricing/products/create', { name: 'Allowance', type: 'FIXED' });
  const rateCard = await api(local, '/v1/contract-pricing/rate-cards/create', { name: 'Bench' });
  await api(local, '/v1/contract-pricing/rate-cards/addRates', {
    rate_card_id: rateCard,
    rates: [
      { product_id: calls, starting_at: YEAR_START, entitled: true, rate_type: 'FLAT', price: 1 },
      { product_id: seat, starting_at: YEAR_START, entitled: true, rate_type: 'SUBSCRIPTION', price: 1000, billing_frequency: 'MONTHLY' },
    ],
  });
  return { seat, fixed, rateCard };
}

function seatIds(): string[] {
  return Array.from({ length: SEATS }, (_, i) => `user-${i}`);
}

function* usage(alias: string): Generator<NewUsageEvent> {
  let n = 0;
  for (let day = Date.parse(YEAR_START); day < READ_AT.getTime(); day += DAY_MS)
    for (const user of seatIds())
      for (let i = 0; i < EVENTS_PER_SEAT_DAY; i += 1)
        yield { transaction_id: `${alias}-${n++}`, customer_id: alias, event_type: 'api', timestampMs: day + i * 3_600_000, properties: { user_id: user } };
}

async function customer(local: LocalMetronome, alias: string, terms: Record<string, unknown>, rateCard: string): Promise<string> {
  const id = await api(local, '/v1/customers', { name: alias, ingest_aliases: [alias] });
  await api(local, '/v1/contracts/create', { customer_id: id, rate_card_id: rateCard, starting_at: YEAR_START, ending_before: YEAR_END, ...terms });
  local.db.transaction(() => recordUsageEvents(local.db, usage(alias), new Date(YEAR_START)))();
  return id;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const local = await createLocalMetronome();
local.clock.set(new Date(YEAR_START), { frozen: true });
const { seat, fixed, rateCard } = await pricing(local);
const baseline = await customer(
  local,
  'baseline',
  {
    commits: [
      {
        type: 'PREPAID',
        product_id: fixed,
        priority: 1,
        access_schedule: { credit_type_id: USD, schedule_items: [{ amount: 100 * SEATS * 12, starting_at: YEAR_START, ending_before: YEAR_END }] },
      },
    ],
  },
  rateCard,
);
const seated = await customer(
  local,
  'seats',
  {
    subscriptions: [
      {
        temporary_id: 'seats',
        subscription_rate: { product_id: seat, billing_frequency: 'MONTHLY' },
        collection_schedule: 'ADVANCE',
        proration: {},
        quantity_management_mode: 'SEAT_BASED',
        seat_config: { seat_group_key: 'user_id', initial_seat_ids: seatIds() },
      },
    ],
    recurring_credits: [
      {
        product_id: fixed,
        priority: 1,
        starting_at: YEAR_START,
        access_amount: { unit_price: 100, credit_type_id: USD },
        commit_duration: { value: 1 },
        subscription_config: { subscription_id: 'seats', allocation: 'INDIVIDUAL', apply_seat_increase_config: { is_prorated: false } },
      },
    ],
  },
  rateCard,
);
const events = Math.round((READ_AT.getTime() - Date.parse(YEAR_START)) / DAY_MS) * SEATS * EVENTS_PER_SEAT_DAY;
console.log(`${SEATS} seats, ${events.toLocaleString('en-US')} events per customer, read on ${READ_AT.toISOString().slice(0, 10)}`);

// Warm the JIT and the statement cache on both customers without storing anything, so "cold" measures storage.
for (const id of [baseline, seated]) billCustomer(local.db, id, READ_AT, { persist: false });

const rows: [string, number, number][] = [];
for (const [name, id] of [
  ['baseline (one annual commit)', baseline],
  ['seats (12 monthly credits × one share per seat)', seated],
] as const) {
  let started = performance.now();
  billCustomer(local.db, id, READ_AT, { persist: true });
  const cold = performance.now() - started;
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    started = performance.now();
    billCustomer(local.db, id, READ_AT, { persist: true });
    warm.push(performance.now() - started);
  }
  rows.push([name, cold, median(warm)]);
}
console.table(rows.map(([name, cold, warm]) => ({ customer: name, 'cold ms': cold.toFixed(1), 'warm median ms': warm.toFixed(1) })));
const [base, seats] = rows;
console.log(`seats / baseline: cold ${(seats![1] / base![1]).toFixed(2)}×, warm ${(seats![2] / base![2]).toFixed(2)}×`);
await local.stop();
