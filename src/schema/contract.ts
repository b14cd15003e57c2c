import type {
  BaseUsageFilter,
  Contract as ContractWire,
  ContractWithoutAmendments,
  Subscription as SubscriptionWire,
} from '@metronome/sdk/resources/shared';
import type {
  ContractAmendParams,
  ContractCreateParams,
  ContractRetrieveRateScheduleResponse,
  ContractRetrieveSubscriptionQuantityHistoryResponse,
} from '@metronome/sdk/resources/v1/contracts/contracts';
import { loadContract, loadContracts, loadSubscriptionQuantityHistory } from '../loaders/contracts.js';
import { RecurringCommit } from './recurring-commit.js';
import { builder } from './builder.js';
import { Commit, Credit, type CommitShape, type CreditShape } from './commit.js';
import { CreditType } from './credit-type.js';
import type { GatewayContext } from './context.js';
import { Customer } from './customer.js';
import { customFieldsField } from './custom-fields.js';
import { idempotencyKeyArg } from './mutation.js';
import { compositeId, loadByLocalId, splitCompositeId } from './node.js';
import { connectionType, pagingArgs, resolveCursorConnection, resolveListConnection } from './pagination.js';
import { Product } from './product.js';
import { RateCard } from './rate-card.js';
import { BillingFrequency, RatePrice, RateSelectorWithProductTagsInput, selectorsBody } from './rate.js';

export type ContractShape = ContractWire;

/**
 * Local id `<customer id>:<contract id>`: Metronome fetches a contract only together with its customer. Loading
 * is batched to one `contracts/list` per customer.
 */
export const Contract = builder.loadableNodeRef('Contract', {
  load: (ids: string[], { api }) =>
    loadByLocalId(
      ids,
      (id) => {
        const parts = splitCompositeId(id, 2);
        return parts ? { customerId: parts[0]!, contractId: parts[1]! } : null;
      },
      'Not a valid contract id',
      (keys) => loadContracts(api, keys),
    ),
  id: { resolve: (contract: ContractShape) => compositeId(contract.customer_id, contract.id) },
});

const current = (contract: ContractShape): ContractWithoutAmendments => contract.current;

/** One row of a contract's rate schedule (`getContractRateSchedule`): the list rate and any override. */
const ContractRate = builder.objectRef<ContractRetrieveRateScheduleResponse.Data>('ContractRate').implement({
  description: 'The price of one product (and pricing group) on a contract over a window: the rate card’s list rate and the contract’s override, if any.',
  fields: (t) => ({
    product: t.field({ type: Product, nullable: true, description: 'The product priced.', resolve: (rate) => rate.product_id }),
    productName: t.exposeString('product_name', { description: 'The name of the product priced.' }),
    productTags: t.exposeStringList('product_tags', { description: 'The tags of the product priced.' }),
    productCustomFields: t.field({ type: 'JSON', description: 'The custom fields of the product priced.', resolve: (r) => r.product_custom_fields ?? {} }),
    rateCard: t.field({ type: RateCard, nullable: true, description: 'The rate card the list rate comes from.', resolve: (r) => r.rate_card_id }),
    pricingGroupValues: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The pricing group values this rate applies to, when the product is priced per pricing group.',
      resolve: (rate) => rate.pricing_group_values ?? null,
    }),
    startingAt: t.field({ type: 'DateTime', description: 'When the rate starts to apply.', resolve: (rate) => rate.starting_at }),
    endingBefore: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the rate stops applying; null when it has no end.',
      resolve: (rate) => rate.ending_before ?? null,
    }),
    entitled: t.exposeBoolean('entitled', { description: 'Whether the customer is entitled to the product.' }),
    listRate: t.field({ type: RatePrice, description: 'The rate card’s price.', resolve: (rate) => rate.list_rate }),
    overrideRate: t.field({
      type: RatePrice,
      nullable: true,
      description: 'The contract’s override of the list rate; null when there is none.',
      resolve: (rate) => rate.override_rate ?? null,
    }),
    commitRate: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The rate used when the usage draws down a commit or credit priced at the commit rate.',
      resolve: (rate) => rate.commit_rate ?? null,
    }),
    billingFrequency: t.field({ type: BillingFrequency, nullable: true, description: 'How often a subscription rate is billed.', resolve: (r) => r.billing_frequency ?? null }),
  }),
});

const UsageFilter = builder.objectRef<BaseUsageFilter>('UsageFilter').implement({
  description:
    'Routes usage to a contract by one group key: only usage whose `groupKey` value is one of `groupValues` is billed on the contract, from `startingAt`.',
  fields: (t) => ({
    groupKey: t.exposeString('group_key', { description: 'The group key usage is routed by, e.g. `project_id`.' }),
    groupValues: t.exposeStringList('group_values', { description: 'The values of the group key routed to the contract.' }),
    startingAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the filter starts to apply.',
      resolve: (filter) => filter.starting_at ?? null,
    }),
  }),
});

const ContractUsageFilter = builder.objectRef<NonNullable<ContractWithoutAmendments['usage_filter']>>('ContractUsageFilter').implement({
  description:
    'If a customer has multiple contracts with overlapping rates, the usage filter routes usage to the appropriate contract based on a predefined group key: the filter in force, the first one, and every change (`setContractUsageFilter`).',
  fields: (t) => ({
    current: t.field({ type: UsageFilter, nullable: true, description: 'The filter in force now.', resolve: (f) => f.current ?? null }),
    initial: t.field({ type: UsageFilter, description: 'The first filter set on the contract.', resolve: (f) => f.initial }),
    updates: t.field({ type: [UsageFilter], description: 'Every filter set on the contract, in the order set.', resolve: (f) => f.updates }),
  }),
});

/** A subscription as a contract lists it, with the ids needed to ask for its quantity history. */
type SubscriptionShape = SubscriptionWire & { customer_id: string; contract_id: string };
type QuantityHistoryShape = ContractRetrieveSubscriptionQuantityHistoryResponse.Data;

