import type { CommitSpecifier } from '@metronome/sdk/resources/shared';
import { Decimal } from './money.js';
import type { Period } from './periods.js';
import { seatOfCharge } from './seats.js';

export type BalanceKind = 'PREPAID' | 'POSTPAID' | 'CREDIT';

/** What a commit or credit may pay for: empty lists (and no specifiers) mean every product. */
export interface Applicability {
  applicableProductIds?: readonly string[] | undefined;
  applicableProductTags?: readonly string[] | undefined;
  specifiers?: readonly CommitSpecifier[] | undefined;
}

/** One access-schedule segment of a commit or credit, with what is left of it before this drawdown. */
export interface DrawableSegment extends Applicability {
  balanceId: string;
  segmentId: string;
  kind: BalanceKind;
  creditTypeId: string;
  /** Lower applies first; a commit without a priority applies after every prioritised one. */
  priority?: number | undefined;
  access: Period;
  remaining: Decimal;
  /**
   * For a commit or credit allocated to each seat of a subscription: the seat whose share this is. Only charges
   * carrying that seat id under the seat group key (a pricing or presentation group) draw from it.
   */
  seat?: { groupKey: string; seatId: string } | undefined;
  /** Contract-level balances belong to one contract; customer-level ones may name the contracts they serve. */
  contractId?: string | undefined;
  applicableContractIds?: readonly string[] | undefined;
  /** Creation order, the last tie-breaker. */
  order: number;
}

/** An amount on an invoice that commits and credits may pay: a usage or subscription line item, or a slice of one. */
export interface DrawableCharge {
  key: string;
  contractId: string;
  creditTypeId: string;
  productId: string;
  productTags: readonly string[];
  pricingGroupValues?: Record<string, string> | undefined;
  presentationGroupValues?: Record<string, string | null> | undefined;
  /** When the charge was incurred; a segment pays for it only if its access covers this whole window. */
  service: Period;
  amount: Decimal;
}

export interface Application {
  chargeKey: string;
  balanceId: string;
  segmentId: string;
  seatId?: string | undefined;
  kind: BalanceKind;
  amount: Decimal;
}

function specifierMatches(specifier: CommitSpecifier, charge: DrawableCharge): boolean {
  if (specifier.product_id !== undefined && specifier.product_id !== charge.productId) return false;
  if (specifier.product_tags?.some((tag) => !charge.productTags.includes(tag))) return false;
  for (const [key, value] of Object.entries(specifier.pricing_group_values ?? {}))
    if (charge.pricingGroupValues?.[key] !== value) return false;
  for (const [key, value] of Object.entries(specifier.presentation_group_values ?? {}))
    if (charge.presentationGroupValues?.[key] !== value) return false;
  return true;
}

/**
 * Whether a commit or credit may pay for a charge on this product: with specifiers, when at least one matches;
 * otherwise when the product is among `applicable_product_ids` or carries one of `applicable_product_tags`;
 * with none of these, always.
 */
export function appliesToProduct(applicability: Applicability, charge: DrawableCharge): boolean {
  if (applicability.specifiers && applicability.specifiers.length > 0)
    return applicability.specifiers.some((specifier) => specifierMatches(specifier, charge));
  const ids = applicability.applicableProductIds ?? [];
  const tags = applicability.applicableProductTags ?? [];
  if (ids.length === 0 && tags.length === 0) return true;
  return ids.includes(charge.productId) || tags.some((tag) => charge.productTags.includes(tag));
}

/** What a segment's remaining amount is tracked under: the segment, or one seat's share of it. */
export function poolKeyOf(segment: Pick<DrawableSegment, 'segmentId' | 'seat'>): string {
  return segment.seat ? `${segment.segmentId}#${segment.seat.seatId}` : segment.segmentId;
}

function appliesToSeat(segment: DrawableSegment, charge: DrawableCharge): boolean {
  if (!segment.seat) return true;
  return seatOfCharge(segment.seat.groupKey, charge) === segment.seat.seatId;
}

function appliesToContract(segment: DrawableSegment, contractId: string): boolean {
  if (segment.contractId !== undefined) return segment.contractId === contractId;
  const ids = segment.applicableContractIds ?? [];
  return ids.length === 0 || ids.includes(contractId);
}

