import { randomUUID } from 'node:crypto';
import type { Rate } from '@metronome/sdk/resources/shared';
import { BadRequestError, ConflictError, NotFoundError } from '../http/api-error.js';
import { defineRoute, type Domain, type RequestContext } from '../http/route.js';
import { contractRateSchedule } from '../billing/contract-rates.js';
import { releaseCreditDeductions } from '../billing/credit-grant-ledger.js';
import {
  appliedLines,
  drawableCharges,
  invoiceDeductions,
  assembleInvoice,
  balanceBookOf,
  billCustomer,
  contractCurrency,
  deductionRows,
  scheduledOnUsageInvoice,
  usageInvoiceLines,
  usageSourceKey,
  type BilledInvoice,
  type CustomerBilling,
} from '../billing/invoice-engine.js';
import { Decimal } from '../billing/money.js';
import type { Period } from '../billing/periods.js';
import { planUsageCharges } from '../billing/plan-invoices.js';
import { quantityLines, RatingContext, usageLines, type DraftLine } from '../billing/rating.js';
import { usageWindows, type WindowSize } from '../billing/usage-aggregation.js';
// Registers the invoice and balance readers the alert value providers use.
import '../billing/alert-readers.js';
import { contractCollection, contractSettings, requireContract, type StoredContract } from '../store/contracts.js';
import { getCreditType } from '../store/credit-types.js';
import { setCustomFields } from '../store/custom-fields.js';
import { requireCustomer } from '../store/customers.js';
import { billingPeriodStart, customerPlanCollection, requireCustomerPlan } from '../store/customer-plans.js';
import type { Db, StoreSchema } from '../store/database.js';
import {
  findStoredInvoice,
  insertInvoice,
  invoiceSchema,
  updateInvoice,
  type WireInvoice,
} from '../store/invoices.js';
import { DEFAULT_PAGE_LIMIT } from '../store/paging.js';
import { pageByOffset } from '../store/list-paging.js';
import { planCollection } from '../store/plans.js';
import { productCollection } from '../store/products.js';
import { customerReferences, recordUsageEvents } from '../store/usage-events.js';

/** The documented caps on one page of breakdowns: 35 days, or 24 hours. */
export const BREAKDOWN_WINDOW_CAP: Record<'DAY' | 'HOUR', number> = { DAY: 35, HOUR: 24 };

function withoutZeroQuantityLines(invoice: WireInvoice, skip: boolean | undefined): WireInvoice {
  if (!skip) return invoice;
  return { ...invoice, line_items: invoice.line_items.filter((item) => item.quantity === undefined || item.quantity !== 0) };
}

/** Bills the customer, storing what finalized, and tells listeners when it did. */
function billForRead(ctx: RequestContext, customerId: string): CustomerBilling {
  requireCustomer(ctx.db, customerId);
  const billing = billCustomer(ctx.db, customerId, ctx.now, { persist: true });
  if (billing.finalized.length > 0) ctx.emit('customer.changed', { customerId, reason: 'invoice.finalized' });
  return billing;
}

interface InvoiceListQuery {
  limit?: number;
  next_page?: string;
  status?: string;
  type?: string;
  skip_zero_qty_line_items?: boolean;
  sort?: 'date_asc' | 'date_desc';
  credit_type_id?: string;
  contract_id?: string;
  starting_on?: string;
  ending_before?: string;
}

function matchesListQuery(billed: BilledInvoice, query: InvoiceListQuery): boolean {
  const { invoice } = billed;
  if (query.status !== undefined && invoice.status !== query.status.toUpperCase()) return false;
  if (query.type !== undefined && invoice.type !== query.type) return false;
  if (query.credit_type_id !== undefined && invoice.credit_type.id !== query.credit_type_id) return false;
  if (query.contract_id !== undefined && invoice.contract_id !== query.contract_id) return false;
  if (query.starting_on !== undefined && Date.parse(invoice.start_timestamp ?? '') < Date.parse(query.starting_on)) return false;
  if (query.ending_before !== undefined && Date.parse(invoice.end_timestamp ?? '') > Date.parse(query.ending_before)) return false;
  return true;
}

