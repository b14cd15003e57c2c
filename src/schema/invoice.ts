import type {
  Invoice as InvoiceWire,
  InvoiceListBreakdownsResponse,
} from '@metronome/sdk/resources/v1/customers/invoices';
import type { ContractCreateHistoricalInvoicesParams } from '@metronome/sdk/resources/v1/contracts/contracts';
import type { ArgBuilder } from '@pothos/core';
import { loadInvoices } from '../loaders/invoices.js';
import { builder, type GatewaySchemaTypes } from './builder.js';
import type { GatewayContext } from './context.js';
import { Contract } from './contract.js';
import { CreditGrant } from './credit-grant.js';
import { CreditType } from './credit-type.js';
import { CUSTOM_FIELDS_DESCRIPTION as CUSTOM_FIELDS, customFieldsField } from './custom-fields.js';
import { BillingProviderType, Customer } from './customer.js';
import { InvoiceLineItem, InvoiceLineItemOrigin, lineItemsOf } from './invoice-line-item.js';
import { idempotencyKeyArg } from './mutation.js';
import { compositeId, loadByLocalId, splitCompositeId } from './node.js';
import { connectionType, pagingArgs, resolveCursorConnection, type PagingArgs } from './pagination.js';
import { primeWithPage } from './prime.js';
import { Plan } from './plan.js';

export type InvoiceShape = InvoiceWire;

/**
 * Local id `<customer id>:<invoice id>`: Metronome reads an invoice only under its customer. Loaded with one
 * `GET /v1/customers/{customer_id}/invoices/{invoice_id}` per distinct invoice; invoices read through a list are
 * primed, so links back to them cost nothing more.
 */
export const Invoice = builder.loadableNodeRef('Invoice', {
  load: (ids: string[], { api }) =>
    loadByLocalId(
      ids,
      (id) => {
        const parts = splitCompositeId(id, 2);
        return parts ? { customerId: parts[0]!, invoiceId: parts[1]! } : null;
      },
      'Not a valid invoice id',
      (keys) => loadInvoices(api, keys),
    ),
  id: { resolve: (invoice: InvoiceShape) => compositeId(invoice.customer_id, invoice.id) },
});

const invoiceKey = (customerId: string, invoiceId: string) => compositeId(customerId, invoiceId);

const ExternalInvoiceStatus = builder.enumType('ExternalInvoiceStatus', {
  description: 'The status of an invoice in the billing provider it was sent to.',
  values: [
    'DRAFT',
    'FINALIZED',
    'PAID',
    'PARTIALLY_PAID',
    'UNCOLLECTIBLE',
    'VOID',
    'DELETED',
    'PAYMENT_FAILED',
    'INVALID_REQUEST_ERROR',
    'SKIPPED',
    'SENT',
    'QUEUED',
  ] as const,
});

const ExternalInvoiceTax = builder.objectRef<InvoiceWire.ExternalInvoice.Tax>('ExternalInvoiceTax').implement({
  description: 'Tax details for the invoice, if available from the billing provider.',
  fields: (t) => ({
    totalTaxAmount: t.float({ nullable: true, description: 'The total tax amount applied to the invoice.', resolve: (tax) => tax.total_tax_amount ?? null }),
    totalTaxableAmount: t.float({ nullable: true, description: 'The total taxable amount of the invoice.', resolve: (tax) => tax.total_taxable_amount ?? null }),
    transactionId: t.string({ nullable: true, description: 'The transaction ID associated with the tax calculation.', resolve: (tax) => tax.transaction_id ?? null }),
  }),
});

const ExternalInvoice = builder.objectRef<InvoiceWire.ExternalInvoice>('ExternalInvoice').implement({
  description: 'The invoice as sent to a billing provider (Stripe, NetSuite, a marketplace, …): its id and status there.',
  fields: (t) => ({
    billingProviderType: t.field({ type: BillingProviderType, description: 'The billing provider the invoice was sent to.', resolve: (e) => e.billing_provider_type }),
    invoiceId: t.string({ nullable: true, description: 'The ID of the invoice in the billing provider.', resolve: (e) => e.invoice_id ?? null }),
    issuedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the billing provider issued the invoice.', resolve: (e) => e.issued_at_timestamp ?? null }),
    externalStatus: t.field({ type: ExternalInvoiceStatus, nullable: true, description: 'The status of the invoice in the billing provider.', resolve: (e) => e.external_status ?? null }),
    pdfUrl: t.string({ nullable: true, description: 'A URL to the PDF of the invoice, if available from the billing provider.', resolve: (e) => e.pdf_url ?? null }),
    tax: t.field({ type: ExternalInvoiceTax, nullable: true, description: 'Tax details for the invoice, if available from the billing provider.', resolve: (e) => e.tax ?? null }),
    invoicedTotal: t.float({ nullable: true, description: 'The total amount invoiced, if available from the billing provider.', resolve: (e) => e.invoiced_total ?? null }),
    invoicedSubTotal: t.float({ nullable: true, description: 'The subtotal amount invoiced, if available from the billing provider.', resolve: (e) => e.invoiced_sub_total ?? null }),
    billingProviderError: t.string({ nullable: true, description: 'Error message from the billing provider, if available.', resolve: (e) => e.billing_provider_error ?? null }),
    externalPaymentId: t.string({ nullable: true, description: 'The ID of the payment in the external system, if available.', resolve: (e) => e.external_payment_id ?? null }),
  }),
});

