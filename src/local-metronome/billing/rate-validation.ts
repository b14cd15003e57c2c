import type { CommitRate, Tier } from '@metronome/sdk/resources/shared';
import type { RateAddManyParams } from '@metronome/sdk/resources/v1/contracts/rate-cards/rates';
import { BadRequestError } from '../http/api-error.js';
import { getCreditType } from '../store/credit-types.js';
import type { Db } from '../store/database.js';
import { productCollection, productInForce } from '../store/products.js';
import { conversionFor, type StoredRateCard } from '../store/rate-cards.js';
import type { MinimumConfig, StoredRate, WireCommitRate, WireRate } from '../store/rates.js';

/** One rate of an addRate or addRates request. */
export type RateInput = RateAddManyParams.Rate & { minimum_config?: MinimumConfig };

type RateType = RateInput['rate_type'];

const PRICED_TYPES: readonly RateType[] = ['FLAT', 'PERCENTAGE', 'SUBSCRIPTION'];
const TIERED_TYPES: readonly RateType[] = ['TIERED', 'TIERED_PERCENTAGE'];
const FRACTION_TYPES: readonly RateType[] = ['PERCENTAGE', 'TIERED_PERCENTAGE'];

/** The pricing fields a rate and a commit rate share, checked against the rate type as the spec describes them. */
function checkPricing(
  type: RateType,
  pricing: { price?: number; tiers?: Tier[]; minimum_config?: MinimumConfig },
  at: string,
): void {
  const isFraction = FRACTION_TYPES.includes(type);
  if (pricing.price !== undefined && !PRICED_TYPES.includes(type))
    throw new BadRequestError(`${at}price is only valid for FLAT, PERCENTAGE and SUBSCRIPTION rates`);
  if (PRICED_TYPES.includes(type)) {
    if (pricing.price === undefined) throw new BadRequestError(`${at}price is required for ${type} rates`);
    if (pricing.price < 0) throw new BadRequestError(`${at}price must be >= 0`);
    if (isFraction && pricing.price > 1)
      throw new BadRequestError(`${at}price of a PERCENTAGE rate is a fraction and must be <= 1`);
  }
  if (pricing.tiers !== undefined && !TIERED_TYPES.includes(type))
    throw new BadRequestError(`${at}tiers is only valid for TIERED and TIERED_PERCENTAGE rates`);
  if (TIERED_TYPES.includes(type)) {
    if (!pricing.tiers?.length) throw new BadRequestError(`${at}tiers is required for ${type} rates`);
    pricing.tiers.forEach((tier, index) => {
      const isLast = index === pricing.tiers!.length - 1;
      if (tier.size === undefined && !isLast)
        throw new BadRequestError(`${at}tiers[${index}].size is required on every tier but the last`);
      if (tier.size !== undefined && !(tier.size > 0))
        throw new BadRequestError(`${at}tiers[${index}].size must be greater than 0`);
      if (tier.price < 0) throw new BadRequestError(`${at}tiers[${index}].price must be >= 0`);
      if (isFraction && tier.price > 1)
        throw new BadRequestError(`${at}tiers[${index}].price of a TIERED_PERCENTAGE rate is a fraction and must be <= 1`);
    });
  }
  if (pricing.minimum_config !== undefined && !isFraction)
    throw new BadRequestError(`${at}minimum_config is only valid for PERCENTAGE and TIERED_PERCENTAGE rates`);
}

function commitRate(input: CommitRate & { minimum_config?: MinimumConfig }, at: string): WireCommitRate {
  checkPricing(input.rate_type, input, `${at}commit_rate.`);
  return {
    rate_type: input.rate_type,
    ...(input.price !== undefined ? { price: input.price } : {}),
    ...(input.tiers ? { tiers: input.tiers } : {}),
    ...(input.minimum_config ? { minimum_config: input.minimum_config } : {}),
  };
}

/**
 * Checks one requested rate against the contract, the product and the rate card, and returns it as it is
 * stored. `at` prefixes field names in error messages (`rates[2].` for addRates). Throws 404 for an unknown
 * product or credit type, 400 for everything else.
 */
