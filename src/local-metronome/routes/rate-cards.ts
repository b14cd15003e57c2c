import { randomUUID } from 'node:crypto';
import type {
  ProductOrderSetParams,
  ProductOrderUpdateParams,
} from '@metronome/sdk/resources/v1/contracts/rate-cards/product-orders';
import type {
  RateCardCreateParams,
  RateCardListParams,
  RateCardRetrieveRateScheduleParams,
  RateCardRetrieveResponse,
  RateCardUpdateParams,
} from '@metronome/sdk/resources/v1/contracts/rate-cards/rate-cards';
import type { RateAddManyParams, RateAddParams, RateListParams } from '@metronome/sdk/resources/v1/contracts/rate-cards/rates';
import { rateCardSchedule } from '../billing/rate-schedule.js';
import { validatedRate, type RateInput } from '../billing/rate-validation.js';
import { BadRequestError } from '../http/api-error.js';
import { defineRoute, type Domain } from '../http/route.js';
import { API_TOKEN_ACTOR } from '../store/audit-log.js';
import { getCreditType, USD_CENTS } from '../store/credit-types.js';
import { assignCustomFields } from '../store/custom-field-keys.js';
import { customFieldsOf } from '../store/custom-fields.js';
import type { Db } from '../store/database.js';
import { DEFAULT_PAGE_LIMIT } from '../store/paging.js';
import { pageByOffset } from '../store/list-paging.js';
import { productCollection } from '../store/products.js';
import {
  checkAliasSchedule,
  rateCardCollection,
  requireRateCard,
  takeOverAliases,
  type RateCardAlias,
  type StoredRateCard,
} from '../store/rate-cards.js';
import { insertRate, rateCardProductOrder, ratesSchema, saveRateCardProductOrder } from '../store/rates.js';

type CreditTypeConversion = NonNullable<StoredRateCard['credit_type_conversions']>[number];
type PagingQuery = Pick<RateCardListParams, 'limit' | 'next_page'>;