const InvoiceAdjustment = builder.objectRef<InvoiceWire.InvoiceAdjustment>('InvoiceAdjustment').implement({
  description: 'An adjustment to an invoice’s total (plans invoices), such as a monthly minimum or a credit grant drawn down.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name of the adjustment, e.g. `Monthly minimum ($1,000)`.' }),
    total: t.exposeFloat('total', { description: 'The amount of the adjustment, in its pricing unit.' }),
    creditType: t.field({ type: CreditType, nullable: true, description: 'The pricing unit of the adjustment.', resolve: (a) => a.credit_type.id }),
    creditGrant: t.field({ type: CreditGrant, nullable: true, description: 'The credit grant drawn down, if any.', resolve: (a) => a.credit_grant_id ?? null }),
    creditGrantCustomFields: t.field({ type: 'JSON', description: `The credit grant’s custom fields. ${CUSTOM_FIELDS}`, resolve: (a) => a.credit_grant_custom_fields ?? {} }),
  }),
});

const RevenueSystemInvoice = builder.objectRef<InvoiceWire.RevenueSystemInvoice>('RevenueSystemInvoice').implement({
  description: 'The invoice as synced to a revenue system.',
  fields: (t) => ({
    revenueSystemProvider: t.exposeString('revenue_system_provider', { description: 'The revenue system.' }),
    revenueSystemExternalEntityType: t.exposeString('revenue_system_external_entity_type', { description: 'The kind of record the invoice is in the revenue system.' }),
    revenueSystemExternalEntityId: t.string({ nullable: true, description: 'The ID of the record in the revenue system.', resolve: (r) => r.revenue_system_external_entity_id ?? null }),
    syncStatus: t.exposeString('sync_status', { description: 'Whether the sync succeeded.' }),
    errorMessage: t.string({ nullable: true, description: 'The error message from the revenue system, if available.', resolve: (r) => r.error_message ?? null }),
  }),
});

const InvoicePayer = builder.objectRef<InvoiceWire.Payer>('InvoicePayer').implement({
  description: 'Required for account hierarchy usage invoices. The contract and customer that pay for this invoice.',
  fields: (t) => ({
    customer: t.field({ type: Customer, nullable: true, description: 'The customer that pays for the invoice.', resolve: (p) => p.customer_id }),
    contract: t.field({ type: Contract, nullable: true, description: 'The contract that pays for the invoice.', resolve: (p) => compositeId(p.customer_id, p.contract_id) }),
  }),
});

const CorrectionRecord = builder.objectRef<InvoiceWire.CorrectionRecord>('InvoiceCorrectionRecord').implement({
  description: 'What a correction invoice corrects, and why.',
  fields: (t) => ({
    reason: t.exposeString('reason', { description: 'Why the invoice was corrected.' }),
    memo: t.exposeString('memo', { description: 'The memo on the correction.' }),
    correctedInvoiceId: t.exposeString('corrected_invoice_id', { description: 'The ID of the invoice corrected.' }),
    correctedExternalInvoice: t.field({
      type: ExternalInvoice,
      nullable: true,
      description: 'The corrected invoice as sent to its billing provider.',
      resolve: (r) => r.corrected_external_invoice ?? null,
    }),
  }),
});

builder.objectFields(InvoiceLineItemOrigin, (t) => ({
  customer: t.field({ type: Customer, nullable: true, description: 'The original customer.', resolve: (o) => o.customer_id }),
  contract: t.field({ type: Contract, nullable: true, description: 'The original contract.', resolve: (o) => compositeId(o.customer_id, o.contract_id) }),
  invoice: t.field({ type: Invoice, nullable: true, description: 'The original invoice.', resolve: (o) => invoiceKey(o.customer_id, o.invoice_id) }),
}));

/**
 * What every invoice-shaped answer of Metronome shows. Three types implement it: a stored `Invoice` (a node), a
 * window of one (`InvoiceBreakdown`) and a dry run (`InvoicePreview`) — the latter two carry the invoice’s id but
 * other line items, so they are not the node (a client cache would otherwise mix them up).
 */
