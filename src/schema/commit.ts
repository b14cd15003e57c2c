import type {
  Commit as CommitWire,
  CommitSpecifier as CommitSpecifierWire,
  Credit as CreditWire,
  ScheduleDuration,
  SchedulePointInTime,
} from '@metronome/sdk/resources/shared';
import type { CommitCreateParams } from '@metronome/sdk/resources/v1/customers/commits';
import { type CommitKey, loadCommits, loadCredits } from '../loaders/commits.js';
import { builder, type GatewaySchemaTypes } from './builder.js';
import { CreditType } from './credit-type.js';
import { customFieldsField } from './custom-fields.js';
import { Customer } from './customer.js';
import { idempotencyKeyArg } from './mutation.js';
import { compositeId, loadByLocalId, splitCompositeId } from './node.js';
import { Product } from './product.js';

/** Commits and credits carry no customer id on the wire; the gateway adds the one it read them through. */
export type CommitShape = CommitWire & { customer_id: string };
export type CreditShape = CreditWire & { customer_id: string };

function loadWithCustomer<T>(
  ids: string[],
  load: (keys: CommitKey[]) => Promise<(T | Error)[]>,
): Promise<((T & { customer_id: string }) | Error)[]> {
  return loadByLocalId(
    ids,
    (id): CommitKey | null => {
      const parts = splitCompositeId(id, 2);
      return parts ? { customerId: parts[0]!, id: parts[1]! } : null;
    },
    'Not a valid commit or credit id',
    load,
    (value, key) => ({ ...value, customer_id: key.customerId }),
  );
}

/**
 * Local id `<customer id>:<commit id>`; resolvers return a commit shape or that id. Loading reads all of the
 * customer's commits and credits once per operation (`customerBalances/list`, with balances and ledgers), however
 * many of them are asked for.
 */
export const Commit = builder.loadableNodeRef('Commit', {
  load: (ids: string[], { api }) => loadWithCustomer(ids, (keys) => loadCommits(api, keys)),
  id: { resolve: (commit: CommitShape) => compositeId(commit.customer_id, commit.id) },
});

/** Local id `<customer id>:<credit id>`; resolvers return a credit shape or that id. Loaded as {@link Commit} is. */
export const Credit = builder.loadableNodeRef('Credit', {
  load: (ids: string[], { api }) => loadWithCustomer(ids, (keys) => loadCredits(api, keys)),
  id: { resolve: (credit: CreditShape) => compositeId(credit.customer_id, credit.id) },
});

export const CommitType = builder.enumType('CommitType', {
  description: 'PREPAID commits are paid for up front; POSTPAID commits are billed at the end of their term for any shortfall.',
  values: ['PREPAID', 'POSTPAID'] as const,
});

export const CommitRateType = builder.enumType('CommitRateType', {
  description: 'Whether usage drawing down the commit or credit is priced at the commit rate or the list rate.',
  values: ['COMMIT_RATE', 'LIST_RATE'] as const,
});

const SHARED = {
  priority: 'If multiple credits or commits are applicable, the one with the lower priority will apply first.',
  balance:
    'The current balance of the credit or commit. This balance reflects the amount of credit or commit that the customer has access to use at this moment - thus, expired and upcoming credit or commit segments contribute 0 to the balance. The balance will match the sum of all ledger entries with the exception of the case where the sum of negative manual ledger entries exceeds the positive amount remaining on the credit or commit - in that case, the balance will be 0. All manual ledger entries associated with active credit or commit segments are included in the balance, including future-dated manual ledger entries. Taken from the list that returned the commit or credit when it was read with its balance; otherwise loaded (one `customerBalances/list` per customer per operation).',
  specifiers:
    "List of filters that determine what kind of customer usage draws down a commit or credit. A customer's usage needs to meet the condition of at least one of the specifiers to contribute to a commit's or credit's drawdown.",
  uniquenessKey:
    'Prevents the creation of duplicates. If a request to create a commit or credit is made with a uniqueness key that was previously used to create a commit or credit, a new record will not be created and the request will fail with a 409 error.',
  createdBy: 'The actor who created this commit or credit. Omitted for system-generated ones such as recurring, rollover and threshold commits.',
  applicableContractIds: 'Which contracts the commit or credit applies to; empty when it applies to all contracts.',
  ledgerSource:
    'Taken from the list that returned the commit or credit when it was read with its ledger; otherwise loaded (one `customerBalances/list` per customer per operation).',
};

// ---- Schedules ---------------------------------------------------------------------------------------------------

/** One segment of an access schedule: an amount the customer can draw down over a window. */
export const AccessSegment = builder.objectRef<ScheduleDuration.ScheduleItem>('AccessSegment').implement({
  description: 'One segment of a commit’s or credit’s access schedule: an amount the customer can draw down between its start (inclusive) and end (exclusive).',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the segment (what manual ledger entries name as `segment_id`).' }),
    amount: t.exposeFloat('amount', { description: 'The amount granted by the segment, in the schedule’s pricing unit.' }),
    startingAt: t.field({ type: 'DateTime', description: 'RFC 3339 timestamp (inclusive)', resolve: (s) => s.starting_at }),
    endingBefore: t.field({ type: 'DateTime', description: 'RFC 3339 timestamp (exclusive)', resolve: (s) => s.ending_before }),
  }),
});

