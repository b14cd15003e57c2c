import type {
  CreditGrantListEntriesResponse,
  CreditGrantListResponse,
  CreditLedgerEntry,
} from '@metronome/sdk/resources/v1/credit-grants';
import { BadRequestError } from '../http/api-error.js';
import { customFieldsOf } from '../store/custom-fields.js';
import { billingPeriodAt, customerPlanCollection } from '../store/customer-plans.js';
import {
  appendLedgerRow,
  creditGrantCollection,
  insertCreditGrant,
  ledgerRowsOf,
  ledgerRowsOfGrant,
  METRONOME_SYSTEM,
  type StoredCreditGrant,
} from '../store/credit-grants.js';
import type { Db } from '../store/database.js';
import { drawDown, type DrawableSegment } from './drawdown.js';
import { Decimal } from './money.js';
import { issueDuePlanCreditGrants } from './plan-credit-grants.js';

/**
 * One line of a customer's ledger in one pricing unit: a recorded grant or deduction, or the expiration of a
 * grant's remainder, which follows from `expires_at` and the clock.
 */
export interface LedgerLine {
  credit_grant_id: string;
  kind: 'grant' | 'deduction' | 'expiration';
  amount: Decimal;
  effective_at: string;
  /** Not yet posted: a deduction of a draft invoice, or an expiration still to come. */
  pending: boolean;
  invoice_id: string | null;
  reason: string;
  created_by: string;
  /**
   * Posted lines: the sum of every posted line up to and including this one. Pending lines: that posted sum plus
   * every pending line up to and including this one.
   */
  running_balance: Decimal;
}

const KIND_ORDER: Record<LedgerLine['kind'], number> = { grant: 0, deduction: 1, expiration: 2 };

export const EXPIRATION_REASON = 'Credit grant expiration';
export const INVOICE_DEDUCTION_REASON = 'Automated invoice deduction';

function liveGrantsOf(db: Db, customerId: string, creditTypeId?: string): StoredCreditGrant[] {
  return creditGrantCollection(db)
    .all(customerId)
    .filter((grant) => grant.voided_at === null && (creditTypeId === undefined || grant.grant_amount.credit_type.id === creditTypeId));
}

/** What is left of a grant after every deduction recorded against it, posted or pending. */
function remainderOf(db: Db, grantId: string): Decimal {
  return Decimal.sum(ledgerRowsOfGrant(db, grantId).filter((row) => row.kind !== 'void').map((row) => row.amount));
}

/**
 * The customer's ledger in one pricing unit, in chronological order (at one instant: grants, then deductions,
 * then expirations; then in recorded order), without voided grants. A grant's remainder expires at its
 * `expires_at`: posted once the clock (`now`) has reached it, pending while it is still to come, and left out when
 * it lies after `horizon`.
 */
export function creditTypeLedger(db: Db, customerId: string, creditTypeId: string, now: Date, horizon: Date): LedgerLine[] {
  const grants = new Map(liveGrantsOf(db, customerId, creditTypeId).map((grant) => [grant.id, grant]));
  const lines: (Omit<LedgerLine, 'running_balance'> & { order: number })[] = [];
  const remainders = new Map<string, Decimal>();
  for (const row of ledgerRowsOf(db, customerId, creditTypeId)) {
    if (row.kind === 'void' || !grants.has(row.credit_grant_id)) continue;
    const amount = Decimal.from(row.amount);
    remainders.set(row.credit_grant_id, (remainders.get(row.credit_grant_id) ?? Decimal.ZERO).plus(amount));
    lines.push({
      credit_grant_id: row.credit_grant_id,
      kind: row.kind,
      amount,
      effective_at: row.effective_at,
      pending: row.pending === 1,
      invoice_id: row.invoice_id,
      reason: row.reason,
      created_by: row.created_by,
      order: row.seq,
    });
  }
  for (const grant of grants.values()) {
    const expiresAt = Date.parse(grant.expires_at);
    const remainder = remainders.get(grant.id) ?? Decimal.ZERO;
    if (expiresAt > horizon.getTime() || !remainder.isPositive()) continue;
    lines.push({
      credit_grant_id: grant.id,
      kind: 'expiration',
      amount: remainder.negated(),
      effective_at: grant.expires_at,
      pending: expiresAt > now.getTime(),
      invoice_id: null,
      reason: EXPIRATION_REASON,
      created_by: METRONOME_SYSTEM,
      order: Number.MAX_SAFE_INTEGER,
    });
  }
  lines.sort(
    (a, b) =>
      Date.parse(a.effective_at) - Date.parse(b.effective_at) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order,
  );
  let posted = Decimal.ZERO;
  let pending = Decimal.ZERO;
  return lines.map(({ order: _order, ...line }) => {
    if (line.pending) pending = pending.plus(line.amount);
    else posted = posted.plus(line.amount);
    return { ...line, running_balance: line.pending ? posted.plus(pending) : posted };
  });
}

