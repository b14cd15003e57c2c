import type { RateCardListResponse } from '@metronome/sdk/resources/v1/contracts/rate-cards/rate-cards';
import type { RateListResponse } from '@metronome/sdk/resources/v1/contracts/rate-cards/rates';
import { loadEachById } from '../loaders/by-id.js';
import { builder } from './builder.js';
import { CreditType } from './credit-type.js';
import { customFieldsField } from './custom-fields.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';
import { Product } from './product.js';
import { BillingFrequency, RatePrice } from './rate.js';

export type RateCardShape = RateCardListResponse;

/** Resolvers return a rate card, or its id to have it loaded (`POST /v1/contract-pricing/rate-cards/get`, once per id). */
export const RateCard = builder.loadableNodeRef('RateCard', {
  load: (ids: string[], { api }) => loadEachById(ids, (id) => api.rateCards.retrieve({ id })),
  id: { resolve: (card: RateCardShape) => card.id },
});

/** One entry of a rate card at an instant (`getRates`). */
const Rate = builder.objectRef<RateListResponse & { pricing_group_values?: Record<string, string> }>('Rate').implement({
  description: 'The price of one product (and pricing group) on a rate card, over the window it applies.',
  fields: (t) => ({
    product: t.field({
      type: Product,
      nullable: true,
      description: 'The product priced.',
      resolve: (rate) => rate.product_id,
    }),
    productName: t.exposeString('product_name', { description: 'The name of the product priced.' }),
    productTags: t.exposeStringList('product_tags', { description: 'The tags of the product priced.' }),
    pricingGroupValues: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The pricing group values this rate applies to, when the product is priced per pricing group.',
      resolve: (rate) => rate.pricing_group_values ?? null,
    }),
    startingAt: t.field({ type: 'DateTime', description: 'When the rate starts to apply.', resolve: (rate) => rate.starting_at }),
    endingBefore: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the rate stops applying; null when it has no end.',
      resolve: (rate) => rate.ending_before ?? null,
    }),
    entitled: t.exposeBoolean('entitled', { description: 'Whether customers on the rate card are entitled to the product.' }),
    rate: t.field({ type: RatePrice, description: 'The list price.', resolve: (rate) => rate.rate }),
    commitRate: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'A distinct rate on the rate card. You can choose to use this rate rather than list rate when consuming a credit or commit.',
      resolve: (rate) => rate.commit_rate ?? null,
    }),
    billingFrequency: t.field({
      type: BillingFrequency,
      nullable: true,
      description: 'How often a subscription rate is billed.',
      resolve: (rate) => rate.billing_frequency ?? null,
    }),
  }),
});

const MAX_PAGE = 100;
const RateConnection = connectionType('Rate', Rate, 'A page of a rate card’s rates.');

RateCard.implement({
  description:
    'A rate card: the list prices of products over time, in a fiat pricing unit (and custom pricing units converted to it), that contracts price usage with. Its rates are read with `rates(at:)`.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the rate card.' }),
    name: t.exposeString('name', { description: 'The name of the rate card.' }),
    description: t.string({
      nullable: true,
      description: 'The description of the rate card.',
      resolve: (card) => card.description ?? null,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When the rate card was created.', resolve: (card) => card.created_at }),
    createdBy: t.exposeString('created_by', { description: 'Who created the rate card.' }),
    fiatCreditType: t.field({
      type: CreditType,
      nullable: true,
      description: 'The fiat pricing unit of the rate card’s prices.',
      resolve: (card) => card.fiat_credit_type?.id ?? null,
    }),
    creditTypeConversions: t.field({
      type: 'JSON',
      description: 'How custom pricing units on the rate card convert to its fiat unit: `custom_credit_type` and `fiat_per_custom_credit`.',
      resolve: (card) => card.credit_type_conversions ?? [],
    }),
    aliases: t.field({
      type: 'JSON',
      description: 'Other names the rate card can be referred to by when creating contracts, each with the window it applies.',
      resolve: (card) => card.aliases ?? [],
    }),
    customFields: customFieldsField(t),
    rates: t.field({
      type: RateConnection,
      description:
        'Understand the rate schedule at a given timestamp, optionally filtering the list of rates returned based on properties such as `product_id`. For the rates of a specific customer’s contract, inclusive of contract-level overrides, use `Contract.rateSchedule`.',
      args: {
        ...pagingArgs(t.arg, MAX_PAGE),
        at: t.arg({ type: 'DateTime', required: true, description: 'inclusive starting point for the rates schedule' }),
        productIds: t.arg.stringList({ required: false, description: 'Only the rates of these products.' }),
      },
      resolve: (card, args, { api }) =>
        resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
          api.rateCards.listRates({
            rate_card_id: card.id,
            at: args.at,
            limit,
            next_page: nextPage,
            ...(args.productIds ? { selectors: args.productIds.map((product_id) => ({ product_id })) } : {}),
          }),
        ),
    }),
  }),
});

const RateCardConnection = connectionType('RateCard', RateCard, 'A page of rate cards.');

builder.queryFields((t) => ({
  rateCards: t.field({
    type: RateCardConnection,
    description: 'List rate cards (`POST /v1/contract-pricing/rate-cards/list`).',
    args: pagingArgs(t.arg, MAX_PAGE),
    resolve: (_root, args, { api }) =>
      resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) => api.rateCards.list({ limit, next_page: nextPage })),
  }),
  rateCard: t.field({
    type: RateCard,
    nullable: true,
    description:
      'Return details for a specific rate card including name, description, and aliases; null (with a NOT_FOUND error) when there is none.',
    args: { metronomeId: t.arg.string({ required: true, description: 'The ID of the rate card.' }) },
    resolve: (_root, args) => args.metronomeId,
  }),
}));