/** One scheduled invoice of a commit's invoice schedule, with the commit's customer for links that need it. */
export type InvoiceScheduleItemShape = SchedulePointInTime.ScheduleItem & { customer_id: string };

export const InvoiceScheduleItem = builder.objectRef<InvoiceScheduleItemShape>('InvoiceScheduleItem').implement({
  description: 'One charge of a commit’s invoice schedule: when the customer is invoiced, and for how much.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the schedule item.' }),
    amount: t.exposeFloat('amount', { description: 'The amount invoiced (unit price × quantity).' }),
    quantity: t.exposeFloat('quantity', { description: 'The quantity invoiced.' }),
    unitPrice: t.exposeFloat('unit_price', { description: 'The unit price invoiced.' }),
    timestamp: t.field({ type: 'DateTime', description: 'timestamp of the scheduled event', resolve: (item) => item.timestamp }),
    invoiceId: t.string({
      nullable: true,
      description: 'The ID of the invoice this charge is on, once it has been invoiced.',
      resolve: (item) => item.invoice_id ?? null,
    }),
  }),
});

/** One filter of what usage draws a commit or credit down. */
const SubscriptionAllocation = builder.enumType('SubscriptionAllocation', {
  description: 'How a commit or credit generated for a subscription is shared: by all seats, or a share for each seat.',
  values: {
    POOLED: { description: 'One balance for the whole subscription: unit price × its quantity.' },
    INDIVIDUAL: { description: 'A share of unit price for each seat, drawn only by usage that carries that seat id.' },
  } as const,
});

type SubscriptionConfigWire = NonNullable<CommitWire['subscription_config']>;

export const CommitSubscriptionConfig = builder.objectRef<SubscriptionConfigWire>('CommitSubscriptionConfig').implement({
  description: 'The subscription a commit or credit was generated for by a recurring commit or credit.',
  fields: (t) => ({
    subscriptionId: t.string({ description: 'The ID of the subscription on the contract.', resolve: (c) => c.subscription_id ?? '' }),
    allocation: t.field({ type: SubscriptionAllocation, nullable: true, description: 'POOLED or INDIVIDUAL.', resolve: (c) => c.allocation ?? null }),
    seatIncreaseProrated: t.boolean({
      nullable: true,
      description: 'Whether a mid-period seat increase is prorated.',
      resolve: (c) => c.apply_seat_increase_config?.is_prorated ?? null,
    }),
  }),
});

export const CommitSpecifier = builder.objectRef<CommitSpecifierWire>('CommitSpecifier').implement({
  description: `${SHARED.specifiers} Each specifier matches usage that meets all of its conditions.`,
  fields: (t) => ({
    productId: t.string({
      nullable: true,
      description: 'If provided, the specifier will only apply to the product with the specified ID.',
      resolve: (s) => s.product_id ?? null,
    }),
    product: t.field({
      type: Product,
      nullable: true,
      description: 'The product the specifier applies to, if it names one.',
      resolve: (s) => s.product_id ?? null,
    }),
    productTags: t.stringList({
      description: 'If provided, the specifier will only apply to products with all the specified tags.',
      resolve: (s) => s.product_tags ?? [],
    }),
    pricingGroupValues: t.field({
      type: 'JSON',
      nullable: true,
      description: 'If provided, the specifier will apply to product usage with this set of pricing group values (a map of group key to value).',
      resolve: (s) => s.pricing_group_values ?? null,
    }),
    presentationGroupValues: t.field({
      type: 'JSON',
      nullable: true,
      description: 'If provided, the specifier will apply to product usage with this set of presentation group values (a map of group key to value).',
      resolve: (s) => s.presentation_group_values ?? null,
    }),
  }),
});

// ---- Ledgers -----------------------------------------------------------------------------------------------------

type LedgerEntryWire = NonNullable<CommitWire['ledger']>[number] | NonNullable<CreditWire['ledger']>[number];

/** A ledger entry with what its links need: the customer and the access segments of the commit or credit it is of. */
export interface LedgerEntryShape<E extends LedgerEntryWire = LedgerEntryWire> {
  entry: E;
  customer_id: string;
  segments: ScheduleDuration.ScheduleItem[];
}
export type InvoiceLedgerEntryShape = LedgerEntryShape<Extract<LedgerEntryWire, { invoice_id: string }>>;
export type RolloverLedgerEntryShape = LedgerEntryShape<Extract<LedgerEntryWire, { new_contract_id: string }>>;
type ManualLedgerEntryShape = LedgerEntryShape<Extract<LedgerEntryWire, { reason: string }>>;

