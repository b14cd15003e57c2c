import type { CreditTypeData, Tier } from '@metronome/sdk/resources/shared';
import type { Invoice } from '@metronome/sdk/resources/v1/customers/invoices';
import { billableMetricCollection } from '../store/billable-metrics.js';
import { creditGrantCollection, ledgerRowsOfGrant } from '../store/credit-grants.js';
import { customerPlanCollection, type StoredCustomerPlan } from '../store/customer-plans.js';
import type { Db } from '../store/database.js';
import { derivedInvoiceId, insertInvoice, type InvoiceStatus } from '../store/invoices.js';
import { planCollection, type StoredPlan, type StoredPlanCharge } from '../store/plans.js';
import { drawDownCreditGrants, releaseCreditDeductions, settleCreditGrants } from './credit-grant-ledger.js';
import { drawDown, type DrawableSegment } from './drawdown.js';
import { Decimal } from './money.js';
import { periodBoundary, type Period } from './periods.js';
import { flatCharge, tieredCharge } from './pricing.js';
import type { RatingContext } from './rating.js';
import { aggregateUsage } from './usage-aggregation.js';

type WireLineItem = Invoice.LineItem;
type Adjustment = Invoice.InvoiceAdjustment;

/** A plan invoice the engine derived: its wire shape and when it is issued. */
export interface PlanInvoice {
  invoice: Invoice;
  issuedAt: Date;
}

export function planSourceKey(customerPlanId: string, periodStart: Date, creditTypeId: string): string {
  return `plan:${customerPlanId}:${periodStart.toISOString()}:${creditTypeId}`;
}

/** The billing periods of a customer plan that have started by `now`, the last cut at the plan's end. */
export function planPeriods(customerPlan: StoredCustomerPlan, plan: StoredPlan, now: Date): (Period & { index: number })[] {
  const periods: (Period & { index: number })[] = [];
  const start = new Date(customerPlan.starting_on);
  const end = customerPlan.ending_before ? Date.parse(customerPlan.ending_before) : Number.POSITIVE_INFINITY;
  for (let index = 0; ; index += 1) {
    const from = periodBoundary(start, plan.billing_frequency, index);
    if (from.getTime() > now.getTime() || from.getTime() >= end) return periods;
    const to = Math.min(periodBoundary(start, plan.billing_frequency, index + 1).getTime(), end);
    periods.push({ startingAt: from, endingBefore: new Date(to), index });
  }
}

/** Each charge as priced in billing period `index`: the ramp of the charge with the latest start_period reached. */
function chargesInForce(plan: StoredPlan, index: number): StoredPlanCharge[] {
  const byId = new Map<string, StoredPlanCharge>();
  for (const charge of plan.charges) {
    if (charge.start_period > index) continue;
    const current = byId.get(charge.id);
    if (!current || current.start_period < charge.start_period) byId.set(charge.id, charge);
  }
  return [...byId.values()];
}

/** Plan prices start each tier at a quantity (`tier`); as graduated tiers each runs to the next one's start. */
function tiersOf(charge: StoredPlanCharge): Tier[] {
  const prices = [...charge.prices].sort((a, b) => a.tier - b.tier);
  return prices.map((price, i) => {
    const next = prices[i + 1];
    return next ? { size: next.tier - price.tier, price: price.value } : { price: price.value };
  });
}

interface PlanLine {
  item: Omit<WireLineItem, 'total'>;
  total: Decimal;
  productId: string;
}

function usageQuantity(ctx: RatingContext, customerId: string, charge: StoredPlanCharge, period: Period): Decimal {
  const metric = charge.billable_metric_id ? billableMetricCollection(ctx.db).find(charge.billable_metric_id) : undefined;
  if (!metric) return Decimal.ZERO;
  const [aggregate] = aggregateUsage(ctx.db, { customerId, metric, startingOn: period.startingAt, endingBefore: period.endingBefore });
  let quantity = Decimal.from(aggregate?.quantity ?? '0');
  const conversion = charge.unit_conversion;
  if (conversion) {
    quantity = quantity.dividedBy(conversion.division_factor);
    if (conversion.rounding_behavior) quantity = quantity.round(0, conversion.rounding_behavior === 'floor' ? 'FLOOR' : 'CEILING');
  }
  return quantity;
}