export const InvoiceContent = builder.interfaceRef<InvoiceWire>('InvoiceContent').implement({
  description:
    'An invoice’s content: status, type, period, totals, pricing unit, line items and adjustments, its customer and contract, and how it was sent to billing providers.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the invoice.' }),
    status: t.exposeString('status', { description: 'The status of the invoice: DRAFT, FINALIZED or VOID.' }),
    type: t.exposeString('type', { description: 'The type of the invoice, e.g. USAGE, SCHEDULED or USAGE_CONSOLIDATED.' }),
    startTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Beginning of the usage period this invoice covers (UTC)',
      resolve: (invoice) => invoice.start_timestamp ?? null,
    }),
    endTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'End of the usage period this invoice covers (UTC)',
      resolve: (invoice) => invoice.end_timestamp ?? null,
    }),
    issuedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the invoice was issued (UTC)', resolve: (invoice) => invoice.issued_at ?? null }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the invoice was created (UTC). This field is present for correction invoices only.',
      resolve: (invoice) => invoice.created_at ?? null,
    }),
    subtotal: t.float({ nullable: true, description: 'The sum of the line items before applied commits and credits.', resolve: (invoice) => invoice.subtotal ?? null }),
    total: t.exposeFloat('total', { description: 'The amount due, in the invoice’s pricing unit.' }),
    creditType: t.field({ type: CreditType, nullable: true, description: 'The pricing unit of the invoice.', resolve: (invoice) => invoice.credit_type.id }),
    netPaymentTermsDays: t.float({
      nullable: true,
      description: 'Days after the invoice is issued that payment is due.',
      resolve: (invoice) => invoice.net_payment_terms_days ?? null,
    }),
    customer: t.field({ type: Customer, nullable: true, description: 'The customer invoiced.', resolve: (invoice) => invoice.customer_id }),
    contract: t.field({
      type: Contract,
      nullable: true,
      description: 'The contract the invoice bills; null for plan invoices.',
      resolve: (invoice) => (invoice.contract_id ? compositeId(invoice.customer_id, invoice.contract_id) : null),
    }),
    amendmentId: t.string({ nullable: true, description: 'The contract amendment the invoice bills, if any.', resolve: (invoice) => invoice.amendment_id ?? null }),
    plan: t.field({
      type: Plan,
      nullable: true,
      description: 'The plan the invoice bills (plans invoices); null for contract invoices.',
      resolve: (invoice) => invoice.plan_id ?? null,
    }),
    planName: t.string({ nullable: true, description: 'The name of the plan the invoice bills (plans invoices).', resolve: (invoice) => invoice.plan_name ?? null }),
    lineItems: t.field({ type: [InvoiceLineItem], description: 'The lines of the invoice.', resolve: (invoice) => lineItemsOf(invoice) }),
    adjustments: t.field({
      type: [InvoiceAdjustment],
      description: 'Adjustments to the invoice’s total (plans invoices); empty when there are none.',
      resolve: (invoice) => invoice.invoice_adjustments ?? [],
    }),
    externalInvoice: t.field({
      type: ExternalInvoice,
      nullable: true,
      description: 'The invoice as sent to a billing provider; null when it was not sent to one.',
      resolve: (invoice) => invoice.external_invoice ?? null,
    }),
    revenueSystemInvoices: t.field({
      type: [RevenueSystemInvoice],
      description: 'The invoice as synced to revenue systems; empty when it was not synced.',
      resolve: (invoice) => invoice.revenue_system_invoices ?? [],
    }),
    billableStatus: t.string({
      nullable: true,
      description: '`billable` or `unbillable`. This field\'s availability is dependent on your client\'s configuration.',
      resolve: (invoice) => (typeof invoice.billable_status === 'string' ? invoice.billable_status : null),
    }),
    payer: t.field({
      type: InvoicePayer,
      nullable: true,
      description: 'Required for account hierarchy usage invoices. The contract and customer that pay for this invoice.',
      resolve: (invoice) => invoice.payer ?? null,
    }),
    constituentInvoices: t.field({
      type: [Invoice],
      nullable: { list: false, items: true },
      description: 'Required on invoices with type USAGE_CONSOLIDATED. List of constituent invoices that were consolidated to create this invoice.',
      resolve: (invoice) => (invoice.constituent_invoices ?? []).map((c) => invoiceKey(c.customer_id, c.invoice_id)),
    }),
    regeneratedFrom: t.field({
      type: Invoice,
      nullable: true,
      description: 'The voided invoice this one was regenerated from; null when it was not regenerated.',
      resolve: (invoice) => (invoice.regenerated_from_invoice_id ? invoiceKey(invoice.customer_id, invoice.regenerated_from_invoice_id) : null),
    }),
    correctionRecord: t.field({
      type: CorrectionRecord,
      nullable: true,
      description: 'For correction invoices: the invoice corrected and why.',
      resolve: (invoice) => invoice.correction_record ?? null,
    }),
    resellerRoyalty: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Only present for contract invoices with reseller royalties: `reseller_type`, `fraction`, `netsuite_reseller_id` and the AWS or GCP options, as Metronome sends them.',
      resolve: (invoice) => invoice.reseller_royalty ?? null,
    }),
    customFields: customFieldsField(t),
    customerCustomFields: t.field({ type: 'JSON', description: `The customer’s custom fields. ${CUSTOM_FIELDS}`, resolve: (i) => i.customer_custom_fields ?? {} }),
    contractCustomFields: t.field({ type: 'JSON', description: `The contract’s custom fields. ${CUSTOM_FIELDS}`, resolve: (i) => i.contract_custom_fields ?? {} }),
    planCustomFields: t.field({ type: 'JSON', description: `The plan’s custom fields. ${CUSTOM_FIELDS}`, resolve: (i) => i.plan_custom_fields ?? {} }),
    netsuiteSalesOrderId: t.string({
      nullable: true,
      description: 'This field\'s availability is dependent on your client\'s configuration.',
      resolve: (invoice) => invoice.netsuite_sales_order_id ?? null,
    }),
    salesforceOpportunityId: t.string({
      nullable: true,
      description: 'This field\'s availability is dependent on your client\'s configuration.',
      resolve: (invoice) => invoice.salesforce_opportunity_id ?? null,
    }),
  }),
});