export const BalanceLedgerEntryType = builder.enumType('BalanceLedgerEntryType', {
  description: 'What a commit or credit ledger entry records.',
  values: [
    'PREPAID_COMMIT_SEGMENT_START',
    'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION',
    'PREPAID_COMMIT_ROLLOVER',
    'PREPAID_COMMIT_EXPIRATION',
    'PREPAID_COMMIT_CANCELED',
    'PREPAID_COMMIT_CREDITED',
    'PREPAID_COMMIT_SEAT_BASED_ADJUSTMENT',
    'PREPAID_COMMIT_MANUAL',
    'POSTPAID_COMMIT_INITIAL_BALANCE',
    'POSTPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION',
    'POSTPAID_COMMIT_ROLLOVER',
    'POSTPAID_COMMIT_TRUEUP',
    'POSTPAID_COMMIT_MANUAL',
    'POSTPAID_COMMIT_EXPIRATION',
    'CREDIT_SEGMENT_START',
    'CREDIT_AUTOMATED_INVOICE_DEDUCTION',
    'CREDIT_EXPIRATION',
    'CREDIT_CANCELED',
    'CREDIT_CREDITED',
    'CREDIT_MANUAL',
    'CREDIT_SEAT_BASED_ADJUSTMENT',
    'CREDIT_ROLLOVER',
  ] as const,
});

const segmentOf = (shape: LedgerEntryShape) => {
  const segmentId = 'segment_id' in shape.entry ? shape.entry.segment_id : undefined;
  return segmentId === undefined ? null : (shape.segments.find((segment) => segment.id === segmentId) ?? null);
};

/** The fields every ledger entry has. */
export const BalanceLedgerEntry = builder.interfaceRef<LedgerEntryShape>('BalanceLedgerEntry').implement({
  description:
    'An event that changed the balance of a commit or credit: a segment starting or expiring, an invoice drawing it down, a rollover, a manual adjustment. The implementing type says which fields the event adds.',
  resolveType: ({ entry }) =>
    'reason' in entry
      ? 'ManualLedgerEntry'
      : 'new_contract_id' in entry
        ? 'RolloverLedgerEntry'
        : 'invoice_id' in entry
          ? 'InvoiceLedgerEntry'
          : 'SegmentLedgerEntry',
  fields: (t) => ({
    type: t.field({ type: BalanceLedgerEntryType, description: 'What the entry records.', resolve: ({ entry }) => entry.type }),
    amount: t.float({ description: 'The change to the balance: positive adds, negative draws down.', resolve: ({ entry }) => entry.amount }),
    timestamp: t.field({ type: 'DateTime', description: 'When the change takes effect.', resolve: ({ entry }) => entry.timestamp }),
    segmentId: t.string({
      nullable: true,
      description: 'The ID of the access segment the entry applies to; null for entries of the whole commit (postpaid initial balance, true-up, manual).',
      resolve: ({ entry }) => ('segment_id' in entry ? entry.segment_id : null),
    }),
    segment: t.field({
      type: AccessSegment,
      nullable: true,
      description: 'The access segment the entry applies to; null when the entry names none.',
      resolve: segmentOf,
    }),
  }),
});

builder.objectRef<LedgerEntryShape>('SegmentLedgerEntry').implement({
  description:
    'A ledger entry of an access segment’s own life: it started (granting its amount), expired (taking back what was left) or was adjusted for seats; also a postpaid commit’s initial balance and expiration.',
  interfaces: [BalanceLedgerEntry],
  fields: () => ({}),
});

/** Links to invoices and contracts are added by the modules that own those types. */
export const InvoiceLedgerEntry = builder.objectRef<InvoiceLedgerEntryShape>('InvoiceLedgerEntry').implement({
  description:
    'A ledger entry made by an invoice: an automated deduction of usage, a cancellation or credit of an invoice, or a postpaid commit’s true-up.',
  interfaces: [BalanceLedgerEntry],
  fields: (t) => ({
    invoiceId: t.string({ description: 'The ID of the invoice that made the entry.', resolve: ({ entry }) => entry.invoice_id }),
    contractId: t.string({
      nullable: true,
      description: 'The ID of the contract the invoice belongs to, when Metronome says.',
      resolve: ({ entry }) => ('contract_id' in entry ? (entry.contract_id ?? null) : null),
    }),
  }),
});

export const RolloverLedgerEntry = builder.objectRef<RolloverLedgerEntryShape>('RolloverLedgerEntry').implement({
  description: 'A ledger entry moving the remaining balance to a renewal contract.',
  interfaces: [BalanceLedgerEntry],
  fields: (t) => ({
    newContractId: t.string({ description: 'The ID of the contract the balance rolled over to.', resolve: ({ entry }) => entry.new_contract_id }),
  }),
});

builder.objectRef<ManualLedgerEntryShape>('ManualLedgerEntry').implement({
  description: 'A ledger entry added by hand (`addManualBalanceLedgerEntry`).',
  interfaces: [BalanceLedgerEntry],
  fields: (t) => ({
    reason: t.string({ description: 'Reason for the manual adjustment, as displayed in the ledger.', resolve: ({ entry }) => entry.reason }),
  }),
});

// ---- Commit and Credit -------------------------------------------------------------------------------------------

type AnyShape = CommitShape | CreditShape;

/** The commit or credit as its loader reads it (always with balance and ledger). */
function loaded(shape: AnyShape, context: GatewaySchemaTypes['Context']): Promise<AnyShape> {
  const id = compositeId(shape.customer_id, shape.id);
  return shape.type === 'CREDIT' ? Credit.getDataloader(context).load(id) : Commit.getDataloader(context).load(id);
}

