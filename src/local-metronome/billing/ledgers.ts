import type { Commit, Credit, ScheduleDuration } from '@metronome/sdk/resources/shared';
import { Decimal } from './money.js';

export type CommitLedgerEntry = NonNullable<Commit['ledger']>[number];
export type CreditLedgerEntry = NonNullable<Credit['ledger']>[number];
export type LedgerEntry = CommitLedgerEntry | CreditLedgerEntry;

/** A commit or credit as far as its ledger is concerned. */
export interface LedgerSubject {
  type: 'PREPAID' | 'POSTPAID' | 'CREDIT';
  access_schedule?: ScheduleDuration | undefined;
}

/** An invoice's drawdown of one segment (a positive amount: what was paid). */
export interface InvoiceDeduction {
  invoiceId: string;
  contractId?: string | undefined;
  segmentId: string;
  amount: Decimal;
  /** The seat whose allocation paid, when the commit or credit is allocated to each seat of a subscription. */
  seatId?: string | undefined;
  /** A POSTPAID commit's true-up: the invoice billed what usage left of the commitment. */
  trueup?: boolean | undefined;
  timestamp: Date;
}

/** An `addManualBalanceLedgerEntry`: positive adds to the segment, negative draws from it. */
export interface ManualEntry {
  segmentId: string;
  amount: Decimal;
  /** `per_group_amounts`: the amount split over the seats of an individually allocated commit or credit. */
  perSeat?: ReadonlyMap<string, Decimal> | undefined;
  reason: string;
  timestamp: Date;
}

/** What of a segment rolled over into the contract that renewed its contract (positive: the amount moved). */
export interface RolloverEntry {
  segmentId: string;
  amount: Decimal;
  newContractId: string;
  timestamp: Date;
}

export interface LedgerActivity {
  deductions: readonly InvoiceDeduction[];
  manualEntries: readonly ManualEntry[];
  rollovers?: readonly RolloverEntry[];
}

interface Ordered {
  at: number;
  rank: number;
  entry: LedgerEntry;
}

// At one instant a true-up or rollover is listed before the segment's expiration, and a segment that expires before the one
// that starts.
const RANK = { trueup: -1, rollover: -1, expiration: 0, start: 1, deduction: 2, manual: 3 } as const;

function entryTypes(type: LedgerSubject['type']) {
  switch (type) {
    case 'PREPAID':
      return { start: 'PREPAID_COMMIT_SEGMENT_START', deduction: 'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', manual: 'PREPAID_COMMIT_MANUAL', expiration: 'PREPAID_COMMIT_EXPIRATION', rollover: 'PREPAID_COMMIT_ROLLOVER' } as const;
    case 'POSTPAID':
      return { start: 'POSTPAID_COMMIT_INITIAL_BALANCE', deduction: 'POSTPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', manual: 'POSTPAID_COMMIT_MANUAL', expiration: 'POSTPAID_COMMIT_EXPIRATION', rollover: 'POSTPAID_COMMIT_ROLLOVER' } as const;
    case 'CREDIT':
      return { start: 'CREDIT_SEGMENT_START', deduction: 'CREDIT_AUTOMATED_INVOICE_DEDUCTION', manual: 'CREDIT_MANUAL', expiration: 'CREDIT_EXPIRATION', rollover: 'CREDIT_ROLLOVER' } as const;
  }
}

/** What a segment holds: its amount, plus every manual entry on it, less every invoice deduction from it. */
export function segmentRemaining(segmentId: string, amount: Decimal | number, activity: LedgerActivity): Decimal {
  let left = Decimal.from(amount);
  for (const manual of activity.manualEntries) if (manual.segmentId === segmentId) left = left.plus(manual.amount);
  for (const deduction of activity.deductions) if (deduction.segmentId === segmentId) left = left.minus(deduction.amount);
  for (const rollover of activity.rollovers ?? []) if (rollover.segmentId === segmentId) left = left.minus(rollover.amount);
  return left;
}

/**
 * What one seat holds in a segment of an individually allocated commit or credit: its allocation, plus its share
 * of manual entries, less what invoices drew from it for that seat's usage.
 */
export function seatRemaining(segmentId: string, seatId: string, allocation: Decimal, activity: LedgerActivity): Decimal {
  let left = allocation;
  for (const manual of activity.manualEntries)
    if (manual.segmentId === segmentId) left = left.plus(manual.perSeat?.get(seatId) ?? Decimal.ZERO);
  for (const deduction of activity.deductions)
    if (deduction.segmentId === segmentId && deduction.seatId === seatId) left = left.minus(deduction.amount);
  return left;
}