/** A ledger line in the wire shape of `CreditLedgerEntry`. */
export function ledgerEntryWire(line: LedgerLine): CreditLedgerEntry {
  return {
    amount: line.amount.toNumber(),
    reason: line.reason,
    running_balance: line.running_balance.toNumber(),
    effective_at: line.effective_at,
    created_by: line.created_by,
    credit_grant_id: line.credit_grant_id,
    invoice_id: line.invoice_id,
  };
}

/**
 * Brings the customer's grants up to `now`: issues the plan credit grants that have come due and rolls the
 * remainder of expired grants with rollover settings into new grants. Everything that reads or draws down a
 * customer's grants calls it first, so scheduled grants appear as the clock moves.
 */
export function settleCreditGrants(db: Db, customerId: string, now: Date): void {
  issueDuePlanCreditGrants(db, customerId, now);
  const grants = creditGrantCollection(db);
  for (const grant of grants.all(customerId)) {
    const rollover = grant.rollover_settings;
    if (!rollover || grant.voided_at !== null || grant.rolled_over_to || Date.parse(grant.expires_at) > now.getTime()) continue;
    const remainder = remainderOf(db, grant.id);
    const cap =
      rollover.rollover_amount.type === 'MAX_AMOUNT'
        ? Decimal.from(rollover.rollover_amount.value)
        : Decimal.from(grant.grant_amount.amount).times(rollover.rollover_amount.value);
    const rolled = Decimal.min(remainder, cap);
    if (!rolled.isPositive()) continue;
    const successor = insertCreditGrant(
      db,
      {
        customer_id: customerId,
        name: grant.name,
        grant_amount: { amount: rolled.toNumber(), credit_type_id: grant.grant_amount.credit_type.id },
        paid_amount: { amount: 0, credit_type_id: grant.paid_amount.credit_type.id },
        effective_at: new Date(grant.expires_at),
        expires_at: new Date(rollover.expires_at),
        priority: rollover.priority,
        reason: `Rollover of credit grant ${grant.id}`,
        ...(grant.credit_grant_type !== null ? { credit_grant_type: grant.credit_grant_type } : {}),
        ...(grant.product_ids ? { product_ids: grant.product_ids } : {}),
        rolled_over_from: grant.id,
        created_by: METRONOME_SYSTEM,
      },
      now,
    );
    grants.update({ ...grant, rolled_over_to: successor.id });
  }
}

export interface LedgerWindowOptions {
  now: Date;
  /** Inclusive. Defaults to the effective_at of the customer's earliest grant in the pricing unit. */
  startingOn?: Date;
  /** Exclusive. Defaults to the end of the customer's current billing period. */
  endingBefore?: Date;
  descending?: boolean;
}

/** The pricing units the customer holds live grants in, in order of the first grant issued in each. */
export function creditTypesWithGrants(db: Db, customerId: string): { id: string; name: string }[] {
  const types = new Map<string, { id: string; name: string }>();
  for (const grant of liveGrantsOf(db, customerId)) types.set(grant.grant_amount.credit_type.id, grant.grant_amount.credit_type);
  return [...types.values()];
}

/**
 * The customer's ledger in one pricing unit over `[startingOn, endingBefore)`, in the wire shape of a
 * `/v1/credits/listEntries` ledger. The starting balance sums the lines before the window, so that starting
 * balance plus the window's entries is the ending balance; `including_pending` adds pending lines (deductions of
 * draft invoices, and expirations due by the window's end, which count at `endingBefore` itself).
 */
export function creditTypeLedgerWindow(
  db: Db,
  customerId: string,
  creditType: { id: string; name: string },
  options: LedgerWindowOptions,
): CreditGrantListEntriesResponse.Ledger {
  const grants = liveGrantsOf(db, customerId, creditType.id);
  const end = options.endingBefore ?? billingPeriodAt(db, customerId, options.now).ending_before;
  const start =
    options.startingOn ??
    new Date(Math.min(...grants.map((grant) => Date.parse(grant.effective_at)), end.getTime()));
  const lines = creditTypeLedger(db, customerId, creditType.id, options.now, end);
  const at = (line: LedgerLine) => Date.parse(line.effective_at);
  const before = lines.filter((line) => at(line) < start.getTime());
  const inWindow = lines.filter(
    (line) =>
      at(line) >= start.getTime() &&
      (line.kind === 'expiration' && line.pending ? at(line) <= end.getTime() : at(line) < end.getTime()),
  );
  const postedSum = (of: LedgerLine[]) => Decimal.sum(of.filter((line) => !line.pending).map((line) => line.amount));
  const totalSum = (of: LedgerLine[]) => Decimal.sum(of.map((line) => line.amount));
  const ordered = (of: LedgerLine[]) => (options.descending ? [...of].reverse() : of).map(ledgerEntryWire);
  return {
    credit_type: { id: creditType.id, name: creditType.name },
    starting_balance: {
      excluding_pending: postedSum(before).toNumber(),
      including_pending: totalSum(before).toNumber(),
      effective_at: start.toISOString(),
    },
    ending_balance: {
      excluding_pending: postedSum(before).plus(postedSum(inWindow)).toNumber(),
      including_pending: totalSum(before).plus(totalSum(inWindow)).toNumber(),
      effective_at: end.toISOString(),
    },
    entries: ordered(inWindow.filter((line) => !line.pending)),
    pending_entries: ordered(inWindow.filter((line) => line.pending)),
  };
}