/**
 * The balance of a commit or credit: the shape's own when its list carried it (e.g. `include_balance` without
 * ledgers), otherwise the loaded one's.
 */
async function balanceOf(shape: AnyShape, context: GatewaySchemaTypes['Context']): Promise<number | null> {
  if (shape.balance !== undefined) return shape.balance ?? null;
  return (await loaded(shape, context)).balance ?? null;
}

/** The ledger of a commit or credit: the shape's own when its list carried it, otherwise the loaded one's. */
async function withLedger(shape: AnyShape, context: GatewaySchemaTypes['Context']): Promise<AnyShape> {
  return shape.ledger !== undefined ? shape : loaded(shape, context);
}

const ledgerOf = (shape: AnyShape): LedgerEntryShape[] =>
  ((shape.ledger ?? []) as LedgerEntryWire[]).map((entry) => ({
    entry,
    customer_id: shape.customer_id,
    segments: shape.access_schedule?.schedule_items ?? [],
  }));

Commit.implement({
  description:
    'A commit: an amount the customer committed to spend (prepaid or postpaid), granted over its access schedule, invoiced on its invoice schedule, and drawn down by usage of the products it applies to.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the commit.' }),
    customer: t.field({ type: Customer, nullable: true, description: 'The customer the commit belongs to.', resolve: (c) => c.customer_id }),
    type: t.field({ type: CommitType, description: 'PREPAID or POSTPAID.', resolve: (commit) => commit.type }),
    name: t.string({ nullable: true, description: 'Displayed on invoices.', resolve: (commit) => commit.name ?? null }),
    description: t.string({ nullable: true, description: 'The description of the commit.', resolve: (c) => c.description ?? null }),
    priority: t.float({ nullable: true, description: SHARED.priority, resolve: (commit) => commit.priority ?? null }),
    rateType: t.field({
      type: CommitRateType,
      nullable: true,
      description: 'Whether usage drawing it down is priced at the commit rate or the list rate.',
      resolve: (commit) => commit.rate_type ?? null,
    }),
    product: t.field({ type: Product, nullable: true, description: 'The product the commit is invoiced as.', resolve: (c) => c.product.id }),
    creditType: t.field({
      type: CreditType,
      nullable: true,
      description: 'The pricing unit of the commit’s access schedule (or, failing that, its invoice schedule).',
      resolve: (c) => c.access_schedule?.credit_type?.id ?? c.invoice_schedule?.credit_type?.id ?? null,
    }),
    accessSchedule: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The schedule that the customer will gain access to the credits purposed with this commit (the REST shape; `accessSegments` types it).',
      resolve: (commit) => commit.access_schedule ?? null,
    }),
    accessSegments: t.field({
      type: [AccessSegment],
      description: 'The segments of the schedule that the customer will gain access to the credits purposed with this commit.',
      resolve: (commit) => commit.access_schedule?.schedule_items ?? [],
    }),
    invoiceSchedule: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The schedule that the customer will be invoiced for this commit (the REST shape; `invoiceScheduleItems` types it).',
      resolve: (commit) => commit.invoice_schedule ?? null,
    }),
    invoiceScheduleItems: t.field({
      type: [InvoiceScheduleItem],
      description: 'The charges of the schedule that the customer will be invoiced for this commit.',
      resolve: (commit) => (commit.invoice_schedule?.schedule_items ?? []).map((item) => ({ ...item, customer_id: commit.customer_id })),
    }),
    balance: t.float({
      nullable: true,
      description: SHARED.balance,
      resolve: (commit, _args, context) => balanceOf(commit, context),
    }),
    ledger: t.field({
      type: [BalanceLedgerEntry],
      description: `A list of ordered events that impact the balance of a commit. For example, an invoice deduction or a rollover. ${SHARED.ledgerSource}`,
      resolve: async (commit, _args, context) => ledgerOf(await withLedger(commit, context)),
    }),
    rolloverFraction: t.float({ nullable: true, description: 'The fraction of the unused balance that rolls over to a renewal contract.', resolve: (c) => c.rollover_fraction ?? null }),
    rolledOverFrom: t.field({
      type: Commit,
      nullable: true,
      description: 'The commit on the previous contract this one rolled over from; null when it did not roll over.',
      resolve: (c) => (c.rolled_over_from ? compositeId(c.customer_id, c.rolled_over_from.commit_id) : null),
    }),
    recurringCommitId: t.string({
      nullable: true,
      description: 'The ID of the recurring commit that this commit was generated from, if applicable.',
      resolve: (c) => c.recurring_commit_id ?? null,
    }),
    subscriptionConfig: t.field({
      type: CommitSubscriptionConfig,
      nullable: true,
      description: 'The subscription the commit was generated for, if its recurring commit has one attached.',
      resolve: (c) => c.subscription_config ?? null,
    }),
    costBasis: t.float({ nullable: true, description: 'The ratio of the amount paid for the commit to the amount of credit granted.', resolve: (c) => c.cost_basis ?? null }),
    applicableProductIds: t.stringList({ description: 'The products whose usage draws the commit down.', resolve: (c) => c.applicable_product_ids ?? [] }),
    applicableProductTags: t.stringList({ description: 'Products with these tags draw the commit down.', resolve: (c) => c.applicable_product_tags ?? [] }),
    applicableContractIds: t.stringList({ description: SHARED.applicableContractIds, resolve: (c) => c.applicable_contract_ids ?? [] }),
    specifiers: t.field({ type: [CommitSpecifier], description: SHARED.specifiers, resolve: (c) => c.specifiers ?? [] }),
    uniquenessKey: t.string({ nullable: true, description: SHARED.uniquenessKey, resolve: (c) => c.uniqueness_key ?? null }),
    createdBy: t.string({ nullable: true, description: SHARED.createdBy, resolve: (c) => c.created_by ?? null }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'Timestamp of when the commit was created.', resolve: (c) => c.created_at ?? null }),
    archivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'RFC 3339 timestamp indicating when the commit was archived. If not provided, the commit is not archived.',
      resolve: (commit) => commit.archived_at ?? null,
    }),
    customFields: customFieldsField(t),
  }),
});

