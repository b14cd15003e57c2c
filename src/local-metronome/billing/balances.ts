import type { Commit, Credit } from '@metronome/sdk/resources/shared';
import { customFieldsOf } from '../store/custom-fields.js';
import type { StoredCommit, StoredContract, StoredCredit } from '../store/contracts.js';
import type { Db } from '../store/database.js';
import { billCustomer, withScheduledInvoiceIds, type CustomerBalance, type CustomerBilling } from './invoice-engine.js';
import { buildLedger, currentBalance, type LedgerActivity, type LedgerEntry } from './ledgers.js';
import { contractBalances } from './recurring-balances.js';
import { rolloverPlansOf } from './rollovers.js';

const EMPTY: LedgerActivity = { deductions: [], manualEntries: [] };

const cache = new WeakMap<Db, { key: string; billing: CustomerBilling }>();

/**
 * The customer's billing as of `now`, without writing: what invoices have drawn (drafts included) and the manual
 * entries, for ledgers and balances. Computed once per customer, instant and database state — several commits
 * of one response share one computation; any write on the connection starts a new one.
 */
export function customerBilling(db: Db, customerId: string, now: Date): CustomerBilling {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  const key = `${customerId}|${now.getTime()}|${changes}`;
  const cached = cache.get(db);
  if (cached?.key === key) return cached.billing;
  const billing = billCustomer(db, customerId, now, { persist: false });
  cache.set(db, { key, billing });
  return billing;
}

function activityOf(billing: CustomerBilling, balanceId: string): LedgerActivity {
  return billing.activity.get(balanceId) ?? EMPTY;
}

/**
 * The ledger of a contract's commit or credit as of `now` (the wire `ledger`), for `contracts/get|list` with
 * `include_ledgers`: segment starts, automated invoice deductions (draft invoices included), manual entries and
 * expirations.
 */
export function commitLedger(db: Db, contract: Pick<StoredContract, 'customer_id'>, commit: StoredCommit | StoredCredit, now: Date): LedgerEntry[] {
  return buildLedger(commit, activityOf(customerBilling(db, contract.customer_id, now), commit.id), now);
}

/**
 * The balance of a contract's commit or credit as of `now` (the wire `balance`), for `include_balance`: what is
 * left in the segments whose access covers `now`.
 */
export function balanceOf(db: Db, contract: Pick<StoredContract, 'customer_id'>, commit: StoredCommit | StoredCredit, now: Date): number {
  return currentBalance(commit, activityOf(customerBilling(db, contract.customer_id, now), commit.id), now).toNumber();
}

/** Options of the list endpoints that decide what each served commit or credit carries. */
export interface BalanceViewOptions {
  includeLedgers?: boolean | undefined;
  includeBalance?: boolean | undefined;
}

/** A commit or credit as the balance endpoints serve it: custom fields, and ledger and balance when asked. */
export function balanceWire(db: Db, billing: CustomerBilling, owner: CustomerBalance, options: BalanceViewOptions): Commit | Credit {
  const { balance } = owner;
  const entity = owner.kind === 'CREDIT' ? 'contract_credit' : 'commit';
  const activity = activityOf(billing, balance.id);
  const stored = owner.stored as StoredCommit;
  return {
    ...owner.stored,
    ...(stored.invoice_schedule
      ? { invoice_schedule: withScheduledInvoiceIds(stored.invoice_schedule, stored.invoice_contract?.id ?? owner.contract?.id) }
      : {}),
    custom_fields: customFieldsOf(db, entity, balance.id),
    ...(options.includeLedgers ? { ledger: buildLedger(balance, activity, billing.now) } : {}),
    ...(options.includeBalance ? { balance: currentBalance(balance, activity, billing.now).toNumber() } : {}),
  } as Commit | Credit;
}

/** The remaining balance of a commit or credit, for filters such as `exclude_zero_balances`. */
export function remainingOf(billing: CustomerBilling, owner: CustomerBalance): number {
  return currentBalance(owner.balance, activityOf(billing, owner.balance.id), billing.now).toNumber();
}

/**
 * The commits and credits rolled over into a contract from the one it renewed, as of `now`, with the amounts
 * billing computed; nothing for a contract that renewed none (without computing any billing).
 */
export function rolledOverBalancesOf(db: Db, contract: StoredContract, now: Date): { commits: StoredCommit[]; credits: StoredCredit[] } {
  if (rolloverPlansOf(db, contract).length === 0) return { commits: [], credits: [] };
  const rolled = customerBilling(db, contract.customer_id, now).balances.filter((b) => b.rollover && b.contract?.id === contract.id);
  return {
    commits: rolled.filter((b) => b.kind !== 'CREDIT').map((b) => b.stored as StoredCommit),
    credits: rolled.filter((b) => b.kind === 'CREDIT').map((b) => b.stored as StoredCredit),
  };
}

/** A contract's commits and credits as served at `now`: given, created by recurrences, and rolled over into it. */
export function servedContractBalances(db: Db, contract: StoredContract, now: Date): { commits: StoredCommit[]; credits: StoredCredit[] } {
  const own = contractBalances(db, contract, now);
  const rolled = rolledOverBalancesOf(db, contract, now);
  return { commits: [...own.commits, ...rolled.commits], credits: [...own.credits, ...rolled.credits] };
}