function covers(access: Period, service: Period): boolean {
  return access.startingAt.getTime() <= service.startingAt.getTime() && service.endingBefore.getTime() <= access.endingBefore.getTime();
}

/**
 * The documented drawdown order: lower priority first; then the segment that expires soonest; then
 * contract-level before customer-level balances; then the older one.
 */
export function compareDrawdownOrder(a: DrawableSegment, b: DrawableSegment): number {
  const priority = (a.priority ?? Number.POSITIVE_INFINITY) - (b.priority ?? Number.POSITIVE_INFINITY);
  if (priority !== 0 && !Number.isNaN(priority)) return priority;
  const expiry = a.access.endingBefore.getTime() - b.access.endingBefore.getTime();
  if (expiry !== 0) return expiry;
  const level = Number(a.contractId === undefined) - Number(b.contractId === undefined);
  if (level !== 0) return level;
  return a.order - b.order;
}

/**
 * The segments that may pay a charge, in drawdown order, without walking every seat's share: shares are indexed
 * by seat, so a charge meets the shared segments and the shares of its own seat only (hundreds of seats would
 * otherwise make each charge test every seat's share of every month).
 */
function candidateIndex(ordered: readonly DrawableSegment[]): (charge: DrawableCharge) => readonly DrawableSegment[] {
  const shared = ordered.filter((s) => !s.seat);
  const bySeat = new Map<string, DrawableSegment[]>();
  for (const segment of ordered) {
    if (!segment.seat) continue;
    const key = `${segment.seat.groupKey}\u0000${segment.seat.seatId}`;
    bySeat.set(key, [...(bySeat.get(key) ?? []), segment]);
  }
  if (bySeat.size === 0) return () => shared;
  const groupKeys = [...new Set(ordered.flatMap((s) => (s.seat ? [s.seat.groupKey] : [])))];
  const position = new Map(ordered.map((segment, i) => [segment, i]));
  return (charge) => {
    const own = groupKeys.flatMap((groupKey) => {
      const seatId = seatOfCharge(groupKey, charge);
      return seatId === undefined ? [] : (bySeat.get(`${groupKey}\u0000${seatId}`) ?? []);
    });
    return own.length === 0 ? shared : [...shared, ...own].sort((a, b) => position.get(a)! - position.get(b)!);
  };
}

/**
 * Pays charges from commit and credit segments (or seats' shares of them). Each charge, in the order given, takes what it can from the
 * segments that may pay for it (same pricing unit, applicable product, contract, and an access window covering
 * the charge, and the seat when the share is one seat's), in drawdown order, until it is paid or they are empty. Segments are not mutated; the result says
 * how much each segment paid for each charge, and what is left of every segment.
 */
export function drawDown(
  charges: readonly DrawableCharge[],
  segments: readonly DrawableSegment[],
): { applications: Application[]; remaining: Map<string, Decimal> } {
  const ordered = [...segments].sort(compareDrawdownOrder);
  const candidatesFor = candidateIndex(ordered);
  const remaining = new Map(segments.map((s) => [poolKeyOf(s), s.remaining]));
  const applications: Application[] = [];
  for (const charge of charges) {
    let unpaid = charge.amount;
    if (!unpaid.isPositive()) continue;
    for (const segment of candidatesFor(charge)) {
      if (!unpaid.isPositive()) break;
      const pool = poolKeyOf(segment);
      const left = remaining.get(pool) ?? Decimal.ZERO;
      if (!left.isPositive()) continue;
      if (segment.creditTypeId !== charge.creditTypeId) continue;
      if (!covers(segment.access, charge.service)) continue;
      if (!appliesToContract(segment, charge.contractId) || !appliesToProduct(segment, charge) || !appliesToSeat(segment, charge)) continue;
      const amount = Decimal.min(left, unpaid);
      remaining.set(pool, left.minus(amount));
      unpaid = unpaid.minus(amount);
      applications.push({
        chargeKey: charge.key,
        balanceId: segment.balanceId,
        segmentId: segment.segmentId,
        ...(segment.seat ? { seatId: segment.seat.seatId } : {}),
        kind: segment.kind,
        amount,
      });
    }
  }
  return { applications, remaining };
}
