import type { RateCardRetrieveResponse } from '@metronome/sdk/resources/v1/contracts/rate-cards/rate-cards';
import { BadRequestError } from '../http/api-error.js';
import type { Db } from './database.js';
import { Collection } from './documents.js';

export type RateCardAlias = RateCardRetrieveResponse.Data.Alias;

/**
 * A rate card as stored under document kind `rate_card`: the wire shape of `/v1/contract-pricing/rate-cards/get`
 * without `custom_fields` (those live in the custom field store), plus `archived_at`, which the API never
 * serves but which tells other domains that the rate card may not be used for new contracts.
 */
export type StoredRateCard = Omit<RateCardRetrieveResponse.Data, 'custom_fields'> & {
  aliases: RateCardAlias[];
  archived_at: string | null;
};

export const RATE_CARD_KIND = 'rate_card';

export function rateCardCollection(db: Db): Collection<StoredRateCard> {
  return new Collection<StoredRateCard>(db, RATE_CARD_KIND, 'Rate card');
}

/** The rate card, or a 404; with `forNewRates`, a 400 when it is archived. */
export function requireRateCard(db: Db, id: string, options: { forNewRates?: boolean } = {}): StoredRateCard {
  const rateCard = rateCardCollection(db).get(id);
  if (options.forNewRates && rateCard.archived_at)
    throw new BadRequestError(`rate card ${id} is archived; archived rate cards cannot get new rates`);
  return rateCard;
}

function windowStart(alias: RateCardAlias): number {
  return alias.starting_at ? Date.parse(alias.starting_at) : Number.NEGATIVE_INFINITY;
}

function windowEnd(alias: RateCardAlias): number {
  return alias.ending_before ? Date.parse(alias.ending_before) : Number.POSITIVE_INFINITY;
}

/**
 * The id of the rate card the alias refers to at `at`, skipping archived rate cards. An alias belongs to one
 * rate card at a time: assigning it elsewhere cuts it out of the other rate cards' alias schedules.
 */
export function rateCardIdForAlias(db: Db, alias: string, at: Date): string | undefined {
  const time = at.getTime();
  return rateCardCollection(db)
    .all()
    .find(
      (rateCard) =>
        !rateCard.archived_at &&
        rateCard.aliases.some((a) => a.name === alias && windowStart(a) <= time && time < windowEnd(a)),
    )?.id;
}

/**
 * Checks a rate card's own alias schedule: each window must end after it starts, and windows of the same alias
 * must not overlap.
 */
export function checkAliasSchedule(aliases: readonly RateCardAlias[]): void {
  aliases.forEach((alias, index) => {
    if (alias.name.trim() === '') throw new BadRequestError(`aliases[${index}].name must not be empty`);
    if (windowEnd(alias) <= windowStart(alias))
      throw new BadRequestError(`aliases[${index}].ending_before must be after aliases[${index}].starting_at`);
    aliases.slice(0, index).forEach((other, otherIndex) => {
      if (other.name === alias.name && windowStart(other) < windowEnd(alias) && windowStart(alias) < windowEnd(other))
        throw new BadRequestError(`aliases[${index}] overlaps aliases[${otherIndex}] for alias ${alias.name}`);
    });
  });
}

function cutAlias(alias: RateCardAlias, taken: RateCardAlias): RateCardAlias[] {
  if (alias.name !== taken.name || windowEnd(alias) <= windowStart(taken) || windowStart(alias) >= windowEnd(taken))
    return [alias];
  const remaining: RateCardAlias[] = [];
  if (windowStart(alias) < windowStart(taken)) remaining.push({ ...alias, ending_before: taken.starting_at });
  if (windowEnd(alias) > windowEnd(taken)) remaining.push({ ...alias, starting_at: taken.ending_before });
  return remaining;
}

/**
 * Gives `rateCardId` the aliases over their windows by cutting those windows out of every other rate card's
 * alias schedule, as the contract says: the alias refers to the rate card it was most recently assigned to.
 */
export function takeOverAliases(db: Db, rateCardId: string, aliases: readonly RateCardAlias[]): void {
  if (aliases.length === 0) return;
  const rateCards = rateCardCollection(db);
  for (const other of rateCards.all()) {
    if (other.id === rateCardId) continue;
    const remaining = aliases.reduce<RateCardAlias[]>((kept, taken) => kept.flatMap((a) => cutAlias(a, taken)), other.aliases);
    if (remaining.length !== other.aliases.length || remaining.some((a, i) => a !== other.aliases[i]))
      rateCards.update({ ...other, aliases: remaining });
  }
}

/** The rate card's `fiat_per_custom_credit` for a custom pricing unit, when it has a conversion for it. */
export function conversionFor(rateCard: StoredRateCard, creditTypeId: string): string | undefined {
  return rateCard.credit_type_conversions?.find((c) => c.custom_credit_type.id === creditTypeId)?.fiat_per_custom_credit;
}