Credit.implement({
  description:
    'A credit: an amount granted to the customer for free over its access schedule, drawn down by usage of the products it applies to.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the credit.' }),
    customer: t.field({ type: Customer, nullable: true, description: 'The customer the credit belongs to.', resolve: (c) => c.customer_id }),
    name: t.string({ nullable: true, description: 'Displayed on invoices.', resolve: (credit) => credit.name ?? null }),
    description: t.string({ nullable: true, description: 'The description of the credit.', resolve: (c) => c.description ?? null }),
    priority: t.float({ nullable: true, description: SHARED.priority, resolve: (credit) => credit.priority ?? null }),
    rateType: t.field({
      type: CommitRateType,
      nullable: true,
      description: 'Whether usage drawing it down is priced at the commit rate or the list rate.',
      resolve: (credit) => credit.rate_type ?? null,
    }),
    product: t.field({ type: Product, nullable: true, description: 'The product the credit is shown as.', resolve: (c) => c.product.id }),
    creditType: t.field({
      type: CreditType,
      nullable: true,
      description: 'The pricing unit of the credit’s access schedule.',
      resolve: (c) => c.access_schedule?.credit_type?.id ?? null,
    }),
    accessSchedule: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The schedule that the customer will gain access to the credits (the REST shape; `accessSegments` types it).',
      resolve: (credit) => credit.access_schedule ?? null,
    }),
    accessSegments: t.field({
      type: [AccessSegment],
      description: 'The segments of the schedule that the customer will gain access to the credits.',
      resolve: (credit) => credit.access_schedule?.schedule_items ?? [],
    }),
    balance: t.float({
      nullable: true,
      description: SHARED.balance,
      resolve: (credit, _args, context) => balanceOf(credit, context),
    }),
    ledger: t.field({
      type: [BalanceLedgerEntry],
      description: `A list of ordered events that impact the balance of a credit. For example, an invoice deduction or an expiration. ${SHARED.ledgerSource}`,
      resolve: async (credit, _args, context) => ledgerOf(await withLedger(credit, context)),
    }),
    rolledOverFrom: t.field({
      type: Credit,
      nullable: true,
      description: 'The credit on the previous contract this one rolled over from; null when it did not roll over.',
      resolve: (c) => (c.rolled_over_from ? compositeId(c.customer_id, c.rolled_over_from.credit_id) : null),
    }),
    recurringCreditId: t.string({
      nullable: true,
      description: 'The ID of the recurring credit that this credit was generated from, if applicable.',
      resolve: (c) => c.recurring_credit_id ?? null,
    }),
    subscriptionConfig: t.field({
      type: CommitSubscriptionConfig,
      nullable: true,
      description: 'The subscription the credit was generated for, if its recurring credit has one attached.',
      resolve: (c) => c.subscription_config ?? null,
    }),
    applicableProductIds: t.stringList({ description: 'The products whose usage draws the credit down.', resolve: (c) => c.applicable_product_ids ?? [] }),
    applicableProductTags: t.stringList({ description: 'Products with these tags draw the credit down.', resolve: (c) => c.applicable_product_tags ?? [] }),
    applicableContractIds: t.stringList({ description: SHARED.applicableContractIds, resolve: (c) => c.applicable_contract_ids ?? [] }),
    specifiers: t.field({ type: [CommitSpecifier], description: SHARED.specifiers, resolve: (c) => c.specifiers ?? [] }),
    uniquenessKey: t.string({ nullable: true, description: SHARED.uniquenessKey, resolve: (c) => c.uniqueness_key ?? null }),
    createdBy: t.string({ nullable: true, description: SHARED.createdBy, resolve: (c) => c.created_by ?? null }),
    customFields: customFieldsField(t),
  }),
});

builder.queryFields((t) => ({
  commit: t.field({
    type: Commit,
    nullable: true,
    description:
      'A commit by its customer and ID, customer-level or on a contract, archived included; null (with a NOT_FOUND error) when there is none.',
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer.' }),
      metronomeId: t.arg.string({ required: true, description: 'The ID of the commit.' }),
    },
    resolve: (_root, args) => compositeId(args.customerId, args.metronomeId),
  }),
  credit: t.field({
    type: Credit,
    nullable: true,
    description:
      'A credit by its customer and ID, customer-level or on a contract, archived included; null (with a NOT_FOUND error) when there is none.',
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer.' }),
      metronomeId: t.arg.string({ required: true, description: 'The ID of the credit.' }),
    },
    resolve: (_root, args) => compositeId(args.customerId, args.metronomeId),
  }),
}));

