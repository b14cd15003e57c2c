import type { StoredCommit, StoredContract, StoredCredit, StoredSubscription } from '../store/contracts.js';
import { Decimal } from './money.js';

/**
 * The seats of a SEAT_BASED subscription over one window, as `getSubscriptionSeatsHistory` describes them:
 * which seat ids are assigned and how many seats are bought but unassigned. The subscription's quantity in that
 * window is their sum. Kept with the stored subscription and never served (the wire `Subscription` has no seats).
 */
export interface SeatScheduleEntry {
  starting_at: string;
  ending_before?: string;
  assigned_seat_ids: string[];
  unassigned_seats: number;
}

function inWindow(entry: { starting_at: string; ending_before?: string | undefined }, t: number): boolean {
  return Date.parse(entry.starting_at) <= t && (entry.ending_before === undefined || t < Date.parse(entry.ending_before));
}

/** The subscription's seats at `instant`; undefined for a QUANTITY_ONLY subscription or outside its window. */
export function seatsAt(subscription: StoredSubscription, instant: Date): SeatScheduleEntry | undefined {
  return subscription.seat_schedule?.find((entry) => inWindow(entry, instant.getTime()));
}

/** The subscription's quantity at `instant`; undefined outside its quantity schedule. */
export function quantityAt(subscription: StoredSubscription, instant: Date): number | undefined {
  return subscription.quantity_schedule.find((item) => inWindow(item, instant.getTime()))?.quantity;
}

/**
 * How a commit or credit generated for an INDIVIDUAL allocation is split: each seat assigned when a segment
 * starts holds an equal share of the segment (it was granted unit price × assigned seats), which only usage
 * carrying that seat id under `seat_group_key` draws.
 */
export interface SeatAllocation {
  seatGroupKey: string;
  /** Per access segment id: the seats that hold a share, and each one's share. */
  segments: Map<string, { seatIds: string[]; perSeat: Decimal }>;
}

/** The seat split of a contract's commit or credit, or undefined when it is not allocated to each seat. */
export function seatAllocationOf(contract: StoredContract | undefined, balance: StoredCommit | StoredCredit): SeatAllocation | undefined {
  const config = balance.subscription_config;
  if (!contract || config?.allocation !== 'INDIVIDUAL') return undefined;
  const subscription = contract.subscriptions.find((s) => s.id === config.subscription_id);
  if (!subscription?.seat_config) return undefined;
  const segments = new Map<string, { seatIds: string[]; perSeat: Decimal }>();
  for (const segment of balance.access_schedule?.schedule_items ?? []) {
    const seats = seatsAt(subscription, new Date(segment.starting_at));
    if (!seats || seats.assigned_seat_ids.length === 0) continue;
    segments.set(segment.id, {
      seatIds: seats.assigned_seat_ids,
      perSeat: Decimal.from(segment.amount).dividedBy(seats.assigned_seat_ids.length),
    });
  }
  return { seatGroupKey: subscription.seat_config.seat_group_key, segments };
}

/** The seat a charge was incurred for: its value of the seat group key, from pricing or presentation groups. */
export function seatOfCharge(
  seatGroupKey: string,
  charge: { pricingGroupValues?: Record<string, string> | undefined; presentationGroupValues?: Record<string, string | null> | undefined },
): string | undefined {
  return charge.pricingGroupValues?.[seatGroupKey] ?? charge.presentationGroupValues?.[seatGroupKey] ?? undefined;
}