function listInvoices(ctx: RequestContext<unknown, InvoiceListQuery, { customer_id: string }>) {
  const { query } = ctx;
  const billing = billForRead(ctx, ctx.params.customer_id);
  const matching = billing.invoices.filter((b) => matchesListQuery(b, query));
  if (query.sort === 'date_desc') matching.reverse();
  const page = pageByOffset(matching, query.next_page, query.limit ?? DEFAULT_PAGE_LIMIT);
  return { data: page.data.map((b) => withoutZeroQuantityLines(b.invoice, query.skip_zero_qty_line_items)), next_page: page.next_page };
}

function findInvoice(billing: CustomerBilling, invoiceId: string): BilledInvoice {
  const found = billing.invoices.find((b) => b.invoice.id === invoiceId);
  if (!found) throw new NotFoundError(`Invoice not found: ${invoiceId}`);
  return found;
}

interface BreakdownQuery extends Omit<InvoiceListQuery, 'type' | 'contract_id'> {
  starting_on: string;
  ending_before: string;
  window_size?: 'HOUR' | 'DAY';
}

/**
 * Each usage invoice, window by window: a breakdown is the invoice re-rated over one hour or day of its period
 * (its usage lines only), with `breakdown_start_timestamp` / `breakdown_end_timestamp`. A page covers at most
 * 35 days or 24 hours of windows (fewer with `limit`).
 */
function listBreakdowns(ctx: RequestContext<unknown, BreakdownQuery, { customer_id: string }>) {
  const { query, db } = ctx;
  const start = new Date(query.starting_on);
  const end = new Date(query.ending_before);
  if (end.getTime() <= start.getTime()) throw new BadRequestError('ending_before must be after starting_on');
  const billing = billForRead(ctx, ctx.params.customer_id);
  const windowSize: Exclude<WindowSize, 'NONE'> = query.window_size ?? 'DAY';
  const windows = usageWindows(start, end, windowSize);
  if (query.sort === 'date_desc') windows.reverse();
  const perPage = Math.min(query.limit ?? BREAKDOWN_WINDOW_CAP[windowSize], BREAKDOWN_WINDOW_CAP[windowSize]);
  const page = pageByOffset(windows, query.next_page, perPage);
  const rating = new RatingContext(db);
  const contracts = new Map(contractCollection(db).all(ctx.params.customer_id).map((c) => [c.id, c]));
  const invoices = billing.invoices.filter(
    (b) => b.invoice.type === 'USAGE' && matchesListQuery(b, { ...(query.status ? { status: query.status } : {}), ...(query.credit_type_id ? { credit_type_id: query.credit_type_id } : {}) }),
  );
  const data = page.data.flatMap((window) =>
    invoices.flatMap((billed) => {
      const contract = billed.invoice.contract_id ? contracts.get(billed.invoice.contract_id) : undefined;
      const periodStart = Date.parse(billed.invoice.start_timestamp ?? '');
      const periodEnd = Date.parse(billed.invoice.end_timestamp ?? '');
      const clipStart = Math.max(periodStart, window.startingOn.getTime());
      const clipEnd = Math.min(periodEnd, window.endingBefore.getTime());
      if (!contract || clipEnd <= clipStart) return [];
      const clip: Period = { startingAt: new Date(clipStart), endingBefore: new Date(clipEnd) };
      const invoice = assembleInvoice({
        id: billed.invoice.id,
        customerId: billed.invoice.customer_id,
        contract,
        ctx: rating,
        type: billed.invoice.type,
        status: billed.invoice.status as 'DRAFT',
        creditType: billed.invoice.credit_type,
        period: { startingAt: new Date(periodStart), endingBefore: new Date(periodEnd) },
        issuedAt: new Date(billed.invoice.issued_at ?? periodEnd),
        lines: usageLines(rating, contract, clip),
      });
      return [
        {
          ...withoutZeroQuantityLines(invoice, query.skip_zero_qty_line_items),
          breakdown_start_timestamp: window.startingOn.toISOString(),
          breakdown_end_timestamp: window.endingBefore.toISOString(),
        },
      ];
    }),
  );
  return { data, next_page: page.next_page };
}