/** `fiat_per_custom_credit` is a number in requests and a decimal string in responses. */
function decimalString(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function normalizedAliases(aliases: readonly RateCardAlias[] | undefined): RateCardAlias[] {
  const normalized = (aliases ?? []).map((alias) => ({
    name: alias.name,
    ...(alias.starting_at ? { starting_at: new Date(alias.starting_at).toISOString() } : {}),
    ...(alias.ending_before ? { ending_before: new Date(alias.ending_before).toISOString() } : {}),
  }));
  checkAliasSchedule(normalized);
  return normalized;
}

/** New conversions to custom pricing units; each unit may be converted once per rate card. */
function creditTypeConversions(
  db: Db,
  requested: readonly { custom_credit_type_id: string; fiat_per_custom_credit: number }[],
  field: string,
  existing: readonly CreditTypeConversion[] = [],
): CreditTypeConversion[] {
  const added: CreditTypeConversion[] = [];
  requested.forEach((conversion, index) => {
    const at = `${field}[${index}]`;
    const creditType = getCreditType(db, conversion.custom_credit_type_id);
    if (creditType.is_currency)
      throw new BadRequestError(`${at}.custom_credit_type_id ${creditType.id} is a fiat currency, not a custom pricing unit`);
    if (!(conversion.fiat_per_custom_credit > 0))
      throw new BadRequestError(`${at}.fiat_per_custom_credit must be greater than 0`);
    if ([...existing, ...added].some((c) => c.custom_credit_type.id === creditType.id))
      throw new BadRequestError(
        `${at}.custom_credit_type_id ${creditType.id} already has a conversion on this rate card; existing conversions cannot be modified`,
      );
    added.push({
      custom_credit_type: { id: creditType.id, name: creditType.name },
      fiat_per_custom_credit: decimalString(conversion.fiat_per_custom_credit),
    });
  });
  return added;
}

function rateCardResponse(db: Db, rateCard: StoredRateCard): RateCardRetrieveResponse.Data {
  const { archived_at: _archivedAt, ...served } = rateCard;
  return { ...served, custom_fields: customFieldsOf(db, 'rate_card', rateCard.id) };
}

function nonEmptyName(name: string): string {
  if (name.trim() === '') throw new BadRequestError('name must not be empty');
  return name;
}

const createRateCard = defineRoute<RateCardCreateParams>({
  operation: 'POST /v1/contract-pricing/rate-cards/create',
  kind: 'write',
  audit: { resourceType: 'rate_card', action: 'create' },
  handle({ body, db, now }) {
    const fiat = getCreditType(db, body.fiat_credit_type_id ?? USD_CENTS.id);
    if (!fiat.is_currency)
      throw new BadRequestError(`fiat_credit_type_id ${fiat.id} is a custom pricing unit, not a fiat currency`);
    const conversions = creditTypeConversions(db, body.credit_type_conversions ?? [], 'credit_type_conversions');
    const aliases = normalizedAliases(body.aliases);
    const rateCard: StoredRateCard = {
      id: randomUUID(),
      name: nonEmptyName(body.name),
      ...(body.description !== undefined ? { description: body.description } : {}),
      fiat_credit_type: { id: fiat.id, name: fiat.name },
      ...(conversions.length ? { credit_type_conversions: conversions } : {}),
      aliases,
      created_at: now.toISOString(),
      created_by: API_TOKEN_ACTOR.name,
      archived_at: null,
    };
    takeOverAliases(db, rateCard.id, aliases);
    rateCardCollection(db).insert(rateCard);
    assignCustomFields(db, 'rate_card', rateCard.id, body.custom_fields);
    return { data: { id: rateCard.id } };
  },
});

const getRateCard = defineRoute<{ id: string }>({
  operation: 'POST /v1/contract-pricing/rate-cards/get',
  kind: 'read',
  handle({ body, db }) {
    return { data: rateCardResponse(db, requireRateCard(db, body.id)) };
  },
});

const listRateCards = defineRoute<Record<string, never>, PagingQuery>({
  operation: 'POST /v1/contract-pricing/rate-cards/list',
  kind: 'read',
  handle({ query, db }) {
    const page = rateCardCollection(db).page({
      limit: query.limit,
      nextPage: query.next_page,
      where: (rateCard) => !rateCard.archived_at,
    });
    return { data: page.data.map((rateCard) => rateCardResponse(db, rateCard)), next_page: page.next_page };
  },
});

const updateRateCard = defineRoute<RateCardUpdateParams>({
  operation: 'POST /v1/contract-pricing/rate-cards/update',
  kind: 'write',
  audit: { resourceType: 'rate_card', action: 'update', resourceId: (ctx) => ctx.body.rate_card_id },
  handle({ body, db }) {
    const rateCard = requireRateCard(db, body.rate_card_id);
    const existing = rateCard.credit_type_conversions ?? [];
    const added = creditTypeConversions(db, body.add_credit_type_conversions ?? [], 'add_credit_type_conversions', existing);
    const aliases = body.aliases !== undefined ? normalizedAliases(body.aliases) : rateCard.aliases;
    if (body.aliases !== undefined) takeOverAliases(db, rateCard.id, aliases);
    rateCardCollection(db).update({
      ...rateCard,
      ...(body.name !== undefined ? { name: nonEmptyName(body.name) } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(existing.length + added.length ? { credit_type_conversions: [...existing, ...added] } : {}),
      aliases,
    });
    return { data: { id: rateCard.id } };
  },
});

const archiveRateCard = defineRoute<{ id: string }>({
  operation: 'POST /v1/contract-pricing/rate-cards/archive',
  kind: 'write',
  audit: { resourceType: 'rate_card', action: 'archive' },
  handle({ body, db, now }) {
    const rateCard = requireRateCard(db, body.id);
    if (!rateCard.archived_at) rateCardCollection(db).update({ ...rateCard, archived_at: now.toISOString() });
    return { data: { id: rateCard.id } };
  },
});

const addRate = defineRoute<RateAddParams & Pick<RateInput, 'minimum_config'>>({
  operation: 'POST /v1/contract-pricing/rate-cards/addRate',
  kind: 'write',
  audit: { resourceType: 'rate_card', action: 'addRate', resourceId: (ctx) => ctx.body.rate_card_id },
  handle({ body, db }) {
    const { rate_card_id: rateCardId, ...input } = body;
    const rate = insertRate(db, validatedRate(db, requireRateCard(db, rateCardId, { forNewRates: true }), input));
    return { data: { ...rate.rate, ...(rate.commit_rate ? { commit_rate: rate.commit_rate } : {}) } };
  },
});

const addRates = defineRoute<RateAddManyParams>({
  operation: 'POST /v1/contract-pricing/rate-cards/addRates',
  kind: 'write',
  audit: { resourceType: 'rate_card', action: 'addRates', resourceId: (ctx) => ctx.body.rate_card_id },
  handle({ body, db }) {
    const rateCard = requireRateCard(db, body.rate_card_id, { forNewRates: true });
    // Every rate is checked before any is stored; the request's transaction makes the batch all or nothing.
    const rates = body.rates.map((input, index) => validatedRate(db, rateCard, input, `rates[${index}].`));
    for (const rate of rates) insertRate(db, rate);
    return { data: { id: rateCard.id } };
  },
});

const getRates = defineRoute<Omit<RateListParams, 'limit' | 'next_page'>, PagingQuery>({
  operation: 'POST /v1/contract-pricing/rate-cards/getRates',
  kind: 'read',
  handle({ body, query, db }) {
    requireRateCard(db, body.rate_card_id);
    const entries = rateCardSchedule(db, body.rate_card_id, { at: new Date(body.at), selectors: body.selectors });
    return pageByOffset(entries, query.next_page, query.limit ?? DEFAULT_PAGE_LIMIT);
  },
});

const getRateSchedule = defineRoute<Omit<RateCardRetrieveRateScheduleParams, 'limit' | 'next_page'>, PagingQuery>({
  operation: 'POST /v1/contract-pricing/rate-cards/getRateSchedule',
  kind: 'read',
  handle({ body, query, db }) {
    requireRateCard(db, body.rate_card_id);
    const startingAt = new Date(body.starting_at);
    const endingBefore = body.ending_before !== undefined ? new Date(body.ending_before) : undefined;
    if (endingBefore && endingBefore <= startingAt) throw new BadRequestError('ending_before must be after starting_at');
    const entries = rateCardSchedule(db, body.rate_card_id, { startingAt, endingBefore, selectors: body.selectors });
    return pageByOffset(entries, query.next_page, query.limit ?? DEFAULT_PAGE_LIMIT);
  },
});

/** Every product id must be known and have rates on the rate card. */
function requireProductsOnRateCard(
  db: Db,
  rateCardId: string,
  productIds: readonly string[],
  field: (index: number) => string,
): string[] {
  const order = rateCardProductOrder(db, rateCardId);
  const products = productCollection(db);
  productIds.forEach((productId, index) => {
    products.get(productId);
    if (!order.includes(productId))
      throw new BadRequestError(`${field(index)} ${productId} has no rates on rate card ${rateCardId}`);
  });
  return order;
}

const setRateCardProductsOrder = defineRoute<ProductOrderSetParams>({
  operation: 'POST /v1/contract-pricing/rate-cards/setRateCardProductsOrder',
  kind: 'write',
  audit: { resourceType: 'rate_card', action: 'setRateCardProductsOrder', resourceId: (ctx) => ctx.body.rate_card_id },
  handle({ body, db }) {
    const rateCard = requireRateCard(db, body.rate_card_id);
    const order = requireProductsOnRateCard(db, rateCard.id, body.product_order, (i) => `product_order[${i}]`);
    body.product_order.forEach((productId, index) => {
      if (body.product_order.indexOf(productId) !== index)
        throw new BadRequestError(`product_order[${index}] ${productId} is listed more than once`);
    });
    // Products left out keep their relative order after the listed ones.
    const unlisted = order.filter((productId) => !body.product_order.includes(productId));
    saveRateCardProductOrder(db, rateCard.id, [...body.product_order, ...unlisted]);
    return { data: { id: rateCard.id } };
  },
});

const moveRateCardProducts = defineRoute<ProductOrderUpdateParams>({
  operation: 'POST /v1/contract-pricing/rate-cards/moveRateCardProducts',
  kind: 'write',
  audit: { resourceType: 'rate_card', action: 'moveRateCardProducts', resourceId: (ctx) => ctx.body.rate_card_id },
  handle({ body, db }) {
    const rateCard = requireRateCard(db, body.rate_card_id);
    const productIds = body.product_moves.map((move) => move.product_id);
    const order = requireProductsOnRateCard(db, rateCard.id, productIds, (i) => `product_moves[${i}].product_id`);
    // Moves apply one after another, each to the order the previous ones left.
    body.product_moves.forEach((move, index) => {
      if (!Number.isInteger(move.position) || move.position >= order.length)
        throw new BadRequestError(
          `product_moves[${index}].position must be a whole number below ${order.length}, the number of products on the rate card`,
        );
      order.splice(order.indexOf(move.product_id), 1);
      order.splice(move.position, 0, move.product_id);
    });
    saveRateCardProductOrder(db, rateCard.id, order);
    return { data: { id: rateCard.id } };
  },
});

/** Rate cards: the prices of products over time, and the order products appear on invoices. */
export const rateCards: Domain = {
  name: 'rate-cards',
  schemas: [ratesSchema],
  routes: [
    createRateCard,
    getRateCard,
    listRateCards,
    updateRateCard,
    archiveRateCard,
    addRate,
    addRates,
    getRates,
    getRateSchedule,
    setRateCardProductsOrder,
    moveRateCardProducts,
  ],
};