Invoice.implement({
  description:
    'An invoice: how much a customer spent during a period, as Metronome generates it from pricing, packaging and usage (drafts update as usage arrives), and its line items, applied commits and credits.',
  interfaces: [InvoiceContent],
  fields: () => ({}),
});

const InvoiceBreakdown = builder.objectRef<InvoiceListBreakdownsResponse>('InvoiceBreakdown').implement({
  description:
    'An invoice’s content over one hour or day of its period (its usage line items for that window only): a point of a spend timeline.',
  interfaces: [InvoiceContent],
  fields: (t) => ({
    breakdownStartTimestamp: t.field({ type: 'DateTime', description: 'The start of the window (inclusive).', resolve: (b) => b.breakdown_start_timestamp }),
    breakdownEndTimestamp: t.field({ type: 'DateTime', description: 'The end of the window (exclusive).', resolve: (b) => b.breakdown_end_timestamp }),
    invoice: t.field({ type: Invoice, nullable: true, description: 'The whole invoice this is a window of.', resolve: (b) => invoiceKey(b.customer_id, b.id) }),
  }),
});

/** A draft computed for a dry run: the shape of an invoice, nothing stored. */
const InvoicePreview = builder.objectRef<InvoiceWire>('InvoicePreview').implement({
  description:
    'An invoice as Metronome computed it for a dry run (`previewEvents`, historical invoices in preview): nothing of it is stored, so it is not a node.',
  interfaces: [InvoiceContent],
  fields: () => ({}),
});

const INVOICES_MAX_PAGE = 100;
const InvoiceConnection = connectionType('Invoice', Invoice, 'A page of invoices.');
const InvoiceBreakdownConnection = connectionType('InvoiceBreakdown', InvoiceBreakdown, 'A page of invoice breakdowns.');

const InvoiceTypeFilter = builder.enumType('InvoiceTypeFilter', {
  description: 'An invoice type to filter by.',
  values: ['USAGE', 'USAGE_CONSOLIDATED', 'SCHEDULED'] as const,
});

const InvoiceSort = builder.enumType('InvoiceSort', {
  description: 'Invoice sort order by issued_at.',
  values: ['date_asc', 'date_desc'] as const,
});

const InvoiceBreakdownWindowSize = builder.enumType('InvoiceBreakdownWindowSize', {
  description: 'The granularity of invoice breakdowns.',
  values: ['HOUR', 'DAY'] as const,
});

interface InvoiceListArgs extends PagingArgs {
  status?: string | null;
  type?: 'USAGE' | 'USAGE_CONSOLIDATED' | 'SCHEDULED' | null;
  startingOn?: string | null;
  endingBefore?: string | null;
  creditTypeId?: string | null;
  sort?: 'date_asc' | 'date_desc' | null;
  skipZeroQtyLineItems?: boolean | null;
}

/**
 * A customer's invoices, paged over `GET /v1/customers/{customer_id}/invoices`. The same filters and page asked
 * twice in one operation are one upstream call (the operation's transport). Whole invoices read here prime the
 * Invoice loader, so links to them (`node`, `regeneratedFrom`, a breakdown's `invoice`) need no further read.
 */
async function resolveInvoiceConnection(context: GatewayContext, customerId: string, contractId: string | undefined, args: InvoiceListArgs) {
  const connection = await resolveCursorConnection(args, INVOICES_MAX_PAGE, ({ limit, nextPage }) =>
    context.api.invoices.list({
      customer_id: customerId,
      limit,
      next_page: nextPage,
      contract_id: contractId,
      status: args.status ?? undefined,
      type: args.type ?? undefined,
      starting_on: args.startingOn ?? undefined,
      ending_before: args.endingBefore ?? undefined,
      credit_type_id: args.creditTypeId ?? undefined,
      sort: args.sort ?? undefined,
      skip_zero_qty_line_items: args.skipZeroQtyLineItems ?? undefined,
    }),
  );
  return args.skipZeroQtyLineItems
    ? connection
    : primeWithPage(Invoice.getDataloader(context), connection, (node) => invoiceKey(node.customer_id, node.id));
}