/** Finds an invoice by id alone: stored ones directly, drafts by billing the customers on contracts or plans. */
function locateInvoice(ctx: RequestContext, invoiceId: string): { billed: BilledInvoice; customerId: string } {
  const stored = findStoredInvoice(ctx.db, invoiceId);
  if (stored) return { billed: { invoice: stored.invoice, issuedAt: stored.issuedAt, stored }, customerId: stored.customerId };
  const customerIds = new Set([
    ...contractCollection(ctx.db).all().map((c) => c.customer_id),
    ...customerPlanCollection(ctx.db).all().map((p) => p.customer_id),
  ]);
  for (const customerId of customerIds) {
    const billing = billForRead(ctx, customerId);
    const found = billing.invoices.find((b) => b.invoice.id === invoiceId);
    if (found) return { billed: found, customerId };
  }
  throw new NotFoundError(`Invoice not found: ${invoiceId}`);
}

function voidInvoice(ctx: RequestContext<{ id: string }>) {
  const { db, body } = ctx;
  const { billed, customerId } = locateInvoice(ctx, body.id);
  if (billed.invoice.status === 'VOID') throw new BadRequestError(`Invoice ${body.id} is already void`);
  const voided: WireInvoice = { ...billed.invoice, status: 'VOID' };
  const stored = billed.stored ?? findStoredInvoice(db, body.id);
  if (stored) updateInvoice(db, stored.id, 'VOID', voided);
  else {
    // A draft: stored as void so its period is never billed again.
    const contractId = voided.contract_id ?? null;
    const sourceKey = contractId && voided.type === 'USAGE' ? usageSourceKey(contractId, new Date(voided.start_timestamp!)) : null;
    insertInvoice(db, { id: voided.id, customerId, contractId, sourceKey, status: 'VOID', issuedAt: billed.issuedAt, invoice: voided });
  }
  // A voided plan draft gives back what it had drawn from credit grants.
  releaseCreditDeductions(db, body.id);
  ctx.emit('customer.changed', { customerId, reason: 'invoice.voided' });
  return { data: { id: body.id } };
}

function regenerateInvoice(ctx: RequestContext<{ id: string }>) {
  const { db, body, now } = ctx;
  const original = findStoredInvoice(db, body.id);
  if (!original) {
    locateInvoice(ctx, body.id);
    throw new BadRequestError(`Invoice ${body.id} is not void; only voided invoices can be regenerated`);
  }
  if (original.status !== 'VOID') throw new BadRequestError(`Invoice ${body.id} is not void; only voided invoices can be regenerated`);
  const already = db
    .prepare(`SELECT id FROM invoices WHERE json_extract(data, '$.regenerated_from_invoice_id') = ?`)
    .pluck()
    .get(body.id) as string | undefined;
  if (already) throw new ConflictError(`Invoice ${body.id} was already regenerated as ${already}`);

  const rating = new RatingContext(db);
  const id = randomUUID();
  const contract = original.contractId ? contractCollection(db).find(original.contractId) : undefined;
  const period: Period = {
    startingAt: new Date(original.invoice.start_timestamp ?? original.issuedAt),
    endingBefore: new Date(original.invoice.end_timestamp ?? original.issuedAt),
  };
  let lines: DraftLine[];
  let deductions: ReturnType<typeof usageInvoiceLines>['deductions'] = [];
  if (contract && original.invoice.type === 'USAGE') {
    const book = balanceBookOf(db, original.customerId, now);
    const usage = usageInvoiceLines(rating, book, contract, period, id, scheduledOnUsageInvoice(rating, contract, period));
    lines = usage.lines;
    deductions = usage.deductions;
  } else {
    lines = original.invoice.line_items.map(({ total, ...item }) => ({ item, total: Decimal.from(total), countsInTotal: true }));
  }
  const invoice = assembleInvoice({
    id,
    customerId: original.customerId,
    contract,
    ctx: rating,
    type: original.invoice.type,
    status: 'FINALIZED',
    creditType: original.invoice.credit_type,
    period,
    issuedAt: original.issuedAt,
    lines,
    extra: { regenerated_from_invoice_id: original.id },
  });
  insertInvoice(
    db,
    { id, customerId: original.customerId, contractId: original.contractId, sourceKey: null, status: 'FINALIZED', issuedAt: original.issuedAt, invoice },
    deductionRows(deductions),
  );
  ctx.emit('customer.changed', { customerId: original.customerId, reason: 'invoice.regenerated' });
  return { data: { id } };
}