// ---- Writes ------------------------------------------------------------------------------------------------------

const AccessScheduleItemInput = builder.inputType('AccessScheduleItemInput', {
  description: 'One segment of an access schedule.',
  fields: (t) => ({
    amount: t.float({ required: true, description: 'The amount the segment grants.' }),
    startingAt: t.field({ type: 'DateTime', required: true, description: 'RFC 3339 timestamp (inclusive)' }),
    endingBefore: t.field({ type: 'DateTime', required: true, description: 'RFC 3339 timestamp (exclusive)' }),
  }),
});

const AccessScheduleInput = builder.inputType('AccessScheduleInput', {
  description: 'Schedule for distributing the commit or credit to the customer.',
  fields: (t) => ({
    creditTypeId: t.string({ required: false, description: 'Defaults to USD (cents) if not passed' }),
    scheduleItems: t.field({ type: [AccessScheduleItemInput], required: true, description: 'The segments of the schedule.' }),
  }),
});

const InvoiceScheduleItemInput = builder.inputType('InvoiceScheduleItemInput', {
  description: 'One charge of an invoice schedule. Either provide amount or provide both unit_price and quantity.',
  fields: (t) => ({
    timestamp: t.field({ type: 'DateTime', required: true, description: 'timestamp of the scheduled event' }),
    amount: t.float({
      required: false,
      description:
        'Amount for the charge. Can be provided instead of unit_price and quantity. If amount is sent, the unit_price is assumed to be the amount and quantity is inferred to be 1.',
    }),
    quantity: t.float({
      required: false,
      description:
        'Quantity for the charge. Will be multiplied by unit_price to determine the amount and must be specified with unit_price. If specified amount cannot be provided.',
    }),
    unitPrice: t.float({
      required: false,
      description:
        'Unit price for the charge. Will be multiplied by quantity to determine the amount and must be specified with quantity. If specified amount cannot be provided.',
    }),
  }),
});

const RecurringScheduleFrequency = builder.enumType('RecurringScheduleFrequency', {
  description: 'How often a recurring invoice schedule charges.',
  values: ['MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL'] as const,
});

const AmountDistribution = builder.enumType('AmountDistribution', {
  description: 'How a recurring schedule’s amount is spread over its charges: divided between them (optionally rounded), or charged in full each time.',
  values: ['DIVIDED', 'DIVIDED_ROUNDED', 'EACH'] as const,
});

const RecurringInvoiceScheduleInput = builder.inputType('RecurringInvoiceScheduleInput', {
  description:
    'Enter the unit price and quantity for the charge or instead only send the amount. If amount is sent, the unit price is assumed to be the amount and quantity is inferred to be 1.',
  fields: (t) => ({
    startingAt: t.field({ type: 'DateTime', required: true, description: 'RFC 3339 timestamp (inclusive).' }),
    endingBefore: t.field({ type: 'DateTime', required: true, description: 'RFC 3339 timestamp (exclusive).' }),
    frequency: t.field({ type: RecurringScheduleFrequency, required: true, description: 'How often the customer is charged.' }),
    amountDistribution: t.field({ type: AmountDistribution, required: true, description: 'How the amount is spread over the charges.' }),
    amount: t.float({ required: false, description: 'Amount for the charge. Can be provided instead of unit_price and quantity.' }),
    quantity: t.float({ required: false, description: 'Quantity for the charge; must be specified with unit_price.' }),
    unitPrice: t.float({ required: false, description: 'Unit price for the charge; must be specified with quantity.' }),
  }),
});

const InvoiceScheduleInput = builder.inputType('InvoiceScheduleInput', {
  description: 'The schedule on which the commit is invoiced. Must provide either schedule_items or recurring_schedule.',
  fields: (t) => ({
    creditTypeId: t.string({ required: false, description: 'Defaults to USD (cents) if not passed.' }),
    doNotInvoice: t.boolean({
      required: false,
      description: 'This field is only applicable to commit invoice schedules. If true, this schedule will not generate an invoice.',
    }),
    scheduleItems: t.field({ type: [InvoiceScheduleItemInput], required: false, description: 'Either provide amount or provide both unit_price and quantity.' }),
    recurringSchedule: t.field({ type: RecurringInvoiceScheduleInput, required: false, description: 'A schedule that charges at a fixed frequency.' }),
  }),
});

type AccessScheduleArg = typeof AccessScheduleInput.$inferInput;
type InvoiceScheduleArg = typeof InvoiceScheduleInput.$inferInput;

const accessScheduleBody = (schedule: AccessScheduleArg): CommitCreateParams.AccessSchedule => ({
  credit_type_id: schedule.creditTypeId ?? undefined,
  schedule_items: schedule.scheduleItems.map((item) => ({ amount: item.amount, starting_at: item.startingAt, ending_before: item.endingBefore })),
});