const CollectionSchedule = builder.enumType('SubscriptionCollectionSchedule', {
  description: 'Whether a subscription is invoiced at the start (ADVANCE) or the end (ARREARS) of each billing period.',
  values: ['ADVANCE', 'ARREARS'] as const,
});

const QuantityManagementMode = builder.enumType('SubscriptionQuantityManagementMode', {
  description:
    "Determines how the subscription's quantity is controlled. **QUANTITY_ONLY**: The subscription quantity is specified directly on the subscription. **SEAT_BASED**: Use when you want to pass specific seat identifiers (e.g. add user_123) to increment and decrement a subscription quantity, rather than directly providing the quantity.",
  values: ['SEAT_BASED', 'QUANTITY_ONLY'] as const,
});

const ProrationInvoiceBehavior = builder.enumType('SubscriptionProrationInvoiceBehavior', {
  description:
    'Indicates how mid-period quantity adjustments are invoiced. **BILL_IMMEDIATELY**: Only available when collection schedule is `ADVANCE`. The quantity increase will be billed immediately on the scheduled date. **BILL_ON_NEXT_COLLECTION_DATE**: The quantity increase will be billed for in-arrears at the end of the period.',
  values: ['BILL_IMMEDIATELY', 'BILL_ON_NEXT_COLLECTION_DATE'] as const,
});

const InvoicePlacement = builder.enumType('SubscriptionInvoicePlacement', {
  description: 'Controls whether this subscription consolidates onto usage invoices or gets its own scheduled invoice.',
  values: ['ON_SCHEDULED_INVOICE', 'ON_USAGE_INVOICE'] as const,
});

const BillingPeriod = builder.objectRef<{ starting_at: string; ending_before: string }>('SubscriptionBillingPeriod').implement({
  description: 'One billing period of a subscription.',
  fields: (t) => ({
    startingAt: t.field({ type: 'DateTime', description: 'When the period starts (inclusive).', resolve: (p) => p.starting_at }),
    endingBefore: t.field({ type: 'DateTime', description: 'When the period ends (exclusive).', resolve: (p) => p.ending_before }),
  }),
});

const BillingPeriods = builder.objectRef<SubscriptionWire.BillingPeriods>('SubscriptionBillingPeriods').implement({
  description: 'Previous, current, and next billing periods for the subscription.',
  fields: (t) => ({
    previous: t.field({ type: BillingPeriod, nullable: true, description: 'The billing period before the current one.', resolve: (p) => p.previous ?? null }),
    current: t.field({ type: BillingPeriod, nullable: true, description: 'The billing period in progress.', resolve: (p) => p.current ?? null }),
    next: t.field({ type: BillingPeriod, nullable: true, description: 'The billing period after the current one.', resolve: (p) => p.next ?? null }),
  }),
});

const Proration = builder.objectRef<SubscriptionWire.Proration>('SubscriptionProration').implement({
  description: 'How a subscription’s partial periods and mid-period quantity changes are charged.',
  fields: (t) => ({
    invoiceBehavior: t.field({
      type: ProrationInvoiceBehavior,
      description: 'Indicates how mid-period quantity adjustments are invoiced.',
      resolve: (p) => p.invoice_behavior,
    }),
    isProrated: t.exposeBoolean('is_prorated', {
      description: 'Indicates if the partial period will be prorated or charged a full amount.',
    }),
    rounding: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'How prorated amounts are rounded: `decimal_places` (applied directly to the stored monetary representation; negative values round to powers of 10) and `rounding_method` (HALF_UP, FLOOR or CEILING).',
      resolve: (p) => p.rounding ?? null,
    }),
  }),
});

const QuantityScheduleItem = builder.objectRef<SubscriptionWire.QuantitySchedule>('SubscriptionQuantityScheduleItem').implement({
  description: 'A subscription’s quantity over a window.',
  fields: (t) => ({
    quantity: t.exposeFloat('quantity', { description: 'The quantity.' }),
    startingAt: t.field({ type: 'DateTime', description: 'When the quantity takes effect.', resolve: (q) => q.starting_at }),
    endingBefore: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the quantity stops applying; null until changed.',
      resolve: (q) => q.ending_before ?? null,
    }),
  }),
});

const QuantityPrice = builder.objectRef<ContractRetrieveSubscriptionQuantityHistoryResponse.Data.History.Data>('SubscriptionQuantityPrice').implement({
  description: 'A subscription’s quantity with its unit price and total.',
  fields: (t) => ({
    quantity: t.exposeFloat('quantity', { description: 'The quantity.' }),
    unitPrice: t.exposeFloat('unit_price', { description: 'The price of one unit, in the subscription’s fiat pricing unit.' }),
    total: t.exposeFloat('total', { description: 'quantity × unit price.' }),
  }),
});

const QuantityHistoryEntry = builder.objectRef<ContractRetrieveSubscriptionQuantityHistoryResponse.Data.History>('SubscriptionQuantityHistoryEntry').implement({
  description: 'From `startingAt` on (until the next entry): the subscription’s quantities and prices.',
  fields: (t) => ({
    startingAt: t.field({ type: 'DateTime', description: 'When this entry takes effect.', resolve: (h) => h.starting_at }),
    data: t.field({ type: [QuantityPrice], description: 'The quantities and prices in force.', resolve: (h) => h.data }),
  }),
});

const SubscriptionQuantityHistory = builder.objectRef<QuantityHistoryShape>('SubscriptionQuantityHistory').implement({
  description:
    'The history of subscription quantities and prices over time (`POST /v1/contracts/getSubscriptionQuantityHistory`). Future changes are not included: see `ContractSubscription.quantitySchedule`.',
  fields: (t) => ({
    subscriptionId: t.string({ nullable: true, description: 'The ID of the subscription.', resolve: (h) => h.subscription_id ?? null }),
    fiatCreditType: t.field({
      type: CreditType,
      nullable: true,
      description: 'The fiat pricing unit of the prices.',
      resolve: (h) => h.fiat_credit_type_id ?? null,
    }),
    history: t.field({ type: [QuantityHistoryEntry], description: 'The quantities and prices over time, oldest first.', resolve: (h) => h.history ?? [] }),
  }),
});