interface AddChargeBody {
  charge_id: string;
  price: number;
  quantity: number;
  description: string;
  customer_plan_id: string;
  invoice_start_timestamp: string;
}

/**
 * Adds a one-time charge to a plan invoice (Plans, deprecated). The charge must be a fixed charge of a plan
 * product, and the invoice start must be the start of one of the customer plan's billing periods.
 */
function addCharge(ctx: RequestContext<AddChargeBody, unknown, { customer_id: string }>) {
  const { db, body, params } = ctx;
  requireCustomer(db, params.customer_id);
  const customerPlan = requireCustomerPlan(db, params.customer_id, body.customer_plan_id);
  const charge = planCollection(db)
    .all()
    .flatMap((plan) => plan.charges)
    .find((c) => c.id === body.charge_id);
  if (!charge) throw new NotFoundError(`Charge not found: ${body.charge_id}`);
  if (charge.charge_type !== 'fixed') throw new BadRequestError(`Charge ${body.charge_id} is not a fixed charge`);
  const plan = planCollection(db).get(customerPlan.plan_id);
  if (plan.charges.some((c) => c.product_id === charge.product_id))
    throw new BadRequestError(`Charge ${body.charge_id} is on product ${charge.product_id}, which is on the customer's current plan`);
  const start = Date.parse(body.invoice_start_timestamp);
  let index = 0;
  while (billingPeriodStart(customerPlan, plan, index).getTime() < start) index += 1;
  const end = customerPlan.ending_before ? Date.parse(customerPlan.ending_before) : Number.POSITIVE_INFINITY;
  if (billingPeriodStart(customerPlan, plan, index).getTime() !== start || start >= end)
    throw new BadRequestError(`invoice_start_timestamp ${body.invoice_start_timestamp} is not the start of a billing period of customer plan ${customerPlan.id}`);
  db.prepare(
    `INSERT INTO plan_one_time_charges (id, customer_id, customer_plan_id, charge_id, product_id, description, price, quantity, invoice_start_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), params.customer_id, customerPlan.id, charge.id, charge.product_id, body.description, Decimal.from(body.price).toString(), Decimal.from(body.quantity).toString(), start);
  ctx.emit('customer.changed', { customerId: params.customer_id, reason: 'invoice.charge_added' });
  return {};
}

interface ProServicesBody {
  customer_id: string;
  contract_id: string;
  issued_at: string;
  netsuite_invoice_header_start?: string;
  netsuite_invoice_header_end?: string;
  line_items: {
    professional_service_id: string;
    amendment_id?: string;
    unit_price?: number;
    quantity?: number;
    amount?: number;
    netsuite_invoice_billing_start?: string;
    netsuite_invoice_billing_end?: string;
    metadata?: string;
  }[];
}

function scheduleProServicesInvoice(ctx: RequestContext<ProServicesBody>) {
  const { db, body, now } = ctx;
  requireCustomer(db, body.customer_id);
  const contract = requireContract(db, body.customer_id, body.contract_id);
  if (body.line_items.length === 0) throw new BadRequestError('line_items must not be empty');
  const rating = new RatingContext(db);
  const currency = contractCurrency(rating, contract);
  const lines: DraftLine[] = body.line_items.map((input, i) => {
    const field = `line_items[${i}]`;
    if (input.amendment_id !== undefined && !contract.amendments.some((a) => a.id === input.amendment_id))
      throw new NotFoundError(`${field}.amendment_id: amendment not found on contract ${contract.id}: ${input.amendment_id}`);
    const terms = [...(contract.current.professional_services ?? []), ...contract.amendments.flatMap((a) => a.professional_services ?? [])];
    const service = terms.find((s) => s.id === input.professional_service_id);
    if (!service) throw new NotFoundError(`${field}.professional_service_id: professional service not found on contract ${contract.id}: ${input.professional_service_id}`);
    if (input.amount !== undefined && (input.unit_price !== undefined || input.quantity !== undefined))
      throw new BadRequestError(`${field}: give either amount, or quantity (with an optional unit_price), not both`);
    if (input.amount === undefined && input.quantity === undefined)
      throw new BadRequestError(`${field}: give either amount, or quantity (with an optional unit_price)`);
    const quantity = input.amount !== undefined ? Decimal.ONE : Decimal.from(input.quantity!);
    const unitPrice = input.amount !== undefined ? Decimal.from(input.amount) : Decimal.from(input.unit_price ?? service.unit_price);
    const product = rating.productAt(service.product_id, new Date(body.issued_at));
    return {
      item: {
        type: 'professional_service',
        name: service.description ?? product?.name ?? 'Professional services',
        credit_type: currency,
        professional_service_id: service.id,
        professional_service_custom_fields: rating.fields('professional_service', service.id),
        product_id: service.product_id,
        product_type: 'ProServiceProductListItem',
        quantity: quantity.toNumber(),
        unit_price: unitPrice.toNumber(),
        ...(input.metadata !== undefined ? { metadata: input.metadata } : {}),
        ...(input.netsuite_invoice_billing_start ? { netsuite_invoice_billing_start: new Date(input.netsuite_invoice_billing_start).toISOString() } : {}),
        ...(input.netsuite_invoice_billing_end ? { netsuite_invoice_billing_end: new Date(input.netsuite_invoice_billing_end).toISOString() } : {}),
      },
      total: quantity.times(unitPrice),
      countsInTotal: true,
    };
  });
  const issuedAt = new Date(body.issued_at);
  const status = issuedAt.getTime() <= now.getTime() ? 'FINALIZED' : 'DRAFT';
  const id = randomUUID();
  const invoice = assembleInvoice({
    id,
    customerId: body.customer_id,
    contract,
    ctx: rating,
    type: 'SCHEDULED',
    status,
    creditType: currency,
    period: {
      startingAt: new Date(body.netsuite_invoice_header_start ?? body.issued_at),
      endingBefore: new Date(body.netsuite_invoice_header_end ?? body.issued_at),
    },
    issuedAt,
    lines,
  });
  insertInvoice(db, { id, customerId: body.customer_id, contractId: contract.id, sourceKey: null, status, issuedAt, invoice });
  ctx.emit('customer.changed', { customerId: body.customer_id, reason: 'invoice.scheduled' });
  return { data: [invoice] };
}

interface HistoricalInvoiceInput {
  customer_id: string;
  contract_id: string;
  credit_type_id: string;
  inclusive_start_date: string;
  exclusive_end_date: string;
  issue_date: string;
  breakdown_granularity?: 'HOUR' | 'DAY';
  usage_line_items: {
    product_id: string;
    inclusive_start_date: string;
    exclusive_end_date: string;
    quantity?: number;
    pricing_group_values?: Record<string, string>;
    presentation_group_values?: Record<string, string>;
    subtotals_with_quantity?: { inclusive_start_date: string; exclusive_end_date: string; quantity: number }[];
  }[];
  billable_status?: 'billable' | 'unbillable';
  custom_fields?: Record<string, string>;
}

type Prioritization = 'LOWEST_MULTIPLIER' | 'EXPLICIT';

function prioritizationOf(db: Db, contract: StoredContract): Prioritization {
  try {
    return contractSettings(db, contract.id).multiplier_override_prioritization;
  } catch {
    // contracts made before settings existed use the default
    return 'LOWEST_MULTIPLIER';
  }
}

function contractRateAt(
  db: Db,
  contract: StoredContract,
  prioritization: Prioritization,
  productId: string,
  at: Date,
  pricingGroupValues: Record<string, string> | undefined,
): Rate | undefined {
  const [entry] = contractRateSchedule(db, contract, prioritization, {
    at,
    selectors: [{ product_id: productId, ...(pricingGroupValues ? { pricing_group_values: pricingGroupValues } : {}) }],
  });
  return entry ? ((entry.override_rate ?? entry.list_rate) as Rate) : undefined;
}

/**
 * Historical usage invoices: each given quantity priced at the contract's rate in force at the line's start,
 * commits and credits drawn as for any usage invoice, stored FINALIZED for the contract's period starting at
 * `inclusive_start_date` (so it is never billed again). With `preview`, the same invoices are returned and
 * nothing is stored.
 */
function createHistoricalInvoices(ctx: RequestContext<{ invoices: HistoricalInvoiceInput[]; preview: boolean }>) {
  const { db, body, now } = ctx;
  const rating = new RatingContext(db);
  const created: WireInvoice[] = [];
  const books = new Map<string, ReturnType<typeof balanceBookOf>>();
  const keys = new Set<string>();
  body.invoices.forEach((input, i) => {
    const field = `invoices[${i}]`;
    requireCustomer(db, input.customer_id);
    const contract = requireContract(db, input.customer_id, input.contract_id);
    const creditType = getCreditType(db, input.credit_type_id);
    const period: Period = { startingAt: new Date(input.inclusive_start_date), endingBefore: new Date(input.exclusive_end_date) };
    if (period.endingBefore.getTime() <= period.startingAt.getTime())
      throw new BadRequestError(`${field}.exclusive_end_date must be after ${field}.inclusive_start_date`);
    const sourceKey = usageSourceKey(contract.id, period.startingAt);
    const existing = db.prepare('SELECT id FROM invoices WHERE source_key = ?').pluck().get(sourceKey) as string | undefined;
    if (existing || keys.has(sourceKey))
      throw new ConflictError(`${field}: contract ${contract.id} already has an invoice for the period starting ${period.startingAt.toISOString()}${existing ? ` (${existing})` : ''}`);
    keys.add(sourceKey);
    const id = randomUUID();
    const prioritization = prioritizationOf(db, contract);
    const lines: DraftLine[] = input.usage_line_items.flatMap((line, j) => {
      const lineField = `${field}.usage_line_items[${j}]`;
      const product = productCollection(db).find(line.product_id);
      if (!product) throw new NotFoundError(`${lineField}.product_id: product not found: ${line.product_id}`);
      const window: Period = { startingAt: new Date(line.inclusive_start_date), endingBefore: new Date(line.exclusive_end_date) };
      if (window.endingBefore.getTime() <= window.startingAt.getTime())
        throw new BadRequestError(`${lineField}.exclusive_end_date must be after ${lineField}.inclusive_start_date`);
      if (window.startingAt < period.startingAt || window.endingBefore > period.endingBefore)
        throw new BadRequestError(`${lineField} must lie within the invoice's inclusive_start_date and exclusive_end_date`);
      if ((line.quantity === undefined) === (line.subtotals_with_quantity === undefined))
        throw new BadRequestError(`${lineField}: give either quantity or subtotals_with_quantity`);
      const quantity =
        line.quantity !== undefined ? Decimal.from(line.quantity) : Decimal.sum((line.subtotals_with_quantity ?? []).map((s) => s.quantity));
      const rate = contractRateAt(db, contract, prioritization, product.id, window.startingAt, line.pricing_group_values);
      if (!rate) throw new BadRequestError(`${lineField}.product_id ${product.id} has no rate on contract ${contract.id} at ${window.startingAt.toISOString()}`);
      return quantityLines(rating, product, rate, quantity, window, {
        ...(line.pricing_group_values ? { pricing: line.pricing_group_values } : {}),
        ...(line.presentation_group_values ? { presentation: line.presentation_group_values } : {}),
      });
    });
    let book = books.get(input.customer_id);
    if (!book) books.set(input.customer_id, (book = balanceBookOf(db, input.customer_id, now)));
    const applications = book.draw(drawableCharges(lines, contract.id, id).map(({ charge }) => charge));
    const deductions = invoiceDeductions(applications, id, contract.id, period.startingAt);
    for (const { balanceId, deduction } of deductions) book.record(balanceId, deduction);
    const applied = appliedLines(book, applications, period);
    const invoice = assembleInvoice({
      id,
      customerId: input.customer_id,
      contract,
      ctx: rating,
      type: 'USAGE',
      status: 'FINALIZED',
      creditType: { id: creditType.id, name: creditType.name },
      period,
      issuedAt: new Date(input.issue_date),
      lines: [...lines, ...applied],
      extra: {
        billable_status: input.billable_status ?? 'billable',
        ...(input.custom_fields ? { custom_fields: input.custom_fields } : {}),
      },
    });
    if (!body.preview) {
      insertInvoice(
        db,
        { id, customerId: input.customer_id, contractId: contract.id, sourceKey, status: 'FINALIZED', issuedAt: new Date(input.issue_date), invoice },
        deductionRows(deductions),
      );
      setCustomFields(db, 'invoice', id, input.custom_fields);
      ctx.emit('customer.changed', { customerId: input.customer_id, reason: 'invoice.historical' });
    }
    created.push(invoice);
  });
  return { data: created };
}