const invoiceScheduleBody = (schedule: InvoiceScheduleArg): CommitCreateParams.InvoiceSchedule => ({
  credit_type_id: schedule.creditTypeId ?? undefined,
  do_not_invoice: schedule.doNotInvoice ?? undefined,
  schedule_items: schedule.scheduleItems?.map((item) => ({
    timestamp: item.timestamp,
    amount: item.amount ?? undefined,
    quantity: item.quantity ?? undefined,
    unit_price: item.unitPrice ?? undefined,
  })),
  recurring_schedule: schedule.recurringSchedule
    ? {
        starting_at: schedule.recurringSchedule.startingAt,
        ending_before: schedule.recurringSchedule.endingBefore,
        frequency: schedule.recurringSchedule.frequency,
        amount_distribution: schedule.recurringSchedule.amountDistribution,
        amount: schedule.recurringSchedule.amount ?? undefined,
        quantity: schedule.recurringSchedule.quantity ?? undefined,
        unit_price: schedule.recurringSchedule.unitPrice ?? undefined,
      }
    : undefined,
});

const CREATE_DESCRIPTIONS = {
  name: 'displayed on invoices',
  description: 'Used only in UI/API. It is not exposed to end customers.',
  applicableProductIds:
    'Which products it applies to. If applicable_product_ids, applicable_product_tags or specifiers are not provided, it applies to all products.',
  applicableProductTags:
    'Which tags it applies to. If applicable_product_ids, applicable_product_tags or specifiers are not provided, it applies to all products.',
  applicableContractIds: 'Which contract it applies to. If not provided, it applies to all contracts.',
  specifiers: `${SHARED.specifiers} This field cannot be used together with \`applicable_product_ids\` or \`applicable_product_tags\`. As the REST body’s \`specifiers\` (product_id, product_tags, pricing_group_values, presentation_group_values).`,
  customFields: 'Custom fields to be added eg. { "key1": "value1", "key2": "value2" }',
  configuration: "This field's availability is dependent on your client's configuration.",
};

/** The fields commits and credits are created with alike. */
function balanceInputFields(t: PothosSchemaTypes.InputFieldBuilder<GatewaySchemaTypes, 'InputObject'>) {
  return {
    customerId: t.string({ required: true, description: 'The Metronome ID of the customer.' }),
    productId: t.string({ required: true, description: 'ID of the fixed product associated with it.' }),
    priority: t.float({ required: true, description: SHARED.priority }),
    accessSchedule: t.field({ type: AccessScheduleInput, required: true, description: 'Schedule for distributing it to the customer.' }),
    name: t.string({ required: false, description: CREATE_DESCRIPTIONS.name }),
    description: t.string({ required: false, description: CREATE_DESCRIPTIONS.description }),
    rateType: t.field({ type: CommitRateType, required: false, description: 'Whether usage drawing it down is priced at the commit rate or the list rate.' }),
    applicableProductIds: t.stringList({ required: false, description: CREATE_DESCRIPTIONS.applicableProductIds }),
    applicableProductTags: t.stringList({ required: false, description: CREATE_DESCRIPTIONS.applicableProductTags }),
    applicableContractIds: t.stringList({ required: false, description: CREATE_DESCRIPTIONS.applicableContractIds }),
    specifiers: t.field({ type: 'JSON', required: false, description: CREATE_DESCRIPTIONS.specifiers }),
    customFields: t.field({ type: 'JSON', required: false, description: CREATE_DESCRIPTIONS.customFields }),
    netsuiteSalesOrderId: t.string({ required: false, description: CREATE_DESCRIPTIONS.configuration }),
    salesforceOpportunityId: t.string({ required: false, description: CREATE_DESCRIPTIONS.configuration }),
    uniquenessKey: t.string({ required: false, description: SHARED.uniquenessKey }),
  };
}

const CreateCustomerCommitInput = builder.inputType('CreateCustomerCommitInput', {
  description: 'A new customer-level commit (`POST /v1/contracts/customerCommits/create`).',
  fields: (t) => ({
    ...balanceInputFields(t),
    type: t.field({ type: CommitType, required: true, description: 'PREPAID or POSTPAID.' }),
    invoiceSchedule: t.field({
      type: InvoiceScheduleInput,
      required: false,
      description:
        'Required for "POSTPAID" commits: the true up invoice will be generated at this time and only one schedule item is allowed; the total must match accesss_schedule amount. Optional for "PREPAID" commits: if not provided, this will be a "complimentary" commit with no invoice.',
    }),
    invoiceContractId: t.string({
      required: false,
      description:
        'The contract that this commit will be billed on. This is required for "POSTPAID" commits and for "PREPAID" commits unless there is no invoice schedule above (i.e., the commit is \'free\'), or if do_not_invoice is set to true.',
    }),
  }),
});

const CreateCustomerCreditInput = builder.inputType('CreateCustomerCreditInput', {
  description: 'A new customer-level credit (`POST /v1/contracts/customerCredits/create`).',
  fields: (t) => balanceInputFields(t),
});

type BalanceInputArg = typeof CreateCustomerCreditInput.$inferInput;

