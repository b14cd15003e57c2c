import type { RateCardListResponse } from '@metronome/sdk/resources/v1/contracts/rate-cards/rate-cards';
import type { RateListResponse } from '@metronome/sdk/resources/v1/contracts/rate-cards/rates';
import { loadEachById } from '../loaders/by-id.js';
import { builder } from './builder.js';
import { CreditType } from './credit-type.js';
import { customFieldsField } from './custom-fields.js';
import { idempotencyKeyArg } from './mutation.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';
import { primeWithPage } from './prime.js';
import { Product } from './product.js';
import {
  BillingFrequency,
  RateInput,
  RatePrice,
  RateSelectorInput,
  RateSelectorWithProductTagsInput,
  rateBody,
  selectorsBody,
} from './rate.js';

export type RateCardShape = RateCardListResponse;

/** Resolvers return a rate card, or its id to have it loaded (`POST /v1/contract-pricing/rate-cards/get`, once per id). */
export const RateCard = builder.loadableNodeRef('RateCard', {
  load: (ids: string[], { api }) => loadEachById(ids, (id) => api.rateCards.retrieve({ id })),
  id: { resolve: (card: RateCardShape) => card.id },
});

/** One entry of a rate card's schedule (`getRates`, `getRateSchedule`: the same shape). */
const Rate = builder.objectRef<RateListResponse>('Rate').implement({
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
    productCustomFields: t.field({
      type: 'JSON',
      description: 'The custom fields of the product priced, eg. { "key1": "value1", "key2": "value2" }',
      resolve: (rate) => rate.product_custom_fields ?? {},
    }),
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
        'A distinct rate on the rate card. You can choose to use this rate rather than list rate when consuming a credit or commit (`rate_type`, `price`, `tiers`).',
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

const RateCardAlias = builder.objectRef<NonNullable<RateCardShape['aliases']>[number]>('RateCardAlias').implement({
  description:
    'Another name a rate card can be referred to by when creating contracts (`rate_card_alias`), over the window it applies. If the same alias is assigned to multiple rate cards, it will reference the rate card to which it was most recently assigned.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The alias.' }),
    startingAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the alias starts to refer to this rate card; null for always.',
      resolve: (alias) => alias.starting_at ?? null,
    }),
    endingBefore: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the alias stops referring to this rate card; null for never.',
      resolve: (alias) => alias.ending_before ?? null,
    }),
  }),
});

const CreditTypeConversion = builder
  .objectRef<NonNullable<RateCardShape['credit_type_conversions']>[number]>('CreditTypeConversion')
  .implement({
    description: 'How a custom pricing unit used in a rate card’s rates converts to the rate card’s fiat pricing unit.',
    fields: (t) => ({
      customCreditType: t.field({
        type: CreditType,
        nullable: true,
        description: 'The custom pricing unit.',
        resolve: (conversion) => conversion.custom_credit_type.id,
      }),
      fiatPerCustomCredit: t.exposeString('fiat_per_custom_credit', {
        description: 'How many units of the fiat pricing unit one custom unit is worth, as the decimal string Metronome sends.',
      }),
    }),
  });

const MAX_PAGE = 100;
const RateConnection = connectionType('Rate', Rate, 'A page of a rate card’s rates.');