interface CostsQuery {
  starting_on: string;
  ending_before: string;
  limit?: number;
  next_page?: string;
}

/**
 * Daily costs: each UTC day of the range re-rated from usage — the usage lines of the customer's contracts and
 * the usage charges of its plans — summed by pricing unit, with one breakdown entry per line item name.
 */
function customerCosts(ctx: RequestContext<unknown, CostsQuery, { customer_id: string }>) {
  const { db, query, params } = ctx;
  const start = new Date(query.starting_on);
  const end = new Date(query.ending_before);
  if (end.getTime() <= start.getTime()) throw new BadRequestError('ending_before must be after starting_on');
  const billing = billForRead(ctx, params.customer_id);
  const page = pageByOffset(usageWindows(start, end, 'DAY'), query.next_page, query.limit ?? DEFAULT_PAGE_LIMIT);
  const rating = new RatingContext(db);
  const contracts = new Map(contractCollection(db).all(params.customer_id).map((c) => [c.id, c]));
  const usageInvoices = billing.invoices.filter((b) => b.invoice.type === 'USAGE' && b.invoice.status !== 'VOID');
  const data = page.data.map((day) => {
    const costs = new Map<string, { name: string; cost: Decimal; lines: Map<string, Decimal> }>();
    for (const billed of usageInvoices) {
      const contract = billed.invoice.contract_id ? contracts.get(billed.invoice.contract_id) : undefined;
      const clipStart = Math.max(Date.parse(billed.invoice.start_timestamp ?? ''), day.startingOn.getTime());
      const clipEnd = Math.min(Date.parse(billed.invoice.end_timestamp ?? ''), day.endingBefore.getTime());
      if (!contract || clipEnd <= clipStart) continue;
      for (const line of usageLines(rating, contract, { startingAt: new Date(clipStart), endingBefore: new Date(clipEnd) })) {
        const entry = costs.get(line.item.credit_type.id) ?? { name: line.item.credit_type.name, cost: Decimal.ZERO, lines: new Map() };
        entry.cost = entry.cost.plus(line.total);
        entry.lines.set(line.item.name, (entry.lines.get(line.item.name) ?? Decimal.ZERO).plus(line.total));
        costs.set(line.item.credit_type.id, entry);
      }
    }
    for (const line of planUsageCharges(rating, params.customer_id, { startingAt: day.startingOn, endingBefore: day.endingBefore })) {
      const entry = costs.get(line.item.credit_type.id) ?? { name: line.item.credit_type.name, cost: Decimal.ZERO, lines: new Map() };
      entry.cost = entry.cost.plus(line.total);
      entry.lines.set(line.item.name, (entry.lines.get(line.item.name) ?? Decimal.ZERO).plus(line.total));
      costs.set(line.item.credit_type.id, entry);
    }
    return {
      start_timestamp: day.startingOn.toISOString(),
      end_timestamp: day.endingBefore.toISOString(),
      credit_types: Object.fromEntries(
        [...costs].map(([id, entry]) => [
          id,
          { name: entry.name, cost: entry.cost.toNumber(), line_item_breakdown: [...entry.lines].map(([name, cost]) => ({ name, cost: cost.toNumber() })) },
        ]),
      ),
    };
  });
  return { data, next_page: page.next_page };
}

