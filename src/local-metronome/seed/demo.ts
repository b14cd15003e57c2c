import { BadRequestError } from '../http/api-error.js';
import type { LocalMetronome } from '../server.js';
import { USD_CENTS } from '../store/credit-types.js';
import { seedPlanCatalogue } from './plan-catalogue.js';

/**
 * The demo data set: five usage-based customers with ingest aliases, four billable metrics (one per aggregation style), the
 * products that price them, a rate card with flat, tiered and subscription rates, a contract per customer with
 * commits, credits and a scheduled charge, the plan catalogue, spend and usage alerts for every customer and
 * a low-commit alert for those with a commit, and a month of hourly usage up to the clock's now; plus a team on a
 * seat-based subscription whose seats each get a monthly allowance, with a seat balance alert.
 *
 * It is loaded through the API itself (in process), so demo data obeys every rule real data does. Usage is drawn
 * from a seeded generator: the same clock gives the same data.
 */
export async function seedDemoData(local: LocalMetronome): Promise<void> {
  const call = async <T = any>(method: 'GET' | 'POST', url: string, payload?: unknown): Promise<T> => {
    const response = await local.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${local.bearerToken}`, 'content-type': 'application/json' },
      ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
    });
    if (response.statusCode !== 200)
      throw new BadRequestError(`Demo seed: ${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return response.body ? (JSON.parse(response.body) as T) : (undefined as T);
  };
  const create = async (url: string, payload: unknown): Promise<string> =>
    (await call<{ data: { id: string } }>('POST', url, payload)).data.id;

  const now = local.clock.now();
  const monthStart = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const contractStart = monthStart(-1);
  const yearAfter = new Date(Date.UTC(contractStart.getUTCFullYear() + 1, contractStart.getUTCMonth(), 1));

  // Plans are read-only in the API, so the catalogue goes straight into the store (with its `cloud consumption units`).
  seedPlanCatalogue(local.db, now);

  const metrics = {
    apiRequests: await create('/v1/billable-metrics/create', {
      name: 'API requests',
      event_type_filter: { in_values: ['api_request'] },
      aggregation_type: 'COUNT',
      property_filters: [{ name: 'endpoint', exists: true }],
      group_keys: [['endpoint']],
    }),
    computeHours: await create('/v1/billable-metrics/create', {
      name: 'Compute hours',
      event_type_filter: { in_values: ['compute'] },
      aggregation_type: 'SUM',
      aggregation_key: 'cpu_hours',
      property_filters: [
        { name: 'cpu_hours', exists: true },
        { name: 'region', exists: true, in_values: ['us-east-1', 'eu-west-1'] },
      ],
      group_keys: [['region']],
    }),
    storagePeak: await create('/v1/billable-metrics/create', {
      name: 'Peak storage (GB)',
      event_type_filter: { in_values: ['storage_snapshot'] },
      aggregation_type: 'MAX',
      aggregation_key: 'gigabytes',
      property_filters: [{ name: 'gigabytes', exists: true }],
    }),
    activeUsers: await create('/v1/billable-metrics/create', {
      name: 'Monthly active users',
      event_type_filter: { in_values: ['user_active'] },
      aggregation_type: 'UNIQUE',
      aggregation_key: 'user_id',
      property_filters: [{ name: 'user_id', exists: true }],
    }),
  };

  const products = {
    apiRequests: await create('/v1/contract-pricing/products/create', {
      name: 'API requests',
      type: 'USAGE',
      billable_metric_id: metrics.apiRequests,
      presentation_group_key: ['endpoint'],
      tags: ['usage', 'api'],
    }),
    computeHours: await create('/v1/contract-pricing/products/create', {
      name: 'Compute hours',
      type: 'USAGE',
      billable_metric_id: metrics.computeHours,
      pricing_group_key: ['region'],
      tags: ['usage', 'compute'],
    }),
    storage: await create('/v1/contract-pricing/products/create', {
      name: 'Storage',
      type: 'USAGE',
      billable_metric_id: metrics.storagePeak,
      quantity_rounding: { decimal_places: 0, rounding_method: 'ROUND_UP' },
      tags: ['usage', 'storage'],
    }),
    activeUsers: await create('/v1/contract-pricing/products/create', {
      name: 'Active users',
      type: 'USAGE',
      billable_metric_id: metrics.activeUsers,
      tags: ['usage'],
    }),
    platformSeat: await create('/v1/contract-pricing/products/create', { name: 'Platform seat', type: 'SUBSCRIPTION', tags: ['seats'] }),
    prepaidCommit: await create('/v1/contract-pricing/products/create', { name: 'Prepaid commit', type: 'FIXED' }),
    promotionalCredit: await create('/v1/contract-pricing/products/create', { name: 'Promotional credit', type: 'FIXED' }),
    onboarding: await create('/v1/contract-pricing/products/create', { name: 'Onboarding package', type: 'FIXED' }),
  };

  const rateCard = await create('/v1/contract-pricing/rate-cards/create', {
    name: 'Standard pricing',
    description: 'List prices for self-serve and enterprise customers',
    aliases: [{ name: 'standard' }],
  });
  const from = contractStart.toISOString();
  await call('POST', '/v1/contract-pricing/rate-cards/addRates', {
    rate_card_id: rateCard,
    rates: [
      { product_id: products.apiRequests, starting_at: from, entitled: true, rate_type: 'FLAT', price: 0.05 },
      {
        product_id: products.computeHours,
        starting_at: from,
        entitled: true,
        rate_type: 'TIERED',
        pricing_group_values: { region: 'us-east-1' },
        tiers: [{ size: 500, price: 12 }, { size: 1500, price: 10 }, { price: 8 }],
      },
      {
        product_id: products.computeHours,
        starting_at: from,
        entitled: true,
        rate_type: 'TIERED',
        pricing_group_values: { region: 'eu-west-1' },
        tiers: [{ size: 500, price: 14 }, { price: 11 }],
      },
      { product_id: products.storage, starting_at: from, entitled: true, rate_type: 'FLAT', price: 2 },
      { product_id: products.activeUsers, starting_at: from, entitled: true, rate_type: 'FLAT', price: 150 },
      {
        product_id: products.platformSeat,
        starting_at: from,
        entitled: true,
        rate_type: 'FLAT',
        price: 4900,
        billing_frequency: 'MONTHLY',
      },
      { product_id: products.prepaidCommit, starting_at: from, entitled: true, rate_type: 'FLAT', price: 1 },
      { product_id: products.promotionalCredit, starting_at: from, entitled: true, rate_type: 'FLAT', price: 1 },
      { product_id: products.onboarding, starting_at: from, entitled: true, rate_type: 'FLAT', price: 1 },
    ],
  });

  const customerSpecs = [
    { name: 'Acme Corporation', aliases: ['acme', 'acme-prod'], scale: 3, commitCents: 500_000, creditCents: 25_000 },
    { name: 'Globex', aliases: ['globex'], scale: 2, commitCents: 200_000, creditCents: 0 },
    { name: 'Initech', aliases: ['initech'], scale: 1, commitCents: 0, creditCents: 10_000 },
    { name: 'Umbrella Health', aliases: ['umbrella'], scale: 1.5, commitCents: 100_000, creditCents: 5_000 },
    { name: 'Hooli', aliases: ['hooli', 'hooli-xyz'], scale: 0.5, commitCents: 0, creditCents: 0 },
  ];

  // Alerts for every customer, so that the demo has alert states to show and webhooks to send.
  await create('/v1/alerts/create', {
    alert_type: 'spend_threshold_reached',
    name: 'Spend over $2,000 this period',
    threshold: 200_000,
    credit_type_id: USD_CENTS.id,
  });
  await create('/v1/alerts/create', {
    alert_type: 'usage_threshold_reached',
    name: 'Over 2,000 API requests this period',
    threshold: 2_000,
    billable_metric_id: metrics.apiRequests,
  });

  const random = seededRandom(now.getUTCFullYear() * 100 + now.getUTCMonth());
  for (const spec of customerSpecs) {
    const customerId = await create('/v1/customers', { name: spec.name, ingest_aliases: spec.aliases });
    const accessSchedule = (amount: number) => ({
      credit_type_id: USD_CENTS.id,
      schedule_items: [{ amount, starting_at: from, ending_before: yearAfter.toISOString() }],
    });
    await create('/v1/contracts/create', {
      customer_id: customerId,
      name: `${spec.name} — annual agreement`,
      rate_card_id: rateCard,
      starting_at: from,
      ending_before: yearAfter.toISOString(),
      usage_statement_schedule: { frequency: 'MONTHLY', day: 'FIRST_OF_MONTH' },
      ...(spec.commitCents
        ? {
            commits: [
              {
                type: 'PREPAID',
                name: 'Annual prepaid commit',
                product_id: products.prepaidCommit,
                access_schedule: accessSchedule(spec.commitCents),
                invoice_schedule: {
                  credit_type_id: USD_CENTS.id,
                  schedule_items: [{ amount: spec.commitCents, timestamp: from }],
                },
                priority: 1,
              },
            ],
          }
        : {}),
      ...(spec.creditCents
        ? {
            credits: [
              {
                name: 'Welcome credit',
                product_id: products.promotionalCredit,
                access_schedule: accessSchedule(spec.creditCents),
                applicable_product_tags: ['usage'],
                priority: 0,
              },
            ],
          }
        : {}),
      subscriptions: [
        {
          collection_schedule: 'ADVANCE',
          initial_quantity: Math.max(1, Math.round(spec.scale * 4)),
          proration: { invoice_behavior: 'BILL_IMMEDIATELY', is_prorated: true },
          subscription_rate: { billing_frequency: 'MONTHLY', product_id: products.platformSeat },
          starting_at: from,
        },
      ],
      scheduled_charges: [
        {
          product_id: products.onboarding,
          name: 'Onboarding package',
          schedule: {
            credit_type_id: USD_CENTS.id,
            schedule_items: [{ timestamp: from, unit_price: 150_000, quantity: 1 }],
          },
        },
      ],
    });

    if (spec.commitCents)
      await create('/v1/alerts/create', {
        alert_type: 'low_remaining_commit_balance_reached',
        name: 'Prepaid commit below $1,000',
        threshold: 100_000,
        credit_type_id: USD_CENTS.id,
        customer_id: customerId,
      });

    await ingestMonthOfUsage(call, spec.aliases[0]!, spec.scale, monthStart(-1), now, random);
  }

  await seedSeatBasedTeam(call, create, { from, until: yearAfter.toISOString(), now, random });
}

type Create = (url: string, payload: unknown) => Promise<string>;

/**
 * A customer on seats: a SEAT_BASED subscription (four named seats and one unassigned), a recurring credit giving
 * each seat $5 of AI assistant requests a month that only that seat's requests draw, a seat balance alert, and a
 * month of requests per seat — one heavy user runs through their share.
 */
async function seedSeatBasedTeam(
  call: Call,
  create: Create,
  window: { from: string; until: string; now: Date; random: () => number },
): Promise<void> {
  const USD = USD_CENTS.id;
  const metric = await create('/v1/billable-metrics/create', {
    name: 'AI assistant requests',
    event_type_filter: { in_values: ['assistant_request'] },
    aggregation_type: 'COUNT',
    property_filters: [{ name: 'user_id', exists: true }],
    group_keys: [['user_id']],
  });
  const assistant = await create('/v1/contract-pricing/products/create', {
    name: 'AI assistant',
    type: 'USAGE',
    billable_metric_id: metric,
    presentation_group_key: ['user_id'],
    tags: ['assistant'],
  });
  const seat = await create('/v1/contract-pricing/products/create', { name: 'Team seat', type: 'SUBSCRIPTION' });
  const allowance = await create('/v1/contract-pricing/products/create', { name: 'Seat assistant allowance', type: 'FIXED' });
  const rateCard = await create('/v1/contract-pricing/rate-cards/create', { name: 'Team pricing', aliases: [{ name: 'team' }] });
  await call('POST', '/v1/contract-pricing/rate-cards/addRates', {
    rate_card_id: rateCard,
    rates: [
      { product_id: assistant, starting_at: window.from, entitled: true, rate_type: 'FLAT', price: 1 },
      { product_id: seat, starting_at: window.from, entitled: true, rate_type: 'SUBSCRIPTION', price: 2500, billing_frequency: 'MONTHLY' },
      { product_id: allowance, starting_at: window.from, entitled: true, rate_type: 'FLAT', price: 1 },
    ],
  });
  const seats = { richard: 0.1, dinesh: 0.3, gilfoyle: 1.5, jared: 0.05 };
  const customerId = await create('/v1/customers', { name: 'Pied Piper', ingest_aliases: ['piedpiper'] });
  await create('/v1/contracts/create', {
    customer_id: customerId,
    name: 'Pied Piper — team plan',
    rate_card_id: rateCard,
    starting_at: window.from,
    ending_before: window.until,
    usage_statement_schedule: { frequency: 'MONTHLY', day: 'FIRST_OF_MONTH' },
    subscriptions: [
      {
        temporary_id: 'team-seats',
        subscription_rate: { product_id: seat, billing_frequency: 'MONTHLY' },
        collection_schedule: 'ADVANCE',
        proration: { is_prorated: true },
        quantity_management_mode: 'SEAT_BASED',
        seat_config: { seat_group_key: 'user_id', initial_seat_ids: Object.keys(seats), initial_unassigned_seats: 1 },
      },
    ],
    recurring_credits: [
      {
        name: 'Monthly assistant allowance',
        product_id: allowance,
        priority: 1,
        starting_at: window.from,
        access_amount: { unit_price: 500, credit_type_id: USD },
        commit_duration: { value: 1, unit: 'PERIODS' },
        applicable_product_tags: ['assistant'],
        subscription_config: { subscription_id: 'team-seats', allocation: 'INDIVIDUAL', apply_seat_increase_config: { is_prorated: true } },
      },
    ],
  });
  await create('/v1/alerts/create', {
    alert_type: 'low_remaining_seat_balance_reached',
    name: 'Seat assistant allowance under $1',
    threshold: 100,
    credit_type_id: USD,
    customer_id: customerId,
    seat_filter: { seat_group_key: 'user_id' },
  });

  const events: unknown[] = [];
  const hour = 3_600_000;
  for (let t = Date.parse(window.from); t < window.now.getTime(); t += hour) {
    const at = new Date(t);
    if (at.getUTCHours() < 8 || at.getUTCHours() >= 20) continue;
    for (const [user, weight] of Object.entries(seats)) {
      const requests = Math.round(weight * 2 * (0.5 + window.random()));
      for (let i = 0; i < requests; i++)
        events.push({
          transaction_id: `piedpiper-assistant-${t}-${user}-${i}`,
          customer_id: 'piedpiper',
          event_type: 'assistant_request',
          timestamp: new Date(t + Math.floor(window.random() * hour)).toISOString(),
          properties: { user_id: user },
        });
    }
  }
  while (events.length) await call('POST', '/v1/ingest', events.splice(0, 100));
}

type Call = (method: 'GET' | 'POST', url: string, payload?: unknown) => Promise<unknown>;

async function ingestMonthOfUsage(
  call: Call,
  alias: string,
  scale: number,
  from: Date,
  until: Date,
  random: () => number,
): Promise<void> {
  const events: unknown[] = [];
  const flush = async () => {
    while (events.length) await call('POST', '/v1/ingest', events.splice(0, 100));
  };
  const endpoints = ['/search', '/checkout', '/recommendations'];
  const hour = 3_600_000;
  for (let t = from.getTime(); t < until.getTime(); t += hour) {
    const at = new Date(t);
    const daytime = at.getUTCHours() >= 8 && at.getUTCHours() < 20 ? 1.6 : 0.6;
    const requests = Math.round(scale * daytime * (2 + random() * 3));
    for (let i = 0; i < requests; i++)
      events.push({
        transaction_id: `${alias}-req-${t}-${i}`,
        customer_id: alias,
        event_type: 'api_request',
        timestamp: new Date(t + Math.floor(random() * hour)).toISOString(),
        properties: { endpoint: endpoints[Math.floor(random() * endpoints.length)] },
      });
    events.push({
      transaction_id: `${alias}-cpu-${t}`,
      customer_id: alias,
      event_type: 'compute',
      timestamp: at.toISOString(),
      properties: {
        cpu_hours: (scale * daytime * (1 + random() * 2)).toFixed(2),
        region: random() < 0.7 ? 'us-east-1' : 'eu-west-1',
      },
    });
    if (at.getUTCHours() % 6 === 0)
      events.push({
        transaction_id: `${alias}-gb-${t}`,
        customer_id: alias,
        event_type: 'storage_snapshot',
        timestamp: at.toISOString(),
        properties: { gigabytes: Math.round(scale * (40 + (t - from.getTime()) / (24 * hour)) * 10) / 10 },
      });
    if (at.getUTCHours() === 12)
      for (let u = 0; u < Math.round(scale * 6); u++)
        events.push({
          transaction_id: `${alias}-user-${t}-${u}`,
          customer_id: alias,
          event_type: 'user_active',
          timestamp: at.toISOString(),
          properties: { user_id: `user-${Math.floor(random() * scale * 20)}` },
        });
    if (events.length >= 500) await flush();
  }
  await flush();
}

/** mulberry32: a tiny deterministic generator, so the demo data is the same for the same start month. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
