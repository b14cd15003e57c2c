import type { Rate as RateWire } from '@metronome/sdk/resources/shared';
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
