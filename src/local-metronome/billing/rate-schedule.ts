import type { RateCardRetrieveRateScheduleResponse } from '@metronome/sdk/resources/v1/contracts/rate-cards/rate-cards';
import { customFieldsOf } from '../store/custom-fields.js';
import type { Db } from '../store/database.js';
import { productCollection, productInForce, type ProductState, type StoredProduct } from '../store/products.js';
import { rateCardProductOrder, ratesOfRateCard, type BillingFrequency, type StoredRate } from '../store/rates.js';

/** One entry of a rate card's rate schedule: the wire shape of `getRateSchedule`'s and `getRates`' `data` items. */
export type RateScheduleEntry = RateCardRetrieveRateScheduleResponse.Data;

/**
 * Picks rates out of a schedule. Every field given must match (AND); a list of selectors keeps the rates that
 * match ANY of them; no selectors keep every rate.
 */
export interface RateSelector {
  product_id?: string;
  /** The product carries at least one of these tags. */
  product_tags?: string[];
  /** The rate's pricing group values are exactly these key/value pairs. */
  pricing_group_values?: Record<string, string>;
  /** The rate's pricing group values contain these key/value pairs (and possibly others). */
  partial_pricing_group_values?: Record<string, string>;
  billing_frequency?: BillingFrequency;
}

export interface RateScheduleOptions {
  /** Inclusive: segments that end at or before it are left out. */
  startingAt?: Date;
  /** Exclusive: segments that start at or after it are left out. Absent: every future segment. */
  endingBefore?: Date;
  /** Only the segments in force at this instant (`getRates`). Takes precedence over the window. */
  at?: Date;
  selectors?: RateSelector[];
}

/** A stretch of time over which one added rate is the one in force for its product and pricing group values. */
interface Segment {
  start: number;
  end: number;
  rate: StoredRate;
}

function canonicalValues(values: Record<string, string> | undefined): string {
  return JSON.stringify(Object.entries(values ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Rates compete for time only with rates of the same product, pricing group values and billing frequency. */
function scheduleKey(rate: StoredRate): string {
  return `${rate.product_id}|${canonicalValues(rate.pricing_group_values)}|${rate.billing_frequency ?? ''}`;
}

/**
 * Lays the rates of one schedule key on a timeline in the order they were added: a later rate takes over its
 * whole window, cutting the earlier rates it overlaps back to what lies outside it (an open-ended older rate
 * resumes after a later rate's `ending_before`).
 */
function layerRates(rates: readonly StoredRate[]): Segment[] {
  let segments: Segment[] = [];
  for (const rate of rates) {
    const start = Date.parse(rate.starting_at);
    const end = rate.ending_before ? Date.parse(rate.ending_before) : Number.POSITIVE_INFINITY;
    segments = segments.flatMap((segment) => {
      if (segment.end <= start || segment.start >= end) return [segment];
      const remaining: Segment[] = [];
      if (segment.start < start) remaining.push({ ...segment, end: start });
      if (segment.end > end) remaining.push({ ...segment, start: end });
      return remaining;
    });
    segments.push({ start, end, rate });
  }
  return segments.sort((a, b) => a.start - b.start);
}

function matchesSelector(rate: StoredRate, product: ProductState, selector: RateSelector): boolean {
  if (selector.product_id !== undefined && selector.product_id !== rate.product_id) return false;
  if (selector.billing_frequency !== undefined && selector.billing_frequency !== rate.billing_frequency) return false;
  if (selector.product_tags !== undefined && !selector.product_tags.some((tag) => (product.tags ?? []).includes(tag)))
    return false;
  const values = rate.pricing_group_values ?? {};
  if (
    selector.pricing_group_values !== undefined &&
    canonicalValues(selector.pricing_group_values) !== canonicalValues(values)
  )
    return false;
  if (
    selector.partial_pricing_group_values !== undefined &&
    !Object.entries(selector.partial_pricing_group_values).every(([key, value]) => values[key] === value)
  )
    return false;
  return true;
}

function scheduleEntry(db: Db, segment: Segment, product: ProductState): RateScheduleEntry {
  const { rate } = segment;
  return {
    product_id: rate.product_id,
    product_name: product.name,
    product_tags: product.tags ?? [],
    product_custom_fields: customFieldsOf(db, 'product', rate.product_id),
    ...(rate.pricing_group_values ? { pricing_group_values: rate.pricing_group_values } : {}),
    starting_at: new Date(segment.start).toISOString(),
    ...(Number.isFinite(segment.end) ? { ending_before: new Date(segment.end).toISOString() } : {}),
    entitled: rate.entitled,
    rate: rate.rate,
    ...(rate.commit_rate ? { commit_rate: rate.commit_rate } : {}),
    ...(rate.billing_frequency ? { billing_frequency: rate.billing_frequency } : {}),
  };
}

/**
 * The rate card's rate schedule entries (the wire shape of `getRateSchedule`'s `data` items), ordered as the
 * API orders them: by the rate card's product order, then by pricing group values and billing frequency in the
 * order they were first priced, then by `starting_at`.
 *
 * With `at`, only the entries in force at that instant (`getRates`); otherwise the entries that overlap
 * `[startingAt, endingBefore)`, each with its own boundaries (not clipped to the window). Product name, tags
 * and `product_tags` selectors use the product as in force at `at`, or else at the later of `startingAt` and
 * the entry's start. The caller checks that the rate card exists.
 */
export function rateCardSchedule(db: Db, rateCardId: string, options: RateScheduleOptions = {}): RateScheduleEntry[] {
  const byKey = new Map<string, StoredRate[]>();
  for (const rate of ratesOfRateCard(db, rateCardId)) {
    const key = scheduleKey(rate);
    byKey.set(key, [...(byKey.get(key) ?? []), rate]);
  }
  const productPosition = new Map(rateCardProductOrder(db, rateCardId).map((id, position) => [id, position]));
  const keys = [...byKey.keys()].sort(
    (a, b) => productPosition.get(byKey.get(a)![0]!.product_id)! - productPosition.get(byKey.get(b)![0]!.product_id)!,
  );

  const products = productCollection(db);
  const productCache = new Map<string, StoredProduct | undefined>();
  const productAt = (id: string, instant: number): ProductState | undefined => {
    if (!productCache.has(id)) productCache.set(id, products.find(id));
    const product = productCache.get(id);
    return product && productInForce(product, new Date(instant));
  };

  const windowStart = options.startingAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const windowEnd = options.endingBefore?.getTime() ?? Number.POSITIVE_INFINITY;
  const entries: RateScheduleEntry[] = [];
  for (const key of keys) {
    for (const segment of layerRates(byKey.get(key)!)) {
      const inView =
        options.at !== undefined
          ? segment.start <= options.at.getTime() && options.at.getTime() < segment.end
          : segment.end > windowStart && segment.start < windowEnd;
      if (!inView) continue;
      const product = productAt(segment.rate.product_id, options.at?.getTime() ?? Math.max(windowStart, segment.start));
      if (!product) continue;
      const selectors = options.selectors ?? [];
      if (selectors.length > 0 && !selectors.some((selector) => matchesSelector(segment.rate, product, selector))) continue;
      entries.push(scheduleEntry(db, segment, product));
    }
  }
  return entries;
}