const ContractSubscription = builder.objectRef<SubscriptionShape>('ContractSubscription').implement({
  description:
    'A subscription on a contract: a fixed recurring fee or a seat-based one, priced by a SUBSCRIPTION rate of the rate card and billed every billing period for its quantity.',
  fields: (t) => ({
    metronomeId: t.string({ nullable: true, description: 'The ID of the subscription.', resolve: (s) => s.id ?? null }),
    name: t.string({ nullable: true, description: 'The name of the subscription.', resolve: (s) => s.name ?? null }),
    description: t.string({ nullable: true, description: 'The description of the subscription.', resolve: (s) => s.description ?? null }),
    product: t.field({
      type: Product,
      nullable: true,
      description: 'The SUBSCRIPTION product the subscription is priced by.',
      resolve: (s) => s.subscription_rate.product.id,
    }),
    productName: t.string({ description: 'The name of the subscription’s product.', resolve: (s) => s.subscription_rate.product.name }),
    billingFrequency: t.field({
      type: BillingFrequency,
      description: 'How often the subscription is billed; with the product, it picks the subscription rate on the rate card.',
      resolve: (s) => s.subscription_rate.billing_frequency,
    }),
    startingAt: t.field({ type: 'DateTime', description: 'Inclusive start time for the subscription.', resolve: (s) => s.starting_at }),
    endingBefore: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Exclusive end time for the subscription; null when it runs as long as the contract.',
      resolve: (s) => s.ending_before ?? null,
    }),
    collectionSchedule: t.field({
      type: CollectionSchedule,
      description: 'Whether the subscription is invoiced in advance or in arrears.',
      resolve: (s) => s.collection_schedule,
    }),
    quantityManagementMode: t.field({
      type: QuantityManagementMode,
      description: "Determines how the subscription's quantity is controlled.",
      resolve: (s) => s.quantity_management_mode,
    }),
    quantitySchedule: t.field({
      type: [QuantityScheduleItem],
      description: 'List of quantity schedule items for the subscription. Only includes the current quantity and future quantity changes.',
      resolve: (s) => s.quantity_schedule,
    }),
    seatGroupKey: t.string({
      nullable: true,
      description:
        'For SEAT_BASED subscriptions: the property name, sent on usage events, that identifies the seat ID associated with the usage event (e.g. `user_id`).',
      resolve: (s) => s.seat_config?.seat_group_key ?? null,
    }),
    proration: t.field({ type: Proration, description: 'How partial periods and mid-period changes are charged.', resolve: (s) => s.proration }),
    billingPeriods: t.field({
      type: BillingPeriods,
      description: 'Previous, current, and next billing periods for the subscription.',
      resolve: (s) => s.billing_periods,
    }),
    billingCycleAnchorDate: t.field({
      type: 'DateTime',
      nullable: true,
      description: "The date this subscription's billing cycle is anchored to.",
      resolve: (s) => s.billing_cycle_config?.anchor_date ?? null,
    }),
    invoicePlacement: t.field({
      type: InvoicePlacement,
      nullable: true,
      description: 'Controls whether this subscription consolidates onto usage invoices or gets its own scheduled invoice.',
      resolve: (s) => s.billing_cycle_config?.invoice_placement ?? null,
    }),
    fiatCreditType: t.field({
      type: CreditType,
      nullable: true,
      description: 'The fiat pricing unit the subscription is billed in.',
      resolve: (s) => s.fiat_credit_type_id ?? null,
    }),
    customFields: customFieldsField(t),
    quantityHistory: t.field({
      type: SubscriptionQuantityHistory,
      nullable: true,
      description:
        'The history of the subscription’s quantities and prices over time (`POST /v1/contracts/getSubscriptionQuantityHistory`); future changes are not included.',
      resolve: (s, _args, { api }) =>
        s.id ? loadSubscriptionQuantityHistory(api, { customerId: s.customer_id, contractId: s.contract_id }, s.id) : null,
    }),
  }),
});

const RATE_SCHEDULE_MAX_PAGE = 100;
const ContractRateConnection = connectionType('ContractRate', ContractRate, 'A page of a contract’s rate schedule.');