/** Every customer that has credit grants or plans (whose grants may need settling), in order of first appearance. */
export function customersWithCreditGrants(db: Db): string[] {
  return [
    ...new Set([
      ...creditGrantCollection(db).all().map((grant) => grant.customer_id),
      ...customerPlanCollection(db).all().map((customerPlan) => customerPlan.customer_id),
    ]),
  ];
}

/**
 * Serves stored grants in the wire shape of `/v1/credits/listGrants`. A grant's `balance` is as of the end of its
 * customer's current billing period: `excluding_pending` sums its posted ledger lines (0 once expired),
 * `including_pending` adds its pending deductions and an expiration due by that end. `deductions` and
 * `pending_deductions` are its posted and pending lines other than the grant itself, expirations included.
 */
export class CreditGrantPresenter {
  private readonly ledgers = new Map<string, LedgerLine[]>();
  private readonly periodEnds = new Map<string, Date>();

  constructor(
    private readonly db: Db,
    private readonly now: Date,
  ) {}

  private periodEnd(customerId: string): Date {
    let end = this.periodEnds.get(customerId);
    if (!end) {
      end = billingPeriodAt(this.db, customerId, this.now).ending_before;
      this.periodEnds.set(customerId, end);
    }
    return end;
  }

  private ledger(customerId: string, creditTypeId: string): LedgerLine[] {
    const key = `${customerId}|${creditTypeId}`;
    let lines = this.ledgers.get(key);
    if (!lines) {
      lines = creditTypeLedger(this.db, customerId, creditTypeId, this.now, this.periodEnd(customerId));
      this.ledgers.set(key, lines);
    }
    return lines;
  }

  present(grant: StoredCreditGrant): CreditGrantListResponse {
    const lines = this.ledger(grant.customer_id, grant.grant_amount.credit_type.id).filter(
      (line) => line.credit_grant_id === grant.id,
    );
    const posted = lines.filter((line) => !line.pending);
    const excludingPending = Decimal.sum(posted.map((line) => line.amount));
    const includingPending = Decimal.sum(lines.map((line) => line.amount));
    return {
      id: grant.id,
      name: grant.name,
      customer_id: grant.customer_id,
      invoice_id: grant.invoice_id,
      uniqueness_key: grant.uniqueness_key ?? null,
      reason: grant.reason,
      credit_grant_type: grant.credit_grant_type,
      effective_at: grant.effective_at,
      expires_at: grant.expires_at,
      priority: grant.priority,
      grant_amount: grant.grant_amount,
      paid_amount: grant.paid_amount,
      balance: {
        excluding_pending: excludingPending.toNumber(),
        including_pending: includingPending.toNumber(),
        effective_at: this.periodEnd(grant.customer_id).toISOString(),
      },
      deductions: posted.filter((line) => line.kind !== 'grant').map(ledgerEntryWire),
      pending_deductions: lines.filter((line) => line.pending && line.kind !== 'grant').map(ledgerEntryWire),
      ...(grant.products ? { products: grant.products } : {}),
      custom_fields: customFieldsOf(this.db, 'credit_grant', grant.id),
    };
  }
}

/** What the invoice engine asks of a customer's credit grants when an invoice draws on them. */
export interface CreditDrawDownRequest {
  customerId: string;
  creditTypeId: string;
  /** The most to draw, in the pricing unit's units; a number or a decimal string. */
  amount: number | string;
  /** The product the charge is for: grants limited to other products are skipped. Absent: only grants for every product. */
  productId?: string;
  /** When the usage or charge happened: only grants effective at `at` (effective_at ≤ at < expires_at) apply. */
  at: Date;
  invoiceId: string;
  /** Draft invoices draw pending deductions; `postCreditDeductions` posts them when the invoice is finalized. */
  pending?: boolean;
  /** Defaults to `Automated invoice deduction`. */
  reason?: string;
  /** The clock's reading, for settling due grants. Defaults to `at`. */
  now?: Date;
}

