import type { Rate } from '@metronome/sdk/resources/shared';
import type { ContractRetrieveRateScheduleResponse } from '@metronome/sdk/resources/v1/contracts/contracts';
import type { MultiplierOverridePrioritization, StoredContract, StoredOverride } from '../store/contracts.js';
import { Decimal } from './money.js';
import { rateCardSchedule, type RateScheduleEntry, type RateSelector } from './rate-schedule.js';

/** One entry of `/v1/contracts/getContractRateSchedule`'s `data`. */
export type ContractRateScheduleEntry = ContractRetrieveRateScheduleResponse.Data;

export interface ContractRateOptions {
  /** Only the segments in force at this instant. Takes precedence over the window. */
  at?: Date;
  /** Inclusive start of the window (defaults to the contract's start). */
  startingAt?: Date;
  /** Exclusive end of the window (defaults to the contract's end, or open). */
  endingBefore?: Date;
  /** Rates matching ANY selector; none keeps every rate. */
  selectors?: RateSelector[];
  /** The API serves entitled rates only; billing also needs to see the others. */
  includeUnentitled?: boolean;
}

const NEVER = Number.POSITIVE_INFINITY;

function overrideWindow(override: StoredOverride): { start: number; end: number } {
  return { start: Date.parse(override.starting_at), end: override.ending_before ? Date.parse(override.ending_before) : NEVER };
}

function hasAllTags(productTags: readonly string[], tags: readonly string[] | undefined): boolean {
  return (tags ?? []).every((tag) => productTags.includes(tag));
}

/**
 * Whether an override reaches a rate: by `product_id`, by any of `applicable_product_tags`, or by any of its
 * `override_specifiers` (each of whose given fields must match). Specifiers on presentation group values select
 * invoice line items, not rates, so they never show on a rate schedule.
 */
export function overrideMatchesRate(override: StoredOverride, entry: RateScheduleEntry): boolean {
  if (override.product && override.product.id === entry.product_id) return true;
  if (override.applicable_product_tags?.some((tag) => entry.product_tags.includes(tag))) return true;
  return (override.override_specifiers ?? []).some((specifier) => {
    if (specifier.product_id !== undefined && specifier.product_id !== entry.product_id) return false;
    if (!hasAllTags(entry.product_tags, specifier.product_tags)) return false;
    if (specifier.presentation_group_values !== undefined) return false;
    const values = entry.pricing_group_values ?? {};
    if (Object.entries(specifier.pricing_group_values ?? {}).some(([key, value]) => values[key] !== value)) return false;
    if (specifier.billing_frequency !== undefined && specifier.billing_frequency !== entry.billing_frequency) return false;
    const exclusions = specifier.exclude ?? [];
    if (exclusions.some((exclusion) => exclusion.product_tags?.length && hasAllTags(entry.product_tags, exclusion.product_tags)))
      return false;
    return true;
  });
}

function byPriorityThenLatest(a: { override: StoredOverride; order: number }, b: { override: StoredOverride; order: number }) {
  return (a.override.priority ?? NEVER) - (b.override.priority ?? NEVER) || b.order - a.order;
}

/**
 * The override that sets the rate among those in force: overwrites first; then, under `LOWEST_MULTIPLIER`, the
 * smallest multiplier (the greatest discount), under `EXPLICIT` the lowest priority value. Ties go to the override
 * added last.
 */
export function winningOverride(
  candidates: readonly StoredOverride[],
  prioritization: MultiplierOverridePrioritization,
): StoredOverride | undefined {
  const ordered = candidates.map((override, order) => ({ override, order }));
  const overwrites = ordered.filter(({ override }) => override.type === 'OVERWRITE');
  if (overwrites.length) return overwrites.sort(byPriorityThenLatest)[0]!.override;
  const adjustments = ordered.filter(({ override }) => override.type === 'MULTIPLIER' || override.type === 'TIERED');
  if (!adjustments.length) return undefined;
  if (prioritization === 'EXPLICIT') return adjustments.sort(byPriorityThenLatest)[0]!.override;
  return adjustments.sort((a, b) => (a.override.multiplier ?? NEVER) - (b.override.multiplier ?? NEVER) || b.order - a.order)[0]!
    .override;
}

