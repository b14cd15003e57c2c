import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { rateCardSchedule } from '../../src/local-metronome/billing/rate-schedule.js';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);

const USD = { id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2', name: 'USD (cents)' };
const JAN = '2025-01-01T00:00:00.000Z';
const FEB = '2025-02-01T00:00:00.000Z';
const MAR = '2025-03-01T00:00:00.000Z';
const APR = '2025-04-01T00:00:00.000Z';

async function created(path: string, body: Record<string, unknown>): Promise<string> {
  const response = await api('POST', path, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}

async function addRate(rateCardId: string, rate: Record<string, unknown>): Promise<void> {
  const response = await api('POST', '/v1/contract-pricing/rate-cards/addRate', {
    body: { rate_card_id: rateCardId, entitled: true, ...rate },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

async function schedule(body: Record<string, unknown>, query?: Record<string, string | number | undefined>) {
  return api('POST', '/v1/contract-pricing/rate-cards/getRateSchedule', { body, query });
}

async function ratesAt(body: Record<string, unknown>, query?: Record<string, string | number | undefined>) {
  return api('POST', '/v1/contract-pricing/rate-cards/getRates', { body, query });
}

function windows(entries: { starting_at: string; ending_before?: string; rate: { price?: number } }[]) {
  return entries.map((e) => [e.starting_at, e.ending_before ?? null, e.rate.price]);
}

let rateCardId: string;
let computeId: string;

beforeEach(async () => {
  await server.local.reset();
  await api('POST', '/_local/clock', { body: { now: '2025-01-15T00:00:00Z', frozen: true } });
  const metricId = await created('/v1/billable-metrics/create', {
    name: 'CPU hours',
    aggregation_type: 'COUNT',
    group_keys: [['region', 'tier']],
  });
  await api('POST', '/v1/customFields/addKey', { body: { entity: 'product', key: 'sku', enforce_uniqueness: false } });
  rateCardId = await created('/v1/contract-pricing/rate-cards/create', { name: 'List prices' });
  computeId = await created('/v1/contract-pricing/products/create', {
    name: 'Compute',
    type: 'USAGE',
    billable_metric_id: metricId,
    pricing_group_key: ['region', 'tier'],
    tags: ['infra'],
    custom_fields: { sku: 'CMP' },
  });
});

describe('rate schedule entries', () => {
  it('serve the product, the window and the rate in the wire shape', async () => {
    await addRate(rateCardId, {
      product_id: computeId,
      starting_at: JAN,
      ending_before: MAR,
      rate_type: 'FLAT',
      price: 12.5,
      pricing_group_values: { region: 'eu', tier: 'gold' },
      commit_rate: { rate_type: 'FLAT', price: 10 },
    });
    const response = await schedule({ rate_card_id: rateCardId, starting_at: JAN });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: [
        {
          product_id: computeId,
          product_name: 'Compute',
          product_tags: ['infra'],
          product_custom_fields: { sku: 'CMP' },
          pricing_group_values: { region: 'eu', tier: 'gold' },
          starting_at: JAN,
          ending_before: MAR,
          entitled: true,
          rate: { rate_type: 'FLAT', price: 12.5, pricing_group_values: { region: 'eu', tier: 'gold' }, credit_type: USD },
          commit_rate: { rate_type: 'FLAT', price: 10 },
        },
      ],
      next_page: null,
    });
  });

  it('serve tiered rates with their tiers', async () => {
    const tiers = [{ size: 100, price: 3 }, { size: 900, price: 2 }, { price: 1 }];
    await addRate(rateCardId, { product_id: computeId, starting_at: JAN, rate_type: 'TIERED', tiers });
    const response = await ratesAt({ rate_card_id: rateCardId, at: FEB });
    expect(response.body.data.map((e: { rate: unknown }) => e.rate)).toEqual([{ rate_type: 'TIERED', tiers, credit_type: USD }]);
  });
});

describe('overlapping rates', () => {
  it('closes an open-ended rate where a later one starts', async () => {
    await addRate(rateCardId, { product_id: computeId, starting_at: JAN, rate_type: 'FLAT', price: 10 });
    await addRate(rateCardId, { product_id: computeId, starting_at: MAR, rate_type: 'FLAT', price: 12 });
    const response = await schedule({ rate_card_id: rateCardId, starting_at: JAN });
    expect(windows(response.body.data)).toEqual([
      [JAN, MAR, 10],
      [MAR, null, 12],
    ]);
  });

  it('lets the older rate resume after a later rate with an end', async () => {
    await addRate(rateCardId, { product_id: computeId, starting_at: JAN, rate_type: 'FLAT', price: 10 });
    await addRate(rateCardId, { product_id: computeId, starting_at: FEB, ending_before: MAR, rate_type: 'FLAT', price: 5 });
    const response = await schedule({ rate_card_id: rateCardId, starting_at: JAN });
    expect(windows(response.body.data)).toEqual([
      [JAN, FEB, 10],
      [FEB, MAR, 5],
      [MAR, null, 10],
    ]);
  });

  it('replaces an older rate whose whole window a later rate covers', async () => {
    await addRate(rateCardId, { product_id: computeId, starting_at: FEB, ending_before: MAR, rate_type: 'FLAT', price: 10 });
    await addRate(rateCardId, { product_id: computeId, starting_at: JAN, rate_type: 'FLAT', price: 7 });
    const response = await schedule({ rate_card_id: rateCardId, starting_at: JAN });
    expect(windows(response.body.data)).toEqual([[JAN, null, 7]]);
  });

  it('keeps rates of different pricing group values side by side', async () => {
    await addRate(rateCardId, { product_id: computeId, starting_at: JAN, rate_type: 'FLAT', price: 10, pricing_group_values: { region: 'eu' } });
    await addRate(rateCardId, { product_id: computeId, starting_at: FEB, rate_type: 'FLAT', price: 20, pricing_group_values: { region: 'us' } });
    const response = await ratesAt({ rate_card_id: rateCardId, at: MAR });
    expect(response.body.data.map((e: { pricing_group_values: unknown; rate: { price: number } }) => [e.pricing_group_values, e.rate.price])).toEqual([
      [{ region: 'eu' }, 10],
      [{ region: 'us' }, 20],
    ]);
  });
});

describe('getRates at a point in time', () => {
  beforeEach(async () => {
    await addRate(rateCardId, { product_id: computeId, starting_at: JAN, rate_type: 'FLAT', price: 10 });
    await addRate(rateCardId, { product_id: computeId, starting_at: MAR, rate_type: 'FLAT', price: 12 });
  });

  it('serves the rate in force at the instant, with starting_at inclusive and ending_before exclusive', async () => {
    expect(windows((await ratesAt({ rate_card_id: rateCardId, at: '2025-02-28T23:59:59Z' })).body.data)).toEqual([[JAN, MAR, 10]]);
    expect(windows((await ratesAt({ rate_card_id: rateCardId, at: MAR })).body.data)).toEqual([[MAR, null, 12]]);
  });

  it('serves nothing before the first rate starts', async () => {
    expect((await ratesAt({ rate_card_id: rateCardId, at: '2024-12-31T00:00:00Z' })).body).toEqual({ data: [], next_page: null });
  });

  it('names the product as it is at that instant', async () => {
    await api('POST', '/v1/contract-pricing/products/update', {
      body: { product_id: computeId, starting_at: APR, name: 'Compute v2', tags: ['infra', 'v2'] },
    });
    const before = (await ratesAt({ rate_card_id: rateCardId, at: MAR })).body.data[0];
    const after = (await ratesAt({ rate_card_id: rateCardId, at: APR })).body.data[0];
    expect([before.product_name, before.product_tags]).toEqual(['Compute', ['infra']]);
    expect([after.product_name, after.product_tags]).toEqual(['Compute v2', ['infra', 'v2']]);
  });

  it('answers 404 for an unknown rate card', async () => {
    const unknown = randomUUID();
    const response = await ratesAt({ rate_card_id: unknown, at: MAR });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Rate card not found: ${unknown}` });
  });

  it('requires at', async () => {
    const response = await ratesAt({ rate_card_id: rateCardId });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'at is required' });
  });
});

describe('selectors', () => {
  let seatsId: string;

  beforeEach(async () => {
    seatsId = await created('/v1/contract-pricing/products/create', { name: 'Seats', type: 'SUBSCRIPTION', tags: ['seats'] });
    await addRate(rateCardId, { product_id: computeId, starting_at: JAN, rate_type: 'FLAT', price: 1, pricing_group_values: { region: 'eu', tier: 'gold' } });
    await addRate(rateCardId, { product_id: computeId, starting_at: JAN, rate_type: 'FLAT', price: 2, pricing_group_values: { region: 'eu' } });
    await addRate(rateCardId, { product_id: computeId, starting_at: JAN, rate_type: 'FLAT', price: 3, pricing_group_values: { region: 'us', tier: 'gold' } });
    await addRate(rateCardId, { product_id: seatsId, starting_at: JAN, rate_type: 'FLAT', price: 4, billing_frequency: 'MONTHLY' });
    await addRate(rateCardId, { product_id: seatsId, starting_at: JAN, rate_type: 'FLAT', price: 5, billing_frequency: 'ANNUAL' });
  });

  async function pricesSelected(selectors: unknown[]): Promise<number[]> {
    const response = await ratesAt({ rate_card_id: rateCardId, at: FEB, selectors });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.data.map((e: { rate: { price: number } }) => e.rate.price);
  }

  it('keeps every rate without selectors, products in rate card order', async () => {
    expect(await pricesSelected([])).toEqual([1, 2, 3, 4, 5]);
  });

  it('selects by product id', async () => {
    expect(await pricesSelected([{ product_id: seatsId }])).toEqual([4, 5]);
  });

  it('selects by product tags, matching any tag', async () => {
    expect(await pricesSelected([{ product_tags: ['other', 'infra'] }])).toEqual([1, 2, 3]);
  });

  it('selects by exact pricing group values', async () => {
    expect(await pricesSelected([{ pricing_group_values: { region: 'eu' } }])).toEqual([2]);
  });

  it('selects by partial pricing group values', async () => {
    expect(await pricesSelected([{ partial_pricing_group_values: { region: 'eu' } }])).toEqual([1, 2]);
    expect(await pricesSelected([{ partial_pricing_group_values: { tier: 'gold' } }])).toEqual([1, 3]);
  });

  it('selects by billing frequency', async () => {
    expect(await pricesSelected([{ billing_frequency: 'ANNUAL' }])).toEqual([5]);
  });

  it('requires every field of one selector to match', async () => {
    expect(await pricesSelected([{ product_id: computeId, partial_pricing_group_values: { region: 'us' } }])).toEqual([3]);
  });

  it('keeps rates matching any of several selectors', async () => {
    expect(await pricesSelected([{ billing_frequency: 'MONTHLY' }, { pricing_group_values: { region: 'us', tier: 'gold' } }])).toEqual([3, 4]);
  });

  it('follows the rate card product order once it is changed', async () => {
    await api('POST', '/v1/contract-pricing/rate-cards/setRateCardProductsOrder', {
      body: { rate_card_id: rateCardId, product_order: [seatsId, computeId] },
    });
    expect(await pricesSelected([])).toEqual([4, 5, 1, 2, 3]);
  });
});

describe('getRateSchedule windows and paging', () => {
  beforeEach(async () => {
    await addRate(rateCardId, { product_id: computeId, starting_at: JAN, ending_before: FEB, rate_type: 'FLAT', price: 1 });
    await addRate(rateCardId, { product_id: computeId, starting_at: FEB, ending_before: MAR, rate_type: 'FLAT', price: 2 });
    await addRate(rateCardId, { product_id: computeId, starting_at: MAR, ending_before: APR, rate_type: 'FLAT', price: 3 });
    await addRate(rateCardId, { product_id: computeId, starting_at: APR, rate_type: 'FLAT', price: 4 });
  });

  it('serves the segments overlapping [starting_at, ending_before) with their own boundaries', async () => {
    const response = await schedule({ rate_card_id: rateCardId, starting_at: '2025-02-15T00:00:00Z', ending_before: APR });
    expect(windows(response.body.data)).toEqual([
      [FEB, MAR, 2],
      [MAR, APR, 3],
    ]);
  });

  it('serves every future segment without ending_before', async () => {
    const response = await schedule({ rate_card_id: rateCardId, starting_at: MAR });
    expect(windows(response.body.data)).toEqual([
      [MAR, APR, 3],
      [APR, null, 4],
    ]);
  });

  it('pages through the schedule with limit and next_page', async () => {
    const first = await schedule({ rate_card_id: rateCardId, starting_at: JAN }, { limit: 3 });
    expect(windows(first.body.data).map((w) => w[2])).toEqual([1, 2, 3]);
    expect(typeof first.body.next_page).toBe('string');
    const second = await schedule({ rate_card_id: rateCardId, starting_at: JAN }, { limit: 3, next_page: first.body.next_page });
    expect(windows(second.body.data).map((w) => w[2])).toEqual([4]);
    expect(second.body.next_page).toBeNull();
  });

  it('refuses a next_page token it did not issue', async () => {
    const response = await schedule({ rate_card_id: rateCardId, starting_at: JAN }, { next_page: 'nonsense' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'Invalid next_page cursor' });
  });

  it('refuses a limit above 100', async () => {
    const response = await schedule({ rate_card_id: rateCardId, starting_at: JAN }, { limit: 101 });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'limit must be <= 100' });
  });

  it('refuses an ending_before that is not after starting_at', async () => {
    const response = await schedule({ rate_card_id: rateCardId, starting_at: MAR, ending_before: MAR });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'ending_before must be after starting_at' });
  });

  it('answers 404 for an unknown rate card', async () => {
    const unknown = randomUUID();
    const response = await schedule({ rate_card_id: unknown, starting_at: JAN });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Rate card not found: ${unknown}` });
  });
});

describe('rateCardSchedule for other domains', () => {
  it('serves the same entries in process as getRateSchedule over HTTP', async () => {
    await addRate(rateCardId, { product_id: computeId, starting_at: JAN, rate_type: 'FLAT', price: 10 });
    await addRate(rateCardId, { product_id: computeId, starting_at: MAR, rate_type: 'FLAT', price: 12 });
    const overHttp = await schedule({ rate_card_id: rateCardId, starting_at: FEB });
    const inProcess = rateCardSchedule(server.local.db, rateCardId, { startingAt: new Date(FEB) });
    expect(inProcess).toEqual(overHttp.body.data);
    expect(rateCardSchedule(server.local.db, rateCardId, { at: new Date(MAR) }).map((e) => e.rate.price)).toEqual([12]);
  });
});
