import { beforeEach, describe, expect, it } from 'vitest';
import {
  CatalogueAddRateDocument,
  CatalogueAddRatesDocument,
  CatalogueArchiveProductDocument,
  CatalogueArchiveRateCardDocument,
  CatalogueCreateProductDocument,
  CatalogueCreateRateCardDocument,
  CatalogueMoveProductsDocument,
  CatalogueProductByIdDocument,
  CatalogueProductListsDocument,
  CatalogueRateCardByIdDocument,
  CatalogueRateCardsDocument,
  CatalogueRateCardsNestedDocument,
  CatalogueRateScheduleDocument,
  CatalogueRatesDocument,
  CatalogueSetProductsOrderDocument,
  CatalogueUpdateProductDocument,
  CatalogueUpdateRateCardDocument,
} from './__generated__/graphql.js';
import { create, USD_CENTS } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const NOW = '2025-05-01T00:00:00.000Z';
const JAN = '2025-01-01T00:00:00.000Z';
const APR = '2025-04-01T00:00:00.000Z';
const JUN = '2025-06-01T00:00:00.000Z';
const JUL = '2025-07-01T00:00:00.000Z';
const AUG = '2025-08-01T00:00:00.000Z';
const ACTOR = 'Local API token';
const UNKNOWN = '00000000-0000-4000-8000-000000000001';

beforeEach(async () => {
  await server.local.reset();
  await server.api('POST', '/_local/clock', { body: { now: NOW, frozen: true } });
});

const codes = (errors: { extensions?: Record<string, any>; message: string }[] | undefined) =>
  errors?.map((e) => [e.extensions?.code, e.message]);

async function metric(): Promise<string> {
  return create(server.api, '/v1/billable-metrics/create', {
    name: 'API calls',
    aggregation_type: 'COUNT',
    group_keys: [['region'], ['region', 'tier']],
  });
}