RateCard.implement({
  description:
    'A rate card: the list prices of products over time, in a fiat pricing unit (and custom pricing units converted to it), that contracts price usage with. Its rates are read with `rates(at:)` (an instant) or `rateSchedule(startingAt:)` (a window), in the rate card’s product order.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the rate card.' }),
    name: t.exposeString('name', { description: 'Used only in UI/API. It is not exposed to end customers.' }),
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
      type: [CreditTypeConversion],
      description: 'How custom pricing units on the rate card convert to its fiat unit.',
      resolve: (card) => card.credit_type_conversions ?? [],
    }),
    aliases: t.field({
      type: [RateCardAlias],
      description: 'Other names the rate card can be referred to by when creating contracts, each with the window it applies.',
      resolve: (card) => card.aliases ?? [],
    }),
    customFields: customFieldsField(t),
    rates: t.field({
      type: RateConnection,
      description:
        'Understand the rate schedule at a given timestamp, optionally filtering the list of rates returned based on properties such as `product_id` and `pricing_group_values` (`POST /v1/contract-pricing/rate-cards/getRates`). For the rates of a specific customer’s contract, inclusive of contract-level overrides, use `Contract.rateSchedule`.',
      args: {
        ...pagingArgs(t.arg, MAX_PAGE),
        at: t.arg({ type: 'DateTime', required: true, description: 'inclusive starting point for the rates schedule' }),
        selectors: t.arg({
          type: [RateSelectorWithProductTagsInput],
          required: false,
          description:
            'List of rate selectors, rates matching ANY of the selector will be included in the response Passing no selectors will result in all rates being returned.',
        }),
      },
      resolve: (card, args, { api }) =>
        resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
          api.rateCards.listRates({
            rate_card_id: card.id,
            at: args.at,
            limit,
            next_page: nextPage,
            selectors: selectorsBody(args.selectors),
          }),
        ),
    }),
    rateSchedule: t.field({
      type: RateConnection,
      description:
        'The rate schedule `starting_at` a given date, optionally filtering the list of rates returned based on product id or pricing group values (`POST /v1/contract-pricing/rate-cards/getRateSchedule`): every rate segment that overlaps the window, with its own boundaries — e.g. to show upcoming price changes.',
      args: {
        ...pagingArgs(t.arg, MAX_PAGE),
        startingAt: t.arg({ type: 'DateTime', required: true, description: 'inclusive starting point for the rates schedule' }),
        endingBefore: t.arg({
          type: 'DateTime',
          required: false,
          description:
            'optional exclusive end date for the rates schedule. When not specified rates will show all future schedule segments.',
        }),
        selectors: t.arg({
          type: [RateSelectorInput],
          required: false,
          description:
            'List of rate selectors, rates matching ANY of the selector will be included in the response Passing no selectors will result in all rates being returned.',
        }),
      },
      resolve: (card, args, { api }) =>
        resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
          api.rateCards.retrieveRateSchedule({
            rate_card_id: card.id,
            starting_at: args.startingAt,
            ending_before: args.endingBefore ?? undefined,
            limit,
            next_page: nextPage,
            selectors: selectorsBody(args.selectors),
          }),
        ),
    }),
  }),
});

const RateCardConnection = connectionType('RateCard', RateCard, 'A page of rate cards.');

builder.queryFields((t) => ({
  rateCards: t.field({
    type: RateCardConnection,
    description: 'List rate cards (`POST /v1/contract-pricing/rate-cards/list`); archived rate cards are left out.',
    args: pagingArgs(t.arg, MAX_PAGE),
    resolve: async (_root, args, context) => {
      const connection = await resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
        context.api.rateCards.list({ limit, next_page: nextPage }),
      );
      // Links to these rate cards (a contract's) then need no `rate-cards/get`.
      return primeWithPage(RateCard.getDataloader(context), connection, (node) => node.id);
    },
  }),
  rateCard: t.field({
    type: RateCard,
    nullable: true,
    description:
      'Return details for a specific rate card including name, description, and aliases (`POST /v1/contract-pricing/rate-cards/get`; archived rate cards included); null (with a NOT_FOUND error) when there is none.',
    args: { metronomeId: t.arg.string({ required: true, description: 'The ID of the rate card.' }) },
    resolve: (_root, args) => args.metronomeId,
  }),
}));

const RateCardAliasInput = builder.inputType('RateCardAliasInput', {
  description:
    'Reference this alias when creating a contract. If the same alias is assigned to multiple rate cards, it will reference the rate card to which it was most recently assigned. It is not exposed to end customers.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The alias.' }),
    startingAt: t.field({ type: 'DateTime', required: false, description: 'When the alias starts to apply; always when left out.' }),
    endingBefore: t.field({ type: 'DateTime', required: false, description: 'When the alias stops applying; never when left out.' }),
  }),
});

const CreditTypeConversionInput = builder.inputType('CreditTypeConversionInput', {
  description: 'A conversion from a custom pricing unit to the rate card’s fiat pricing unit. Required when using custom pricing units in rates.',
  fields: (t) => ({
    customCreditTypeId: t.string({ required: true, description: 'The Metronome ID of the custom pricing unit.' }),
    fiatPerCustomCredit: t.float({ required: true, description: 'How many units of the fiat pricing unit one custom unit is worth.' }),
  }),
});

