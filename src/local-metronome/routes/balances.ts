import type { ScheduleDuration } from '@metronome/sdk/resources/shared';
import { BadRequestError, ConflictError, NotFoundError } from '../http/api-error.js';
import { contractBalances } from '../billing/recurring-balances.js';
import { seatAllocationOf } from '../billing/seats.js';
import { defineRoute, type Domain, type RequestContext } from '../http/route.js';
import { balanceWire, customerBilling, remainingOf } from '../billing/balances.js';
import type { CustomerBalance, CustomerBilling } from '../billing/invoice-engine.js';
import { Decimal } from '../billing/money.js';
import { buildCommit, buildCredit, iso, newTermsContext, type CommitInput, type CreditInput } from '../store/contract-terms.js';
import { contractsOfCustomer, requireContract, type StoredCommit, type StoredCredit } from '../store/contracts.js';
import { customerCommitCollection, customerCreditCollection } from '../store/customer-balances.js';
import { requireCustomer } from '../store/customers.js';
import type { Db } from '../store/database.js';
import { insertManualEntry } from '../store/invoices.js';
import { cutWindows } from '../store/contract-changes.js';
import { pageByOffset } from '../store/list-paging.js';

const BALANCE_PAGE_LIMIT = 25;

interface BalanceFilters {
  customer_id: string;
  access_type?: 'SPEND' | 'QUANTITY';
  covering_date?: string;
  starting_at?: string;
  effective_before?: string;
  include_archived?: boolean;
  include_ledgers?: boolean;
  include_balance?: boolean;
  next_page?: string;
  limit?: number;
}

function isArchived(owner: CustomerBalance): boolean {
  return Boolean((owner.balance as { archived_at?: string }).archived_at || owner.contract?.archived_at);
}

function accessMatches(owner: CustomerBalance, filters: BalanceFilters): boolean {
  const items = owner.balance.access_schedule?.schedule_items ?? [];
  const at = (value: string | undefined) => (value === undefined ? undefined : Date.parse(value));
  const covering = at(filters.covering_date);
  const startingAt = at(filters.starting_at);
  const effectiveBefore = at(filters.effective_before);
  if (covering !== undefined && !items.some((i) => Date.parse(i.starting_at) <= covering && covering < Date.parse(i.ending_before))) return false;
  if (startingAt !== undefined && !items.some((i) => Date.parse(i.ending_before) > startingAt)) return false;
  if (effectiveBefore !== undefined && !items.some((i) => Date.parse(i.starting_at) < effectiveBefore)) return false;
  if (filters.access_type !== undefined) {
    // Seat-based balances (from subscriptions with individual allocation) are drawn by quantity.
    const byQuantity = owner.balance.subscription_config?.allocation === 'INDIVIDUAL';
    if ((filters.access_type === 'QUANTITY') !== byQuantity) return false;
  }
  return true;
}

/**
 * One page of commits and credits, in the order the customer's balances are listed (contract-level ones by
 * contract, then customer-level ones, each in creation order), 25 at most.
 */
function balancePage(
  db: Db,
  billing: CustomerBilling,
  owners: CustomerBalance[],
  filters: BalanceFilters,
  extra: (owner: CustomerBalance) => boolean = () => true,
) {
  const kept = owners.filter((o) => (filters.include_archived || !isArchived(o)) && accessMatches(o, filters) && extra(o));
  const page = pageByOffset(kept, filters.next_page, Math.min(filters.limit ?? BALANCE_PAGE_LIMIT, BALANCE_PAGE_LIMIT));
  return {
    data: page.data.map((o) => balanceWire(db, billing, o, { includeLedgers: filters.include_ledgers, includeBalance: filters.include_balance })),
    next_page: page.next_page,
  };
}

function checkUniquenessKey(db: Db, customerId: string, key: string | undefined): void {
  if (key === undefined) return;
  const taken = [
    ...customerCommitCollection(db).all(customerId),
    ...customerCreditCollection(db).all(customerId),
    ...contractsOfCustomer(db, customerId).flatMap((c) => [...(c.current.commits ?? []), ...(c.current.credits ?? [])]),
  ].some((b) => b.uniqueness_key === key);
  if (taken) throw new ConflictError(`A commit or credit with uniqueness_key "${key}" already exists`);
}

function checkApplicableContracts(db: Db, customerId: string, ids: string[] | undefined): void {
  ids?.forEach((id, i) => {
    try {
      requireContract(db, customerId, id);
    } catch {
      throw new NotFoundError(`applicable_contract_ids[${i}]: contract not found: ${id}`);
    }
  });
}