describe('products', () => {
  it('creates a usage product and answers it as Metronome stored it: current and initial alike, no updates', async () => {
    const metricId = await metric();
    const { body } = await harness.execute(CatalogueCreateProductDocument, {
      input: {
        name: 'Compute',
        type: 'USAGE',
        billableMetricId: metricId,
        tags: ['infra'],
        pricingGroupKey: ['region'],
        quantityConversion: { conversionFactor: 1024, operation: 'DIVIDE', name: 'MB to GB' },
        quantityRounding: { decimalPlaces: 2, roundingMethod: 'ROUND_UP' },
      },
    });
    expect(body.errors).toBeUndefined();
    const [stored] = (await server.api('POST', '/v1/contract-pricing/products/list', { body: {} })).body.data;
    const state = {
      name: 'Compute',
      startingAt: NOW,
      createdAt: NOW,
      createdBy: ACTOR,
      tags: ['infra'],
      billableMetric: { metronomeId: metricId },
      compositeProducts: [],
      compositeTags: [],
      excludeFreeUsage: null,
      isRefundable: null,
      pricingGroupKey: ['region'],
      presentationGroupKey: [],
      quantityConversion: { conversionFactor: 1024, operation: 'DIVIDE', name: 'MB to GB' },
      quantityRounding: { decimalPlaces: 2, roundingMethod: 'ROUND_UP' },
    };
    expect(body.data?.createProduct).toEqual({
      metronomeId: stored.id,
      type: 'USAGE',
      name: 'Compute',
      tags: ['infra'],
      billableMetric: { metronomeId: metricId },
      quantityConversion: state.quantityConversion,
      quantityRounding: state.quantityRounding,
      archivedAt: null,
      current: state,
      initial: state,
      updates: [],
    });
  });

  it('creates once when the same idempotency key is sent twice', async () => {
    const variables = { input: { name: 'Onboarding', type: 'FIXED' as const }, idempotencyKey: 'create-onboarding-1' };
    const first = await harness.execute(CatalogueCreateProductDocument, variables);
    const second = await harness.execute(CatalogueCreateProductDocument, variables);
    expect(second.body.data?.createProduct.metronomeId).toBe(first.body.data?.createProduct.metronomeId);
    const listed = (await server.api('POST', '/v1/contract-pricing/products/list', { body: {} })).body.data;
    expect(listed.map((p: { id: string }) => p.id)).toEqual([first.body.data?.createProduct.metronomeId]);
  });

  it('answers BAD_USER_INPUT when a usage product has no billable metric', async () => {
    const { body } = await harness.execute(CatalogueCreateProductDocument, { input: { name: 'Compute', type: 'USAGE' } });
    expect(body.data).toBeNull();
    expect(codes(body.errors)).toEqual([['BAD_USER_INPUT', 'billable_metric_id is required for USAGE products']]);
  });

  it('applies an update that has started to the current state and keeps a scheduled one for later, both listed as updates', async () => {
    const metricId = await metric();
    const created = await harness.execute(CatalogueCreateProductDocument, {
      input: {
        name: 'Compute',
        type: 'USAGE',
        billableMetricId: metricId,
        quantityConversion: { conversionFactor: 1024, operation: 'DIVIDE' },
      },
    });
    const productId = created.body.data!.createProduct.metronomeId;
    const started = await harness.execute(CatalogueUpdateProductDocument, {
      input: { productId, startingAt: NOW, name: 'Compute v2', tags: ['infra'] },
    });
    expect(started.body.errors).toBeUndefined();
    expect(started.body.data?.updateProduct).toMatchObject({
      name: 'Compute v2',
      tags: ['infra'],
      current: { name: 'Compute v2', tags: ['infra'], quantityConversion: { conversionFactor: 1024, operation: 'DIVIDE', name: null } },
      initial: { name: 'Compute', tags: [] },
    });
    const scheduled = await harness.execute(CatalogueUpdateProductDocument, {
      input: { productId, startingAt: JUN, name: 'Compute v3', quantityConversion: null },
    });
    const product = scheduled.body.data!.updateProduct;
    expect([product.name, product.current.name, product.quantityConversion]).toEqual([
      'Compute v2',
      'Compute v2',
      { conversionFactor: 1024, operation: 'DIVIDE', name: null },
    ]);
    const unchanged = { billableMetric: null, compositeProducts: null, pricingGroupKey: null, createdAt: NOW, createdBy: ACTOR };
    expect(product.updates).toEqual([
      { ...unchanged, startingAt: NOW, name: 'Compute v2', tags: ['infra'], quantityConversion: null },
      { ...unchanged, startingAt: JUN, name: 'Compute v3', tags: null, quantityConversion: null },
    ]);
    // Once June comes, the scheduled update is the current state: the explicit null removed the conversion.
    await server.api('POST', '/_local/clock', { body: { now: JUN, frozen: true } });
    const later = await harness.execute(CatalogueProductByIdDocument, { id: productId });
    expect([later.body.data?.product?.name, later.body.data?.product?.current.quantityConversion]).toEqual(['Compute v3', null]);
  });

  it('answers NOT_FOUND when updating a product that does not exist', async () => {
    const { body } = await harness.execute(CatalogueUpdateProductDocument, { input: { productId: UNKNOWN, startingAt: NOW, name: 'x' } });
    expect(body.data).toBeNull();
    expect(codes(body.errors)).toEqual([['NOT_FOUND', `Product not found: ${UNKNOWN}`]]);
  });

  it('answers BAD_USER_INPUT for an update that does not start on an hour boundary', async () => {
    const productId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Onboarding', type: 'FIXED' });
    const { body } = await harness.execute(CatalogueUpdateProductDocument, {
      input: { productId, startingAt: '2025-05-01T00:30:00.000Z', name: 'x' },
    });
    expect(codes(body.errors)).toEqual([['BAD_USER_INPUT', 'starting_at must be on an hour boundary (e.g. 1:00, not 1:30)']]);
  });

  it('archives a product: it leaves the default list, joins the archived one and stays readable', async () => {
    const keptId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Kept', type: 'FIXED' });
    const productId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Retired', type: 'FIXED' });
    const { body } = await harness.execute(CatalogueArchiveProductDocument, { productId });
    expect(body.data?.archiveProduct).toEqual({ metronomeId: productId, archivedAt: NOW });
    const lists = await Promise.all(
      ([undefined, 'ARCHIVED', 'ALL'] as const).map((filter) => harness.execute(CatalogueProductListsDocument, { filter })),
    );
    expect(lists.map((list) => list.body.data?.products.nodes)).toEqual([
      [{ metronomeId: keptId, name: 'Kept', archivedAt: null }],
      [{ metronomeId: productId, name: 'Retired', archivedAt: NOW }],
      [
        { metronomeId: keptId, name: 'Kept', archivedAt: null },
        { metronomeId: productId, name: 'Retired', archivedAt: NOW },
      ],
    ]);
  });

  it('answers BAD_USER_INPUT when archiving a product that is already archived', async () => {
    const productId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Retired', type: 'FIXED' });
    await harness.execute(CatalogueArchiveProductDocument, { productId });
    const { body } = await harness.execute(CatalogueArchiveProductDocument, { productId });
    expect(codes(body.errors)).toEqual([['BAD_USER_INPUT', `product ${productId} is already archived`]]);
  });
});