const invoiceFilterArgs = (arg: ArgBuilder<GatewaySchemaTypes>) => ({
  ...pagingArgs(arg, INVOICES_MAX_PAGE),
  status: arg.string({ required: false, description: 'Invoice status, e.g. DRAFT, FINALIZED, or VOID' }),
  type: arg({ type: InvoiceTypeFilter, required: false, description: 'Filter invoices by type. Defaults to returning all invoice types.' }),
  startingOn: arg({
    type: 'DateTime',
    required: false,
    description: 'RFC 3339 timestamp (inclusive). Invoices will only be returned for billing periods that start at or after this time.',
  }),
  endingBefore: arg({
    type: 'DateTime',
    required: false,
    description: 'RFC 3339 timestamp (exclusive). Invoices will only be returned for billing periods that end before this time.',
  }),
  creditTypeId: arg.string({ required: false, description: 'Only return invoices for the specified credit type' }),
  sort: arg({ type: InvoiceSort, required: false, description: 'Invoice sort order by issued_at, e.g. date_asc or date_desc. Defaults to date_asc.' }),
  skipZeroQtyLineItems: arg.boolean({ required: false, description: 'If set, all zero quantity line items will be filtered out of the response' }),
});

builder.objectFields(Customer, (t) => ({
  invoices: t.field({
    type: InvoiceConnection,
    description:
      'The customer’s invoices (`GET /v1/customers/{customer_id}/invoices`): drafts, finalized and voided, filtered by status, type, billing period, pricing unit or contract.',
    args: {
      ...invoiceFilterArgs(t.arg),
      contractId: t.arg.string({ required: false, description: 'Only return invoices for the specified contract' }),
    },
    resolve: (customer, args, context) => resolveInvoiceConnection(context, customer.id, args.contractId ?? undefined, args),
  }),
  invoiceBreakdowns: t.field({
    type: InvoiceBreakdownConnection,
    description:
      'Granular time-series breakdowns of the customer’s invoices at hourly or daily intervals (`GET /v1/customers/{customer_id}/invoices/breakdowns`). Daily breakdowns return up to 35 days, hourly up to 24 hours per upstream page.',
    args: {
      ...pagingArgs(t.arg, INVOICES_MAX_PAGE),
      startingOn: t.arg({
        type: 'DateTime',
        required: true,
        description: 'RFC 3339 timestamp. Breakdowns will only be returned for time windows that start on or after this time.',
      }),
      endingBefore: t.arg({
        type: 'DateTime',
        required: true,
        description: 'RFC 3339 timestamp. Breakdowns will only be returned for time windows that end on or before this time.',
      }),
      windowSize: t.arg({
        type: InvoiceBreakdownWindowSize,
        required: false,
        description: 'The granularity of the breakdowns to return. Defaults to day.',
      }),
      status: t.arg.string({ required: false, description: 'Invoice status, e.g. DRAFT or FINALIZED' }),
      creditTypeId: t.arg.string({ required: false, description: 'Only return invoices for the specified credit type' }),
      sort: t.arg({ type: InvoiceSort, required: false, description: 'Invoice sort order by issued_at, e.g. date_asc or date_desc. Defaults to date_asc.' }),
      skipZeroQtyLineItems: t.arg.boolean({ required: false, description: 'If set, all zero quantity line items will be filtered out of the response' }),
    },
    resolve: (customer, args, { api }) =>
      resolveCursorConnection(args, INVOICES_MAX_PAGE, ({ limit, nextPage }) =>
        api.invoices.listBreakdowns({
          customer_id: customer.id,
          limit,
          next_page: nextPage,
          starting_on: args.startingOn,
          ending_before: args.endingBefore,
          window_size: args.windowSize ?? undefined,
          status: args.status ?? undefined,
          credit_type_id: args.creditTypeId ?? undefined,
          sort: args.sort ?? undefined,
          skip_zero_qty_line_items: args.skipZeroQtyLineItems ?? undefined,
        }),
      ),
  }),
}));

builder.objectField(Contract, 'invoices', (t) =>
  t.field({
    type: InvoiceConnection,
    description: 'The contract’s invoices (`GET /v1/customers/{customer_id}/invoices` with `contract_id`).',
    args: invoiceFilterArgs(t.arg),
    resolve: (contract, args, context) => resolveInvoiceConnection(context, contract.customer_id, contract.id, args),
  }),
);

const PreviewEventsMode = builder.enumType('PreviewEventsMode', {
  description: 'How previewed events are combined with the customer’s stored usage.',
  values: {
    replace: { description: 'Calculate the preview as if these are the only events for the customer, ignoring all historical usage.' },
    merge: { description: 'Combine these events with the customer\'s existing usage.' },
  } as const,
});

const PreviewEventInput = builder.inputType('PreviewEventInput', {
  description: 'A usage event to include in a preview.',
  fields: (t) => ({
    eventType: t.string({ required: true, description: 'The event type.' }),
    timestamp: t.field({ type: 'DateTime', required: false, description: 'RFC 3339 formatted. If not provided, the current time will be used.' }),
    properties: t.field({ type: 'JSON', required: false, description: 'The event’s properties, as a JSON object.' }),
    transactionId: t.string({
      required: false,
      description:
        'Optional unique identifier for event deduplication. When provided, preview events are automatically deduplicated against historical events from the past 34 days. Duplicate transaction IDs within the same request will return an error.',
    }),
  }),
});