type CreateCommitBody = Omit<CommitInput, 'access_schedule'> &
  Required<Pick<CommitInput, 'access_schedule'>> & {
    customer_id: string;
    invoice_contract_id?: string;
    applicable_contract_ids?: string[];
    salesforce_opportunity_id?: string;
    uniqueness_key?: string;
  };

function createCustomerCommit(ctx: RequestContext<CreateCommitBody>) {
  const { db, body, now } = ctx;
  requireCustomer(db, body.customer_id);
  checkUniquenessKey(db, body.customer_id, body.uniqueness_key);
  checkApplicableContracts(db, body.customer_id, body.applicable_contract_ids);
  const invoiced = body.invoice_schedule !== undefined && body.invoice_schedule.do_not_invoice !== true;
  if (body.type === 'POSTPAID' && body.invoice_contract_id === undefined)
    throw new BadRequestError('invoice_contract_id is required for POSTPAID commits');
  if (invoiced && body.invoice_contract_id === undefined)
    throw new BadRequestError('invoice_contract_id is required for commits with an invoice_schedule unless do_not_invoice is true');
  if (body.invoice_contract_id !== undefined) requireContract(db, body.customer_id, body.invoice_contract_id);
  const { contract: _contract, invoice_contract: _invoiceContract, ...built } = buildCommit(
    newTermsContext(db, now, body.invoice_contract_id ?? ''),
    body,
    'commit',
  );
  const commit: StoredCommit = {
    ...built,
    ...(built.invoice_schedule && body.invoice_contract_id ? { invoice_contract: { id: body.invoice_contract_id } } : {}),
    ...(body.applicable_contract_ids !== undefined ? { applicable_contract_ids: body.applicable_contract_ids } : {}),
    ...(body.salesforce_opportunity_id !== undefined ? { salesforce_opportunity_id: body.salesforce_opportunity_id } : {}),
    ...(body.uniqueness_key !== undefined ? { uniqueness_key: body.uniqueness_key } : {}),
  };
  customerCommitCollection(db).insert(commit, body.customer_id);
  ctx.emit('customer.changed', { customerId: body.customer_id, reason: 'commit.created' });
  return { data: { id: commit.id } };
}

type CreateCreditBody = CreditInput & {
  customer_id: string;
  applicable_contract_ids?: string[];
  salesforce_opportunity_id?: string;
  uniqueness_key?: string;
};

function createCustomerCredit(ctx: RequestContext<CreateCreditBody>) {
  const { db, body, now } = ctx;
  requireCustomer(db, body.customer_id);
  checkUniquenessKey(db, body.customer_id, body.uniqueness_key);
  checkApplicableContracts(db, body.customer_id, body.applicable_contract_ids);
  const { contract: _contract, ...built } = buildCredit(newTermsContext(db, now, ''), body, 'credit');
  const credit: StoredCredit = {
    ...built,
    ...(body.applicable_contract_ids !== undefined ? { applicable_contract_ids: body.applicable_contract_ids } : {}),
    ...(body.salesforce_opportunity_id !== undefined ? { salesforce_opportunity_id: body.salesforce_opportunity_id } : {}),
    ...(body.uniqueness_key !== undefined ? { uniqueness_key: body.uniqueness_key } : {}),
  };
  customerCreditCollection(db).insert(credit, body.customer_id);
  ctx.emit('customer.changed', { customerId: body.customer_id, reason: 'credit.created' });
  return { data: { id: credit.id } };
}

/**
 * Cuts an access schedule at `endingBefore`: segments that start at or after it go, the one spanning it ends
 * there. Only earlier ends are allowed.
 */
function shortenedAccess(schedule: ScheduleDuration | undefined, endingBefore: string, what: string): ScheduleDuration {
  const items = schedule?.schedule_items ?? [];
  const end = Date.parse(endingBefore);
  const currentEnd = Math.max(...items.map((i) => Date.parse(i.ending_before)));
  if (end > currentEnd)
    throw new BadRequestError(
      `access_ending_before ${iso(endingBefore)} is after the ${what}'s current end ${new Date(currentEnd).toISOString()}; the end date can only be moved earlier`,
    );
  return {
    ...schedule,
    schedule_items: cutWindows(items, end),
  };
}