Contract.implement({
  description:
    'A contract (v1): the terms a customer is billed under — its rate card and overrides, commits, credits, scheduled charges and usage statement schedule. Fields show the current state, with amendments applied.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the contract.' }),
    customer: t.field({ type: Customer, nullable: true, description: 'The customer the contract bills.', resolve: (c) => c.customer_id }),
    name: t.string({ nullable: true, description: 'The name of the contract.', resolve: (c) => current(c).name ?? null }),
    startingAt: t.field({ type: 'DateTime', description: 'When the contract starts.', resolve: (c) => current(c).starting_at }),
    endingBefore: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the contract ends (exclusive); null for an open-ended contract.',
      resolve: (c) => current(c).ending_before ?? null,
    }),
    rateCard: t.field({
      type: RateCard,
      nullable: true,
      description: 'The rate card the contract prices usage with.',
      resolve: (c) => current(c).rate_card_id ?? null,
    }),
    netPaymentTermsDays: t.float({ nullable: true, description: 'Days after an invoice is issued that payment is due.', resolve: (c) => current(c).net_payment_terms_days ?? null }),
    usageStatementSchedule: t.field({
      type: 'JSON',
      description: 'How often usage is invoiced (`frequency`) and the `billing_anchor_date` statements follow.',
      resolve: (c) => current(c).usage_statement_schedule,
    }),
    commits: t.field({
      type: [Commit],
      description: 'The contract’s commits.',
      resolve: (c) => (current(c).commits ?? []).map((commit): CommitShape => ({ ...commit, customer_id: c.customer_id })),
    }),
    credits: t.field({
      type: [Credit],
      description: 'The contract’s credits.',
      resolve: (c) => (current(c).credits ?? []).map((credit): CreditShape => ({ ...credit, customer_id: c.customer_id })),
    }),
    recurringCommits: t.field({
      type: [RecurringCommit],
      description: 'The contract’s recurring commits: each creates one of the contract’s commits per period.',
      resolve: (c) => current(c).recurring_commits ?? [],
    }),
    recurringCredits: t.field({
      type: [RecurringCommit],
      description: 'The contract’s recurring credits: each creates one of the contract’s credits per period.',
      resolve: (c) => current(c).recurring_credits ?? [],
    }),
    overrides: t.field({ type: 'JSON', description: 'The contract’s rate overrides.', resolve: (c) => current(c).overrides ?? [] }),
    scheduledCharges: t.field({ type: 'JSON', description: 'The contract’s scheduled charges.', resolve: (c) => current(c).scheduled_charges ?? [] }),
    transitions: t.field({ type: 'JSON', description: 'Renewals from or to this contract.', resolve: (c) => current(c).transitions ?? [] }),
    amendments: t.field({ type: 'JSON', description: 'The amendments made to the contract.', resolve: (c) => c.amendments ?? [] }),
    uniquenessKey: t.string({
      nullable: true,
      description:
        'Prevents the creation of duplicates. If a request to create a record is made with a previously used uniqueness key, a new record will not be created and the request will fail with a 409 error.',
      resolve: (c) => c.uniqueness_key ?? null,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When the contract was created.', resolve: (c) => current(c).created_at }),
    createdBy: t.string({ description: 'Who created the contract.', resolve: (c) => current(c).created_by }),
    archivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'RFC 3339 timestamp indicating when the contract was archived. If not returned, the contract is not archived.',
      resolve: (c) => c.archived_at ?? null,
    }),
    customFields: customFieldsField(t),
    usageFilter: t.field({
      type: ContractUsageFilter,
      nullable: true,
      description:
        'If a customer has multiple contracts with overlapping rates, the usage filter routes usage to the appropriate contract based on a predefined group key; null when the contract has none.',
      resolve: (c) => current(c).usage_filter ?? null,
    }),
    subscriptions: t.field({
      type: [ContractSubscription],
      description: 'List of subscriptions on the contract.',
      resolve: (c) => (c.subscriptions ?? []).map((s): SubscriptionShape => ({ ...s, customer_id: c.customer_id, contract_id: c.id })),
    }),
    subscriptionQuantityHistory: t.field({
      type: SubscriptionQuantityHistory,
      nullable: true,
      description:
        'Get the history of subscription quantities and prices over time for a given `subscription_id` (`POST /v1/contracts/getSubscriptionQuantityHistory`). Future changes are not included - see `subscriptions { quantitySchedule }`. An unknown subscription is a BAD_USER_INPUT error, as Metronome answers it.',
      args: { subscriptionId: t.arg.string({ required: true, description: 'The ID of the subscription.' }) },
      resolve: (c, { subscriptionId }, { api }) =>
        loadSubscriptionQuantityHistory(api, { customerId: c.customer_id, contractId: c.id }, subscriptionId),
    }),
    rateSchedule: t.field({
      type: ContractRateConnection,
      description:
        'Get the rate schedule for the rate card on a given contract, inclusive of contract-level overrides (`POST /v1/contracts/getContractRateSchedule`).',
      args: {
        ...pagingArgs(t.arg, RATE_SCHEDULE_MAX_PAGE),
        at: t.arg({
          type: 'DateTime',
          required: false,
          description: 'optional timestamp which overlaps with the returned rate schedule segments. When not specified, the current timestamp will be used.',
        }),
        selectors: t.arg({
          type: [RateSelectorWithProductTagsInput],
          required: false,
          description:
            'List of rate selectors, rates matching ANY of the selectors will be included in the response. Passing no selectors will result in all rates being returned.',
        }),
      },
      resolve: (c, args, { api }) =>
        resolveCursorConnection(args, RATE_SCHEDULE_MAX_PAGE, ({ limit, nextPage }) =>
          api.contracts.retrieveRateSchedule({
            customer_id: c.customer_id,
            contract_id: c.id,
            limit,
            next_page: nextPage,
            at: args.at ?? undefined,
            selectors: selectorsBody(args.selectors),
          }),
        ),
    }),
  }),
});

const ContractConnection = connectionType('Contract', Contract, 'A page of contracts.');
const CommitConnection = connectionType('Commit', Commit, 'A page of commits.');
const CreditConnection = connectionType('Credit', Credit, 'A page of credits.');
const COMMITS_MAX_PAGE = 25;

builder.objectFields(Commit, (t) => ({
  contract: t.field({
    type: Contract,
    nullable: true,
    description: 'The contract the commit belongs to; null for a customer-level commit.',
    resolve: (commit) => (commit.contract ? compositeId(commit.customer_id, commit.contract.id) : null),
  }),
}));

builder.objectFields(Credit, (t) => ({
  contract: t.field({
    type: Contract,
    nullable: true,
    description: 'The contract the credit belongs to; null for a customer-level credit.',
    resolve: (credit) => (credit.contract ? compositeId(credit.customer_id, credit.contract.id) : null),
  }),
}));

