import type { Rate as RateWire, Tier } from '@metronome/sdk/resources/shared';
import type { RateAddManyParams } from '@metronome/sdk/resources/v1/contracts/rate-cards/rates';
import { builder } from './builder.js';
import { CreditType } from './credit-type.js';

export const RateType = builder.enumType('RateType', {
  description: 'How a rate prices a quantity.',
  values: ['FLAT', 'PERCENTAGE', 'SUBSCRIPTION', 'CUSTOM', 'TIERED', 'TIERED_PERCENTAGE'] as const,
});

export const BillingFrequency = builder.enumType('BillingFrequency', {
  description: 'How often a subscription rate is billed.',
  values: ['MONTHLY', 'QUARTERLY', 'ANNUAL', 'WEEKLY'] as const,
});

/** A price: the `rate` of a rate card entry, or the list/override rate of a contract's rate schedule. */
export const RatePrice = builder.objectRef<RateWire>('RatePrice').implement({
  description: 'A price for a product: its rate type, price or tiers, and the pricing unit it is in.',
  fields: (t) => ({
    rateType: t.field({ type: RateType, description: 'How the rate prices a quantity.', resolve: (rate) => rate.rate_type }),
    price: t.float({
      nullable: true,
      description:
        'Default price. For FLAT rate_type, this must be >=0. For PERCENTAGE rate_type, this is a decimal fraction, e.g. use 0.1 for 10%; this must be >=0 and <=1.',
      resolve: (rate) => rate.price ?? null,
    }),
    quantity: t.float({
      nullable: true,
      description: 'Default quantity. For SUBSCRIPTION rate_type, this must be >=0.',
      resolve: (rate) => rate.quantity ?? null,
    }),
    isProrated: t.boolean({
      nullable: true,
      description: 'Default proration configuration. Only valid for SUBSCRIPTION rate_type. Must be set to true.',
      resolve: (rate) => rate.is_prorated ?? null,
    }),
    tiers: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Only set for TIERED rate_type: the tiers, each with a `price` and (except the last) a `size`.',
      resolve: (rate) => rate.tiers ?? null,
    }),
    customRate: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Only set for CUSTOM rate_type. This field is interpreted by custom rate processors.',
      resolve: (rate) => rate.custom_rate ?? null,
    }),
    pricingGroupValues: t.field({
      type: 'JSON',
      nullable: true,
      description: 'if pricing groups are used, this will contain the values used to calculate the price',
      resolve: (rate) => rate.pricing_group_values ?? null,
    }),
    creditType: t.field({
      type: CreditType,
      nullable: true,
      description: 'The pricing unit of the price; null when the rate does not say (USD cents).',
      resolve: (rate) => rate.credit_type?.id ?? null,
    }),
  }),
});

export const TierInput = builder.inputType('TierInput', {
  description: 'One tier of a TIERED rate: its price, and (except for the last tier) how many units it covers.',
  fields: (t) => ({
    price: t.float({ required: true, description: 'The price per unit within the tier.' }),
    size: t.float({ required: false, description: 'How many units the tier covers; leave out for the last tier.' }),
  }),
});

export const CommitRateInput = builder.inputType('CommitRateInput', {
  description:
    'A distinct rate on the rate card. You can choose to use this rate rather than list rate when consuming a credit or commit.',
  fields: (t) => ({
    rateType: t.field({ type: RateType, required: true, description: 'How the commit rate prices a quantity.' }),
    price: t.float({
      required: false,
      description:
        'Commit rate price. For FLAT rate_type, this must be >=0. For PERCENTAGE rate_type, this is a decimal fraction, e.g. use 0.1 for 10%; this must be >=0 and <=1.',
    }),
    tiers: t.field({ type: [TierInput], required: false, description: 'Only set for TIERED rate_type.' }),
  }),
});

/** A new rate on a rate card (`addRate`, or one item of `addRates`). */
export const RateInput = builder.inputType('RateInput', {
  description: 'A rate to add to a rate card: the price of one product (and pricing group) from `startingAt`.',
  fields: (t) => ({
    productId: t.string({ required: true, description: 'ID of the product to add a rate for' }),
    startingAt: t.field({ type: 'DateTime', required: true, description: 'inclusive effective date' }),
    endingBefore: t.field({ type: 'DateTime', required: false, description: 'exclusive end date' }),
    entitled: t.boolean({ required: true, description: 'Whether customers on the rate card are entitled to the product.' }),
    rateType: t.field({ type: RateType, required: true, description: 'How the rate prices a quantity.' }),
    price: t.float({
      required: false,
      description:
        'Default price. For FLAT and SUBSCRIPTION rate_type, this must be >=0. For PERCENTAGE rate_type, this is a decimal fraction, e.g. use 0.1 for 10%; this must be >=0 and <=1.',
    }),
    quantity: t.float({ required: false, description: 'Default quantity. For SUBSCRIPTION rate_type, this must be >=0.' }),
    isProrated: t.boolean({
      required: false,
      description: 'Default proration configuration. Only valid for SUBSCRIPTION rate_type. Must be set to true.',
    }),
    tiers: t.field({ type: [TierInput], required: false, description: 'Only set for TIERED rate_type.' }),
    customRate: t.field({
      type: 'JSON',
      required: false,
      description: 'Only set for CUSTOM rate_type. This field is interpreted by custom rate processors.',
    }),
    creditTypeId: t.string({
      required: false,
      description:
        'The Metronome ID of the credit type to associate with price, defaults to USD (cents) if not passed. Used by all rate_types except type PERCENTAGE. PERCENTAGE rates use the credit type of associated rates.',
    }),
    billingFrequency: t.field({
      type: BillingFrequency,
      required: false,
      description: 'Optional. Frequency to bill subscriptions with. Required for subscription type products with Flat rate.',
    }),
    commitRate: t.field({
      type: CommitRateInput,
      required: false,
      description:
        'A distinct rate on the rate card. You can choose to use this rate rather than list rate when consuming a credit or commit.',
    }),
    pricingGroupValues: t.field({
      type: 'JSON',
      required: false,
      description:
        'Optional. List of pricing group key value pairs which will be used to calculate the price, e.g. `{ "region": "us-west-2" }`.',
    }),
  }),
});