const balanceBody = (input: BalanceInputArg) => ({
  customer_id: input.customerId,
  product_id: input.productId,
  priority: input.priority,
  access_schedule: accessScheduleBody(input.accessSchedule),
  name: input.name ?? undefined,
  description: input.description ?? undefined,
  rate_type: input.rateType ?? undefined,
  applicable_product_ids: input.applicableProductIds ?? undefined,
  applicable_product_tags: input.applicableProductTags ?? undefined,
  applicable_contract_ids: input.applicableContractIds ?? undefined,
  specifiers: (input.specifiers as CommitCreateParams['specifiers'] | null) ?? undefined,
  custom_fields: (input.customFields as Record<string, string> | null) ?? undefined,
  netsuite_sales_order_id: input.netsuiteSalesOrderId ?? undefined,
  salesforce_opportunity_id: input.salesforceOpportunityId ?? undefined,
  uniqueness_key: input.uniquenessKey ?? undefined,
});

builder.mutationFields((t) => ({
  createCustomerCommit: t.field({
    type: Commit,
    description:
      'Creates a customer-level commit (`POST /v1/contracts/customerCommits/create`), prepaid or postpaid, across the customer’s contracts; answers it as read back. A reused uniqueness key is a CONFLICT error. For most cases, add commits to the contract instead.',
    args: {
      input: t.arg({ type: CreateCustomerCommitInput, required: true, description: 'The commit to create.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, { api }) => {
      const { data } = await api.commits.create(
        {
          ...balanceBody(input),
          type: input.type,
          invoice_schedule: input.invoiceSchedule ? invoiceScheduleBody(input.invoiceSchedule) : undefined,
          invoice_contract_id: input.invoiceContractId ?? undefined,
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      return compositeId(input.customerId, data.id);
    },
  }),
  updateCustomerCommitEndDate: t.field({
    type: Commit,
    description:
      'Shortens the end date of a prepaid customer-level commit (`POST /v1/contracts/customerCommits/updateEndDate`): it can only be moved earlier, not extended. Answers the commit as read back.',
    args: {
      customerId: t.arg.string({ required: true, description: 'ID of the customer whose commit is to be updated' }),
      commitId: t.arg.string({ required: true, description: 'ID of the commit to update. Only supports "PREPAID" commits.' }),
      accessEndingBefore: t.arg({
        type: 'DateTime',
        required: false,
        description:
          'RFC 3339 timestamp indicating when access to the commit will end and it will no longer be possible to draw it down (exclusive). If not provided, the access will not be updated.',
      }),
      invoicesEndingBefore: t.arg({
        type: 'DateTime',
        required: false,
        description:
          'RFC 3339 timestamp indicating when the commit will stop being invoiced (exclusive). If not provided, the invoice schedule will not be updated.',
      }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, args, context) => {
      await context.api.commits.updateEndDate(
        {
          customer_id: args.customerId,
          commit_id: args.commitId,
          access_ending_before: args.accessEndingBefore ?? undefined,
          invoices_ending_before: args.invoicesEndingBefore ?? undefined,
        },
        { idempotencyKey: args.idempotencyKey ?? undefined },
      );
      const id = compositeId(args.customerId, args.commitId);
      Commit.getDataloader(context).clear(id);
      return id;
    },
  }),
  createCustomerCredit: t.field({
    type: Credit,
    description:
      'Creates a customer-level credit (`POST /v1/contracts/customerCredits/create`), usable across the customer’s contracts; answers it as read back. A reused uniqueness key is a CONFLICT error. For most cases, add credits to the contract instead.',
    args: {
      input: t.arg({ type: CreateCustomerCreditInput, required: true, description: 'The credit to create.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, { api }) => {
      const { data } = await api.credits.create(balanceBody(input), { idempotencyKey: idempotencyKey ?? undefined });
      return compositeId(input.customerId, data.id);
    },
  }),
  updateCustomerCreditEndDate: t.field({
    type: Credit,
    description:
      'Shortens the end date of a customer-level credit (`POST /v1/contracts/customerCredits/updateEndDate`): it can only be moved earlier, not extended. Answers the credit as read back.',
    args: {
      customerId: t.arg.string({ required: true, description: 'ID of the customer whose credit is to be updated' }),
      creditId: t.arg.string({ required: true, description: 'ID of the credit to update' }),
      accessEndingBefore: t.arg({
        type: 'DateTime',
        required: true,
        description:
          'RFC 3339 timestamp indicating when access to the credit will end and it will no longer be possible to draw it down (exclusive).',
      }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, args, context) => {
      await context.api.credits.updateEndDate(
        { customer_id: args.customerId, credit_id: args.creditId, access_ending_before: args.accessEndingBefore },
        { idempotencyKey: args.idempotencyKey ?? undefined },
      );
      const id = compositeId(args.customerId, args.creditId);
      Credit.getDataloader(context).clear(id);
      return id;
    },
  }),
}));

/**
 * A commit or a credit: the union wherever Metronome answers either (`customerBalances/list` side by side, an
 * invoice line item's `applied_commit_or_credit`).
 */
export const Balance = builder.unionType('Balance', {
  description: 'A balance a customer can draw down: a commit (prepaid or postpaid) or a credit.',
  types: [Commit, Credit],
  resolveType: (balance) => ((balance as CreditShape).type === 'CREDIT' ? Credit : Commit),
});