const CreateRateCardInput = builder.inputType('CreateRateCardInput', {
  description: 'A new rate card (`POST /v1/contract-pricing/rate-cards/create`).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Used only in UI/API. It is not exposed to end customers.' }),
    description: t.string({ required: false, description: 'The description of the rate card.' }),
    aliases: t.field({
      type: [RateCardAliasInput],
      required: false,
      description:
        'Reference this alias when creating a contract. If the same alias is assigned to multiple rate cards, it will reference the rate card to which it was most recently assigned. It is not exposed to end customers.',
    }),
    creditTypeConversions: t.field({
      type: [CreditTypeConversionInput],
      required: false,
      description: 'Required when using custom pricing units in rates.',
    }),
    fiatCreditTypeId: t.string({
      required: false,
      description: 'The Metronome ID of the credit type to associate with the rate card, defaults to USD (cents) if not passed.',
    }),
    customFields: t.field({ type: 'JSON', required: false, description: 'Custom fields to be added eg. { "key1": "value1", "key2": "value2" }' }),
  }),
});

const UpdateRateCardInput = builder.inputType('UpdateRateCardInput', {
  description:
    'A change to a rate card’s name, description, aliases or credit type conversions (`POST /v1/contract-pricing/rate-cards/update`); fields left out are unchanged. Its rates are not affected.',
  fields: (t) => ({
    rateCardId: t.string({ required: true, description: 'ID of the rate card to update' }),
    name: t.string({ required: false, description: 'Used only in UI/API. It is not exposed to end customers.' }),
    description: t.string({ required: false, description: 'The description of the rate card.' }),
    aliases: t.field({
      type: [RateCardAliasInput],
      required: false,
      description:
        'Replaces the rate card’s aliases. Reference this alias when creating a contract. If the same alias is assigned to multiple rate cards, it will reference the rate card to which it was most recently assigned.',
    }),
    addCreditTypeConversions: t.field({
      type: [CreditTypeConversionInput],
      required: false,
      description: 'Add credit type conversions for using custom pricing units in rates. Existing conversions cannot be modified.',
    }),
  }),
});

const ProductMoveInput = builder.inputType('ProductMoveInput', {
  description: 'Moves one product of a rate card to a new position in its product order.',
  fields: (t) => ({
    productId: t.string({ required: true, description: 'ID of the product to move' }),
    position: t.int({ required: true, description: '0-based index of the new position of the product' }),
  }),
});

type AliasArg = { name: string; startingAt?: string | null; endingBefore?: string | null };
type ConversionArg = { customCreditTypeId: string; fiatPerCustomCredit: number };

function aliasesBody(aliases: readonly AliasArg[] | null | undefined) {
  return aliases?.map((alias) => ({
    name: alias.name,
    starting_at: alias.startingAt ?? undefined,
    ending_before: alias.endingBefore ?? undefined,
  }));
}

function conversionsBody(conversions: readonly ConversionArg[] | null | undefined) {
  return conversions?.map((c) => ({ custom_credit_type_id: c.customCreditTypeId, fiat_per_custom_credit: c.fiatPerCustomCredit }));
}

const rateCardIdArg = { type: 'String', required: true, description: 'ID of the rate card to update' } as const;