const HistoricalQuantitySubtotalInput = builder.inputType('HistoricalQuantitySubtotalInput', {
  description: 'The quantity of one sub-period of a historical usage line item.',
  fields: (t) => ({
    inclusiveStartDate: t.field({ type: 'DateTime', required: true, description: 'The start of the sub-period (inclusive).' }),
    exclusiveEndDate: t.field({ type: 'DateTime', required: true, description: 'The end of the sub-period (exclusive).' }),
    quantity: t.float({ required: true, description: 'The quantity used in the sub-period.' }),
  }),
});

const HistoricalUsageLineItemInput = builder.inputType('HistoricalUsageLineItemInput', {
  description: 'A usage line item of a historical invoice: a product’s quantity over a window, priced at the contract’s rate.',
  fields: (t) => ({
    productId: t.string({ required: true, description: 'The usage product.' }),
    inclusiveStartDate: t.field({ type: 'DateTime', required: true, description: 'The start of the line item (inclusive).' }),
    exclusiveEndDate: t.field({ type: 'DateTime', required: true, description: 'The end of the line item (exclusive).' }),
    quantity: t.float({ required: false, description: 'The quantity used; give either this or `subtotalsWithQuantity`.' }),
    subtotalsWithQuantity: t.field({
      type: [HistoricalQuantitySubtotalInput],
      required: false,
      description: 'The quantity used per sub-period; give either this or `quantity`.',
    }),
    pricingGroupValues: t.field({ type: 'JSON', required: false, description: 'The pricing group values of the line item, as a JSON object of strings.' }),
    presentationGroupValues: t.field({ type: 'JSON', required: false, description: 'The presentation group values of the line item, as a JSON object of strings.' }),
  }),
});

const BreakdownGranularity = builder.enumType('BreakdownGranularity', {
  description: 'The granularity of a historical invoice’s breakdowns.',
  values: ['HOUR', 'DAY'] as const,
});

const BillableStatus = builder.enumType('BillableStatus', {
  description: 'Whether an invoice is billed.',
  values: ['billable', 'unbillable'] as const,
});

const HistoricalInvoiceInput = builder.inputType('HistoricalInvoiceInput', {
  description: 'A historical usage invoice for a past billing period of a contract.',
  fields: (t) => ({
    customerId: t.string({ required: true, description: 'The Metronome ID of the customer.' }),
    contractId: t.string({ required: true, description: 'The contract the invoice bills.' }),
    creditTypeId: t.string({ required: true, description: 'The pricing unit of the invoice.' }),
    inclusiveStartDate: t.field({ type: 'DateTime', required: true, description: 'The start of the billing period (inclusive).' }),
    exclusiveEndDate: t.field({ type: 'DateTime', required: true, description: 'The end of the billing period (exclusive).' }),
    issueDate: t.field({ type: 'DateTime', required: true, description: 'When the invoice is issued.' }),
    usageLineItems: t.field({ type: [HistoricalUsageLineItemInput], required: true, description: 'The usage line items.' }),
    breakdownGranularity: t.field({ type: BreakdownGranularity, required: false, description: 'The granularity of the invoice’s breakdowns.' }),
    billableStatus: t.field({
      type: BillableStatus,
      required: false,
      description: 'This field\'s availability is dependent on your client\'s configuration.',
    }),
    customFields: t.field({ type: 'JSON', required: false, description: CUSTOM_FIELDS }),
  }),
});

type HistoricalInvoiceArgs = (typeof HistoricalInvoiceInput)['$inferInput'];

function historicalInvoicesBody(invoices: HistoricalInvoiceArgs[]): ContractCreateHistoricalInvoicesParams['invoices'] {
  return invoices.map((invoice) => ({
    customer_id: invoice.customerId,
    contract_id: invoice.contractId,
    credit_type_id: invoice.creditTypeId,
    inclusive_start_date: invoice.inclusiveStartDate,
    exclusive_end_date: invoice.exclusiveEndDate,
    issue_date: invoice.issueDate,
    breakdown_granularity: invoice.breakdownGranularity ?? undefined,
    billable_status: invoice.billableStatus ?? undefined,
    custom_fields: (invoice.customFields as Record<string, string> | null) ?? undefined,
    usage_line_items: invoice.usageLineItems.map((line) => ({
      product_id: line.productId,
      inclusive_start_date: line.inclusiveStartDate,
      exclusive_end_date: line.exclusiveEndDate,
      quantity: line.quantity ?? undefined,
      pricing_group_values: (line.pricingGroupValues as Record<string, string> | null) ?? undefined,
      presentation_group_values: (line.presentationGroupValues as Record<string, string> | null) ?? undefined,
      subtotals_with_quantity: line.subtotalsWithQuantity?.map((s) => ({
        inclusive_start_date: s.inclusiveStartDate,
        exclusive_end_date: s.exclusiveEndDate,
        quantity: s.quantity,
      })),
    })),
  }));
}