export interface CreditDrawDown {
  /** How much the grants covered (at most the amount asked for). */
  applied: number;
  /** The same, exactly. */
  appliedExact: string;
  /** One deduction entry per grant drawn on, in the order drawn. */
  entries: CreditLedgerEntry[];
}

/**
 * Draws up to `amount` from the customer's grants in the order Metronome applies credits (`compareDrawdownOrder`):
 * the highest priority first (the smallest `priority` number), then the grant that expires soonest, then the one
 * issued first. Only live grants in the pricing unit, effective at `at` (effective_at ≤ at < expires_at), for the
 * product and with something left are drawn on. Records one deduction ledger entry per grant drawn on and returns
 * what was applied.
 */
export function drawDownCreditGrants(db: Db, request: CreditDrawDownRequest): CreditDrawDown {
  const wanted = Decimal.from(request.amount);
  if (wanted.isNegative()) throw new BadRequestError('A credit draw-down amount must not be negative');
  const now = request.now ?? request.at;
  settleCreditGrants(db, request.customerId, now);
  const segments = liveGrantsOf(db, request.customerId, request.creditTypeId).map(
    (grant, issuedOrder): DrawableSegment => ({
      balanceId: grant.id,
      segmentId: grant.id,
      kind: 'CREDIT',
      creditTypeId: grant.grant_amount.credit_type.id,
      priority: grant.priority,
      access: { startingAt: new Date(grant.effective_at), endingBefore: new Date(grant.expires_at) },
      remaining: remainderOf(db, grant.id),
      applicableProductIds: grant.product_ids,
      order: issuedOrder,
    }),
  );
  // A grant that lists products pays only for those; with no product named, only grants for every product pay.
  const { applications } = drawDown(
    [
      {
        key: request.invoiceId,
        contractId: '',
        creditTypeId: request.creditTypeId,
        productId: request.productId ?? '',
        productTags: [],
        service: { startingAt: request.at, endingBefore: new Date(request.at.getTime() + 1) },
        amount: wanted,
      },
    ],
    segments,
  );
  for (const application of applications)
    appendLedgerRow(db, {
      credit_grant_id: application.balanceId,
      customer_id: request.customerId,
      credit_type_id: request.creditTypeId,
      kind: 'deduction',
      amount: application.amount.negated().toString(),
      effective_at: request.at.toISOString(),
      pending: request.pending ?? false,
      invoice_id: request.invoiceId,
      reason: request.reason ?? INVOICE_DEDUCTION_REASON,
      created_by: METRONOME_SYSTEM,
      created_at: now.toISOString(),
    });

  const applied = Decimal.sum(applications.map((application) => application.amount));
  const lines = creditTypeLedger(db, request.customerId, request.creditTypeId, now, request.at);
  const entries = applications.map(({ balanceId }) =>
    ledgerEntryWire(
      lines.findLast(
        (line) => line.kind === 'deduction' && line.credit_grant_id === balanceId && line.invoice_id === request.invoiceId,
      )!,
    ),
  );
  return { applied: applied.toNumber(), appliedExact: applied.toString(), entries };
}

/** Posts the pending deductions an invoice drew (when the invoice is finalized). Returns how many were posted. */
export function postCreditDeductions(db: Db, invoiceId: string): number {
  return db
    .prepare(`UPDATE credit_grant_ledger SET pending = 0 WHERE invoice_id = ? AND kind = 'deduction' AND pending = 1`)
    .run(invoiceId).changes;
}

/**
 * Gives back the pending deductions an invoice drew, so a draft invoice can be recomputed and draw again.
 * Posted deductions stay. Returns how many were released.
 */
export function releaseCreditDeductions(db: Db, invoiceId: string): number {
  return db
    .prepare(`DELETE FROM credit_grant_ledger WHERE invoice_id = ? AND kind = 'deduction' AND pending = 1`)
    .run(invoiceId).changes;
}

/** Voids a grant: it leaves every listing and ledger; a `void` row records what it still held. */
export function voidCreditGrant(db: Db, grant: StoredCreditGrant, now: Date): StoredCreditGrant {
  appendLedgerRow(db, {
    credit_grant_id: grant.id,
    customer_id: grant.customer_id,
    credit_type_id: grant.grant_amount.credit_type.id,
    kind: 'void',
    amount: remainderOf(db, grant.id).negated().toString(),
    effective_at: now.toISOString(),
    invoice_id: null,
    reason: 'Credit grant voided',
    created_by: METRONOME_SYSTEM,
    created_at: now.toISOString(),
  });
  return creditGrantCollection(db).update({ ...grant, voided_at: now.toISOString() });
}