function chargeLine(ctx: RatingContext, customerId: string, charge: StoredPlanCharge, period: Period): PlanLine | undefined {
  const base = {
    name: charge.name,
    credit_type: charge.credit_type,
    product_id: charge.product_id,
    starting_at: period.startingAt.toISOString(),
    ending_before: period.endingBefore.toISOString(),
    custom_fields: ctx.fields('charge', charge.id),
  };
  if (charge.charge_type === 'usage') {
    const quantity = usageQuantity(ctx, customerId, charge, period);
    const priced = charge.prices.length > 1 ? tieredCharge(quantity, tiersOf(charge)) : flatCharge(quantity, charge.prices[0]?.value ?? 0);
    const subLine = {
      name: charge.name,
      quantity: quantity.toNumber(),
      subtotal: priced.total.toNumber(),
      charge_id: charge.id,
      custom_fields: ctx.fields('charge', charge.id),
      ...(priced.tiers
        ? { tiers: priced.tiers.filter((t) => t.quantity.isPositive() || t.level === 1).map((t) => ({ starting_at: t.startingAt.toNumber(), quantity: t.quantity.toNumber(), price: t.price.toNumber(), subtotal: t.total.toNumber() })) }
        : { price: priced.unitPrice?.toNumber() ?? 0 }),
    };
    return { item: { ...base, type: 'usage', quantity: quantity.toNumber(), sub_line_items: [subLine] }, total: priced.total, productId: charge.product_id };
  }
  if (charge.charge_type === 'fixed') {
    const price = charge.prices[0];
    const quantity = Decimal.from(charge.quantity ?? price?.quantity ?? 1);
    const priced = flatCharge(quantity, price?.value ?? 0);
    const subLine = { name: charge.name, quantity: quantity.toNumber(), subtotal: priced.total.toNumber(), price: price?.value ?? 0, charge_id: charge.id, custom_fields: ctx.fields('charge', charge.id) };
    return { item: { ...base, type: 'fixed', quantity: quantity.toNumber(), unit_price: price?.value ?? 0, sub_line_items: [subLine] }, total: priced.total, productId: charge.product_id };
  }
  return undefined;
}

interface OneTimeChargeRow {
  id: string;
  charge_id: string;
  product_id: string;
  description: string;
  price: string;
  quantity: string;
}

function oneTimeLines(ctx: RatingContext, customerPlanId: string, period: Period, creditType: CreditTypeData): PlanLine[] {
  const rows = ctx.db
    .prepare('SELECT * FROM plan_one_time_charges WHERE customer_plan_id = ? AND invoice_start_ms = ? ORDER BY seq')
    .all(customerPlanId, period.startingAt.getTime()) as OneTimeChargeRow[];
  return rows.map((row) => {
    const priced = flatCharge(row.quantity, row.price);
    return {
      item: {
        type: 'fixed',
        name: row.description,
        credit_type: creditType,
        product_id: row.product_id,
        quantity: Decimal.from(row.quantity).toNumber(),
        unit_price: Decimal.from(row.price).toNumber(),
        starting_at: period.startingAt.toISOString(),
        ending_before: period.endingBefore.toISOString(),
      },
      total: priced.total,
      productId: row.product_id,
    };
  });
}

/**
 * What credit grants would pay for the lines, without recording it: the same drawdown `drawDownCreditGrants`
 * performs, over what is left of each grant when this invoice's own pending deductions are given back.
 */
function simulatedGrantApplications(db: Db, customerId: string, invoiceId: string, creditTypeId: string, lines: PlanLine[], at: Date) {
  const grants = creditGrantCollection(db)
    .all(customerId)
    .filter((g) => g.voided_at === null && g.grant_amount.credit_type.id === creditTypeId);
  const segments = grants.map(
    (grant, order): DrawableSegment => ({
      balanceId: grant.id,
      segmentId: grant.id,
      kind: 'CREDIT',
      creditTypeId,
      priority: grant.priority,
      access: { startingAt: new Date(grant.effective_at), endingBefore: new Date(grant.expires_at) },
      remaining: Decimal.sum(
        ledgerRowsOfGrant(db, grant.id)
          .filter((row) => row.kind !== 'void' && !(row.invoice_id === invoiceId && row.pending === 1))
          .map((row) => row.amount),
      ),
      applicableProductIds: grant.product_ids,
      order,
    }),
  );
  return drawDown(
    lines.map((line, i) => ({
      key: String(i),
      contractId: '',
      creditTypeId,
      productId: line.productId,
      productTags: [],
      service: { startingAt: at, endingBefore: new Date(at.getTime() + 1) },
      amount: line.total,
    })),
    segments,
  ).applications.map((a) => ({ grantId: a.balanceId, amount: a.amount }));
}

/**
 * The invoices of a customer's plans (Plans, deprecated): one per customer plan, billing period and pricing unit
 * of its charges, a DRAFT while the period is open and FINALIZED (stored) once it has ended. Usage charges price
 * the billable metric over the period (graduated tiers when a charge has several prices), fixed charges their
 * quantity, and `addCharge` one-time charges are added to the period they name. Credit grants pay the lines in
 * their drawdown order and show as `invoice_adjustments`. With `persist`, grant deductions are recorded (pending
 * for drafts, posted for finalized invoices); without it they are computed and nothing is written.
 */
