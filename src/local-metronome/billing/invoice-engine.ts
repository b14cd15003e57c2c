import type { CreditTypeData } from '@metronome/sdk/resources/shared';
import {
  contractsOfCustomer,
  type RolloverPlan,
  type StoredCommit,
  type StoredContract,
  type StoredCredit,
} from '../store/contracts.js';
import { USD_CENTS } from '../store/credit-types.js';
import { customerCommitCollection, customerCreditCollection } from '../store/customer-balances.js';
import type { Db } from '../store/database.js';
import {
  derivedInvoiceId,
  insertInvoice,
  liveDeductionsOf,
  manualEntriesOf,
  storedInvoicesOf,
  updateInvoice,
  type InvoiceStatus,
  type StoredInvoice,
  type StoredManualEntry,
  type WireInvoice,
} from '../store/invoices.js';
import { drawDown, poolKeyOf, type Application, type BalanceKind, type DrawableCharge, type DrawableSegment } from './drawdown.js';
import type { InvoiceDeduction, LedgerActivity, ManualEntry, RolloverEntry } from './ledgers.js';
import { Decimal } from './money.js';
import { statementPeriods, type BillingFrequency, type Period } from './periods.js';
import { planInvoices } from './plan-invoices.js';
import { customUnitToFiat } from './pricing.js';
import { RatingContext, subscriptionLines, usageLines, type DraftLine, type WireLineItem } from './rating.js';
import { conversionFor } from '../store/rate-cards.js';
import { accessUntilArchived } from '../store/contract-changes.js';
import { contractBalances } from './recurring-balances.js';
import { rolledOverBalance, rolloverPlansOf } from './rollovers.js';
import { seatAllocationOf } from './seats.js';

/** A commit or credit of the customer, contract-level or customer-level, as the engine draws from it. */
export interface CustomerBalance {
  kind: BalanceKind;
  /** The commit or credit as billing uses it: access cut at its archive time when archived. */
  balance: StoredCommit | StoredCredit;
  /** The commit or credit as stored (and served). */
  stored: StoredCommit | StoredCredit;
  /** The contract it belongs to; undefined for customer-level commits and credits. */
  contract?: StoredContract | undefined;
  /** Set on a commit or credit rolled over from a renewed contract: its amount is known once billing reaches it. */
  rollover?: RolloverPlan | undefined;
}

/** Everything billing knows about a customer at one instant. */
export interface CustomerBilling {
  now: Date;
  /** Every invoice: stored ones and the derived ones (drafts, and finalized ones just computed), by issue date. */
  invoices: BilledInvoice[];
  balances: CustomerBalance[];
  /** Per commit or credit id: its invoice deductions (drafts included) and manual entries. */
  activity: Map<string, LedgerActivity>;
  /** Ids of the invoices this computation finalized (stored when `persist` was set). */
  finalized: string[];
}

export interface BilledInvoice {
  invoice: WireInvoice;
  issuedAt: Date;
  /** Set for stored invoices. */
  stored?: StoredInvoice;
}

export interface BillingOptions {
  /**
   * Store the invoices whose period has ended (and stored drafts whose issue date has passed) as FINALIZED.
   * Reads of the API persist; alert providers, which must not write, compute the same values without storing.
   */
  persist: boolean;
}

function commitKindOf(balance: StoredCommit | StoredCredit): BalanceKind {
  return balance.type === 'CREDIT' ? 'CREDIT' : (balance.type as 'PREPAID' | 'POSTPAID');
}


/**
 * The customer's commits and credits as of `now`: every contract's (those it was given, then those its
 * recurring commits and credits created), then the customer-level ones, in creation order; the access of
 * archived ones ends at their archive time.
 */
export function customerBalances(db: Db, customerId: string, now: Date, contracts = contractsOfCustomer(db, customerId)): CustomerBalance[] {
  const balances: CustomerBalance[] = [];
  for (const contract of contracts) {
    const cut = (b: StoredCommit | StoredCredit) => accessUntilArchived(b, b.archived_at ?? contract.archived_at);
    const { commits, credits } = contractBalances(db, contract, now);
    for (const commit of commits) balances.push({ kind: commitKindOf(commit), balance: cut(commit), stored: commit, contract });
    for (const credit of credits) balances.push({ kind: 'CREDIT', balance: cut(credit), stored: credit, contract });
    if (Date.parse(contract.current.starting_at) > now.getTime()) continue;
    for (const plan of rolloverPlansOf(db, contract)) {
      const source = balances.find((b) => b.balance.id === plan.balance_id);
      if (!source) continue;
      const rolled = cut(rolledOverBalance(contract, source.stored, plan));
      balances.push({ kind: source.kind, balance: rolled, stored: rolled, contract, rollover: plan });
    }
  }
  for (const commit of customerCommitCollection(db).all(customerId)) balances.push({ kind: commitKindOf(commit), balance: commit, stored: commit });
  for (const credit of customerCreditCollection(db).all(customerId)) balances.push({ kind: 'CREDIT', balance: credit, stored: credit });
  return balances;
}