function customerLevelOrError<T extends StoredCommit | StoredCredit>(
  db: Db,
  now: Date,
  customerId: string,
  id: string,
  found: T | undefined,
  what: 'commit' | 'credit',
): T {
  if (found) return found;
  const onContract = contractsOfCustomer(db, customerId).find((c) => {
    const { commits, credits } = contractBalances(db, c, now);
    return [...commits, ...credits].some((b) => b.id === id);
  });
  if (onContract)
    throw new BadRequestError(`${what} ${id} belongs to contract ${onContract.id}; change contract-level ${what}s by editing the contract`);
  throw new NotFoundError(`${what === 'commit' ? 'Commit' : 'Credit'} not found: ${id}`);
}

function updateCommitEndDate(
  ctx: RequestContext<{ customer_id: string; commit_id: string; access_ending_before?: string; invoices_ending_before?: string }>,
) {
  const { db, body } = ctx;
  requireCustomer(db, body.customer_id);
  const commits = customerCommitCollection(db);
  const stored = commits.find(body.commit_id);
  const commit = customerLevelOrError(db, ctx.now, body.customer_id, body.commit_id, stored && commits.parentOf(stored.id) === body.customer_id ? stored : undefined, 'commit');
  if (commit.type !== 'PREPAID') throw new BadRequestError(`Commit ${commit.id} is ${commit.type}; only PREPAID commits can have their end date updated`);
  let updated: StoredCommit = { ...commit };
  if (body.access_ending_before !== undefined)
    updated = { ...updated, access_schedule: shortenedAccess(commit.access_schedule, body.access_ending_before, 'commit') };
  if (body.invoices_ending_before !== undefined && commit.invoice_schedule) {
    const end = Date.parse(body.invoices_ending_before);
    updated = {
      ...updated,
      invoice_schedule: { ...commit.invoice_schedule, schedule_items: (commit.invoice_schedule.schedule_items ?? []).filter((i) => Date.parse(i.timestamp) < end) },
    };
  }
  commits.update(updated);
  ctx.emit('customer.changed', { customerId: body.customer_id, reason: 'commit.updated' });
  return { data: { id: commit.id } };
}

function updateCreditEndDate(ctx: RequestContext<{ customer_id: string; credit_id: string; access_ending_before: string }>) {
  const { db, body } = ctx;
  requireCustomer(db, body.customer_id);
  const credits = customerCreditCollection(db);
  const stored = credits.find(body.credit_id);
  const credit = customerLevelOrError(db, ctx.now, body.customer_id, body.credit_id, stored && credits.parentOf(stored.id) === body.customer_id ? stored : undefined, 'credit');
  credits.update({ ...credit, access_schedule: shortenedAccess(credit.access_schedule, body.access_ending_before, 'credit') });
  ctx.emit('customer.changed', { customerId: body.customer_id, reason: 'credit.updated' });
  return { data: { id: credit.id } };
}

function billingFor(db: Db, customerId: string, now: Date): CustomerBilling {
  requireCustomer(db, customerId);
  return customerBilling(db, customerId, now);
}

interface ManualEntryBody {
  customer_id: string;
  contract_id?: string;
  id: string;
  segment_id: string;
  amount: number;
  per_group_amounts?: Record<string, number>;
  reason: string;
  timestamp?: string;
}

function addManualEntry(ctx: RequestContext<ManualEntryBody>) {
  const { db, body, now } = ctx;
  requireCustomer(db, body.customer_id);
  const contract = body.contract_id !== undefined ? requireContract(db, body.customer_id, body.contract_id) : undefined;
  const billing = customerBilling(db, body.customer_id, now);
  const owner = billing.balances.find((b) => b.balance.id === body.id && b.contract?.id === contract?.id);
  if (!owner)
    throw new NotFoundError(
      contract ? `Commit or credit not found on contract ${contract.id}: ${body.id}` : `Customer-level commit or credit not found: ${body.id}`,
    );
  const segment = owner.balance.access_schedule?.schedule_items.find((s) => s.id === body.segment_id);
  if (!segment) throw new NotFoundError(`Segment not found on ${owner.kind === 'CREDIT' ? 'credit' : 'commit'} ${body.id}: ${body.segment_id}`);
  if (body.per_group_amounts !== undefined) {
    const sum = Decimal.sum(Object.values(body.per_group_amounts));
    if (!sum.eq(body.amount)) throw new BadRequestError(`per_group_amounts must sum to amount (${body.amount}); they sum to ${sum.toString()}`);
  }
  const seats = seatAllocationOf(owner.contract, owner.balance);
  if (seats && body.per_group_amounts === undefined)
    throw new BadRequestError(`per_group_amounts is required: ${body.id} is allocated to each seat of subscription ${owner.balance.subscription_config!.subscription_id}`);
  if (!seats && body.per_group_amounts !== undefined)
    throw new BadRequestError(`per_group_amounts is only for commits and credits allocated to each seat of a subscription; ${body.id} is not`);
  if (body.per_group_amounts !== undefined) {
    const seatIds = seats!.segments.get(segment.id)?.seatIds ?? [];
    const unknown = Object.keys(body.per_group_amounts).filter((seat) => !seatIds.includes(seat));
    if (unknown.length > 0) throw new BadRequestError(`per_group_amounts names seats segment ${segment.id} has no share for: ${unknown.join(', ')}`);
  }
  insertManualEntry(db, {
    customerId: body.customer_id,
    contractId: contract?.id ?? null,
    balanceId: owner.balance.id,
    segmentId: segment.id,
    amount: Decimal.from(body.amount).toString(),
    perSeat: body.per_group_amounts
      ? Object.fromEntries(Object.entries(body.per_group_amounts).map(([seat, amount]) => [seat, Decimal.from(amount).toString()]))
      : null,
    reason: body.reason,
    timestamp: new Date(body.timestamp ?? segment.starting_at),
  });
  ctx.emit('customer.changed', { customerId: body.customer_id, reason: 'balance.manual_entry' });
  return undefined;
}