export function planInvoices(
  ctx: RatingContext,
  customerId: string,
  now: Date,
  storedKeys: ReadonlySet<string>,
  persist: boolean,
): { invoices: PlanInvoice[]; finalized: string[] } {
  const { db } = ctx;
  const invoices: PlanInvoice[] = [];
  const finalized: string[] = [];
  const customerPlans = customerPlanCollection(db).all(customerId);
  if (customerPlans.length === 0) return { invoices, finalized };
  if (persist) settleCreditGrants(db, customerId, now);
  for (const customerPlan of customerPlans) {
    const plan = planCollection(db).find(customerPlan.plan_id);
    if (!plan) continue;
    for (const period of planPeriods(customerPlan, plan, now)) {
      const byCreditType = new Map<string, { creditType: CreditTypeData; lines: PlanLine[] }>();
      for (const charge of chargesInForce(plan, period.index)) {
        const line = chargeLine(ctx, customerId, charge, period);
        if (!line) continue;
        const group = byCreditType.get(charge.credit_type.id) ?? { creditType: charge.credit_type, lines: [] };
        group.lines.push(line);
        byCreditType.set(charge.credit_type.id, group);
      }
      const fiat = ctx.creditType(undefined);
      const extra = oneTimeLines(ctx, customerPlan.id, period, fiat);
      if (extra.length > 0) {
        const group = byCreditType.get(fiat.id) ?? { creditType: fiat, lines: [] };
        group.lines.push(...extra);
        byCreditType.set(fiat.id, group);
      }
      for (const { creditType, lines } of byCreditType.values()) {
        const sourceKey = planSourceKey(customerPlan.id, period.startingAt, creditType.id);
        if (storedKeys.has(sourceKey)) continue;
        const id = derivedInvoiceId(sourceKey);
        const status: InvoiceStatus = period.endingBefore.getTime() <= now.getTime() ? 'FINALIZED' : 'DRAFT';
        let applications: { grantId: string; amount: Decimal }[];
        if (persist) {
          releaseCreditDeductions(db, id);
          applications = [];
          for (const line of lines) {
            if (!line.total.isPositive()) continue;
            const drawn = drawDownCreditGrants(db, {
              customerId,
              creditTypeId: creditType.id,
              amount: line.total.toString(),
              productId: line.productId,
              at: period.startingAt,
              invoiceId: id,
              pending: status === 'DRAFT',
              now,
            });
            for (const entry of drawn.entries) applications.push({ grantId: entry.credit_grant_id, amount: Decimal.from(entry.amount).negated() });
          }
        } else applications = simulatedGrantApplications(db, customerId, id, creditType.id, lines, period.startingAt);
        const byGrant = new Map<string, Decimal>();
        for (const a of applications) byGrant.set(a.grantId, (byGrant.get(a.grantId) ?? Decimal.ZERO).plus(a.amount));
        const adjustments: Adjustment[] = [...byGrant].map(([grantId, amount]) => {
          const grant = creditGrantCollection(db).find(grantId);
          return {
            name: grant?.name ?? 'Credit grant',
            total: amount.negated().toNumber(),
            credit_type: creditType,
            credit_grant_id: grantId,
            credit_grant_custom_fields: ctx.fields('credit_grant', grantId),
          };
        });
        const subtotal = Decimal.sum(lines.map((l) => l.total));
        const total = subtotal.minus(Decimal.sum(byGrant.values()));
        const invoice: Invoice = {
          id,
          customer_id: customerId,
          type: 'USAGE',
          status,
          credit_type: creditType,
          plan_id: plan.id,
          plan_name: plan.name,
          plan_custom_fields: ctx.fields('plan', plan.id),
          start_timestamp: period.startingAt.toISOString(),
          end_timestamp: period.endingBefore.toISOString(),
          issued_at: period.endingBefore.toISOString(),
          line_items: lines.map((l) => ({ ...l.item, total: l.total.toNumber() }) as WireLineItem),
          invoice_adjustments: adjustments,
          subtotal: subtotal.toNumber(),
          total: total.toNumber(),
          customer_custom_fields: ctx.fields('customer', customerId),
          external_invoice: null,
          billable_status: 'billable',
        };
        if (status === 'FINALIZED') {
          finalized.push(id);
          if (persist) insertInvoice(db, { id, customerId, contractId: null, sourceKey, status, issuedAt: period.endingBefore, invoice });
        }
        invoices.push({ invoice, issuedAt: period.endingBefore });
      }
    }
  }
  return { invoices, finalized };
}

/**
 * The usage charges of the customer's plans re-rated over `window` (for daily costs): each plan in force at the
 * window's start, with the charges of the billing period it starts in, clipped to that period.
 */
export function planUsageCharges(ctx: RatingContext, customerId: string, window: Period): { item: Omit<WireLineItem, 'total'>; total: Decimal }[] {
  const lines: { item: Omit<WireLineItem, 'total'>; total: Decimal }[] = [];
  for (const customerPlan of customerPlanCollection(ctx.db).all(customerId)) {
    const plan = planCollection(ctx.db).find(customerPlan.plan_id);
    if (!plan) continue;
    const period = planPeriods(customerPlan, plan, window.startingAt).at(-1);
    if (!period || period.endingBefore.getTime() <= window.startingAt.getTime()) continue;
    const clip: Period = {
      startingAt: window.startingAt,
      endingBefore: new Date(Math.min(window.endingBefore.getTime(), period.endingBefore.getTime())),
    };
    for (const charge of chargesInForce(plan, period.index)) {
      if (charge.charge_type !== 'usage') continue;
      const line = chargeLine(ctx, customerId, charge, clip);
      if (line) lines.push({ item: line.item, total: line.total });
    }
  }
  return lines;
}
