import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { rateCardIdForAlias } from '../../src/local-metronome/store/rate-cards.js';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);

const NOW = '2025-03-01T10:00:00.000Z';
const ACTOR = 'Local API token';
const USD = { id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2', name: 'USD (cents)' };

async function created(path: string, body: Record<string, unknown>): Promise<string> {
  const response = await api('POST', path, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}

const createRateCard = (body: Record<string, unknown>) => created('/v1/contract-pricing/rate-cards/create', body);
const createProduct = (body: Record<string, unknown>) => created('/v1/contract-pricing/products/create', body);

async function createPricingUnit(name: string, isCurrency = false): Promise<{ id: string; name: string }> {
  const response = await api('POST', '/_local/credit-types', { body: { name, is_currency: isCurrency } });
  return { id: response.body.data.id, name };
}

async function getRateCard(id: string) {
  return api('POST', '/v1/contract-pricing/rate-cards/get', { body: { id } });
}

async function addRate(body: Record<string, unknown>) {
  return api('POST', '/v1/contract-pricing/rate-cards/addRate', { body });
}

async function productOrder(rateCardId: string): Promise<string[]> {
  const schedule = await api('POST', '/v1/contract-pricing/rate-cards/getRateSchedule', {
    body: { rate_card_id: rateCardId, starting_at: '2025-01-01T00:00:00Z' },
  });
  return schedule.body.data.map((entry: { product_id: string }) => entry.product_id);
}

beforeEach(async () => {
  await server.local.reset();
  await api('POST', '/_local/clock', { body: { now: NOW, frozen: true } });
});

describe('creating rate cards', () => {
  it('stores a rate card with USD (cents) as its fiat currency by default and serves it in full', async () => {
    await api('POST', '/v1/customFields/addKey', { body: { entity: 'rate_card', key: 'region', enforce_uniqueness: false } });
    const id = await createRateCard({ name: 'List prices', description: 'Public pricing', custom_fields: { region: 'eu' } });
    const response = await getRateCard(id);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: {
        id,
        name: 'List prices',
        description: 'Public pricing',
        fiat_credit_type: USD,
        aliases: [],
        created_at: NOW,
        created_by: ACTOR,
        custom_fields: { region: 'eu' },
      },
    });
  });

  it('serves credit type conversions with fiat_per_custom_credit as a decimal string', async () => {
    const tokens = await createPricingUnit('tokens');
    const id = await createRateCard({
      name: 'Tokens',
      credit_type_conversions: [{ custom_credit_type_id: tokens.id, fiat_per_custom_credit: 0.0000125 }],
    });
    expect((await getRateCard(id)).body.data.credit_type_conversions).toEqual([
      { custom_credit_type: tokens, fiat_per_custom_credit: '0.0000125' },
    ]);
  });

  it('uses another fiat currency when asked', async () => {
    const euro = await createPricingUnit('EUR (cents)', true);
    const id = await createRateCard({ name: 'Euro prices', fiat_credit_type_id: euro.id });
    expect((await getRateCard(id)).body.data.fiat_credit_type).toEqual(euro);
  });

  it('answers 404 for an unknown fiat credit type', async () => {
    const unknown = randomUUID();
    const response = await api('POST', '/v1/contract-pricing/rate-cards/create', { body: { name: 'X', fiat_credit_type_id: unknown } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `credit type not found: ${unknown}` });
  });

  it('refuses a custom pricing unit as the fiat credit type', async () => {
    const tokens = await createPricingUnit('tokens');
    const response = await api('POST', '/v1/contract-pricing/rate-cards/create', { body: { name: 'X', fiat_credit_type_id: tokens.id } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: `fiat_credit_type_id ${tokens.id} is a custom pricing unit, not a fiat currency` });
  });

  it('refuses a conversion to a fiat currency', async () => {
    const response = await api('POST', '/v1/contract-pricing/rate-cards/create', {
      body: { name: 'X', credit_type_conversions: [{ custom_credit_type_id: USD.id, fiat_per_custom_credit: 2 }] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: `credit_type_conversions[0].custom_credit_type_id ${USD.id} is a fiat currency, not a custom pricing unit`,
    });
  });

  it('refuses a conversion rate that is not positive', async () => {
    const tokens = await createPricingUnit('tokens');
    const response = await api('POST', '/v1/contract-pricing/rate-cards/create', {
      body: { name: 'X', credit_type_conversions: [{ custom_credit_type_id: tokens.id, fiat_per_custom_credit: 0 }] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'credit_type_conversions[0].fiat_per_custom_credit must be greater than 0' });
  });

  it('answers 404 for a conversion to an unknown credit type', async () => {
    const unknown = randomUUID();
    const response = await api('POST', '/v1/contract-pricing/rate-cards/create', {
      body: { name: 'X', credit_type_conversions: [{ custom_credit_type_id: unknown, fiat_per_custom_credit: 1 }] },
    });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `credit type not found: ${unknown}` });
  });

  it('refuses alias windows that end before they start', async () => {
    const response = await api('POST', '/v1/contract-pricing/rate-cards/create', {
      body: { name: 'X', aliases: [{ name: 'paygo', starting_at: '2025-05-01T00:00:00Z', ending_before: '2025-04-01T00:00:00Z' }] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'aliases[0].ending_before must be after aliases[0].starting_at' });
  });

  it('refuses overlapping windows of one alias on one rate card', async () => {
    const response = await api('POST', '/v1/contract-pricing/rate-cards/create', {
      body: { name: 'X', aliases: [{ name: 'paygo' }, { name: 'paygo', starting_at: '2025-05-01T00:00:00Z' }] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'aliases[1] overlaps aliases[0] for alias paygo' });
  });

  it('refuses a rate card without a name', async () => {
    const response = await api('POST', '/v1/contract-pricing/rate-cards/create', { body: { description: 'x' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'name is required' });
  });
});

describe('rate card aliases', () => {
  it('moves an alias to the rate card it was most recently assigned to, from the new starting_at', async () => {
    const old = await createRateCard({ name: 'Old', aliases: [{ name: 'paygo' }] });
    const next = await createRateCard({ name: 'New', aliases: [{ name: 'paygo', starting_at: '2025-06-01T00:00:00Z' }] });

    expect((await getRateCard(old)).body.data.aliases).toEqual([{ name: 'paygo', ending_before: '2025-06-01T00:00:00.000Z' }]);
    expect(rateCardIdForAlias(server.local.db, 'paygo', new Date('2025-05-31T23:59:59Z'))).toBe(old);
    expect(rateCardIdForAlias(server.local.db, 'paygo', new Date('2025-06-01T00:00:00Z'))).toBe(next);
  });

  it('gives the alias back to the older rate card after the newer window ends', async () => {
    const old = await createRateCard({ name: 'Old', aliases: [{ name: 'paygo' }] });
    await createRateCard({
      name: 'Promo',
      aliases: [{ name: 'paygo', starting_at: '2025-06-01T00:00:00Z', ending_before: '2025-07-01T00:00:00Z' }],
    });
    expect((await getRateCard(old)).body.data.aliases).toEqual([
      { name: 'paygo', ending_before: '2025-06-01T00:00:00.000Z' },
      { name: 'paygo', starting_at: '2025-07-01T00:00:00.000Z' },
    ]);
  });

  it('replaces the alias schedule on update and takes the alias from other rate cards', async () => {
    const first = await createRateCard({ name: 'First', aliases: [{ name: 'paygo' }, { name: 'legacy' }] });
    const second = await createRateCard({ name: 'Second' });
    await api('POST', '/v1/contract-pricing/rate-cards/update', { body: { rate_card_id: second, aliases: [{ name: 'paygo' }] } });

    expect((await getRateCard(first)).body.data.aliases).toEqual([{ name: 'legacy' }]);
    expect((await getRateCard(second)).body.data.aliases).toEqual([{ name: 'paygo' }]);
  });
});

describe('updating, listing and archiving rate cards', () => {
  it('renames and redescribes a rate card', async () => {
    const id = await createRateCard({ name: 'Old name', description: 'old' });
    const response = await api('POST', '/v1/contract-pricing/rate-cards/update', {
      body: { rate_card_id: id, name: 'New name', description: 'new' },
    });
    expect(response.body).toEqual({ data: { id } });
    expect((await getRateCard(id)).body.data).toMatchObject({ name: 'New name', description: 'new' });
  });

  it('adds credit type conversions after the existing ones', async () => {
    const tokens = await createPricingUnit('tokens');
    const gems = await createPricingUnit('gems');
    const id = await createRateCard({ name: 'X', credit_type_conversions: [{ custom_credit_type_id: tokens.id, fiat_per_custom_credit: 2 }] });
    await api('POST', '/v1/contract-pricing/rate-cards/update', {
      body: { rate_card_id: id, add_credit_type_conversions: [{ custom_credit_type_id: gems.id, fiat_per_custom_credit: 150 }] },
    });
    expect((await getRateCard(id)).body.data.credit_type_conversions).toEqual([
      { custom_credit_type: tokens, fiat_per_custom_credit: '2' },
      { custom_credit_type: gems, fiat_per_custom_credit: '150' },
    ]);
  });

  it('refuses to modify an existing conversion', async () => {
    const tokens = await createPricingUnit('tokens');
    const id = await createRateCard({ name: 'X', credit_type_conversions: [{ custom_credit_type_id: tokens.id, fiat_per_custom_credit: 2 }] });
    const response = await api('POST', '/v1/contract-pricing/rate-cards/update', {
      body: { rate_card_id: id, add_credit_type_conversions: [{ custom_credit_type_id: tokens.id, fiat_per_custom_credit: 3 }] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: `add_credit_type_conversions[0].custom_credit_type_id ${tokens.id} already has a conversion on this rate card; existing conversions cannot be modified`,
    });
  });

  it('answers 404 when updating an unknown rate card', async () => {
    const id = randomUUID();
    const response = await api('POST', '/v1/contract-pricing/rate-cards/update', { body: { rate_card_id: id, name: 'x' } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Rate card not found: ${id}` });
  });

  it('lists rate cards that are not archived, in creation order, paged', async () => {
    const a = await createRateCard({ name: 'A' });
    const archived = await createRateCard({ name: 'B' });
    const c = await createRateCard({ name: 'C' });
    const d = await createRateCard({ name: 'D' });
    expect((await api('POST', '/v1/contract-pricing/rate-cards/archive', { body: { id: archived } })).body).toEqual({ data: { id: archived } });

    const first = await api('POST', '/v1/contract-pricing/rate-cards/list', { body: {}, query: { limit: 2 } });
    expect(first.body.data.map((r: { id: string }) => r.id)).toEqual([a, c]);
    const second = await api('POST', '/v1/contract-pricing/rate-cards/list', { query: { limit: 2, next_page: first.body.next_page } });
    expect(second.body.data.map((r: { id: string }) => r.id)).toEqual([d]);
    expect(second.body.next_page).toBeNull();
  });

  it('still serves an archived rate card by id', async () => {
    const id = await createRateCard({ name: 'A' });
    await api('POST', '/v1/contract-pricing/rate-cards/archive', { body: { id } });
    expect((await getRateCard(id)).body.data.name).toBe('A');
  });

  it('answers 404 for an unknown rate card', async () => {
    const id = randomUUID();
    for (const path of ['get', 'archive']) {
      const response = await api('POST', `/v1/contract-pricing/rate-cards/${path}`, { body: { id } });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ message: `Rate card not found: ${id}` });
    }
  });

  it('records every write in the audit log', async () => {
    const id = await createRateCard({ name: 'A' });
    await api('POST', '/v1/contract-pricing/rate-cards/update', { body: { rate_card_id: id, name: 'B' } });
    await api('POST', '/v1/contract-pricing/rate-cards/archive', { body: { id } });
    const log = server.local.db.prepare('SELECT resource_type, resource_id, data FROM audit_logs ORDER BY seq').all() as {
      resource_type: string;
      resource_id: string;
      data: string;
    }[];
    expect(log.map((e) => [e.resource_type, e.resource_id, JSON.parse(e.data).action])).toEqual([
      ['rate_card', id, 'create'],
      ['rate_card', id, 'update'],
      ['rate_card', id, 'archive'],
    ]);
  });
});

describe('adding rates', () => {
  let rateCardId: string;
  let productId: string;

  beforeEach(async () => {
    rateCardId = await createRateCard({ name: 'List prices' });
    productId = await createProduct({ name: 'Platform fee', type: 'FIXED' });
  });

  it('answers with the rate as stored, in the rate card fiat currency by default', async () => {
    const response = await addRate({
      rate_card_id: rateCardId,
      product_id: productId,
      starting_at: '2025-01-01T00:00:00Z',
      entitled: true,
      rate_type: 'FLAT',
      price: 100,
      commit_rate: { rate_type: 'FLAT', price: 80 },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: { rate_type: 'FLAT', price: 100, credit_type: USD, commit_rate: { rate_type: 'FLAT', price: 80 } },
    });
  });

  it('prices in a custom pricing unit the rate card converts', async () => {
    const tokens = await createPricingUnit('tokens');
    const withConversion = await createRateCard({
      name: 'Tokens',
      credit_type_conversions: [{ custom_credit_type_id: tokens.id, fiat_per_custom_credit: 0.5 }],
    });
    const response = await addRate({
      rate_card_id: withConversion,
      product_id: productId,
      starting_at: '2025-01-01T00:00:00Z',
      entitled: true,
      rate_type: 'FLAT',
      price: 3,
      credit_type_id: tokens.id,
    });
    expect(response.body).toEqual({ data: { rate_type: 'FLAT', price: 3, credit_type: tokens } });
  });

  it('refuses a custom pricing unit without a conversion on the rate card', async () => {
    const tokens = await createPricingUnit('tokens');
    const response = await addRate({
      rate_card_id: rateCardId,
      product_id: productId,
      starting_at: '2025-01-01T00:00:00Z',
      entitled: true,
      rate_type: 'FLAT',
      price: 3,
      credit_type_id: tokens.id,
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: `credit_type_id ${tokens.id} (tokens) has no conversion to USD (cents) on rate card ${rateCardId}; add one to its credit_type_conversions`,
    });
  });

  it('answers 404 for an unknown credit type', async () => {
    const unknown = randomUUID();
    const response = await addRate({
      rate_card_id: rateCardId,
      product_id: productId,
      starting_at: '2025-01-01T00:00:00Z',
      entitled: true,
      rate_type: 'FLAT',
      price: 3,
      credit_type_id: unknown,
    });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `credit type not found: ${unknown}` });
  });

  it('answers 404 for an unknown product', async () => {
    const unknown = randomUUID();
    const response = await addRate({ rate_card_id: rateCardId, product_id: unknown, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'FLAT', price: 1 });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Product not found: ${unknown}` });
  });

  it('answers 404 for an unknown rate card', async () => {
    const unknown = randomUUID();
    const response = await addRate({ rate_card_id: unknown, product_id: productId, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'FLAT', price: 1 });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Rate card not found: ${unknown}` });
  });

  it('refuses rates for an archived product', async () => {
    await api('POST', '/v1/contract-pricing/products/archive', { body: { product_id: productId } });
    const response = await addRate({ rate_card_id: rateCardId, product_id: productId, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'FLAT', price: 1 });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: `product_id ${productId} is archived; archived products cannot get new rates` });
  });

  it('refuses rates on an archived rate card', async () => {
    await api('POST', '/v1/contract-pricing/rate-cards/archive', { body: { id: rateCardId } });
    const response = await addRate({ rate_card_id: rateCardId, product_id: productId, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'FLAT', price: 1 });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: `rate card ${rateCardId} is archived; archived rate cards cannot get new rates` });
  });

  it('refuses a window that ends before it starts', async () => {
    const response = await addRate({
      rate_card_id: rateCardId,
      product_id: productId,
      starting_at: '2025-02-01T00:00:00Z',
      ending_before: '2025-02-01T00:00:00Z',
      entitled: true,
      rate_type: 'FLAT',
      price: 1,
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'ending_before must be after starting_at' });
  });

  it.each([
    [{ rate_type: 'FLAT' }, 'price is required for FLAT rates'],
    [{ rate_type: 'FLAT', price: -1 }, 'price must be >= 0'],
    [{ rate_type: 'PERCENTAGE', price: 1.5 }, 'price of a PERCENTAGE rate is a fraction and must be <= 1'],
    [{ rate_type: 'TIERED' }, 'tiers is required for TIERED rates'],
    [{ rate_type: 'TIERED', price: 5, tiers: [{ price: 1 }] }, 'price is only valid for FLAT, PERCENTAGE and SUBSCRIPTION rates'],
    [{ rate_type: 'TIERED', tiers: [{ price: 2 }, { price: 1 }] }, 'tiers[0].size is required on every tier but the last'],
    [{ rate_type: 'TIERED', tiers: [{ size: 0, price: 2 }, { price: 1 }] }, 'tiers[0].size must be greater than 0'],
    [{ rate_type: 'TIERED', tiers: [{ size: 10, price: -2 }, { price: 1 }] }, 'tiers[0].price must be >= 0'],
    [{ rate_type: 'FLAT', price: 1, tiers: [{ price: 1 }] }, 'tiers is only valid for TIERED and TIERED_PERCENTAGE rates'],
    [{ rate_type: 'FLAT', price: 1, quantity: 2 }, 'quantity is only valid for SUBSCRIPTION rates'],
    [{ rate_type: 'FLAT', price: 1, minimum_config: { minimum: 5 } }, 'minimum_config is only valid for PERCENTAGE and TIERED_PERCENTAGE rates'],
    [{ rate_type: 'CUSTOM' }, 'custom_rate is required for CUSTOM rates'],
    [{ rate_type: 'FLAT', price: 1, custom_rate: { a: 1 } }, 'custom_rate is only valid for CUSTOM rates'],
    [{ rate_type: 'FLAT', price: 1, commit_rate: { rate_type: 'FLAT', price: -3 } }, 'commit_rate.price must be >= 0'],
    [{ rate_type: 'FLAT', price: 1, billing_frequency: 'MONTHLY' }, 'billing_frequency is only valid for rates of SUBSCRIPTION products'],
    [{ rate_type: 'FLAT', price: 1, pricing_group_values: { region: 'eu' } }, `pricing_group_values.region is not in the pricing_group_key of product PRODUCT ([])`],
  ])('refuses %j: %s', async (fields, message) => {
    const response = await addRate({ rate_card_id: rateCardId, product_id: productId, starting_at: '2025-01-01T00:00:00Z', entitled: true, ...fields });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: message.replace('PRODUCT', productId) });
  });

  it('refuses a rate type outside the enum', async () => {
    const response = await addRate({ rate_card_id: rateCardId, product_id: productId, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'flat', price: 1 });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'rate_type must be one of: FLAT, PERCENTAGE, SUBSCRIPTION, TIERED, TIERED_PERCENTAGE, CUSTOM' });
  });

  it('stores a tiered rate with its tiers', async () => {
    const response = await addRate({
      rate_card_id: rateCardId,
      product_id: productId,
      starting_at: '2025-01-01T00:00:00Z',
      entitled: true,
      rate_type: 'TIERED',
      tiers: [{ size: 1000, price: 2 }, { size: 9000, price: 1.5 }, { price: 1 }],
    });
    expect(response.body).toEqual({
      data: { rate_type: 'TIERED', tiers: [{ size: 1000, price: 2 }, { size: 9000, price: 1.5 }, { price: 1 }], credit_type: USD },
    });
  });

  it('stores a percentage rate without a credit type of its own', async () => {
    const response = await addRate({
      rate_card_id: rateCardId,
      product_id: productId,
      starting_at: '2025-01-01T00:00:00Z',
      entitled: false,
      rate_type: 'PERCENTAGE',
      price: 0.1,
      minimum_config: { minimum: 500 },
    });
    expect(response.body).toEqual({ data: { rate_type: 'PERCENTAGE', price: 0.1, minimum_config: { minimum: 500 } } });
  });

  it('requires a billing frequency for flat rates of subscription products', async () => {
    const seats = await createProduct({ name: 'Seats', type: 'SUBSCRIPTION' });
    const missing = await addRate({ rate_card_id: rateCardId, product_id: seats, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'FLAT', price: 1000 });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ message: 'billing_frequency is required for FLAT rates of SUBSCRIPTION products' });
    const given = await addRate({
      rate_card_id: rateCardId,
      product_id: seats,
      starting_at: '2025-01-01T00:00:00Z',
      entitled: true,
      rate_type: 'FLAT',
      price: 1000,
      billing_frequency: 'MONTHLY',
    });
    expect(given.status).toBe(200);
  });

  it('stores a subscription rate with quantity and proration', async () => {
    const response = await addRate({
      rate_card_id: rateCardId,
      product_id: productId,
      starting_at: '2025-01-01T00:00:00Z',
      entitled: true,
      rate_type: 'SUBSCRIPTION',
      price: 500,
      quantity: 3,
      is_prorated: true,
    });
    expect(response.body).toEqual({ data: { rate_type: 'SUBSCRIPTION', price: 500, quantity: 3, is_prorated: true, credit_type: USD } });
  });

  it('refuses is_prorated false, which the contract says must be true', async () => {
    const response = await addRate({
      rate_card_id: rateCardId,
      product_id: productId,
      starting_at: '2025-01-01T00:00:00Z',
      entitled: true,
      rate_type: 'SUBSCRIPTION',
      price: 500,
      is_prorated: false,
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'is_prorated must be true when set' });
  });

  it('stores every rate of addRates, or none when one is invalid', async () => {
    const other = await createProduct({ name: 'Support', type: 'FIXED' });
    const refused = await api('POST', '/v1/contract-pricing/rate-cards/addRates', {
      body: {
        rate_card_id: rateCardId,
        rates: [
          { product_id: productId, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'FLAT', price: 1 },
          { product_id: other, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'FLAT', price: -1 },
        ],
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ message: 'rates[1].price must be >= 0' });
    expect(await productOrder(rateCardId)).toEqual([]);

    const accepted = await api('POST', '/v1/contract-pricing/rate-cards/addRates', {
      body: {
        rate_card_id: rateCardId,
        rates: [
          { product_id: productId, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'FLAT', price: 1 },
          { product_id: other, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'FLAT', price: 2 },
        ],
      },
    });
    expect(accepted.body).toEqual({ data: { id: rateCardId } });
    expect(await productOrder(rateCardId)).toEqual([productId, other]);
  });

  it('names the failing rate of addRates when its product is unknown', async () => {
    const unknown = randomUUID();
    const response = await api('POST', '/v1/contract-pricing/rate-cards/addRates', {
      body: {
        rate_card_id: rateCardId,
        rates: [{ product_id: unknown, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'FLAT', price: 1 }],
      },
    });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Product not found: ${unknown}` });
  });
});

describe('rate card product order', () => {
  let rateCardId: string;
  let products: string[];

  beforeEach(async () => {
    rateCardId = await createRateCard({ name: 'List prices' });
    products = [];
    for (const name of ['A', 'B', 'C', 'D']) products.push(await createProduct({ name, type: 'FIXED' }));
    await api('POST', '/v1/contract-pricing/rate-cards/addRates', {
      body: {
        rate_card_id: rateCardId,
        rates: products.map((product_id) => ({ product_id, starting_at: '2025-01-01T00:00:00Z', entitled: true, rate_type: 'FLAT', price: 1 })),
      },
    });
  });

  it('orders products in the order they were first priced', async () => {
    expect(await productOrder(rateCardId)).toEqual(products);
  });

  it('sets the order, keeping unlisted products after the listed ones', async () => {
    const [a, b, c, d] = products;
    const response = await api('POST', '/v1/contract-pricing/rate-cards/setRateCardProductsOrder', {
      body: { rate_card_id: rateCardId, product_order: [d, b] },
    });
    expect(response.body).toEqual({ data: { id: rateCardId } });
    expect(await productOrder(rateCardId)).toEqual([d, b, a, c]);
  });

  it('moves products one after another to 0-based positions', async () => {
    const [a, b, c, d] = products;
    await api('POST', '/v1/contract-pricing/rate-cards/moveRateCardProducts', {
      body: { rate_card_id: rateCardId, product_moves: [{ product_id: c, position: 0 }, { product_id: a, position: 3 }] },
    });
    expect(await productOrder(rateCardId)).toEqual([c, b, d, a]);
  });

  it('refuses a position past the end of the order', async () => {
    const response = await api('POST', '/v1/contract-pricing/rate-cards/moveRateCardProducts', {
      body: { rate_card_id: rateCardId, product_moves: [{ product_id: products[0], position: 4 }] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: 'product_moves[0].position must be a whole number below 4, the number of products on the rate card',
    });
  });

  it('refuses a product without rates on the rate card', async () => {
    const unpriced = await createProduct({ name: 'E', type: 'FIXED' });
    const response = await api('POST', '/v1/contract-pricing/rate-cards/setRateCardProductsOrder', {
      body: { rate_card_id: rateCardId, product_order: [unpriced] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: `product_order[0] ${unpriced} has no rates on rate card ${rateCardId}` });
  });

  it('refuses a product listed twice', async () => {
    const response = await api('POST', '/v1/contract-pricing/rate-cards/setRateCardProductsOrder', {
      body: { rate_card_id: rateCardId, product_order: [products[1], products[1]] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: `product_order[1] ${products[1]} is listed more than once` });
  });

  it('answers 404 for an unknown product or rate card', async () => {
    const unknown = randomUUID();
    const product = await api('POST', '/v1/contract-pricing/rate-cards/moveRateCardProducts', {
      body: { rate_card_id: rateCardId, product_moves: [{ product_id: unknown, position: 0 }] },
    });
    expect(product.status).toBe(404);
    expect(product.body).toEqual({ message: `Product not found: ${unknown}` });
    const rateCard = await api('POST', '/v1/contract-pricing/rate-cards/setRateCardProductsOrder', {
      body: { rate_card_id: unknown, product_order: [] },
    });
    expect(rateCard.status).toBe(404);
    expect(rateCard.body).toEqual({ message: `Rate card not found: ${unknown}` });
  });
});