export const balances: Domain = {
  name: 'balances',
  routes: [
    defineRoute<BalanceFilters & { id?: string; include_contract_balances?: boolean; exclude_zero_balances?: boolean }>({
      operation: 'POST /v1/contracts/customerBalances/list',
      kind: 'read',
      handle: ({ db, body, now }) => {
        const billing = billingFor(db, body.customer_id, now);
        return balancePage(db, billing, billing.balances, body, (o) =>
          (body.include_contract_balances === true || !o.contract) &&
          (body.id === undefined || o.balance.id === body.id) &&
          (body.exclude_zero_balances !== true || remainingOf(billing, o) !== 0),
        );
      },
    }),
    defineRoute<ManualEntryBody>({
      operation: 'POST /v1/contracts/addManualBalanceLedgerEntry',
      kind: 'write',
      audit: { resourceType: 'commit', action: 'addManualBalanceLedgerEntry', resourceId: (ctx) => ctx.body.id },
      handle: addManualEntry,
    }),
    defineRoute<CreateCommitBody>({
      operation: 'POST /v1/contracts/customerCommits/create',
      kind: 'write',
      audit: { resourceType: 'commit', action: 'create' },
      handle: createCustomerCommit,
    }),
    defineRoute<BalanceFilters & { commit_id?: string; include_contract_commits?: boolean }>({
      operation: 'POST /v1/contracts/customerCommits/list',
      kind: 'read',
      handle: ({ db, body, now }) => {
        const billing = billingFor(db, body.customer_id, now);
        return balancePage(db, billing, billing.balances, body, (o) =>
          o.kind !== 'CREDIT' &&
          (body.include_contract_commits === true || !o.contract) &&
          (body.commit_id === undefined || o.balance.id === body.commit_id),
        );
      },
    }),
    defineRoute({
      operation: 'POST /v1/contracts/customerCommits/updateEndDate',
      kind: 'write',
      audit: { resourceType: 'commit', action: 'updateEndDate', resourceId: (ctx) => ctx.body.commit_id },
      handle: updateCommitEndDate,
    }),
    defineRoute<CreateCreditBody>({
      operation: 'POST /v1/contracts/customerCredits/create',
      kind: 'write',
      audit: { resourceType: 'credit', action: 'create' },
      handle: createCustomerCredit,
    }),
    defineRoute<BalanceFilters & { credit_id?: string; include_contract_credits?: boolean }>({
      operation: 'POST /v1/contracts/customerCredits/list',
      kind: 'read',
      handle: ({ db, body, now }) => {
        const billing = billingFor(db, body.customer_id, now);
        return balancePage(db, billing, billing.balances, body, (o) =>
          o.kind === 'CREDIT' &&
          (body.include_contract_credits === true || !o.contract) &&
          (body.credit_id === undefined || o.balance.id === body.credit_id),
        );
      },
    }),
    defineRoute({
      operation: 'POST /v1/contracts/customerCredits/updateEndDate',
      kind: 'write',
      audit: { resourceType: 'credit', action: 'updateEndDate', resourceId: (ctx) => ctx.body.credit_id },
      handle: updateCreditEndDate,
    }),
  ],
};