/** The contract's fiat pricing unit: its rate card's, else USD (cents). */
export function contractCurrency(ctx: RatingContext, contract: StoredContract): CreditTypeData {
  const rateCard = contract.current.rate_card_id ? ctx.rateCard(contract.current.rate_card_id) : undefined;
  return rateCard?.fiat_credit_type ?? { id: USD_CENTS.id, name: USD_CENTS.name };
}

/** Whether the contract bills its scheduled charges on its usage invoices rather than on invoices of their own. */
function scheduledChargesOnUsageInvoices(contract: StoredContract): boolean {
  return contract.current.scheduled_charges_on_usage_invoices === 'ALL' || contract.scheduled_charges_on_usage_invoices === 'ALL';
}

/** The usage statement schedule of a contract, as the period arithmetic needs it. */
export function statementScheduleOf(ctx: RatingContext, contract: StoredContract) {
  const terms = contract.current;
  const generationStart = ctx.settings(contract.id)?.invoice_generation_starting_at ?? null;
  const start = new Date(Math.max(Date.parse(terms.starting_at), generationStart ? Date.parse(generationStart) : 0));
  const end = [terms.ending_before, contract.archived_at].filter((v): v is string => typeof v === 'string').map(Date.parse);
  return {
    startingAt: start,
    endingBefore: end.length ? new Date(Math.min(...end)) : undefined,
    billingAnchorDate: new Date(terms.usage_statement_schedule?.billing_anchor_date ?? terms.starting_at),
    frequency: (terms.usage_statement_schedule?.frequency ?? 'MONTHLY') as BillingFrequency,
  };
}

/** What the engine has to produce for a customer: one derived invoice. */
interface Work {
  sourceKey: string;
  contract: StoredContract;
  /** ROLLOVER moves what the renewed contract's commits have left into this one; it issues no invoice. */
  type: 'USAGE' | 'SCHEDULED' | 'ROLLOVER';
  period: Period;
  issuedAt: Date;
  /** What a SCHEDULED invoice bills: the scheduled charges and commit payments of its contract, date and pricing unit. */
  items?: ScheduledItem[];
  order: number;
  /** A SCHEDULED invoice carrying a true-up, which must see the usage invoices of the same instant first. */
  hasTrueup?: boolean;
}

export function usageSourceKey(contractId: string, periodStart: Date): string {
  return `usage:${contractId}:${periodStart.toISOString()}`;
}

export function scheduledSourceKey(contractId: string, timestamp: Date, creditTypeId: string): string {
  return `scheduled:${contractId}:${timestamp.toISOString()}:${creditTypeId}`;
}

/** The id the scheduled invoice billing a contract's charges (or commit payments) at `timestamp` has. */
export function scheduledInvoiceId(contractId: string, timestamp: Date | string, creditTypeId: string = USD_CENTS.id): string {
  return derivedInvoiceId(scheduledSourceKey(contractId, new Date(timestamp), creditTypeId));
}

/**
 * An invoice schedule as served: each item names the scheduled invoice that bills it (issued per invoice contract,
 * timestamp and pricing unit as soon as the item is scheduled). A schedule marked `do_not_invoice`, or one with no
 * invoice contract, is left as it is.
 */
export function withScheduledInvoiceIds<
  S extends {
    credit_type?: { id: string };
    do_not_invoice?: boolean;
    schedule_items?: { timestamp: string; invoice_id?: string | null }[];
  },
>(schedule: S, invoiceContractId: string | undefined): S {
  if (!schedule.schedule_items || schedule.do_not_invoice || !invoiceContractId) return schedule;
  return {
    ...schedule,
    schedule_items: schedule.schedule_items.map((item) => ({
      ...item,
      invoice_id: item.invoice_id ?? scheduledInvoiceId(invoiceContractId, item.timestamp, schedule.credit_type?.id),
    })),
  };
}

interface ScheduledItem {
  contract: StoredContract;
  timestamp: Date;
  creditType: CreditTypeData;
  line: DraftLine;
  /**
   * A POSTPAID commit's true-up: the line bills what its segment has left when the invoice is computed (the
   * committed amount less what usage drew), and nothing when usage met the commitment.
   */
  trueup?: { balanceId: string; segmentId: string };
}