builder.objectFields(Customer, (t) => ({
  contracts: t.field({
    type: ContractConnection,
    description: 'The customer’s contracts (`POST /v1/contracts/list`, read once per operation and paged here).',
    args: {
      ...pagingArgs(t.arg, 100),
      includeArchived: t.arg.boolean({ required: false, description: 'Include archived contracts in the response' }),
      coveringDate: t.arg({
        type: 'DateTime',
        required: false,
        description: 'Optional RFC 3339 timestamp. If provided, the response will include only contracts effective on the provided date.',
      }),
    },
    resolve: async (customer, args, { api }) => {
      // Always read with include_archived and filter here: the same call then also serves every Contract
      // loaded by id for this customer in the operation (see loadContracts).
      const { data } = await api.contracts.list({
        customer_id: customer.id,
        include_archived: true,
        covering_date: args.coveringDate ?? undefined,
      });
      return resolveListConnection(args, args.includeArchived ? data : data.filter((contract) => !contract.archived_at));
    },
  }),
  commits: t.field({
    type: CommitConnection,
    description: 'The customer’s commits, customer-level and (optionally) contract-level (`POST /v1/contracts/customerCommits/list`).',
    args: {
      ...pagingArgs(t.arg, COMMITS_MAX_PAGE),
      includeContractCommits: t.arg.boolean({ required: false, description: 'Include commits on the contract level.' }),
      includeArchived: t.arg.boolean({ required: false, description: 'Include archived commits and commits from archived contracts.' }),
    },
    resolve: (customer, args, { api }) =>
      resolveCursorConnection(args, COMMITS_MAX_PAGE, async ({ limit, nextPage }) => {
        const page = await api.commits.list({
          customer_id: customer.id,
          limit,
          next_page: nextPage,
          include_contract_commits: args.includeContractCommits ?? undefined,
          include_archived: args.includeArchived ?? undefined,
          include_balance: true,
        });
        return { data: page.data.map((commit): CommitShape => ({ ...commit, customer_id: customer.id })), next_page: page.next_page };
      }),
  }),
  credits: t.field({
    type: CreditConnection,
    description: 'The customer’s credits, customer-level and (optionally) contract-level (`POST /v1/contracts/customerCredits/list`).',
    args: {
      ...pagingArgs(t.arg, COMMITS_MAX_PAGE),
      includeContractCredits: t.arg.boolean({ required: false, description: 'Include credits on the contract level.' }),
      includeArchived: t.arg.boolean({ required: false, description: 'Include archived credits and credits from archived contracts.' }),
    },
    resolve: (customer, args, { api }) =>
      resolveCursorConnection(args, COMMITS_MAX_PAGE, async ({ limit, nextPage }) => {
        const page = await api.credits.list({
          customer_id: customer.id,
          limit,
          next_page: nextPage,
          include_contract_credits: args.includeContractCredits ?? undefined,
          include_archived: args.includeArchived ?? undefined,
          include_balance: true,
        });
        return { data: page.data.map((credit): CreditShape => ({ ...credit, customer_id: customer.id })), next_page: page.next_page };
      }),
  }),
}));

builder.queryFields((t) => ({
  contract: t.field({
    type: Contract,
    nullable: true,
    description: 'A contract by its customer and ID (archived included); null (with a NOT_FOUND error) when there is none.',
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer.' }),
      metronomeId: t.arg.string({ required: true, description: 'The ID of the contract.' }),
    },
    resolve: (_root, args) => compositeId(args.customerId, args.metronomeId),
  }),
}));

const UsageStatementScheduleDay = builder.enumType('UsageStatementScheduleDay', {
  description: 'The day usage statements are anchored to: the first of the month (default), the contract start, or a custom date.',
  values: ['FIRST_OF_MONTH', 'CONTRACT_START', 'CUSTOM_DATE'] as const,
});

const UsageStatementScheduleInput = builder.inputType('UsageStatementScheduleInput', {
  description: 'How often usage is invoiced, and the date statements follow.',
  fields: (t) => ({
    frequency: t.field({ type: BillingFrequency, required: true, description: 'How often usage statements are issued.' }),
    day: t.field({ type: UsageStatementScheduleDay, required: false, description: 'If not provided, defaults to the first day of the month.' }),
    billingAnchorDate: t.field({
      type: 'DateTime',
      required: false,
      description:
        'Required when using CUSTOM_DATE. This option lets you set a historical billing anchor date, aligning future billing cycles with a chosen cadence.',
    }),
    invoiceGenerationStartingAt: t.field({
      type: 'DateTime',
      required: false,
      description:
        "The date Metronome should start generating usage invoices. If unspecified, contract start date will be used. This is useful to set if you want to import historical invoices via our 'Create Historical Invoices' API rather than having Metronome automatically generate them.",
    }),
  }),
});

const UsageFilterInput = builder.inputType('UsageFilterInput', {
  description: 'Routes usage to the contract by one group key.',
  fields: (t) => ({
    groupKey: t.string({ required: true, description: 'The group key usage is routed by, e.g. `project_id`.' }),
    groupValues: t.stringList({ required: true, description: 'The values of the group key routed to the contract.' }),
    startingAt: t.field({ type: 'DateTime', required: false, description: 'When the filter starts to apply.' }),
  }),
});

const TransitionTrueup = builder.enumType('ContractTransitionTrueup', {
  description: 'Controls whether future trueup invoices are billed or removed. Default behavior is AS_IS if not specified.',
  values: ['REMOVE', 'AS_IS'] as const,
});

const ContractTransitionInput = builder.inputType('ContractTransitionInput', {
  description: 'Makes the new contract a renewal of another of the customer’s contracts.',
  fields: (t) => ({
    fromContractId: t.string({ required: true, description: 'The contract this one renews.' }),
    futureInvoiceTrueup: t.field({
      type: TransitionTrueup,
      required: false,
      description: 'Controls whether future trueup invoices are billed or removed. Default behavior is AS_IS if not specified.',
    }),
  }),
});

const MultiplierOverridePrioritization = builder.enumType('MultiplierOverridePrioritization', {
  description:
    'Defaults to LOWEST_MULTIPLIER, which applies the greatest discount to list prices automatically. EXPLICIT prioritization requires specifying priorities for each multiplier; the one with the lowest priority value will be prioritized first. If tiered overrides are used, prioritization must be explicit.',
  values: ['LOWEST_MULTIPLIER', 'EXPLICIT'] as const,
});

/** The REST body's own shape: deep terms are passed through as JSON. */
const asBody = <T>(value: unknown): T | undefined => (value ?? undefined) as T | undefined;

