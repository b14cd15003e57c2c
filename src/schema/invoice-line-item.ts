import type { Invoice as InvoiceWire } from '@metronome/sdk/resources/v1/customers/invoices';
import { builder } from './builder.js';
import { Balance, Commit, Credit, type CommitShape, type CreditShape } from './commit.js';
import { CreditGrant } from './credit-grant.js';
import { CreditType } from './credit-type.js';
import { CUSTOM_FIELDS_DESCRIPTION as CUSTOM_FIELDS, customFieldsField } from './custom-fields.js';
import { compositeId } from './node.js';
import { Product } from './product.js';
import { RatePrice } from './rate.js';

/**
 * A line item as the invoice carries it, plus what its links need from the invoice: the customer (for commits
 * and credits) and whether it is a plan invoice (whose products are plans-era products, not contract pricing's).
 */
export type InvoiceLineItemShape = InvoiceWire.LineItem & { customer_id: string; on_plan_invoice: boolean };
type SubLineItemShape = InvoiceWire.LineItem.SubLineItem;

/** The line items of an invoice, each told the invoice's customer and kind. */
export function lineItemsOf(invoice: InvoiceWire): InvoiceLineItemShape[] {
  const onPlanInvoice = invoice.plan_id !== undefined && invoice.plan_id !== null;
  return invoice.line_items.map((item) => ({ ...item, customer_id: invoice.customer_id, on_plan_invoice: onPlanInvoice }));
}

const LineItemTier = builder.objectRef<InvoiceWire.LineItem.Tier>('InvoiceLineItemTier').implement({
  description: 'Populated if the line item has a tiered price.',
  fields: (t) => ({
    level: t.exposeFloat('level', { description: 'The tier the line item is priced in (1 for the first).' }),
    startingAt: t.exposeString('starting_at', { description: 'The quantity at which the tier starts.' }),
    size: t.string({ nullable: true, description: 'The size of the tier; null for the last, open-ended tier.', resolve: (tier) => tier.size ?? null }),
  }),
});

const SubLineItemTier = builder.objectRef<InvoiceWire.LineItem.SubLineItem.Tier>('InvoiceSubLineItemTier').implement({
  description: 'One tier of a tiered charge on a sub line item.',
  fields: (t) => ({
    price: t.exposeFloat('price', { description: 'The unit price in this tier.' }),
    quantity: t.exposeFloat('quantity', { description: 'The quantity charged in this tier.' }),
    startingAt: t.exposeFloat('starting_at', { description: 'at what metric amount this tier begins' }),
    subtotal: t.exposeFloat('subtotal', { description: 'The amount charged in this tier.' }),
  }),
});

const TierPeriod = builder.objectRef<InvoiceWire.LineItem.SubLineItem.TierPeriod>('InvoiceTierPeriod').implement({
  description: 'when the current tier started and ends (for tiered charges only)',
  fields: (t) => ({
    startingAt: t.field({ type: 'DateTime', description: 'When the current tier started.', resolve: (p) => p.starting_at }),
    endingBefore: t.field({ type: 'DateTime', nullable: true, description: 'When the current tier ends.', resolve: (p) => p.ending_before ?? null }),
  }),
});

const SubLineItem = builder.objectRef<SubLineItemShape>('InvoiceSubLineItem').implement({
  description: 'A charge within a line item (plans invoices): its quantity, price or tiers, and subtotal.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name of the charge.' }),
    quantity: t.exposeFloat('quantity', { description: 'The quantity charged.' }),
    subtotal: t.exposeFloat('subtotal', { description: 'The amount charged.' }),
    price: t.float({
      nullable: true,
      description: 'the unit price for this charge, present only if the charge is not tiered and the quantity is nonzero',
      resolve: (item) => item.price ?? null,
    }),
    chargeId: t.string({ nullable: true, description: 'The Metronome ID of the plan charge.', resolve: (item) => item.charge_id ?? null }),
    creditGrant: t.field({
      type: CreditGrant,
      nullable: true,
      description: 'The credit grant this charge concerns, if any.',
      resolve: (item) => item.credit_grant_id ?? null,
    }),
    tierPeriod: t.field({
      type: TierPeriod,
      nullable: true,
      description: 'when the current tier started and ends (for tiered charges only)',
      resolve: (item) => item.tier_period ?? null,
    }),
    tiers: t.field({ type: [SubLineItemTier], description: 'The tiers of a tiered charge; empty otherwise.', resolve: (item) => item.tiers ?? [] }),
    startDate: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The start date for the charge (for seats charges only).',
      resolve: (item) => item.start_date ?? null,
    }),
    endDate: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The end date for the charge (for seats charges only).',
      resolve: (item) => item.end_date ?? null,
    }),
    customFields: customFieldsField(t),
  }),
});