builder.queryFields((t) => ({
  invoice: t.field({
    type: Invoice,
    nullable: true,
    description:
      'An invoice by its customer and ID, with its line items, applied credits and totals, draft or finalized (`GET /v1/customers/{customer_id}/invoices/{invoice_id}`); null (with a NOT_FOUND error) when there is none.',
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer.' }),
      invoiceId: t.arg.string({ required: true, description: 'The ID of the invoice.' }),
    },
    resolve: (_root, args) => invoiceKey(args.customerId, args.invoiceId),
  }),
  previewEvents: t.field({
    type: [InvoicePreview],
    description:
      'Preview how a set of events will affect a customer\'s invoices: the draft invoices Metronome generates with the customer\'s current contract configuration and these events (`POST /v1/customers/{customer_id}/previewEvents`). Nothing is stored.',
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer.' }),
      events: t.arg({
        type: [PreviewEventInput],
        required: true,
        description: 'Array of usage events to include in the preview calculation (1 to 100). Must contain at least one event in `merge` mode.',
      }),
      mode: t.arg({
        type: PreviewEventsMode,
        required: false,
        description: 'Controls how the provided events are combined with existing usage data. Defaults to `replace`.',
      }),
      skipZeroQtyLineItems: t.arg.boolean({ required: false, description: 'When `true`, line items with zero quantity are excluded from the response.' }),
    },
    resolve: async (_root, args, { api }) =>
      (
        await api.customers.previewEvents({
          customer_id: args.customerId,
          events: args.events.map((event) => ({
            event_type: event.eventType,
            timestamp: event.timestamp ?? undefined,
            properties: (event.properties as Record<string, unknown> | null) ?? undefined,
            transaction_id: event.transactionId ?? undefined,
          })),
          mode: args.mode ?? undefined,
          skip_zero_qty_line_items: args.skipZeroQtyLineItems ?? undefined,
        })
      ).data,
  }),
  previewHistoricalInvoices: t.field({
    type: [InvoicePreview],
    description:
      'The historical usage invoices `createHistoricalInvoices` would create, computed and validated without storing anything (`POST /v1/contracts/createHistoricalInvoices` with `preview: true`).',
    args: { invoices: t.arg({ type: [HistoricalInvoiceInput], required: true, description: 'The invoices to preview.' }) },
    resolve: async (_root, args, { api }) =>
      (await api.contracts.createHistoricalInvoices({ invoices: historicalInvoicesBody(args.invoices), preview: true })).data,
  }),
}));

const AddCustomerChargeInput = builder.inputType('AddCustomerChargeInput', {
  description: 'A one time charge to add to a plan invoice (`POST /v1/customers/{customer_id}/addCharge`).',
  fields: (t) => ({
    chargeId: t.string({
      required: true,
      description:
        'The Metronome ID of the charge to add to the invoice. Note that the charge must be on a product that is not on the current plan, and the product must have only fixed charges.',
    }),
    customerPlanId: t.string({ required: true, description: 'The Metronome ID of the customer plan to add the charge to.' }),
    description: t.string({ required: true, description: 'The description of the charge.' }),
    invoiceStartTimestamp: t.field({ type: 'DateTime', required: true, description: 'The start_timestamp of the invoice to add the charge to.' }),
    price: t.float({ required: true, description: 'The price of the charge. This price will match the currency on the invoice, e.g. USD cents.' }),
    quantity: t.float({ required: true, description: 'The quantity charged.' }),
  }),
});

const ProServicesLineItemInput = builder.inputType('ProServicesInvoiceLineItemInput', {
  description: 'Describes the line item for a professional service charge on an invoice. Each line requires an amount or both unit_price and quantity.',
  fields: (t) => ({
    professionalServiceId: t.string({ required: true, description: 'The professional service term of the contract charged.' }),
    amendmentId: t.string({ required: false, description: 'If the professional_service_id was added on an amendment, this is required.' }),
    amount: t.float({ required: false, description: 'Amount for the term on the new invoice.' }),
    quantity: t.float({ required: false, description: 'Quantity for the charge. Will be multiplied by unit_price to determine the amount.' }),
    unitPrice: t.float({
      required: false,
      description: 'If specified, this overrides the unit price on the pro service term. Must also provide quantity (but not amount) if providing unit_price.',
    }),
    metadata: t.string({ required: false, description: 'For client use.' }),
    netsuiteInvoiceBillingStart: t.field({ type: 'DateTime', required: false, description: 'The start date for the billing period on the invoice.' }),
    netsuiteInvoiceBillingEnd: t.field({ type: 'DateTime', required: false, description: 'The end date for the billing period on the invoice.' }),
  }),
});

const ScheduleProServicesInvoiceInput = builder.inputType('ScheduleProServicesInvoiceInput', {
  description: 'A scheduled invoice for Professional Services terms on a contract.',
  fields: (t) => ({
    customerId: t.string({ required: true, description: 'The Metronome ID of the customer.' }),
    contractId: t.string({ required: true, description: 'The contract with the professional services terms.' }),
    issuedAt: t.field({ type: 'DateTime', required: true, description: 'The date the invoice is issued' }),
    lineItems: t.field({ type: [ProServicesLineItemInput], required: true, description: 'Each line requires an amount or both unit_price and quantity.' }),
    netsuiteInvoiceHeaderStart: t.field({ type: 'DateTime', required: false, description: 'The start date of the invoice header in Netsuite' }),
    netsuiteInvoiceHeaderEnd: t.field({ type: 'DateTime', required: false, description: 'The end date of the invoice header in Netsuite' }),
  }),
});