const JSON_TERMS = {
  commits: 'The contract’s commits, as the REST body’s `commits` (product_id, type, access_schedule, invoice_schedule, specifiers, …).',
  credits: 'The contract’s credits, as the REST body’s `credits` (product_id, access_schedule, specifiers, …).',
  overrides:
    'Rate overrides, as the REST body’s `overrides` (starting_at, override_specifiers, type MULTIPLIER/OVERWRITE/TIERED, multiplier or overwrite_rate, …).',
  scheduledCharges: 'Scheduled charges, as the REST body’s `scheduled_charges` (product_id, schedule, …).',
  discounts: "Discounts, as the REST body's `discounts`. This field's availability is dependent on your client's configuration.",
  professionalServices:
    "Professional services, as the REST body's `professional_services`. This field's availability is dependent on your client's configuration.",
  resellerRoyalties:
    "Reseller royalties, as the REST body's `reseller_royalties`. This field's availability is dependent on your client's configuration.",
  customFields: 'Custom fields to be added eg. { "key1": "value1", "key2": "value2" }',
  netsuite: "This field's availability is dependent on your client's configuration.",
};

const CreateContractInput = builder.inputType('CreateContractInput', {
  description:
    'A new contract (`POST /v1/contracts/create`): typed fields for its header, JSON in the REST body’s shape for its deep terms (commits, credits, overrides, subscriptions, …).',
  fields: (t) => ({
    customerId: t.string({ required: true, description: 'The Metronome ID of the customer.' }),
    startingAt: t.field({ type: 'DateTime', required: true, description: 'inclusive contract start time' }),
    endingBefore: t.field({ type: 'DateTime', required: false, description: 'exclusive contract end time' }),
    name: t.string({ required: false, description: 'The name of the contract.' }),
    rateCardId: t.string({ required: false, description: 'The rate card the contract prices usage with.' }),
    rateCardAlias: t.string({
      required: false,
      description: "Selects the rate card linked to the specified alias as of the contract's start date.",
    }),
    netPaymentTermsDays: t.float({ required: false, description: 'Days after an invoice is issued that payment is due.' }),
    uniquenessKey: t.string({
      required: false,
      description:
        'Prevents the creation of duplicates. If a request to create a record is made with a previously used uniqueness key, a new record will not be created and the request will fail with a 409 error.',
    }),
    usageStatementSchedule: t.field({ type: UsageStatementScheduleInput, required: false, description: 'How often usage is invoiced.' }),
    usageFilter: t.field({ type: UsageFilterInput, required: false, description: 'Routes usage to the contract by one group key.' }),
    transition: t.field({ type: ContractTransitionInput, required: false, description: 'Makes the contract a renewal of another.' }),
    multiplierOverridePrioritization: t.field({
      type: MultiplierOverridePrioritization,
      required: false,
      description: 'How multiplier overrides are prioritized.',
    }),
    customFields: t.field({ type: 'JSON', required: false, description: JSON_TERMS.customFields }),
    commits: t.field({ type: 'JSON', required: false, description: JSON_TERMS.commits }),
    credits: t.field({ type: 'JSON', required: false, description: JSON_TERMS.credits }),
    overrides: t.field({ type: 'JSON', required: false, description: JSON_TERMS.overrides }),
    scheduledCharges: t.field({ type: 'JSON', required: false, description: JSON_TERMS.scheduledCharges }),
    subscriptions: t.field({
      type: 'JSON',
      required: false,
      description:
        'Subscriptions to add to the contract, as the REST body’s `subscriptions` (subscription_rate {product_id, billing_frequency}, collection_schedule, proration, initial_quantity or seat_config, …).',
    }),
    recurringCommits: t.field({ type: 'JSON', required: false, description: 'Recurring commits, as the REST body’s `recurring_commits`.' }),
    recurringCredits: t.field({ type: 'JSON', required: false, description: 'Recurring credits, as the REST body’s `recurring_credits`.' }),
    discounts: t.field({ type: 'JSON', required: false, description: JSON_TERMS.discounts }),
    professionalServices: t.field({ type: 'JSON', required: false, description: JSON_TERMS.professionalServices }),
    resellerRoyalties: t.field({ type: 'JSON', required: false, description: JSON_TERMS.resellerRoyalties }),
    spendTrackers: t.field({
      type: 'JSON',
      required: false,
      description: 'Spend trackers to attach to this contract, as the REST body’s `spend_trackers`. Aliases must be unique within a contract.',
    }),
    billingProviderConfiguration: t.field({
      type: 'JSON',
      required: false,
      description:
        'The billing provider configuration associated with a contract, as the REST body’s `billing_provider_configuration`: either an ID or the provider and delivery method.',
    }),
    revenueSystemConfiguration: t.field({
      type: 'JSON',
      required: false,
      description: 'The revenue system configuration associated with a contract, as the REST body’s `revenue_system_configuration`.',
    }),
    hierarchyConfiguration: t.field({
      type: 'JSON',
      required: false,
      description: 'A parent or child configuration, as the REST body’s `hierarchy_configuration`.',
    }),
    prepaidBalanceThresholdConfiguration: t.field({
      type: 'JSON',
      required: false,
      description: 'Automatic top-ups of a prepaid balance, as the REST body’s `prepaid_balance_threshold_configuration`.',
    }),
    spendThresholdConfiguration: t.field({
      type: 'JSON',
      required: false,
      description: 'Invoicing once spend reaches a threshold, as the REST body’s `spend_threshold_configuration`.',
    }),
    scheduledChargesOnUsageInvoices: t.boolean({
      required: false,
      description:
        "Consolidates every scheduled and commit charge onto the Contract's usage invoice (`scheduled_charges_on_usage_invoices: ALL`) when true. The charge's `timestamp` must match the usage invoice's `ending_before` date for consolidation to occur. This cannot be modified after a Contract has been created.",
    }),
    netsuiteSalesOrderId: t.string({ required: false, description: JSON_TERMS.netsuite }),
    salesforceOpportunityId: t.string({ required: false, description: JSON_TERMS.netsuite }),
    totalContractValue: t.float({ required: false, description: JSON_TERMS.netsuite }),
    packageId: t.string({
      required: false,
      description:
        'If provided, provisions a customer on a package instead of creating a traditional contract. When specified, only customer_id, starting_at, package_id, uniqueness_key, transition, and custom_fields are allowed.',
    }),
    packageAlias: t.string({
      required: false,
      description: "Selects the package linked to the specified alias as of the contract's start date. Mutually exclusive with package_id.",
    }),
  }),
});