/** Scheduled charges and commit payments of a contract (its own commits and the customer-level ones it invoices). */
function scheduledItems(ctx: RatingContext, contract: StoredContract, balances: readonly CustomerBalance[]): ScheduledItem[] {
  const items: ScheduledItem[] = [];
  if (!scheduledChargesOnUsageInvoices(contract))
    for (const charge of contract.current.scheduled_charges ?? []) {
      if (charge.archived_at) continue;
      for (const item of charge.schedule.schedule_items ?? []) items.push(scheduledChargeItem(ctx, contract, charge, item));
    }
  const commits = [
    ...balances.filter((b) => b.contract?.id === contract.id && b.kind !== 'CREDIT').map((b) => b.stored as StoredCommit),
    ...balances.filter((b) => !b.contract && (b.balance as StoredCommit).invoice_contract?.id === contract.id).map((b) => b.balance as StoredCommit),
  ];
  for (const commit of commits) {
    const schedule = commit.invoice_schedule;
    if (!schedule || schedule.do_not_invoice) continue;
    if (commit.invoice_contract && commit.invoice_contract.id !== contract.id) continue;
    const creditType = ctx.creditType(schedule.credit_type?.id);
    const postpaidSegment = commit.type === 'POSTPAID' ? commit.access_schedule?.schedule_items[0] : undefined;
    for (const item of schedule.schedule_items ?? []) {
      const product = ctx.product(commit.product.id);
      items.push({
        contract,
        timestamp: new Date(item.timestamp),
        creditType,
        ...(postpaidSegment ? { trueup: { balanceId: commit.id, segmentId: postpaidSegment.id } } : {}),
        line: {
          item: {
            type: postpaidSegment ? 'postpaid_trueup' : 'commit_purchase',
            ...(postpaidSegment ? { postpaid_commit: { id: commit.id } } : {}),
            name: commit.name ?? commit.product.name,
            credit_type: creditType,
            commit_id: commit.id,
            commit_type: commit.type === 'POSTPAID' ? 'PostpaidCommit' : 'PrepaidCommit',
            commit_custom_fields: ctx.fields('commit', commit.id),
            product_id: commit.product.id,
            product_type: 'FixedProductListItem',
            product_tags: (product && ctx.productAt(product.id, new Date(item.timestamp))?.tags) ?? [],
            quantity: item.quantity,
            unit_price: item.unit_price,
          },
          total: Decimal.from(item.amount),
          countsInTotal: true,
        },
      });
    }
  }
  return items;
}

function scheduledChargeItem(
  ctx: RatingContext,
  contract: StoredContract,
  charge: NonNullable<StoredContract['current']['scheduled_charges']>[number],
  item: NonNullable<NonNullable<StoredContract['current']['scheduled_charges']>[number]['schedule']['schedule_items']>[number],
): ScheduledItem {
  const creditType = ctx.creditType(charge.schedule.credit_type?.id);
  const timestamp = new Date(item.timestamp);
  const state = ctx.productAt(charge.product.id, timestamp);
  return {
    contract,
    timestamp,
    creditType,
    line: {
      item: {
        type: 'scheduled',
        name: charge.name ?? state?.name ?? charge.product.name,
        credit_type: creditType,
        scheduled_charge_id: charge.id,
        scheduled_charge_custom_fields: ctx.fields('scheduled_charge', charge.id),
        product_id: charge.product.id,
        product_type: 'FixedProductListItem',
        product_tags: state?.tags ?? [],
        product_custom_fields: ctx.fields('product', charge.product.id),
        quantity: item.quantity,
        unit_price: item.unit_price,
        starting_at: timestamp.toISOString(),
        ending_before: timestamp.toISOString(),
      },
      total: Decimal.from(item.amount),
      countsInTotal: true,
    },
  };
}

/** Drawdown state shared by the invoices of one computation, oldest first. */
class BalanceBook {
  readonly segments: DrawableSegment[] = [];
  readonly activity = new Map<string, { deductions: InvoiceDeduction[]; manualEntries: ManualEntry[]; rollovers?: RolloverEntry[] }>();
  private readonly remaining = new Map<string, Decimal>();
  private readonly byId = new Map<string, CustomerBalance>();