/** Created invoices, read again through the loader so the answer shows them as Metronome now serves them. */
function rereadInvoices(context: GatewayContext, invoices: { id: string; customer_id: string }[]): string[] {
  const loader = Invoice.getDataloader(context);
  return invoices.map((invoice) => {
    const key = invoiceKey(invoice.customer_id, invoice.id);
    loader.clear(key);
    return key;
  });
}

builder.mutationFields((t) => ({
  addCustomerCharge: t.field({
    type: Customer,
    description:
      'Add a one time charge to the specified invoice (`POST /v1/customers/{customer_id}/addCharge`). This is a Plans (deprecated) endpoint. New clients should implement using Contracts. Metronome answers nothing, so this returns the customer.',
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer.' }),
      input: t.arg({ type: AddCustomerChargeInput, required: true, description: 'The charge to add.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, input, idempotencyKey }, context) => {
      await context.api.invoices.addCharge(
        {
          customer_id: customerId,
          charge_id: input.chargeId,
          customer_plan_id: input.customerPlanId,
          description: input.description,
          invoice_start_timestamp: input.invoiceStartTimestamp,
          price: input.price,
          quantity: input.quantity,
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      Customer.getDataloader(context).clear(customerId);
      return customerId;
    },
  }),
  voidInvoice: t.field({
    type: Invoice,
    description:
      'Permanently cancels an invoice by setting its status to voided, preventing collection and removing it from customer billing (`POST /v1/invoices/void`). Answers the voided invoice.',
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the invoice’s customer (to read the invoice back).' }),
      invoiceId: t.arg.string({ required: true, description: 'The invoice id to void' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, invoiceId, idempotencyKey }, context) => {
      await context.api.invoices.void({ id: invoiceId }, { idempotencyKey: idempotencyKey ?? undefined });
      return rereadInvoices(context, [{ id: invoiceId, customer_id: customerId }])[0]!;
    },
  }),
  regenerateInvoice: t.field({
    type: Invoice,
    description:
      'Regenerates a voided invoice and recalculates it based on up-to-date rates, available balances, and other fees regardless of the billing period (`POST /v1/invoices/regenerate`). Answers the new invoice, whose id is distinct from the voided one.',
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the invoice’s customer (to read the new invoice).' }),
      invoiceId: t.arg.string({ required: true, description: 'The invoice id to regenerate' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, invoiceId, idempotencyKey }, context) => {
      const { data } = await context.api.invoices.regenerate({ id: invoiceId }, { idempotencyKey: idempotencyKey ?? undefined });
      if (!data) throw new Error('Metronome answered regenerate without the new invoice id');
      return rereadInvoices(context, [{ id: data.id, customer_id: customerId }])[0]!;
    },
  }),
  scheduleProServicesInvoice: t.field({
    type: [Invoice],
    description:
      'Create a new scheduled invoice for Professional Services terms on a contract (`POST /v1/contracts/scheduleProServicesInvoice`). This endpoint\'s availability is dependent on your client\'s configuration.',
    args: {
      input: t.arg({ type: ScheduleProServicesInvoiceInput, required: true, description: 'The invoice to schedule.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      const { data } = await context.api.contracts.scheduleProServicesInvoice(
        {
          customer_id: input.customerId,
          contract_id: input.contractId,
          issued_at: input.issuedAt,
          netsuite_invoice_header_start: input.netsuiteInvoiceHeaderStart ?? undefined,
          netsuite_invoice_header_end: input.netsuiteInvoiceHeaderEnd ?? undefined,
          line_items: input.lineItems.map((line) => ({
            professional_service_id: line.professionalServiceId,
            amendment_id: line.amendmentId ?? undefined,
            amount: line.amount ?? undefined,
            quantity: line.quantity ?? undefined,
            unit_price: line.unitPrice ?? undefined,
            metadata: line.metadata ?? undefined,
            netsuite_invoice_billing_start: line.netsuiteInvoiceBillingStart ?? undefined,
            netsuite_invoice_billing_end: line.netsuiteInvoiceBillingEnd ?? undefined,
          })),
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      return rereadInvoices(context, data);
    },
  }),
  createHistoricalInvoices: t.field({
    type: [Invoice],
    description:
      'Create historical usage invoices for past billing periods on specific contracts, with custom usage line items, quantities, and date ranges (`POST /v1/contracts/createHistoricalInvoices`). Ideal for billing migrations or correcting past billing periods; `previewHistoricalInvoices` validates the same input without creating anything.',
    args: {
      invoices: t.arg({ type: [HistoricalInvoiceInput], required: true, description: 'The invoices to create.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { invoices, idempotencyKey }, context) => {
      const { data } = await context.api.contracts.createHistoricalInvoices(
        { invoices: historicalInvoicesBody(invoices), preview: false },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      return rereadInvoices(context, data);
    },
  }),
}));