interface PreviewBody {
  events: { event_type: string; timestamp?: string; properties?: Record<string, unknown>; transaction_id?: string }[];
  mode?: 'replace' | 'merge';
  skip_zero_qty_line_items?: boolean;
}

const ROLLBACK = Symbol('preview rollback');

/**
 * The customer's draft usage invoices as they would be with the given events — alone (`replace`, the default) or
 * added to the stored usage (`merge`). The events are stored and billed inside a savepoint that is rolled back,
 * so nothing of the preview remains.
 */
function previewEvents(ctx: RequestContext<PreviewBody, unknown, { customer_id: string }>) {
  const { db, body, now, params } = ctx;
  requireCustomer(db, params.customer_id);
  const seen = new Set<string>();
  const events = body.events.map((event, i) => {
    if (event.transaction_id !== undefined) {
      if (seen.has(event.transaction_id)) throw new BadRequestError(`events[${i}].transaction_id ${event.transaction_id} is used more than once`);
      seen.add(event.transaction_id);
    }
    const timestampMs = event.timestamp === undefined ? now.getTime() : Date.parse(event.timestamp);
    if (Number.isNaN(timestampMs)) throw new BadRequestError(`events[${i}].timestamp must be an RFC 3339 timestamp`);
    return {
      transaction_id: event.transaction_id ?? `preview-${randomUUID()}`,
      customer_id: params.customer_id,
      event_type: event.event_type,
      timestampMs,
      properties: event.properties ?? {},
    };
  });
  let drafts: WireInvoice[] = [];
  try {
    db.transaction(() => {
      if ((body.mode ?? 'replace') === 'replace') {
        const references = customerReferences(db, params.customer_id);
        db.prepare(`DELETE FROM usage_events WHERE customer_ref IN (${references.map(() => '?').join(', ')})`).run(...references);
      }
      recordUsageEvents(db, events, now);
      const billing = billCustomer(db, params.customer_id, now, { persist: false });
      drafts = billing.invoices
        .filter((b) => b.invoice.status === 'DRAFT' && b.invoice.type === 'USAGE')
        .map((b) => withoutZeroQuantityLines(b.invoice, body.skip_zero_qty_line_items));
      throw ROLLBACK;
    })();
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return { data: drafts };
}

/** `plan_one_time_charges`: charges added to plan invoices with `addCharge`. */
const oneTimeChargeSchema: StoreSchema = {
  name: 'plan_one_time_charges',
  sql: `
  CREATE TABLE IF NOT EXISTS plan_one_time_charges (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL,
    customer_plan_id TEXT NOT NULL,
    charge_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    description TEXT NOT NULL,
    price TEXT NOT NULL,
    quantity TEXT NOT NULL,
    invoice_start_ms INTEGER NOT NULL
  );
`,
};

export const invoices: Domain = {
  name: 'invoices',
  schemas: [invoiceSchema, oneTimeChargeSchema],
  routes: [
    defineRoute({ operation: 'GET /v1/customers/{customer_id}/invoices', kind: 'read', handle: listInvoices }),
    defineRoute({ operation: 'GET /v1/customers/{customer_id}/invoices/breakdowns', kind: 'read', handle: listBreakdowns }),
    defineRoute<unknown, { skip_zero_qty_line_items?: boolean }, { customer_id: string; invoice_id: string }>({
      operation: 'GET /v1/customers/{customer_id}/invoices/{invoice_id}',
      kind: 'read',
      handle: (ctx) => {
        const billed = findInvoice(billForRead(ctx, ctx.params.customer_id), ctx.params.invoice_id);
        return { data: withoutZeroQuantityLines(billed.invoice, ctx.query.skip_zero_qty_line_items) };
      },
    }),
    defineRoute({
      operation: 'POST /v1/customers/{customer_id}/addCharge',
      kind: 'write',
      audit: { resourceType: 'invoice', action: 'addCharge', resourceId: (ctx) => ctx.body.customer_plan_id },
      handle: addCharge,
    }),
    defineRoute({ operation: 'POST /v1/invoices/regenerate', kind: 'write', audit: { resourceType: 'invoice', action: 'regenerate', resourceId: (_ctx, result) => result?.data?.id }, handle: regenerateInvoice }),
    defineRoute({ operation: 'POST /v1/invoices/void', kind: 'write', audit: { resourceType: 'invoice', action: 'void' }, handle: voidInvoice }),
    defineRoute({
      operation: 'POST /v1/contracts/scheduleProServicesInvoice',
      kind: 'write',
      audit: { resourceType: 'invoice', action: 'scheduleProServicesInvoice', resourceId: (_ctx, result) => result?.data?.[0]?.id },
      handle: scheduleProServicesInvoice,
    }),
    defineRoute({
      operation: 'POST /v1/contracts/createHistoricalInvoices',
      kind: 'write',
      audit: { resourceType: 'invoice', action: 'createHistoricalInvoices', resourceId: (_ctx, result) => result?.data?.[0]?.id },
      handle: createHistoricalInvoices,
    }),
    defineRoute({ operation: 'GET /v1/customers/{customer_id}/costs', kind: 'read', handle: customerCosts }),
    defineRoute({ operation: 'POST /v1/customers/{customer_id}/previewEvents', kind: 'read', handle: previewEvents }),
  ],
};