  constructor(balances: readonly CustomerBalance[], manual: readonly StoredManualEntry[], deductions: ReturnType<typeof liveDeductionsOf>) {
    balances.forEach((b, order) => {
      this.byId.set(b.balance.id, b);
      this.activity.set(b.balance.id, { deductions: [], manualEntries: [] });
      const seats = seatAllocationOf(b.contract, b.balance);
      for (const item of b.balance.access_schedule?.schedule_items ?? []) {
        const segment: DrawableSegment = {
          balanceId: b.balance.id,
          segmentId: item.id,
          kind: b.kind,
          creditTypeId: b.balance.access_schedule?.credit_type?.id ?? USD_CENTS.id,
          priority: b.balance.priority,
          access: { startingAt: new Date(item.starting_at), endingBefore: new Date(item.ending_before) },
          remaining: Decimal.from(item.amount),
          contractId: b.contract?.id,
          applicableContractIds: b.balance.applicable_contract_ids,
          applicableProductIds: b.balance.applicable_product_ids,
          applicableProductTags: b.balance.applicable_product_tags,
          specifiers: b.balance.specifiers,
          order,
        };
        if (!seats) {
          this.segments.push(segment);
          this.remaining.set(poolKeyOf(segment), segment.remaining);
          continue;
        }
        const split = seats.segments.get(item.id);
        for (const seatId of split?.seatIds ?? []) {
          const share: DrawableSegment = { ...segment, remaining: split!.perSeat, seat: { groupKey: seats.seatGroupKey, seatId } };
          this.segments.push(share);
          this.remaining.set(poolKeyOf(share), share.remaining);
        }
      }
    });
    for (const entry of manual) {
      const perSeat = entry.perSeat ? new Map(Object.entries(entry.perSeat).map(([seat, amount]) => [seat, Decimal.from(amount)])) : undefined;
      this.activity.get(entry.balanceId)?.manualEntries.push({
        segmentId: entry.segmentId,
        amount: Decimal.from(entry.amount),
        ...(perSeat ? { perSeat } : {}),
        reason: entry.reason,
        timestamp: entry.timestamp,
      });
      if (perSeat) for (const [seatId, amount] of perSeat) this.adjust(poolKeyOf({ segmentId: entry.segmentId, seat: { groupKey: '', seatId } }), amount);
      else this.adjust(entry.segmentId, Decimal.from(entry.amount));
    }
    for (const d of deductions)
      this.record(d.balanceId, {
        invoiceId: d.invoiceId,
        contractId: d.contractId ?? undefined,
        segmentId: d.segmentId,
        amount: Decimal.from(d.amount),
        ...(d.seatId ? { seatId: d.seatId } : {}),
        ...(d.trueup ? { trueup: true } : {}),
        timestamp: d.timestamp,
      });
  }

  balance(id: string): CustomerBalance | undefined {
    return this.byId.get(id);
  }

  /** What is left in a segment now: its own amount, or the sum of its seats' shares. */
  segmentRemaining(segmentId: string): Decimal {
    return Decimal.sum(this.segments.filter((s) => s.segmentId === segmentId).map((s) => this.remaining.get(poolKeyOf(s)) ?? Decimal.ZERO));
  }

  private adjust(poolKey: string, amount: Decimal): void {
    const current = this.remaining.get(poolKey);
    if (current) this.remaining.set(poolKey, current.plus(amount));
  }

  /** A segment granted its amount during billing (a rollover's): the balance and its pool get it. */
  grant(owner: CustomerBalance, amount: Decimal): void {
    const segment = owner.balance.access_schedule?.schedule_items[0];
    if (!segment) return;
    segment.amount = amount.toNumber();
    this.adjust(segment.id, amount);
  }

  /** Part of a segment moves to the contract that renewed its contract. */
  rollOver(balanceId: string, entry: RolloverEntry): void {
    const activity = this.activity.get(balanceId);
    if (activity) activity.rollovers = [...(activity.rollovers ?? []), entry];
    this.adjust(entry.segmentId, entry.amount.negated());
  }

  record(balanceId: string, deduction: InvoiceDeduction): void {
    this.activity.get(balanceId)?.deductions.push(deduction);
    const seat = deduction.seatId !== undefined ? { groupKey: '', seatId: deduction.seatId } : undefined;
    this.adjust(poolKeyOf({ segmentId: deduction.segmentId, seat }), deduction.amount.negated());
  }

  draw(charges: DrawableCharge[]): Application[] {
    const segments = this.segments.map((s) => ({ ...s, remaining: this.remaining.get(poolKeyOf(s)) ?? Decimal.ZERO }));
    return drawDown(charges, segments).applications;
  }
}

/** One applied line per segment an invoice drew from: negative, and left out of the total for postpaid commits. */
export function appliedLines(book: BalanceBook, applications: readonly Application[], period: Period): DraftLine[] {
  const bySegment = new Map<string, { application: Application; amount: Decimal }>();
  for (const application of applications) {
    const current = bySegment.get(application.segmentId);
    bySegment.set(application.segmentId, { application, amount: (current?.amount ?? Decimal.ZERO).plus(application.amount) });
  }
  const lines: DraftLine[] = [];
  for (const { application, amount } of bySegment.values()) {
    const owner = book.balance(application.balanceId);
    if (!owner) continue;
    const { balance } = owner;
    const creditType = balance.access_schedule?.credit_type ?? { id: USD_CENTS.id, name: USD_CENTS.name };
    lines.push({
      item: {
        type: 'applied_commit_or_credit',
        name: balance.name ?? balance.product.name,
        credit_type: creditType,
        applied_commit_or_credit: { id: balance.id, type: application.kind },
        commit_id: balance.id,
        commit_segment_id: application.segmentId,
        commit_type: application.kind === 'POSTPAID' ? 'PostpaidCommit' : 'PrepaidCommit',
        product_id: balance.product.id,
        product_type: 'FixedProductListItem',
        starting_at: period.startingAt.toISOString(),
        ending_before: period.endingBefore.toISOString(),
      },
      total: amount.negated(),
      countsInTotal: application.kind !== 'POSTPAID',
    });
  }
  return lines;
}