describe('rate cards', () => {
  it('creates a rate card with aliases and answers it as stored, in USD (cents) by default', async () => {
    const { body } = await harness.execute(CatalogueCreateRateCardDocument, {
      input: {
        name: 'List prices',
        description: 'Public pricing',
        aliases: [{ name: 'standard' }, { name: 'summer', startingAt: JUN, endingBefore: AUG }],
      },
    });
    expect(body.errors).toBeUndefined();
    const [stored] = (await server.api('POST', '/v1/contract-pricing/rate-cards/list', { body: {} })).body.data;
    expect(body.data?.createRateCard).toEqual({
      metronomeId: stored.id,
      name: 'List prices',
      description: 'Public pricing',
      createdBy: ACTOR,
      fiatCreditType: { metronomeId: USD_CENTS, name: 'USD (cents)' },
      aliases: [
        { name: 'standard', startingAt: null, endingBefore: null },
        { name: 'summer', startingAt: JUN, endingBefore: AUG },
      ],
      creditTypeConversions: [],
    });
  });

  it('updates a rate card’s name, description and aliases', async () => {
    const rateCardId = await create(server.api, '/v1/contract-pricing/rate-cards/create', { name: 'List prices', aliases: [{ name: 'old' }] });
    const { body } = await harness.execute(CatalogueUpdateRateCardDocument, {
      input: { rateCardId, name: 'List prices 2025', description: 'Updated', aliases: [{ name: 'standard', startingAt: JUN }] },
    });
    expect(body.data?.updateRateCard).toEqual({
      metronomeId: rateCardId,
      name: 'List prices 2025',
      description: 'Updated',
      createdBy: ACTOR,
      fiatCreditType: { metronomeId: USD_CENTS, name: 'USD (cents)' },
      aliases: [{ name: 'standard', startingAt: JUN, endingBefore: null }],
      creditTypeConversions: [],
    });
  });

  it('answers NOT_FOUND when updating a rate card that does not exist', async () => {
    const { body } = await harness.execute(CatalogueUpdateRateCardDocument, { input: { rateCardId: UNKNOWN, name: 'x' } });
    expect(body.data).toBeNull();
    expect(codes(body.errors)).toEqual([['NOT_FOUND', `Rate card not found: ${UNKNOWN}`]]);
  });

  it('archives a rate card: it stays readable by id, leaves rateCards and takes no new rates', async () => {
    const rateCardId = await create(server.api, '/v1/contract-pricing/rate-cards/create', { name: 'Old prices' });
    const productId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Onboarding', type: 'FIXED' });
    const archived = await harness.execute(CatalogueArchiveRateCardDocument, { rateCardId });
    expect(archived.body.data?.archiveRateCard).toEqual({ metronomeId: rateCardId, name: 'Old prices' });
    expect((await harness.execute(CatalogueRateCardsDocument)).body.data?.rateCards.nodes).toEqual([]);
    expect((await harness.execute(CatalogueRateCardByIdDocument, { id: rateCardId })).body.data?.rateCard?.name).toBe('Old prices');
    const added = await harness.execute(CatalogueAddRateDocument, {
      rateCardId,
      rate: { productId, startingAt: JAN, entitled: true, rateType: 'FLAT', price: 100 },
      at: NOW,
    });
    expect(added.body.data).toBeNull();
    expect(codes(added.body.errors)).toEqual([
      ['BAD_USER_INPUT', `rate card ${rateCardId} is archived; archived rate cards cannot get new rates`],
    ]);
  });
});