const AmendContractInput = builder.inputType('AmendContractInput', {
  description:
    'An amendment to a contract (`POST /v1/contracts/amend`): terms added from `startingAt`, in the REST body’s shape. Amendments will be replaced by contract editing in Metronome.',
  fields: (t) => ({
    customerId: t.string({ required: true, description: 'ID of the customer whose contract is to be amended' }),
    contractId: t.string({ required: true, description: 'ID of the contract to amend' }),
    startingAt: t.field({ type: 'DateTime', required: true, description: 'inclusive start time for the amendment' }),
    commits: t.field({ type: 'JSON', required: false, description: JSON_TERMS.commits }),
    credits: t.field({ type: 'JSON', required: false, description: JSON_TERMS.credits }),
    overrides: t.field({ type: 'JSON', required: false, description: JSON_TERMS.overrides }),
    scheduledCharges: t.field({ type: 'JSON', required: false, description: JSON_TERMS.scheduledCharges }),
    discounts: t.field({ type: 'JSON', required: false, description: JSON_TERMS.discounts }),
    professionalServices: t.field({ type: 'JSON', required: false, description: JSON_TERMS.professionalServices }),
    resellerRoyalties: t.field({ type: 'JSON', required: false, description: JSON_TERMS.resellerRoyalties }),
    customFields: t.field({ type: 'JSON', required: false, description: JSON_TERMS.customFields }),
    netsuiteSalesOrderId: t.string({ required: false, description: JSON_TERMS.netsuite }),
    salesforceOpportunityId: t.string({ required: false, description: JSON_TERMS.netsuite }),
    totalContractValue: t.float({ required: false, description: JSON_TERMS.netsuite }),
  }),
});

const customerIdArg = { type: 'String', required: true, description: 'The Metronome ID of the customer.' } as const;
const contractIdArg = { type: 'String', required: true, description: 'The ID of the contract.' } as const;