/** Custom-pricing-unit spend no commit or credit paid, converted to the invoice's fiat currency. */
function conversionLines(ctx: RatingContext, contract: StoredContract, fiat: CreditTypeData, lines: readonly DraftLine[]): DraftLine[] {
  const rateCard = contract.current.rate_card_id ? ctx.rateCard(contract.current.rate_card_id) : undefined;
  const owed = new Map<string, { creditType: CreditTypeData; amount: Decimal }>();
  for (const line of lines) {
    if (line.item.credit_type.id === fiat.id || !line.countsInTotal) continue;
    const current = owed.get(line.item.credit_type.id) ?? { creditType: line.item.credit_type, amount: Decimal.ZERO };
    owed.set(line.item.credit_type.id, { ...current, amount: current.amount.plus(line.total) });
  }
  const result: DraftLine[] = [];
  for (const { creditType, amount } of owed.values()) {
    const rate = rateCard && conversionFor(rateCard, creditType.id);
    if (rate === undefined || !amount.isPositive()) continue;
    result.push({
      item: {
        type: 'cpu_conversion',
        name: `${creditType.name} to ${fiat.name}`,
        credit_type: fiat,
        quantity: amount.toNumber(),
        unit_price: Decimal.from(rate).toNumber(),
      },
      total: customUnitToFiat(amount, rate),
      countsInTotal: true,
    });
  }
  return result;
}

/** Builds the wire invoice from its lines: total = the fiat lines that count, subtotal = the same before drawdown. */
export function assembleInvoice(input: {
  id: string;
  customerId: string;
  contract?: StoredContract | undefined;
  ctx: RatingContext;
  type: string;
  status: InvoiceStatus;
  creditType: CreditTypeData;
  period: Period;
  issuedAt: Date;
  lines: readonly DraftLine[];
  extra?: Partial<WireInvoice>;
}): WireInvoice {
  const { ctx, contract, creditType } = input;
  const inCurrency = input.lines.filter((l) => l.item.credit_type.id === creditType.id && l.countsInTotal);
  const total = Decimal.sum(inCurrency.map((l) => l.total));
  const subtotal = Decimal.sum(inCurrency.filter((l) => l.item.type !== 'applied_commit_or_credit').map((l) => l.total));
  const terms = contract?.current;
  return {
    id: input.id,
    customer_id: input.customerId,
    ...(contract ? { contract_id: contract.id } : {}),
    type: input.type,
    status: input.status,
    credit_type: creditType,
    start_timestamp: input.period.startingAt.toISOString(),
    end_timestamp: input.period.endingBefore.toISOString(),
    issued_at: input.issuedAt.toISOString(),
    line_items: input.lines.map((l) => ({ ...l.item, total: l.total.toNumber() }) as WireLineItem),
    subtotal: subtotal.toNumber(),
    total: total.toNumber(),
    invoice_adjustments: [],
    customer_custom_fields: ctx.fields('customer', input.customerId),
    ...(contract ? { contract_custom_fields: ctx.fields('contract', contract.id) } : {}),
    ...(terms?.net_payment_terms_days !== undefined ? { net_payment_terms_days: terms.net_payment_terms_days } : {}),
    ...(terms?.netsuite_sales_order_id ? { netsuite_sales_order_id: terms.netsuite_sales_order_id } : {}),
    ...(terms?.salesforce_opportunity_id ? { salesforce_opportunity_id: terms.salesforce_opportunity_id } : {}),
    external_invoice: null,
    billable_status: 'billable',
    ...input.extra,
  };
}

/** The lines commits and credits may pay, each as a drawdown charge keyed by the invoice and its position. */
export function drawableCharges(lines: readonly DraftLine[], contractId: string, prefix: string): { charge: DrawableCharge; line: DraftLine }[] {
  return lines.flatMap((line, index) =>
    line.drawable && line.total.isPositive()
      ? [
          {
            line,
            charge: {
              key: `${prefix}:${index}`,
              contractId,
              creditTypeId: line.item.credit_type.id,
              productId: line.drawable.productId,
              productTags: line.drawable.productTags,
              pricingGroupValues: line.drawable.pricingGroupValues,
              presentationGroupValues: line.drawable.presentationGroupValues,
              service: line.drawable.service,
              amount: line.total,
            },
          },
        ]
      : [],
  );
}