describe('rates', () => {
  let rateCardId: string;
  let metricId: string;
  let computeId: string;
  let storageId: string;
  let seatsId: string;

  beforeEach(async () => {
    metricId = await metric();
    computeId = await create(server.api, '/v1/contract-pricing/products/create', {
      name: 'Compute',
      type: 'USAGE',
      billable_metric_id: metricId,
      tags: ['infra'],
      pricing_group_key: ['region'],
    });
    storageId = await create(server.api, '/v1/contract-pricing/products/create', {
      name: 'Storage',
      type: 'USAGE',
      billable_metric_id: metricId,
      tags: ['storage'],
    });
    seatsId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Seats', type: 'SUBSCRIPTION' });
    rateCardId = await create(server.api, '/v1/contract-pricing/rate-cards/create', { name: 'List prices' });
  });

  const rate = (productId: string, fields: Record<string, unknown> = {}) => ({
    productId,
    startingAt: JAN,
    entitled: true,
    rateType: 'FLAT' as const,
    price: 10,
    ...fields,
  });

  const listed = {
    productTags: [] as string[],
    pricingGroupValues: null,
    startingAt: JAN,
    endingBefore: null,
    entitled: true,
    billingFrequency: null,
    commitRate: null,
  };
  const price = { quantity: null, isProrated: null, tiers: null, creditType: { metronomeId: USD_CENTS } };

  it('adds a rate and answers the rate card with the rate in force', async () => {
    const { body } = await harness.execute(CatalogueAddRateDocument, {
      rateCardId,
      rate: rate(storageId, { price: 2.5 }),
      at: NOW,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.addRate).toEqual({
      metronomeId: rateCardId,
      rates: {
        nodes: [
          {
            ...listed,
            productName: 'Storage',
            productTags: ['storage'],
            product: { metronomeId: storageId },
            rate: { ...price, rateType: 'FLAT', price: 2.5 },
          },
        ],
      },
    });
  });

  it('adds several rates at once: per pricing group, tiered with a commit rate, and a subscription', async () => {
    const { body } = await harness.execute(CatalogueAddRatesDocument, {
      rateCardId,
      at: NOW,
      rates: [
        rate(computeId, { pricingGroupValues: { region: 'us-east-1' }, price: 10 }),
        rate(computeId, { pricingGroupValues: { region: 'eu-west-1' }, price: 12 }),
        rate(storageId, {
          rateType: 'TIERED',
          price: undefined,
          tiers: [{ price: 3, size: 1000 }, { price: 2 }],
          commitRate: { rateType: 'FLAT', price: 1.5 },
        }),
        rate(seatsId, { rateType: 'SUBSCRIPTION', price: 4000, quantity: 1, isProrated: true, billingFrequency: 'MONTHLY' }),
      ],
    });
    expect(body.errors).toBeUndefined();
    const compute = { ...listed, productName: 'Compute', productTags: ['infra'], product: { metronomeId: computeId } };
    expect(body.data?.addRates.rates.nodes).toEqual([
      { ...compute, pricingGroupValues: { region: 'us-east-1' }, rate: { ...price, rateType: 'FLAT', price: 10 } },
      { ...compute, pricingGroupValues: { region: 'eu-west-1' }, rate: { ...price, rateType: 'FLAT', price: 12 } },
      {
        ...listed,
        productName: 'Storage',
        productTags: ['storage'],
        product: { metronomeId: storageId },
        commitRate: { rate_type: 'FLAT', price: 1.5 },
        rate: { ...price, rateType: 'TIERED', price: null, tiers: [{ price: 3, size: 1000 }, { price: 2 }] },
      },
      {
        ...listed,
        productName: 'Seats',
        product: { metronomeId: seatsId },
        billingFrequency: 'MONTHLY',
        rate: { ...price, rateType: 'SUBSCRIPTION', price: 4000, quantity: 1, isProrated: true },
      },
    ]);
  });

  it('adds none of several rates when one is invalid', async () => {
    const { body } = await harness.execute(CatalogueAddRatesDocument, {
      rateCardId,
      at: NOW,
      rates: [rate(storageId), rate(computeId, { price: -1 })],
    });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const after = await harness.execute(CatalogueRatesDocument, { id: rateCardId, at: NOW });
    expect(after.body.data?.rateCard?.rates.nodes).toEqual([]);
  });

  it('selects the rates in force at an instant by product tags or partial pricing group values', async () => {
    await server.api('POST', '/v1/contract-pricing/rate-cards/addRates', {
      body: {
        rate_card_id: rateCardId,
        rates: [
          { product_id: computeId, starting_at: JAN, entitled: true, rate_type: 'FLAT', price: 10, pricing_group_values: { region: 'us' } },
          { product_id: computeId, starting_at: JAN, entitled: true, rate_type: 'FLAT', price: 12, pricing_group_values: { region: 'eu' } },
          { product_id: storageId, starting_at: JAN, entitled: true, rate_type: 'FLAT', price: 1 },
        ],
      },
    });
    const read = (selectors: object[]) =>
      harness
        .execute(CatalogueRatesDocument, { id: rateCardId, at: NOW, selectors })
        .then(({ body }) => body.data?.rateCard?.rates.nodes.map((r) => [r.productName, r.rate.price]));
    expect(await read([{ productTags: ['storage'] }])).toEqual([['Storage', 1]]);
    expect(await read([{ partialPricingGroupValues: { region: 'eu' } }])).toEqual([['Compute', 12]]);
    expect(await read([{ productId: storageId }, { pricingGroupValues: { region: 'us' } }])).toEqual([
      ['Compute', 10],
      ['Storage', 1],
    ]);
  });

  it('lists the rate schedule over a window, each segment with its own boundaries', async () => {
    // A later rate takes over its window; the open-ended rate resumes after it.
    await server.api('POST', '/v1/contract-pricing/rate-cards/addRates', {
      body: {
        rate_card_id: rateCardId,
        rates: [
          { product_id: storageId, starting_at: JAN, entitled: true, rate_type: 'FLAT', price: 10 },
          { product_id: storageId, starting_at: APR, ending_before: JUL, entitled: true, rate_type: 'FLAT', price: 8 },
          { product_id: seatsId, starting_at: JAN, entitled: true, rate_type: 'SUBSCRIPTION', price: 4000, billing_frequency: 'MONTHLY' },
        ],
      },
    });
    const { body } = await harness.execute(CatalogueRateScheduleDocument, {
      id: rateCardId,
      startingAt: '2025-03-01T00:00:00.000Z',
      endingBefore: AUG,
      selectors: [{ productId: storageId }],
    });
    expect(body.errors).toBeUndefined();
    expect(
      body.data?.rateCard?.rateSchedule.nodes.map((r) => [r.productName, r.startingAt, r.endingBefore, r.rate.price]),
    ).toEqual([
      ['Storage', JAN, APR, 10],
      ['Storage', APR, JUL, 8],
      ['Storage', JUL, null, 10],
    ]);
    expect(body.data?.rateCard?.rateSchedule.pageInfo).toEqual({ hasNextPage: false });
  });

  it('answers BAD_USER_INPUT for a rate schedule window that ends before it starts', async () => {
    const { body } = await harness.execute(CatalogueRateScheduleDocument, { id: rateCardId, startingAt: JUL, endingBefore: JUN });
    expect(body.data).toEqual({ rateCard: null });
    expect(codes(body.errors)).toEqual([['BAD_USER_INPUT', 'ending_before must be after starting_at']]);
  });

  it('pages rates with the upstream cursor in the query', async () => {
    await server.api('POST', '/v1/contract-pricing/rate-cards/addRates', {
      body: {
        rate_card_id: rateCardId,
        rates: [computeId, storageId, seatsId].map((product_id, i) =>
          product_id === seatsId
            ? { product_id, starting_at: JAN, entitled: true, rate_type: 'SUBSCRIPTION', price: 1, billing_frequency: 'MONTHLY' }
            : { product_id, starting_at: JAN, entitled: true, rate_type: 'FLAT', price: i + 1 },
        ),
      },
    });
    await harness.resetUpstreamCounts();
    const first = await harness.execute(CatalogueRatesDocument, { id: rateCardId, at: NOW, first: 2 });
    const page = first.body.data!.rateCard!.rates;
    expect([page.nodes.map((r) => r.productName), page.pageInfo.hasNextPage]).toEqual([['Compute', 'Storage'], true]);
    const second = await harness.execute(CatalogueRatesDocument, { id: rateCardId, at: NOW, first: 2, after: page.pageInfo.endCursor });
    const rest = second.body.data!.rateCard!.rates;
    expect([rest.nodes.map((r) => r.productName), rest.pageInfo.hasNextPage]).toEqual([['Seats'], false]);
    const queries = (await server.api('GET', '/_local/requests')).body.requests
      .filter((r: { operation: string }) => r.operation === 'POST /v1/contract-pricing/rate-cards/getRates')
      .map((r: { url: string }) => new URL(r.url, 'http://local').searchParams)
      .map((query: URLSearchParams) => [query.get('limit'), query.has('next_page')]);
    expect(queries).toEqual([
      ['2', false],
      ['2', true],
    ]);
  });

  it('sets the order of a rate card’s products, which its rates follow', async () => {
    await harness.execute(CatalogueAddRatesDocument, { rateCardId, at: NOW, rates: [rate(computeId), rate(storageId), rate(seatsId, { rateType: 'SUBSCRIPTION', billingFrequency: 'MONTHLY' })] });
    const { body } = await harness.execute(CatalogueSetProductsOrderDocument, { rateCardId, productOrder: [seatsId, computeId], at: NOW });
    expect(body.data?.setRateCardProductsOrder.rates.nodes.map((r) => r.productName)).toEqual(['Seats', 'Compute', 'Storage']);
  });

  it('moves products one after another from their current positions', async () => {
    await harness.execute(CatalogueAddRatesDocument, { rateCardId, at: NOW, rates: [rate(computeId), rate(storageId), rate(seatsId, { rateType: 'SUBSCRIPTION', billingFrequency: 'MONTHLY' })] });
    const { body } = await harness.execute(CatalogueMoveProductsDocument, {
      rateCardId,
      productMoves: [
        { productId: seatsId, position: 0 },
        { productId: computeId, position: 2 },
      ],
      at: NOW,
    });
    expect(body.data?.moveRateCardProducts.rates.nodes.map((r) => r.productName)).toEqual(['Seats', 'Storage', 'Compute']);
  });

  it('answers BAD_USER_INPUT when ordering a product that has no rates on the rate card', async () => {
    await harness.execute(CatalogueAddRateDocument, { rateCardId, rate: rate(computeId), at: NOW });
    const { body } = await harness.execute(CatalogueSetProductsOrderDocument, { rateCardId, productOrder: [storageId], at: NOW });
    expect(codes(body.errors)).toEqual([['BAD_USER_INPUT', `product_order[0] ${storageId} has no rates on rate card ${rateCardId}`]]);
  });
});

describe('upstream calls', () => {
  it('reads three rate cards with their rates, schedules, products and metric: one call per rate card per list, one per distinct product', async () => {
    const metricId = await metric();
    const products = await Promise.all(
      ['Compute', 'Storage', 'Network'].map((name) =>
        create(server.api, '/v1/contract-pricing/products/create', { name, type: 'USAGE', billable_metric_id: metricId }),
      ),
    );
    for (const [index, name] of ['Basic', 'Pro', 'Enterprise'].entries()) {
      const rateCardId = await create(server.api, '/v1/contract-pricing/rate-cards/create', { name });
      await server.api('POST', '/v1/contract-pricing/rate-cards/addRates', {
        body: {
          rate_card_id: rateCardId,
          // Every rate card prices two of the three products: each product is on two rate cards.
          rates: [products[index]!, products[(index + 1) % 3]!].map((product_id) => ({
            product_id,
            starting_at: JAN,
            entitled: true,
            rate_type: 'FLAT',
            price: 10 * (index + 1),
          })),
        },
      });
    }
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CatalogueRateCardsNestedDocument, { at: NOW, startingAt: JAN });
    expect(body.errors).toBeUndefined();
    expect(body.data?.rateCards.nodes.map((card) => [card.name, card.rates.nodes.map((r) => r.product?.name)])).toEqual([
      ['Basic', ['Compute', 'Storage']],
      ['Pro', ['Storage', 'Network']],
      ['Enterprise', ['Network', 'Compute']],
    ]);
    expect(body.data?.rateCards.nodes[0]!.rates.nodes[0]!.product?.billableMetric?.name).toBe('API calls');
    expect(await harness.upstreamCounts()).toEqual({
      'POST /v1/contract-pricing/rate-cards/list': 1,
      'GET /v1/credit-types/list': 1,
      'POST /v1/contract-pricing/rate-cards/getRates': 3,
      'POST /v1/contract-pricing/rate-cards/getRateSchedule': 3,
      'POST /v1/contract-pricing/products/get': 3,
      'GET /v1/billable-metrics/{billable_metric_id}': 1,
    });
  });
});