/** Its links to the original customer, contract and invoice are added by `invoice.ts`. */
export const InvoiceLineItemOrigin = builder.objectRef<InvoiceWire.LineItem.Origin>('InvoiceLineItemOrigin').implement({
  description:
    'Present on line items from invoices with type USAGE_CONSOLIDATED. Indicates the original customer, contract, invoice and line item from which this line item was copied.',
  fields: (t) => ({
    lineItemId: t.exposeString('line_item_id', { description: 'The ID of the original line item.' }),
  }),
});

export const InvoiceLineItem = builder.objectRef<InvoiceLineItemShape>('InvoiceLineItem').implement({
  description:
    'One line of an invoice: a usage, subscription or scheduled charge, a commit purchase, an applied commit or credit (negative), or a pricing unit conversion.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name shown on the invoice.' }),
    type: t.exposeString('type', {
      description:
        'The type of line item: `usage`, `subscription`, `scheduled`, `commit_purchase`, `postpaid_trueup` (what a postpaid commitment’s usage fell short of it, billed on its invoice date), `applied_commit_or_credit` (negative totals; a postpaid commit’s application is not included in the invoice’s total, as postpaid commits are paid in-arrears) or `cpu_conversion` (spend in a custom pricing unit converted to fiat currency with the rate card’s conversion rate).',
    }),
    quantity: t.float({ nullable: true, description: 'The quantity associated with the line item.', resolve: (item) => item.quantity ?? null }),
    unitPrice: t.float({ nullable: true, description: 'The unit price associated with the line item.', resolve: (item) => item.unit_price ?? null }),
    total: t.exposeFloat('total', { description: 'The amount of the line item, in its pricing unit.' }),
    listPrice: t.field({
      type: RatePrice,
      nullable: true,
      description: 'The list rate for the charge, when Metronome includes it (contract invoices, usage and subscription line items).',
      resolve: (item) => item.list_price ?? null,
    }),
    creditType: t.field({ type: CreditType, nullable: true, description: 'The pricing unit of the line item.', resolve: (item) => item.credit_type.id }),
    startingAt: t.field({ type: 'DateTime', nullable: true, description: 'The line item\'s start date (inclusive).', resolve: (item) => item.starting_at ?? null }),
    endingBefore: t.field({ type: 'DateTime', nullable: true, description: 'The line item\'s end date (exclusive).', resolve: (item) => item.ending_before ?? null }),
    product: t.field({
      type: Product,
      nullable: true,
      description:
        'The product associated with the line item; null on plan invoices, whose products are plans-era products that contract pricing does not serve (see `productId`).',
      resolve: (item) => (item.on_plan_invoice ? null : (item.product_id ?? null)),
    }),
    productId: t.string({
      nullable: true,
      description: 'ID of the product associated with the line item.',
      resolve: (item) => item.product_id ?? null,
    }),
    productType: t.string({
      nullable: true,
      description:
        'The type of the line item\'s product: `FixedProductListItem`, `UsageProductListItem`, `SubscriptionProductListItem` or `CompositeProductListItem`. For scheduled charges, commit and credit payments, the value is `FixedProductListItem`.',
      resolve: (item) => item.product_type ?? null,
    }),
    productTags: t.stringList({
      description: 'The current product tags associated with the line item\'s product.',
      resolve: (item) => item.product_tags ?? [],
    }),
    productCustomFields: t.field({ type: 'JSON', description: `The product’s custom fields. ${CUSTOM_FIELDS}`, resolve: (item) => item.product_custom_fields ?? {} }),
    groupKey: t.string({ nullable: true, description: 'The group key the line item is split by, if any.', resolve: (item) => item.group_key ?? null }),
    groupValue: t.string({ nullable: true, description: 'The value of the group key for this line item.', resolve: (item) => item.group_value ?? null }),
    pricingGroupValues: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Includes the pricing group values associated with this line item if dimensional pricing is used.',
      resolve: (item) => item.pricing_group_values ?? null,
    }),
    presentationGroupValues: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Includes the presentation group values associated with this line item if presentation group keys are used.',
      resolve: (item) => item.presentation_group_values ?? null,
    }),
    tier: t.field({ type: LineItemTier, nullable: true, description: 'Populated if the line item has a tiered price.', resolve: (item) => item.tier ?? null }),
    isProrated: t.boolean({
      nullable: true,
      description: 'Indicates whether the line item is prorated for `SUBSCRIPTION` type product.',
      resolve: (item) => item.is_prorated ?? null,
    }),
    appliedCommitOrCredit: t.field({
      type: Balance,
      nullable: true,
      description:
        'The commit or credit applied to this line item (on `applied_commit_or_credit` lines); null on other lines.',
      resolve: (item, _args, context) => {
        const applied = item.applied_commit_or_credit;
        if (!applied) return null;
        const key = compositeId(item.customer_id, applied.id);
        return applied.type === 'CREDIT'
          ? (Credit.getDataloader(context).load(key) as Promise<CreditShape>)
          : (Commit.getDataloader(context).load(key) as Promise<CommitShape>);
      },
    }),
    commit: t.field({
      type: Commit,
      nullable: true,
      description:
        'For line items paying for a commit (a prepaid commit’s purchase, a postpaid commit’s true-up), the commit paid for; null on other lines.',
      resolve: (item) => {
        const paid = item.postpaid_commit?.id ?? (item.type === 'commit_purchase' || item.type === 'postpaid_trueup' ? item.commit_id : undefined);
        return paid ? compositeId(item.customer_id, paid) : null;
      },
    }),
    commitId: t.string({
      nullable: true,
      description:
        'For line items with product of `USAGE`, `SUBSCRIPTION`, or `COMPOSITE` types, the ID of the credit or commit that was applied to this line item. For line items with product type of `FIXED`, the ID of the prepaid or postpaid commit that is being paid for.',
      resolve: (item) => item.commit_id ?? null,
    }),
    commitType: t.string({
      nullable: true,
      description: '`PrepaidCommit` (for commit types `PREPAID` and `CREDIT`) or `PostpaidCommit` (for commit type `POSTPAID`).',
      resolve: (item) => item.commit_type ?? null,
    }),
    commitSegmentId: t.string({ nullable: true, description: 'The ID of the commit segment drawn down.', resolve: (item) => item.commit_segment_id ?? null }),
    commitCustomFields: t.field({ type: 'JSON', description: `The commit’s custom fields. ${CUSTOM_FIELDS}`, resolve: (item) => item.commit_custom_fields ?? {} }),
    scheduledChargeId: t.string({ nullable: true, description: 'ID of scheduled charge.', resolve: (item) => item.scheduled_charge_id ?? null }),
    subscriptionId: t.string({
      nullable: true,
      description: 'ID of the subscription that this line item is associated with. Only present on line items with product of `SUBSCRIPTION` type.',
      resolve: (item) => item.subscription_id ?? null,
    }),
    discountId: t.string({ nullable: true, description: 'ID of the discount applied to this line item.', resolve: (item) => item.discount_id ?? null }),
    professionalServiceId: t.string({
      nullable: true,
      description: 'The professional service this line item charges for.',
      resolve: (item) => item.professional_service_id ?? null,
    }),
    metadata: t.string({ nullable: true, description: 'For client use.', resolve: (item) => item.metadata ?? null }),
    customFields: customFieldsField(t),
    netsuiteInvoiceBillingStart: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The start date for the billing period on the invoice.',
      resolve: (item) => item.netsuite_invoice_billing_start ?? null,
    }),
    netsuiteInvoiceBillingEnd: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The end date for the billing period on the invoice.',
      resolve: (item) => item.netsuite_invoice_billing_end ?? null,
    }),
    origin: t.field({
      type: InvoiceLineItemOrigin,
      nullable: true,
      description:
        'Present on line items from invoices with type USAGE_CONSOLIDATED. Indicates the original customer, contract, invoice and line item from which this line item was copied.',
      resolve: (item) => item.origin ?? null,
    }),
    subLineItems: t.field({
      type: [SubLineItem],
      description: 'The charges within the line item (plans invoices); empty when there are none.',
      resolve: (item) => item.sub_line_items ?? [],
    }),
  }),
});