function usageKey(productId: string, pricing?: Record<string, string>, presentation?: Record<string, string | null>): string {
  return `${productId}|${JSON.stringify(pricing ?? {})}|${JSON.stringify(presentation ?? {})}`;
}

/**
 * A commit segment pays only for what was incurred inside its access window. When a segment starts or ends inside
 * the period, each charge is cut into slices at those instants: a usage line in proportion to the spend its
 * product and groups had in each slice (re-rated over the slice), any other line in proportion to time. The
 * slices of a charge add up to it exactly.
 */
function sliceAtSegmentBoundaries(
  ctx: RatingContext,
  contract: StoredContract,
  period: Period,
  drawable: readonly { charge: DrawableCharge; line: DraftLine }[],
  segments: readonly DrawableSegment[],
): DrawableCharge[] {
  const start = period.startingAt.getTime();
  const end = period.endingBefore.getTime();
  const cuts = [
    ...new Set(
      segments
        .flatMap((s) => [s.access.startingAt.getTime(), s.access.endingBefore.getTime()])
        .filter((t) => t > start && t < end),
    ),
  ].sort((a, b) => a - b);
  if (cuts.length === 0) return drawable.map((d) => d.charge);
  const bounds = [start, ...cuts, end];
  const windows: Period[] = bounds.slice(0, -1).map((from, i) => ({ startingAt: new Date(from), endingBefore: new Date(bounds[i + 1]!) }));
  const spendByWindow = windows.map((window) => {
    const spend = new Map<string, Decimal>();
    for (const line of usageLines(ctx, contract, window)) {
      if (!line.drawable) continue;
      const key = usageKey(line.drawable.productId, line.drawable.pricingGroupValues, line.drawable.presentationGroupValues);
      spend.set(key, (spend.get(key) ?? Decimal.ZERO).plus(line.total));
    }
    return spend;
  });
  return drawable.flatMap(({ charge, line }) => {
    const overlapMs = (window: Period) =>
      Math.max(0, Math.min(window.endingBefore.getTime(), charge.service.endingBefore.getTime()) - Math.max(window.startingAt.getTime(), charge.service.startingAt.getTime()));
    const key = usageKey(charge.productId, charge.pricingGroupValues, charge.presentationGroupValues);
    let weights = windows.map((window, i) => (line.item.type === 'usage' ? (spendByWindow[i]!.get(key) ?? Decimal.ZERO) : Decimal.from(overlapMs(window))));
    if (Decimal.sum(weights).isZero()) weights = windows.map((window) => Decimal.from(overlapMs(window)));
    const total = Decimal.sum(weights);
    if (total.isZero()) return [charge];
    let left = charge.amount;
    const slices: DrawableCharge[] = [];
    windows.forEach((window, i) => {
      if (weights[i]!.isZero()) return;
      const isLast = weights.slice(i + 1).every((w) => w.isZero());
      const amount = isLast ? left : charge.amount.times(weights[i]!).dividedBy(total);
      left = left.minus(amount);
      slices.push({ ...charge, service: window, amount });
    });
    return slices;
  });
}

/**
 * Rates a contract's usage statement period into invoice lines, pays what commits and credits may pay (recording
 * the deductions in `book`), and converts unpaid custom-unit spend to fiat. Shared by the engine, regenerate and
 * previews.
 */
export function usageInvoiceLines(
  ctx: RatingContext,
  book: BalanceBook,
  contract: StoredContract,
  period: Period,
  invoiceId: string,
  scheduledOnUsage: readonly DraftLine[] = [],
): { lines: DraftLine[]; deductions: { balanceId: string; deduction: InvoiceDeduction }[] } {
  const charges = [...usageLines(ctx, contract, period), ...subscriptionLines(ctx, contract, period), ...scheduledOnUsage];
  const applications = book.draw(sliceAtSegmentBoundaries(ctx, contract, period, drawableCharges(charges, contract.id, invoiceId), book.segments));
  const deductions = invoiceDeductions(applications, invoiceId, contract.id, period.startingAt);
  for (const { balanceId, deduction } of deductions) book.record(balanceId, deduction);
  const applied = appliedLines(book, applications, period);
  const fiat = contractCurrency(ctx, contract);
  return { lines: [...charges, ...applied, ...conversionLines(ctx, contract, fiat, [...charges, ...applied])], deductions };
}