builder.mutationFields((t) => ({
  createContract: t.field({
    type: Contract,
    description:
      "Create a contract (`POST /v1/contracts/create`): a customer's products, pricing, discounts, access duration, and billing configuration. A reused uniqueness key is a CONFLICT error.",
    args: {
      input: t.arg({ type: CreateContractInput, required: true, description: 'The contract to create.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      type Body = ContractCreateParams;
      const { data } = await context.api.contracts.create(
        {
          customer_id: input.customerId,
          starting_at: input.startingAt,
          ending_before: input.endingBefore ?? undefined,
          name: input.name ?? undefined,
          rate_card_id: input.rateCardId ?? undefined,
          rate_card_alias: input.rateCardAlias ?? undefined,
          net_payment_terms_days: input.netPaymentTermsDays ?? undefined,
          uniqueness_key: input.uniquenessKey ?? undefined,
          usage_statement_schedule: input.usageStatementSchedule
            ? {
                frequency: input.usageStatementSchedule.frequency,
                day: input.usageStatementSchedule.day ?? undefined,
                billing_anchor_date: input.usageStatementSchedule.billingAnchorDate ?? undefined,
                invoice_generation_starting_at: input.usageStatementSchedule.invoiceGenerationStartingAt ?? undefined,
              }
            : undefined,
          usage_filter: input.usageFilter
            ? {
                group_key: input.usageFilter.groupKey,
                group_values: input.usageFilter.groupValues,
                starting_at: input.usageFilter.startingAt ?? undefined,
              }
            : undefined,
          transition: input.transition
            ? {
                type: 'RENEWAL',
                from_contract_id: input.transition.fromContractId,
                ...(input.transition.futureInvoiceTrueup
                  ? { future_invoice_behavior: { trueup: input.transition.futureInvoiceTrueup } }
                  : {}),
              }
            : undefined,
          multiplier_override_prioritization: input.multiplierOverridePrioritization ?? undefined,
          custom_fields: asBody<Body['custom_fields']>(input.customFields),
          commits: asBody<Body['commits']>(input.commits),
          credits: asBody<Body['credits']>(input.credits),
          overrides: asBody<Body['overrides']>(input.overrides),
          scheduled_charges: asBody<Body['scheduled_charges']>(input.scheduledCharges),
          subscriptions: asBody<Body['subscriptions']>(input.subscriptions),
          recurring_commits: asBody<Body['recurring_commits']>(input.recurringCommits),
          recurring_credits: asBody<Body['recurring_credits']>(input.recurringCredits),
          discounts: asBody<Body['discounts']>(input.discounts),
          professional_services: asBody<Body['professional_services']>(input.professionalServices),
          reseller_royalties: asBody<Body['reseller_royalties']>(input.resellerRoyalties),
          spend_trackers: asBody<Body['spend_trackers']>(input.spendTrackers),
          billing_provider_configuration: asBody<Body['billing_provider_configuration']>(input.billingProviderConfiguration),
          revenue_system_configuration: asBody<Body['revenue_system_configuration']>(input.revenueSystemConfiguration),
          hierarchy_configuration: asBody<Body['hierarchy_configuration']>(input.hierarchyConfiguration),
          prepaid_balance_threshold_configuration: asBody<Body['prepaid_balance_threshold_configuration']>(
            input.prepaidBalanceThresholdConfiguration,
          ),
          spend_threshold_configuration: asBody<Body['spend_threshold_configuration']>(input.spendThresholdConfiguration),
          scheduled_charges_on_usage_invoices: input.scheduledChargesOnUsageInvoices ? 'ALL' : undefined,
          netsuite_sales_order_id: input.netsuiteSalesOrderId ?? undefined,
          salesforce_opportunity_id: input.salesforceOpportunityId ?? undefined,
          total_contract_value: input.totalContractValue ?? undefined,
          package_id: input.packageId ?? undefined,
          package_alias: input.packageAlias ?? undefined,
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      return reloaded(context, input.customerId, data.id);
    },
  }),
  amendContract: t.field({
    type: Contract,
    description:
      'Amend a contract (`POST /v1/contracts/amend`): add commits, credits, overrides, scheduled charges and more from `startingAt`. Answers the contract with the amendment applied (see `amendments`). Amendments will be replaced by contract editing in Metronome.',
    args: {
      input: t.arg({ type: AmendContractInput, required: true, description: 'The amendment.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      type Body = ContractAmendParams;
      await context.api.contracts.amend(
        {
          customer_id: input.customerId,
          contract_id: input.contractId,
          starting_at: input.startingAt,
          commits: asBody<Body['commits']>(input.commits),
          credits: asBody<Body['credits']>(input.credits),
          overrides: asBody<Body['overrides']>(input.overrides),
          scheduled_charges: asBody<Body['scheduled_charges']>(input.scheduledCharges),
          discounts: asBody<Body['discounts']>(input.discounts),
          professional_services: asBody<Body['professional_services']>(input.professionalServices),
          reseller_royalties: asBody<Body['reseller_royalties']>(input.resellerRoyalties),
          custom_fields: asBody<Body['custom_fields']>(input.customFields),
          netsuite_sales_order_id: input.netsuiteSalesOrderId ?? undefined,
          salesforce_opportunity_id: input.salesforceOpportunityId ?? undefined,
          total_contract_value: input.totalContractValue ?? undefined,
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      return reloaded(context, input.customerId, input.contractId);
    },
  }),
  archiveContract: t.field({
    type: Contract,
    description:
      'Permanently end and archive a contract along with all its terms (`POST /v1/contracts/archive`): draft invoices are canceled, upcoming scheduled invoices voided, and its commits and credits archived. Use this in the event a contract was incorrectly created. The contract stays readable, with `archivedAt` set.',
    args: {
      customerId: t.arg(customerIdArg),
      contractId: t.arg(contractIdArg),
      voidInvoices: t.arg.boolean({
        required: true,
        description: 'If false, the existing finalized invoices will remain after the contract is archived.',
      }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, contractId, voidInvoices, idempotencyKey }, context) => {
      await context.api.contracts.archive(
        { customer_id: customerId, contract_id: contractId, void_invoices: voidInvoices },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      return reloaded(context, customerId, contractId);
    },
  }),
  updateContractEndDate: t.field({
    type: Contract,
    description:
      "Update or add an end date to a contract (`POST /v1/contracts/updateEndDate`). Ending a contract early will impact draft usage statements, truncate any terms, and remove upcoming scheduled invoices. Moving the date into the future will only extend the contract length. Use this if a contract's end date has changed or if a perpetual contract ends.",
    args: {
      customerId: t.arg(customerIdArg),
      contractId: t.arg(contractIdArg),
      endingBefore: t.arg({
        type: 'DateTime',
        required: false,
        description: 'RFC 3339 timestamp indicating when the contract will end (exclusive). If not provided, the contract will be updated to be open-ended.',
      }),
      allowEndingBeforeFinalizedInvoice: t.arg.boolean({
        required: false,
        description:
          'If true, allows setting the contract end date earlier than the end_timestamp of existing finalized invoices. Finalized invoices will be unchanged; if you want to incorporate the new end date, you can void and regenerate finalized usage invoices. Defaults to true.',
      }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, args, context) => {
      await context.api.contracts.updateEndDate(
        {
          customer_id: args.customerId,
          contract_id: args.contractId,
          ending_before: args.endingBefore ?? undefined,
          allow_ending_before_finalized_invoice: args.allowEndingBeforeFinalizedInvoice ?? undefined,
        },
        { idempotencyKey: args.idempotencyKey ?? undefined },
      );
      return reloaded(context, args.customerId, args.contractId);
    },
  }),
  setContractUsageFilter: t.field({
    type: Contract,
    description:
      'Set a contract’s usage filter from `startingAt` (`POST /v1/contracts/setUsageFilter`): if a customer has multiple contracts with overlapping rates, the usage filter routes usage to the appropriate contract based on a predefined group key. Answers the contract (see `usageFilter`).',
    args: {
      customerId: t.arg(customerIdArg),
      contractId: t.arg(contractIdArg),
      groupKey: t.arg.string({ required: true, description: 'The group key usage is routed by, e.g. `project_id`.' }),
      groupValues: t.arg.stringList({ required: true, description: 'The values of the group key routed to the contract.' }),
      startingAt: t.arg({ type: 'DateTime', required: true, description: 'When the filter starts to apply.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, args, context) => {
      await context.api.contracts.setUsageFilter(
        {
          customer_id: args.customerId,
          contract_id: args.contractId,
          group_key: args.groupKey,
          group_values: args.groupValues,
          starting_at: args.startingAt,
        },
        { idempotencyKey: args.idempotencyKey ?? undefined },
      );
      return reloaded(context, args.customerId, args.contractId);
    },
  }),
}));

/**
 * The contract a write changed, read again on its own (`POST /v1/contracts/get`, rather than the customer's whole
 * list) and put in its loader in place of any copy read before the write.
 */
async function reloaded(context: GatewayContext, customerId: string, contractId: string): Promise<ContractShape> {
  const contract = await loadContract(context.api, { customerId, contractId });
  const id = compositeId(customerId, contractId);
  Contract.getDataloader(context).clear(id).prime(id, contract);
  return contract;
}