export function validatedRate(db: Db, rateCard: StoredRateCard, input: RateInput, at = ''): Omit<StoredRate, 'seq'> {
  const product = productCollection(db).get(input.product_id);
  if (product.archived_at)
    throw new BadRequestError(`${at}product_id ${product.id} is archived; archived products cannot get new rates`);
  if (input.ending_before !== undefined && Date.parse(input.ending_before) <= Date.parse(input.starting_at))
    throw new BadRequestError(`${at}ending_before must be after ${at}starting_at`);

  const type = input.rate_type;
  checkPricing(type, input, at);
  if (type !== 'SUBSCRIPTION') {
    if (input.quantity !== undefined) throw new BadRequestError(`${at}quantity is only valid for SUBSCRIPTION rates`);
    if (input.is_prorated !== undefined) throw new BadRequestError(`${at}is_prorated is only valid for SUBSCRIPTION rates`);
  }
  if (input.quantity !== undefined && input.quantity < 0) throw new BadRequestError(`${at}quantity must be >= 0`);
  if (input.is_prorated === false) throw new BadRequestError(`${at}is_prorated must be true when set`);
  if (type === 'CUSTOM' && input.custom_rate === undefined)
    throw new BadRequestError(`${at}custom_rate is required for CUSTOM rates`);
  if (type !== 'CUSTOM' && input.custom_rate !== undefined)
    throw new BadRequestError(`${at}custom_rate is only valid for CUSTOM rates`);

  if (input.billing_frequency !== undefined && product.type !== 'SUBSCRIPTION')
    throw new BadRequestError(`${at}billing_frequency is only valid for rates of SUBSCRIPTION products`);
  if (product.type === 'SUBSCRIPTION' && type === 'FLAT' && input.billing_frequency === undefined)
    throw new BadRequestError(`${at}billing_frequency is required for FLAT rates of SUBSCRIPTION products`);

  if (input.pricing_group_values !== undefined) {
    const pricingGroupKey = productInForce(product, new Date(input.starting_at)).pricing_group_key ?? [];
    for (const key of Object.keys(input.pricing_group_values))
      if (!pricingGroupKey.includes(key))
        throw new BadRequestError(
          `${at}pricing_group_values.${key} is not in the pricing_group_key of product ${product.id} ([${pricingGroupKey.join(', ')}])`,
        );
  }

  // PERCENTAGE rates are charged in the credit type of the rates they apply to, so they carry none of their own.
  let creditType: WireRate['credit_type'];
  if (!FRACTION_TYPES.includes(type)) {
    const fiat = rateCard.fiat_credit_type!;
    const found = getCreditType(db, input.credit_type_id ?? fiat.id);
    if (found.id !== fiat.id && conversionFor(rateCard, found.id) === undefined)
      throw new BadRequestError(
        `${at}credit_type_id ${found.id} (${found.name}) has no conversion to ${fiat.name} on rate card ${rateCard.id}; add one to its credit_type_conversions`,
      );
    creditType = { id: found.id, name: found.name };
  }

  const rate: WireRate = {
    rate_type: type,
    ...(input.price !== undefined ? { price: input.price } : {}),
    ...(input.tiers ? { tiers: input.tiers } : {}),
    ...(input.quantity !== undefined ? { quantity: input.quantity } : {}),
    ...(input.is_prorated !== undefined ? { is_prorated: input.is_prorated } : {}),
    ...(input.custom_rate ? { custom_rate: input.custom_rate } : {}),
    ...(input.minimum_config ? { minimum_config: input.minimum_config } : {}),
    ...(input.pricing_group_values ? { pricing_group_values: input.pricing_group_values } : {}),
    ...(creditType ? { credit_type: creditType } : {}),
  };
  return {
    rate_card_id: rateCard.id,
    product_id: product.id,
    ...(input.pricing_group_values ? { pricing_group_values: input.pricing_group_values } : {}),
    ...(input.billing_frequency ? { billing_frequency: input.billing_frequency } : {}),
    starting_at: new Date(input.starting_at).toISOString(),
    ...(input.ending_before ? { ending_before: new Date(input.ending_before).toISOString() } : {}),
    entitled: input.entitled,
    rate,
    ...(input.commit_rate ? { commit_rate: commitRate(input.commit_rate, at) } : {}),
  };
}