/** What an invoice's drawdown takes from each segment (or seat's share), dated at the start of what it bills. */
export function invoiceDeductions(
  applications: readonly Application[],
  invoiceId: string,
  contractId: string,
  timestamp: Date,
): { balanceId: string; deduction: InvoiceDeduction }[] {
  return applications.map((a) => ({
    balanceId: a.balanceId,
    deduction: {
      invoiceId,
      contractId,
      segmentId: a.segmentId,
      amount: a.amount,
      ...(a.seatId !== undefined ? { seatId: a.seatId } : {}),
      timestamp,
    },
  }));
}

/** The stored rows of an invoice's deductions, as `insertInvoice` takes them. */
export function deductionRows(deductions: readonly { balanceId: string; deduction: InvoiceDeduction }[]) {
  return deductions.map(({ balanceId, deduction }) => ({
    contractId: deduction.contractId ?? null,
    balanceId,
    segmentId: deduction.segmentId,
    amount: deduction.amount.toString(),
    seatId: deduction.seatId ?? null,
    trueup: deduction.trueup === true,
    timestamp: deduction.timestamp,
  }));
}

export { BalanceBook };

/** The customer's commits and credits with what stored invoices and manual entries left of them. */
export function balanceBookOf(db: Db, customerId: string, now: Date): BalanceBook {
  return new BalanceBook(customerBalances(db, customerId, now), manualEntriesOf(db, customerId), liveDeductionsOf(db, customerId));
}

export function scheduledOnUsageInvoice(ctx: RatingContext, contract: StoredContract, period: Period): DraftLine[] {
  if (!scheduledChargesOnUsageInvoices(contract)) return [];
  return (contract.current.scheduled_charges ?? [])
    .filter((charge) => !charge.archived_at)
    .flatMap((charge) =>
      (charge.schedule.schedule_items ?? [])
        .filter((item) => {
          const t = Date.parse(item.timestamp);
          return period.startingAt.getTime() <= t && t < period.endingBefore.getTime();
        })
        .map((item) => scheduledChargeItem(ctx, contract, charge, item).line),
    );
}

/**
 * Bills a customer as of `now`: every stored invoice, plus the invoices derived from the customer's contracts —
 * one USAGE invoice per contract and usage statement period that has started (FINALIZED once the period has
 * ended, DRAFT while it is open) and one SCHEDULED invoice per contract, date and pricing unit of scheduled
 * charges and commit payments (FINALIZED once the date has passed, DRAFT before). Derived invoices are computed
 * oldest first so each draws on what earlier invoices left of the commits and credits. A derived invoice that is
 * stored (finalized, voided) is served from storage from then on and never recomputed.
 */
