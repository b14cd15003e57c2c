import type { Invoice } from '@metronome/sdk/resources/v1/customers/invoices';
import { provideContractBalances, type ContractBalanceQuery } from '../alerts/values/contract-balances.js';
import { provideInvoices } from '../alerts/values/invoice-totals.js';
import { provideSeatBalances, type SeatBalanceQuery } from '../alerts/values/seat-balances.js';
import { USD_CENTS } from '../store/credit-types.js';
import type { Db } from '../store/database.js';
import { customerBilling } from './balances.js';
import { seatRemaining, segmentRemaining } from './ledgers.js';
import { Decimal } from './money.js';
import { seatAllocationOf } from './seats.js';

/**
 * The customer's invoices as of `now` without storing anything: stored ones, drafts of open periods, and the
 * ones whose period has ended but that no read has stored yet (as they will be stored). Backs the spend and
 * invoice-total alerts.
 */
export function invoicesAsOf(db: Db, customerId: string, now: Date): Invoice[] {
  return customerBilling(db, customerId, now).invoices.map((billed) => billed.invoice);
}

/**
 * What is left in one segment of a contract's commit or credit as of `now`: its amount, plus manual entries,
 * less what invoices (drafts included) drew from it. Backs the contract balance alerts.
 */
export function segmentBalanceAsOf({ db, customerId, item, segment, now }: ContractBalanceQuery): Decimal {
  const activity = customerBilling(db, customerId, now).activity.get(item.id) ?? { deductions: [], manualEntries: [] };
  return segmentRemaining(segment.id, segment.amount, activity);
}

/**
 * What each seat has left, per seat id, of its shares of the customer's seat-allocated commits and credits in one
 * pricing unit: over the segments whose access covers `now`, its share plus its manual entries, less what its
 * usage drew (drafts included). Archived commits and credits count no more. Backs the seat balance alert.
 */
export function seatBalancesAsOf({ db, customerId, seatGroupKey, creditTypeId, now }: SeatBalanceQuery): Map<string, Decimal> {
  const billing = customerBilling(db, customerId, now);
  const seats = new Map<string, Decimal>();
  const t = now.getTime();
  for (const owner of billing.balances) {
    const allocation = seatAllocationOf(owner.contract, owner.balance);
    if (!allocation || allocation.seatGroupKey !== seatGroupKey) continue;
    if ((owner.balance.access_schedule?.credit_type?.id ?? USD_CENTS.id) !== creditTypeId) continue;
    const activity = billing.activity.get(owner.balance.id) ?? { deductions: [], manualEntries: [] };
    for (const segment of owner.balance.access_schedule?.schedule_items ?? []) {
      if (Date.parse(segment.starting_at) > t || Date.parse(segment.ending_before) <= t) continue;
      const split = allocation.segments.get(segment.id);
      for (const seatId of split?.seatIds ?? []) {
        const left = Decimal.max(seatRemaining(segment.id, seatId, split!.perSeat, activity), 0);
        seats.set(seatId, (seats.get(seatId) ?? Decimal.ZERO).plus(left));
      }
    }
  }
  return seats;
}

provideInvoices(invoicesAsOf);
provideSeatBalances(seatBalancesAsOf);
provideContractBalances(segmentBalanceAsOf);