/** The list rate as the override makes it; undefined when the override cannot express itself on that rate. */
export function applyOverride(listRate: Rate, override: StoredOverride): Rate | undefined {
  const kept = {
    ...(listRate.credit_type ? { credit_type: listRate.credit_type } : {}),
    ...(listRate.pricing_group_values ? { pricing_group_values: listRate.pricing_group_values } : {}),
  };
  if (override.type === 'OVERWRITE' && override.overwrite_rate) {
    const { credit_type: creditType, ...rate } = override.overwrite_rate;
    return { ...rate, ...kept, ...(creditType ? { credit_type: creditType } : {}) } as Rate;
  }
  if (override.type === 'MULTIPLIER' && override.multiplier !== undefined) {
    const multiplier = override.multiplier;
    return {
      ...listRate,
      ...(listRate.price !== undefined ? { price: Decimal.from(listRate.price).times(multiplier).toNumber() } : {}),
      ...(listRate.tiers
        ? { tiers: listRate.tiers.map((tier) => ({ ...tier, price: Decimal.from(tier.price).times(multiplier).toNumber() })) }
        : {}),
    };
  }
  // A tiered override multiplies a flat price tier by tier, which makes the rate a tiered one.
  if (override.type === 'TIERED' && override.override_tiers && listRate.rate_type === 'FLAT' && listRate.price !== undefined) {
    const price = listRate.price;
    return {
      rate_type: 'TIERED',
      tiers: override.override_tiers.map((tier) => ({
        ...(tier.size !== undefined ? { size: tier.size } : {}),
        price: Decimal.from(price).times(tier.multiplier).toNumber(),
      })),
      ...kept,
    };
  }
  return undefined;
}

/** Cuts `[start, end)` wherever one of the overrides starts or stops. */
function cutPoints(start: number, end: number, overrides: readonly StoredOverride[]): number[] {
  const points = new Set([start, end]);
  for (const override of overrides) {
    const window = overrideWindow(override);
    for (const point of [window.start, window.end]) if (point > start && point < end) points.add(point);
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * The contract's rates: its rate card's schedule, within the contract's term, with the contract's overrides
 * (initial and amended) applied. A rate card segment is cut wherever an override that reaches it starts or ends,
 * so each returned segment has one `override_rate` (absent when no override changes the rate) and one
 * entitlement. Commit-specific overrides only apply when commits are consumed and do not show here.
 */
export function contractRateSchedule(
  db: Parameters<typeof rateCardSchedule>[0],
  contract: StoredContract,
  prioritization: MultiplierOverridePrioritization,
  options: ContractRateOptions = {},
): ContractRateScheduleEntry[] {
  const rateCardId = contract.current.rate_card_id;
  if (!rateCardId) return [];
  const termStart = Date.parse(contract.current.starting_at);
  const termEnd = contract.current.ending_before ? Date.parse(contract.current.ending_before) : NEVER;
  const at = options.at?.getTime();
  if (at !== undefined && (at < termStart || at >= termEnd)) return [];
  const windowStart = Math.max(termStart, options.startingAt?.getTime() ?? termStart);
  const windowEnd = Math.min(termEnd, options.endingBefore?.getTime() ?? termEnd);
  if (at === undefined && windowStart >= windowEnd) return [];

  const entries = rateCardSchedule(db, rateCardId, {
    ...(options.at ? { at: options.at } : { startingAt: new Date(windowStart), ...(Number.isFinite(windowEnd) ? { endingBefore: new Date(windowEnd) } : {}) }),
    ...(options.selectors?.length ? { selectors: options.selectors } : {}),
  });
  const rateOverrides = contract.current.overrides.filter((override) => !override.is_commit_specific);

  const schedule: ContractRateScheduleEntry[] = [];
  for (const entry of entries) {
    const start = Math.max(Date.parse(entry.starting_at), termStart);
    const end = Math.min(entry.ending_before ? Date.parse(entry.ending_before) : NEVER, termEnd);
    const reaching = rateOverrides.filter((override) => {
      const window = overrideWindow(override);
      return window.start < end && window.end > start && overrideMatchesRate(override, entry);
    });
    const points = cutPoints(start, end, reaching);
    for (let i = 0; i + 1 < points.length; i += 1) {
      const segmentStart = points[i]!;
      const segmentEnd = points[i + 1]!;
      if (at !== undefined ? at < segmentStart || at >= segmentEnd : segmentEnd <= windowStart || segmentStart >= windowEnd) continue;
      const inForce = reaching.filter((override) => {
        const window = overrideWindow(override);
        return window.start <= segmentStart && window.end >= segmentEnd;
      });
      const entitlement = inForce.filter((override) => override.entitled !== undefined).at(-1);
      const entitled = entitlement?.entitled ?? entry.entitled;
      if (!entitled && !options.includeUnentitled) continue;
      const winner = winningOverride(inForce, prioritization);
      const overrideRate = winner && applyOverride(entry.rate, winner);
      schedule.push({
        rate_card_id: rateCardId,
        product_id: entry.product_id,
        product_name: entry.product_name,
        product_tags: entry.product_tags,
        product_custom_fields: entry.product_custom_fields,
        ...(entry.pricing_group_values ? { pricing_group_values: entry.pricing_group_values } : {}),
        starting_at: new Date(segmentStart).toISOString(),
        ...(Number.isFinite(segmentEnd) ? { ending_before: new Date(segmentEnd).toISOString() } : {}),
        entitled,
        list_rate: entry.rate,
        ...(overrideRate ? { override_rate: overrideRate } : {}),
        ...(entry.commit_rate ? { commit_rate: entry.commit_rate } : {}),
        ...(entry.billing_frequency ? { billing_frequency: entry.billing_frequency } : {}),
      });
    }
  }
  return schedule;
}