export function billCustomer(db: Db, customerId: string, now: Date, options: BillingOptions): CustomerBilling {
  const ctx = new RatingContext(db);
  const contracts = contractsOfCustomer(db, customerId);
  const balances = customerBalances(db, customerId, now, contracts);
  const book = new BalanceBook(balances, manualEntriesOf(db, customerId), liveDeductionsOf(db, customerId));
  const stored = storedInvoicesOf(db, customerId);
  const storedKeys = new Set(stored.flatMap((s) => (s.sourceKey ? [s.sourceKey] : [])));
  const finalized: string[] = [];
  const invoices: BilledInvoice[] = [];

  for (const invoice of stored) {
    const contract = contracts.find((c) => c.id === invoice.contractId);
    const voidedWithContract =
      contract?.archived_at && invoice.status !== 'VOID' && ctx.settings(contract.id)?.void_invoices_on_archive === true;
    let current = invoice;
    if (voidedWithContract) {
      current = { ...invoice, status: 'VOID', invoice: { ...invoice.invoice, status: 'VOID' } };
      if (options.persist) updateInvoice(db, invoice.id, 'VOID', current.invoice);
    } else if (invoice.status === 'DRAFT' && invoice.issuedAt.getTime() <= now.getTime()) {
      current = { ...invoice, status: 'FINALIZED', invoice: { ...invoice.invoice, status: 'FINALIZED' } };
      if (options.persist) updateInvoice(db, invoice.id, 'FINALIZED', current.invoice);
      finalized.push(invoice.id);
    }
    invoices.push({ invoice: current.invoice, issuedAt: current.issuedAt, stored: current });
  }

  const work: Work[] = [];
  contracts.forEach((contract, order) => {
    if (contract.archived_at && Date.parse(contract.archived_at) <= Date.parse(contract.current.starting_at)) return;
    for (const period of statementPeriods(statementScheduleOf(ctx, contract), now)) {
      const sourceKey = usageSourceKey(contract.id, period.startingAt);
      if (storedKeys.has(sourceKey)) continue;
      work.push({ sourceKey, contract, type: 'USAGE', period, issuedAt: period.endingBefore, order });
    }
    const scheduled = new Map<string, ScheduledItem[]>();
    for (const item of scheduledItems(ctx, contract, balances)) {
      if (contract.archived_at && item.timestamp.getTime() >= Date.parse(contract.archived_at)) continue;
      const key = scheduledSourceKey(contract.id, item.timestamp, item.creditType.id);
      scheduled.set(key, [...(scheduled.get(key) ?? []), item]);
    }
    for (const [sourceKey, items] of scheduled) {
      if (storedKeys.has(sourceKey)) continue;
      const timestamp = items[0]!.timestamp;
      work.push({
        sourceKey,
        contract,
        type: 'SCHEDULED',
        period: { startingAt: timestamp, endingBefore: timestamp },
        issuedAt: timestamp,
        items,
        order,
        hasTrueup: items.some((item) => item.trueup),
      });
    }
    const start = new Date(contract.current.starting_at);
    if (start.getTime() <= now.getTime() && balances.some((b) => b.rollover && b.contract?.id === contract.id))
      work.push({ sourceKey: `rollover:${contract.id}`, contract, type: 'ROLLOVER', period: { startingAt: start, endingBefore: start }, issuedAt: start, order });
  });
  // At one instant a true-up comes after the usage invoices, so it sees everything usage drew from the commit.
  // A rollover comes last: it moves what the renewed contract's last invoices left.
  const rank = (job: Work) => (job.type === 'USAGE' ? 1 : job.type === 'ROLLOVER' ? 3 : job.hasTrueup ? 2 : 0);
  work.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || rank(a) - rank(b) || a.order - b.order);

  for (const job of work) {
    if (job.type === 'ROLLOVER') {
      for (const owner of balances) {
        if (!owner.rollover || owner.contract?.id !== job.contract.id) continue;
        const rolled = Decimal.max(book.segmentRemaining(owner.rollover.segment_id), 0).times(owner.rollover.fraction);
        if (!rolled.isPositive()) continue;
        book.rollOver(owner.rollover.balance_id, { segmentId: owner.rollover.segment_id, amount: rolled, newContractId: job.contract.id, timestamp: job.issuedAt });
        book.grant(owner, rolled);
      }
      continue;
    }
    const id = derivedInvoiceId(job.sourceKey);
    const status: InvoiceStatus = job.issuedAt.getTime() <= now.getTime() ? 'FINALIZED' : 'DRAFT';
    let lines: DraftLine[];
    let creditType: CreditTypeData;
    let deductions: { balanceId: string; deduction: InvoiceDeduction }[] = [];
    if (job.type === 'USAGE') {
      const usage = usageInvoiceLines(ctx, book, job.contract, job.period, id, scheduledOnUsageInvoice(ctx, job.contract, job.period));
      lines = usage.lines;
      deductions = usage.deductions;
      creditType = contractCurrency(ctx, job.contract);
    } else {
      const items = job.items ?? [];
      const billed = items.flatMap((item) => {
        if (!item.trueup) return [item.line];
        const shortfall = book.segmentRemaining(item.trueup.segmentId);
        if (!shortfall.isPositive()) return [];
        // A draft true-up shows the shortfall so far; the commitment is settled only once the invoice date passes.
        if (status === 'FINALIZED') {
          const deduction = { invoiceId: id, contractId: job.contract.id, segmentId: item.trueup.segmentId, amount: shortfall, trueup: true, timestamp: item.timestamp };
          deductions.push({ balanceId: item.trueup.balanceId, deduction });
          book.record(item.trueup.balanceId, deduction);
        }
        return [{ ...item.line, item: { ...item.line.item, quantity: 1, unit_price: shortfall.toNumber() }, total: shortfall }];
      });
      if (billed.length === 0) continue;
      lines = billed;
      creditType = items[0]!.creditType;
    }
    const invoice = assembleInvoice({
      id,
      customerId,
      contract: job.contract,
      ctx,
      type: job.type,
      status,
      creditType,
      period: job.period,
      issuedAt: job.issuedAt,
      lines,
    });
    if (status === 'FINALIZED') {
      finalized.push(id);
      if (options.persist)
        insertInvoice(
          db,
          { id, customerId, contractId: job.contract.id, sourceKey: job.sourceKey, status, issuedAt: job.issuedAt, invoice },
          deductionRows(deductions),
        );
    }
    invoices.push({ invoice, issuedAt: job.issuedAt });
  }

  const plans = planInvoices(ctx, customerId, now, storedKeys, options.persist);
  invoices.push(...plans.invoices);
  finalized.push(...plans.finalized);

  invoices.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime());
  const activity = new Map<string, LedgerActivity>(book.activity);
  return { now, invoices, balances, activity, finalized };
}