type TierArg = { price: number; size?: number | null };

function tiersBody(tiers: readonly TierArg[] | null | undefined): Tier[] | undefined {
  return tiers?.map((tier) => ({ price: tier.price, ...(tier.size != null ? { size: tier.size } : {}) }));
}

/** The REST body of one rate (`addRate` without `rate_card_id`, or an `addRates` item) from a {@link RateInput}. */
export function rateBody(rate: typeof RateInput.$inferInput): RateAddManyParams.Rate {
  return {
    product_id: rate.productId,
    starting_at: rate.startingAt,
    ending_before: rate.endingBefore ?? undefined,
    entitled: rate.entitled,
    rate_type: rate.rateType,
    price: rate.price ?? undefined,
    quantity: rate.quantity ?? undefined,
    is_prorated: rate.isProrated ?? undefined,
    tiers: tiersBody(rate.tiers),
    custom_rate: (rate.customRate as Record<string, unknown> | null) ?? undefined,
    credit_type_id: rate.creditTypeId ?? undefined,
    billing_frequency: rate.billingFrequency ?? undefined,
    commit_rate: rate.commitRate
      ? {
          rate_type: rate.commitRate.rateType,
          price: rate.commitRate.price ?? undefined,
          tiers: tiersBody(rate.commitRate.tiers),
        }
      : undefined,
    pricing_group_values: (rate.pricingGroupValues as Record<string, string> | null) ?? undefined,
  };
}

const SELECTOR_FIELDS = {
  productId: 'Rates matching the product id will be included in the response.',
  pricingGroupValues:
    'List of pricing group key value pairs, rates matching all of the key / value pairs will be included in the response (a map such as `{ "region": "us-west-2" }`).',
  partialPricingGroupValues:
    'List of pricing group key value pairs, rates containing the matching key / value pairs will be included in the response (a map such as `{ "region": "us-west-2" }`).',
  billingFrequency: 'Subscription rates matching the billing frequency will be included in the response.',
};

/** Picks rates out of a rate schedule (`getRateSchedule`, `getContractRateSchedule`). */
export const RateSelectorInput = builder.inputType('RateSelectorInput', {
  description: 'Picks rates out of a rate schedule: a rate must match every field given; a list of selectors keeps rates matching ANY of them.',
  fields: (t) => ({
    productId: t.string({ required: false, description: SELECTOR_FIELDS.productId }),
    pricingGroupValues: t.field({ type: 'JSON', required: false, description: SELECTOR_FIELDS.pricingGroupValues }),
    partialPricingGroupValues: t.field({ type: 'JSON', required: false, description: SELECTOR_FIELDS.partialPricingGroupValues }),
    billingFrequency: t.field({ type: BillingFrequency, required: false, description: SELECTOR_FIELDS.billingFrequency }),
  }),
});

/** Picks rates at an instant (`getRates`), which can also select by product tags. */
export const RateSelectorWithProductTagsInput = builder.inputType('RateSelectorWithProductTagsInput', {
  description:
    'Picks rates of a rate card at an instant: a rate must match every field given; a list of selectors keeps rates matching ANY of them.',
  fields: (t) => ({
    productId: t.string({ required: false, description: SELECTOR_FIELDS.productId }),
    productTags: t.stringList({
      required: false,
      description: 'List of product tags, rates matching any of the tags will be included in the response.',
    }),
    pricingGroupValues: t.field({ type: 'JSON', required: false, description: SELECTOR_FIELDS.pricingGroupValues }),
    partialPricingGroupValues: t.field({ type: 'JSON', required: false, description: SELECTOR_FIELDS.partialPricingGroupValues }),
    billingFrequency: t.field({ type: BillingFrequency, required: false, description: SELECTOR_FIELDS.billingFrequency }),
  }),
});

interface SelectorBody {
  product_id?: string;
  product_tags?: string[];
  pricing_group_values?: Record<string, string>;
  partial_pricing_group_values?: Record<string, string>;
  billing_frequency?: 'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'WEEKLY';
}

/** The REST `selectors` from selector inputs; undefined when none were given (every rate). */
export function selectorsBody(
  selectors: readonly (typeof RateSelectorWithProductTagsInput.$inferInput | typeof RateSelectorInput.$inferInput)[] | null | undefined,
): SelectorBody[] | undefined {
  return selectors?.map((selector) => ({
    product_id: selector.productId ?? undefined,
    product_tags: ('productTags' in selector ? selector.productTags : undefined) ?? undefined,
    pricing_group_values: (selector.pricingGroupValues as Record<string, string> | null) ?? undefined,
    partial_pricing_group_values: (selector.partialPricingGroupValues as Record<string, string> | null) ?? undefined,
    billing_frequency: selector.billingFrequency ?? undefined,
  }));
}
