import type { Invoice } from '@metronome/sdk/resources/v1/customers/invoices';
import { provideContractBalances, type ContractBalanceQuery } from '../alerts/values/contract-balances.js';
import { provideInvoices } from '../alerts/values/invoice-totals.js';
import type { Db } from '../store/database.js';
import { customerBilling } from './balances.js';
import { segmentRemaining } from './ledgers.js';
import type { Decimal } from './money.js';

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

provideInvoices(invoicesAsOf);
provideContractBalances(segmentBalanceAsOf);