/** One invoice's deductions from one segment as one entry: a seat-allocated segment is drawn seat by seat. */
function mergedByInvoice(deductions: readonly InvoiceDeduction[]): InvoiceDeduction[] {
  const merged = new Map<string, InvoiceDeduction>();
  for (const deduction of deductions) {
    const key = `${deduction.invoiceId}|${deduction.segmentId}|${deduction.timestamp.getTime()}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, amount: seen.amount.plus(deduction.amount), seatId: undefined } : deduction);
  }
  return [...merged.values()];
}

/**
 * The ledger of a commit or credit as of `now`, oldest first:
 * - a segment-start entry (`*_SEGMENT_START`, or `POSTPAID_COMMIT_INITIAL_BALANCE`) when a segment's access begins;
 * - an automated invoice deduction (negative) for every invoice that drew from a segment, drafts included, so the
 *   balance follows usage as it is ingested;
 * - a POSTPAID commit's true-up (negative: the shortfall its true-up invoice bills);
 * - a rollover (negative: what moved into the contract that renewed this one);
 * - every manual entry, future-dated ones included, as the API documents;
 * - an expiration (negative: what was left) when a segment's access ends with something left in it.
 * Deductions and manual entries on segments that have not started are listed only once they start.
 */
export function buildLedger(subject: LedgerSubject, activity: LedgerActivity, now: Date): LedgerEntry[] {
  const types = entryTypes(subject.type);
  const entries: Ordered[] = [];
  const t = now.getTime();
  const items = subject.access_schedule?.schedule_items ?? [];
  for (const item of items) {
    const start = Date.parse(item.starting_at);
    const end = Date.parse(item.ending_before);
    if (start > t) continue;
    entries.push({
      at: start,
      rank: RANK.start,
      entry:
        subject.type === 'POSTPAID'
          ? { type: 'POSTPAID_COMMIT_INITIAL_BALANCE', timestamp: item.starting_at, amount: item.amount }
          : ({ type: types.start, timestamp: item.starting_at, amount: item.amount, segment_id: item.id } as LedgerEntry),
    });
    for (const deduction of mergedByInvoice(activity.deductions)) {
      if (deduction.segmentId !== item.id) continue;
      if (deduction.trueup) {
        entries.push({
          at: deduction.timestamp.getTime(),
          rank: RANK.trueup,
          entry: {
            type: 'POSTPAID_COMMIT_TRUEUP',
            timestamp: deduction.timestamp.toISOString(),
            amount: deduction.amount.negated().toNumber(),
            invoice_id: deduction.invoiceId,
            ...(deduction.contractId ? { contract_id: deduction.contractId } : {}),
          } as LedgerEntry,
        });
        continue;
      }
      entries.push({
        at: deduction.timestamp.getTime(),
        rank: RANK.deduction,
        entry: {
          type: types.deduction,
          timestamp: deduction.timestamp.toISOString(),
          amount: deduction.amount.negated().toNumber(),
          segment_id: item.id,
          invoice_id: deduction.invoiceId,
          ...(deduction.contractId ? { contract_id: deduction.contractId } : {}),
        } as LedgerEntry,
      });
    }
    for (const manual of activity.manualEntries) {
      if (manual.segmentId !== item.id) continue;
      entries.push({
        at: manual.timestamp.getTime(),
        rank: RANK.manual,
        entry: { type: types.manual, timestamp: manual.timestamp.toISOString(), amount: manual.amount.toNumber(), reason: manual.reason } as LedgerEntry,
      });
    }
    for (const rollover of activity.rollovers ?? []) {
      if (rollover.segmentId !== item.id) continue;
      entries.push({
        at: rollover.timestamp.getTime(),
        rank: RANK.rollover,
        entry: {
          type: types.rollover,
          timestamp: rollover.timestamp.toISOString(),
          amount: rollover.amount.negated().toNumber(),
          new_contract_id: rollover.newContractId,
          segment_id: item.id,
        } as LedgerEntry,
      });
    }
    if (end <= t) {
      const left = segmentRemaining(item.id, item.amount, activity);
      if (left.isPositive())
        entries.push({
          at: end,
          rank: RANK.expiration,
          entry:
            subject.type === 'POSTPAID'
              ? { type: 'POSTPAID_COMMIT_EXPIRATION', timestamp: item.ending_before, amount: left.negated().toNumber() }
              : ({ type: types.expiration, timestamp: item.ending_before, amount: left.negated().toNumber(), segment_id: item.id } as LedgerEntry),
        });
    }
  }
  return entries.sort((a, b) => a.at - b.at || a.rank - b.rank).map((o) => o.entry);
}

/**
 * What the customer can use right now: the sum over the segments whose access covers `now` of what is left in
 * each (never below 0 — negative manual entries beyond what is left make it 0, as the API documents). Expired
 * and upcoming segments contribute nothing.
 */
export function currentBalance(subject: LedgerSubject, activity: LedgerActivity, now: Date): Decimal {
  const t = now.getTime();
  let balance = Decimal.ZERO;
  for (const item of subject.access_schedule?.schedule_items ?? []) {
    if (Date.parse(item.starting_at) > t || Date.parse(item.ending_before) <= t) continue;
    balance = balance.plus(Decimal.max(segmentRemaining(item.id, item.amount, activity), 0));
  }
  return balance;
}