builder.mutationFields((t) => ({
  createRateCard: t.field({
    type: RateCard,
    description:
      'Create a rate card (`POST /v1/contract-pricing/rate-cards/create`): the central location for your pricing, with its single underlying fiat currency and any conversion rates to custom pricing units. Add its rates with `addRates`.',
    args: {
      input: t.arg({ type: CreateRateCardInput, required: true, description: 'The rate card to create.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, { api }) => {
      const { data } = await api.rateCards.create(
        {
          name: input.name,
          description: input.description ?? undefined,
          aliases: aliasesBody(input.aliases),
          credit_type_conversions: conversionsBody(input.creditTypeConversions),
          fiat_credit_type_id: input.fiatCreditTypeId ?? undefined,
          custom_fields: (input.customFields as Record<string, string> | null) ?? undefined,
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      return data.id;
    },
  }),
  updateRateCard: t.field({
    type: RateCard,
    description:
      "Update a rate card's name, description, aliases, and credit type conversion rates (`POST /v1/contract-pricing/rate-cards/update`). This does not affect underlying pricing rates or schedules; already-created contracts keep the rate cards they were assigned.",
    args: {
      input: t.arg({ type: UpdateRateCardInput, required: true, description: 'The change to make.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      const { data } = await context.api.rateCards.update(
        {
          rate_card_id: input.rateCardId,
          name: input.name ?? undefined,
          description: input.description ?? undefined,
          aliases: aliasesBody(input.aliases),
          add_credit_type_conversions: conversionsBody(input.addCreditTypeConversions),
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      RateCard.getDataloader(context).clear(data.id);
      return data.id;
    },
  }),
  archiveRateCard: t.field({
    type: RateCard,
    description:
      'Permanently disable a rate card by archiving it, preventing use in new contracts while preserving existing contract pricing (`POST /v1/contract-pricing/rate-cards/archive`). It stays readable by id but leaves `rateCards`, and takes no new rates.',
    args: {
      rateCardId: t.arg.string({ required: true, description: 'ID of the rate card to archive' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { rateCardId, idempotencyKey }, context) => {
      const { data } = await context.api.rateCards.archive({ id: rateCardId }, { idempotencyKey: idempotencyKey ?? undefined });
      RateCard.getDataloader(context).clear(data.id);
      return data.id;
    },
  }),
  addRate: t.field({
    type: RateCard,
    description:
      'Add a new rate to a rate card (`POST /v1/contract-pricing/rate-cards/addRate`); read it back with `rates(at:)`. This endpoint is heavily rate limited: to add several rates, use `addRates`.',
    args: {
      rateCardId: t.arg(rateCardIdArg),
      rate: t.arg({ type: RateInput, required: true, description: 'The rate to add.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { rateCardId, rate, idempotencyKey }, context) => {
      await context.api.rateCards.addRate({ rate_card_id: rateCardId, ...rateBody(rate) }, { idempotencyKey: idempotencyKey ?? undefined });
      RateCard.getDataloader(context).clear(rateCardId);
      return rateCardId;
    },
  }),
  addRates: t.field({
    type: RateCard,
    description:
      'Add new rates to a rate card, all or none (`POST /v1/contract-pricing/rate-cards/addRates`); read them back with `rates(at:)` or `rateSchedule(startingAt:)`.',
    args: {
      rateCardId: t.arg(rateCardIdArg),
      rates: t.arg({ type: [RateInput], required: true, description: 'The rates to add.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { rateCardId, rates, idempotencyKey }, context) => {
      const { data } = await context.api.rateCards.addRates(
        { rate_card_id: rateCardId, rates: rates.map(rateBody) },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      RateCard.getDataloader(context).clear(data.id);
      return data.id;
    },
  }),
  setRateCardProductsOrder: t.field({
    type: RateCard,
    description:
      'Set the order of products on a rate card (`POST /v1/contract-pricing/rate-cards/setRateCardProductsOrder`): the order in which the products will appear on customers’ invoices, and in which `rates` lists them.',
    args: {
      rateCardId: t.arg(rateCardIdArg),
      productOrder: t.arg.stringList({ required: true, description: 'The IDs of the rate card’s products, in their new order.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { rateCardId, productOrder, idempotencyKey }, context) => {
      const { data } = await context.api.rateCards.setProductsOrder(
        { rate_card_id: rateCardId, product_order: productOrder },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      RateCard.getDataloader(context).clear(data.id);
      return data.id;
    },
  }),
  moveRateCardProducts: t.field({
    type: RateCard,
    description:
      'Move specific products of a rate card relative to their current location (`POST /v1/contract-pricing/rate-cards/moveRateCardProducts`): the ordering of products on a rate card determines the order in which the products will appear on customers’ invoices.',
    args: {
      rateCardId: t.arg(rateCardIdArg),
      productMoves: t.arg({ type: [ProductMoveInput], required: true, description: 'The moves, applied one after another.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { rateCardId, productMoves, idempotencyKey }, context) => {
      const { data } = await context.api.rateCards.moveProducts(
        { rate_card_id: rateCardId, product_moves: productMoves.map((move) => ({ product_id: move.productId, position: move.position })) },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      RateCard.getDataloader(context).clear(data.id);
      return data.id;
    },
  }),
}));
