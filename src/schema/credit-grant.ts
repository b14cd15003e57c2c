import type {
  CreditGrantCreateParams,
  CreditGrantListEntriesResponse,
  CreditGrantListResponse,
  CreditLedgerEntry as CreditLedgerEntryWire,
} from '@metronome/sdk/resources/v1/credit-grants';
import type { ArgBuilder } from '@pothos/core';
import { dataloaderGetter } from '@pothos/plugin-dataloader';
import {
  loadCreditGrants,
  loadCreditGrantsOfCustomers,
  loadCreditLedgers,
  type CreditLedgerKey,
  type CreditLedgerQuery,
} from '../loaders/credit-grants.js';
import { readAllPages } from '../loaders/all-pages.js';
import { builder, type GatewaySchemaTypes } from './builder.js';
import type { GatewayContext } from './context.js';
import { CreditType } from './credit-type.js';
import { customFieldsField } from './custom-fields.js';
import { Customer } from './customer.js';
import { idempotencyKeyArg } from './mutation.js';
import { Product } from './product.js';

export type CreditGrantShape = CreditGrantListResponse;

/** Resolvers return a credit grant or its id (loaded with one `listGrants` for all ids of the operation). */
export const CreditGrant = builder.loadableNodeRef('CreditGrant', {
  load: (ids: string[], { api }) => loadCreditGrants(api, ids),
  id: { resolve: (grant: CreditGrantShape) => grant.id },
});

const Amount = builder.objectRef<{ amount: number; credit_type: { id: string; name: string } }>('Amount').implement({
  description: 'An amount in a pricing unit.',
  fields: (t) => ({
    amount: t.exposeFloat('amount', { description: 'The amount, in the pricing unit.' }),
    creditType: t.field({ type: CreditType, nullable: true, description: 'The pricing unit.', resolve: (a) => a.credit_type.id }),
  }),
});

/** A credit ledger entry with the customer it belongs to, for links that need it. */
export type CreditGrantLedgerEntryShape = CreditLedgerEntryWire & { customer_id: string };

export const CreditGrantLedgerEntry = builder.objectRef<CreditGrantLedgerEntryShape>('CreditGrantLedgerEntry').implement({
  description: 'A change to a customer’s credit balance in one pricing unit: a grant, a deduction by an invoice, an expiration, a void.',
  fields: (t) => ({
    amount: t.exposeFloat('amount', { description: "an amount representing the change to the customer's credit balance" }),
    reason: t.exposeString('reason', { description: 'Why the balance changed, e.g. `Automated invoice deduction`.' }),
    runningBalance: t.exposeFloat('running_balance', {
      description: 'the running balance for this credit type at the time of the ledger entry, including all preceding charges',
    }),
    effectiveAt: t.field({ type: 'DateTime', description: 'When the change takes effect.', resolve: (e) => e.effective_at }),
    createdBy: t.exposeString('created_by', { description: 'Who made the change.' }),
    creditGrantId: t.exposeString('credit_grant_id', { description: 'the credit grant this entry is related to' }),
    creditGrant: t.field({
      type: CreditGrant,
      nullable: true,
      description: 'the credit grant this entry is related to; null (with a NOT_FOUND error) once it is voided.',
      resolve: (e) => e.credit_grant_id,
    }),
    invoiceId: t.string({
      nullable: true,
      description:
        "if this entry is a deduction, the Metronome ID of the invoice where the credit deduction was consumed; if this entry is a grant, the Metronome ID of the invoice where the grant's paid_amount was charged",
      resolve: (e) => e.invoice_id ?? null,
    }),
  }),
});

CreditGrant.implement({
  description: 'A credit grant (plans-era credits): an amount granted to a customer, effective over a window, drawn down by its invoices.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'the Metronome ID of the credit grant' }),
    name: t.exposeString('name', { description: 'The name of the credit grant.' }),
    customer: t.field({ type: Customer, nullable: true, description: 'The customer the grant is for.', resolve: (g) => g.customer_id }),
    grantAmount: t.field({ type: Amount, description: 'the amount of credits initially granted', resolve: (g) => g.grant_amount }),
    paidAmount: t.field({ type: Amount, description: 'the amount paid for this credit grant', resolve: (g) => g.paid_amount }),
    balanceIncludingPending: t.float({
      description: 'The grant’s current balance including all posted and pending deductions.',
      resolve: (g) => g.balance.including_pending,
    }),
    balanceExcludingPending: t.float({
      description: 'The grant’s current balance excluding all pending deductions.',
      resolve: (g) => g.balance.excluding_pending,
    }),
    balanceEffectiveAt: t.field({ type: 'DateTime', description: 'The effective_at date of the balance.', resolve: (g) => g.balance.effective_at }),
    effectiveAt: t.field({ type: 'DateTime', description: 'When the grant becomes usable.', resolve: (g) => g.effective_at }),
    expiresAt: t.field({ type: 'DateTime', description: 'When the grant expires.', resolve: (g) => g.expires_at }),
    priority: t.exposeFloat('priority', { description: 'Grants with a lower priority are drawn down first.' }),
    reason: t.string({ nullable: true, description: 'The reason for the grant.', resolve: (g) => g.reason ?? null }),
    creditGrantType: t.string({ nullable: true, description: 'A type the grant was tagged with.', resolve: (g) => g.credit_grant_type ?? null }),
    invoiceId: t.string({ nullable: true, description: 'the Metronome ID of the invoice with the purchase charge for this credit grant, if applicable', resolve: (g) => g.invoice_id ?? null }),
    products: t.field({
      type: [Product],
      description: 'The products whose usage the grant can pay for; empty means all.',
      resolve: (g) => (g.products ?? []).map((product) => product.id),
    }),
    deductions: t.field({
      type: [CreditGrantLedgerEntry],
      description: 'The posted deductions (ledger entries) of the grant.',
      resolve: (g) => g.deductions.map((entry) => ({ ...entry, customer_id: g.customer_id })),
    }),
    pendingDeductions: t.field({
      type: [CreditGrantLedgerEntry],
      description: 'The pending deductions (ledger entries) of the grant.',
      resolve: (g) => g.pending_deductions.map((entry) => ({ ...entry, customer_id: g.customer_id })),
    }),
    uniquenessKey: t.string({
      nullable: true,
      description: 'Prevents the creation of duplicates. If a request to create a record is made with a previously used uniqueness key, a new record will not be created and the request will fail with a 409 error.',
      resolve: (g) => g.uniqueness_key ?? null,
    }),
    customFields: customFieldsField(t),
  }),
});

builder.objectField(Customer, 'creditGrants', (t) =>
  t.loadableList({
    type: CreditGrant,
    byPath: true,
    description:
      'The customer’s credit grants. The grants of every customer a query reaches at this path are fetched with one `POST /v1/credits/listGrants`.',
    args: {
      creditTypeIds: t.arg.stringList({ required: false, description: 'Only grants in these pricing units.' }),
      effectiveBefore: t.arg({ type: 'DateTime', required: false, description: 'Only grants that are effective before this date (exclusive).' }),
      notExpiringBefore: t.arg({ type: 'DateTime', required: false, description: 'Only grants that expire at or after this date.' }),
    },
    load: (customerIds: string[], { api }, args) =>
      loadCreditGrantsOfCustomers(api, customerIds, {
        credit_type_ids: args.creditTypeIds ?? undefined,
        effective_before: args.effectiveBefore ?? undefined,
        not_expiring_before: args.notExpiringBefore ?? undefined,
      }),
    resolve: (customer) => customer.id,
  }),
);

// ---- Credit ledgers (`POST /v1/credits/listEntries`) ----------------------------------------------------------------

type CreditLedgerShape = CreditGrantListEntriesResponse.Ledger & { customer_id: string };
type LedgerBalance = CreditGrantListEntriesResponse.Ledger.StartingBalance;

const CreditLedgerBalance = builder.objectRef<LedgerBalance>('CreditLedgerBalance').implement({
  description: 'A credit balance at one instant, with and without the activity not yet posted.',
  fields: (t) => ({
    effectiveAt: t.field({ type: 'DateTime', description: 'The instant the balance is taken at.', resolve: (b) => b.effective_at }),
    excludingPending: t.exposeFloat('excluding_pending', {
      description: 'The balance including all posted grants, deductions, and expirations up to the instant.',
    }),
    includingPending: t.exposeFloat('including_pending', {
      description: 'the excluding_pending balance plus any pending activity that has not been posted at the time of the query',
    }),
  }),
});

const CreditLedger = builder.objectRef<CreditLedgerShape>('CreditLedger').implement({
  description: 'A customer’s credit ledger in one pricing unit over a window: its balances at both ends and the entries between.',
  fields: (t) => ({
    creditType: t.field({ type: CreditType, nullable: true, description: 'The pricing unit of the ledger.', resolve: (l) => l.credit_type.id }),
    startingBalance: t.field({
      type: CreditLedgerBalance,
      description:
        'the starting balance, as of the starting_on request parameter (if supplied) or the first credit grant’s effective_at date',
      resolve: (l) => l.starting_balance,
    }),
    endingBalance: t.field({
      type: CreditLedgerBalance,
      description:
        'the effective balances at the end of the specified time window: the ending_before request parameter (if supplied) or the current billing period’s end date',
      resolve: (l) => l.ending_balance,
    }),
    entries: t.field({
      type: [CreditGrantLedgerEntry],
      description: 'The posted entries, in the requested order.',
      resolve: (l) => l.entries.map((entry) => ({ ...entry, customer_id: l.customer_id })),
    }),
    pendingEntries: t.field({
      type: [CreditGrantLedgerEntry],
      description: 'The pending entries (not yet posted), in the requested order.',
      resolve: (l) => l.pending_entries.map((entry) => ({ ...entry, customer_id: l.customer_id })),
    }),
  }),
});

const CustomerCreditLedgers = builder.objectRef<{ customer_id: string; ledgers: CreditLedgerShape[] }>('CustomerCreditLedgers').implement({
  description: 'The credit ledgers of one customer, one per pricing unit.',
  fields: (t) => ({
    customer: t.field({ type: Customer, nullable: true, description: 'The customer.', resolve: (c) => c.customer_id }),
    ledgers: t.field({ type: [CreditLedger], description: 'The customer’s ledgers, one per pricing unit.', resolve: (c) => c.ledgers }),
  }),
});

const LedgerSort = builder.enumType('CreditLedgerSort', {
  description: 'Ledgers sort order by date.',
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const,
});

/**
 * Ledgers by (customer, parameters), batched: every customer asked for with the same parameters in a tick, wherever
 * in the query, joins one `listEntries` call (one per distinct parameter set). Registered with the dataloader plugin,
 * so `clearAllDataLoaders` (subscriptions, between events) clears it too.
 */
const creditLedgerLoader = dataloaderGetter<string, CreditGrantListEntriesResponse.Ledger[], string>(
  undefined,
  (keys, context) => loadCreditLedgers((context as GatewayContext).api, keys.map((key) => JSON.parse(key) as CreditLedgerKey)),
  undefined,
  false,
);

async function loadLedgers(context: GatewayContext, customerId: string, query: CreditLedgerQuery): Promise<CreditLedgerShape[]> {
  const key: CreditLedgerKey = { customerId, query };
  const ledgers = await creditLedgerLoader(context).load(JSON.stringify(key));
  return ledgers.map((ledger) => ({ ...ledger, customer_id: customerId }));
}

const ledgerArgs = (t: ArgBuilder<GatewaySchemaTypes>) => ({
  creditTypeIds: t.stringList({
    required: false,
    description: 'A list of Metronome credit type IDs to fetch ledger entries for. If absent, ledger entries for all credit types will be returned.',
  }),
  startingOn: t({
    type: 'DateTime',
    required: false,
    description: 'If supplied, only ledger entries effective at or after this time will be returned.',
  }),
  endingBefore: t({
    type: 'DateTime',
    required: false,
    description:
      "If supplied, ledger entries will only be returned with an effective_at before this time. This timestamp must not be in the future. If no timestamp is supplied, all entries up to the start of the customer's next billing period will be returned.",
  }),
  sort: t({ type: LedgerSort, required: false, description: 'Ledgers sort order by date, asc or desc. Defaults to asc.' }),
});

const ledgerQuery = (args: {
  creditTypeIds?: string[] | null;
  startingOn?: string | null;
  endingBefore?: string | null;
  sort?: 'asc' | 'desc' | null;
}): CreditLedgerQuery => ({
  credit_type_ids: args.creditTypeIds ?? undefined,
  starting_on: args.startingOn ?? undefined,
  ending_before: args.endingBefore ?? undefined,
  sort: args.sort ?? undefined,
});

builder.objectField(Customer, 'creditLedger', (t) =>
  t.field({
    type: [CreditLedger],
    description:
      'The customer’s credit ledgers, one per pricing unit, in chronological order (`POST /v1/credits/listEntries`; entries of voided grants are not included). Every customer of an operation asked for with the same arguments shares one call.',
    args: ledgerArgs(t.arg),
    resolve: (customer, args, context) => loadLedgers(context, customer.id, ledgerQuery(args)),
  }),
);

builder.queryField('creditLedgerEntries', (t) =>
  t.field({
    type: [CustomerCreditLedgers],
    description:
      'Fetches a list of credit ledger entries (`POST /v1/credits/listEntries`). Returns lists of ledgers per customer. Ledger entries are returned in chronological order. Ledger entries associated with voided credit grants are not included. This is a Plans (deprecated) endpoint. New clients should implement using Contracts.',
    args: {
      customerIds: t.arg.stringList({
        required: false,
        description:
          'A list of Metronome customer IDs to fetch ledger entries for, answered in this order. If absent, ledger entries for all customers will be returned.',
      }),
      ...ledgerArgs(t.arg),
    },
    resolve: async (_root, args, context) => {
      const query = ledgerQuery(args);
      if (args.customerIds)
        return Promise.all(
          args.customerIds.map(async (customerId: string) => ({ customer_id: customerId, ledgers: await loadLedgers(context, customerId, query) })),
        );
      const customers = await readAllPages((nextPage) => context.api.creditGrants.listEntries({ ...query, next_page: nextPage }));
      return customers.map((c) => ({ customer_id: c.customer_id, ledgers: c.ledgers.map((ledger) => ({ ...ledger, customer_id: c.customer_id })) }));
    },
  }),
);

// ---- Writes ------------------------------------------------------------------------------------------------------

const CreditGrantAmountInput = builder.inputType('CreditGrantAmountInput', {
  description: 'An amount in a pricing unit.',
  fields: (t) => ({
    amount: t.float({ required: true, description: 'The amount.' }),
    creditTypeId: t.string({ required: true, description: 'the ID of the pricing unit to be used. Defaults to USD (cents) if not passed.' }),
  }),
});

const RolloverAmountType = builder.enumType('RolloverAmountType', {
  description: 'How the rollover amount is capped: a fraction of the remaining balance, or an absolute amount.',
  values: ['MAX_PERCENTAGE', 'MAX_AMOUNT'] as const,
});

const CreditGrantRolloverSettingsInput = builder.inputType('CreditGrantRolloverSettingsInput', {
  description:
    'Configure a rollover for this credit grant so if it expires it rolls over a configured amount to a new credit grant. This feature is currently opt-in only. Contact Metronome to be added to the beta.',
  fields: (t) => ({
    expiresAt: t.field({ type: 'DateTime', required: true, description: 'The date to expire the rollover credits.' }),
    priority: t.float({
      required: true,
      description: 'The priority to give the rollover credit grant that gets created when a rollover happens.',
    }),
    rolloverAmountType: t.field({ type: RolloverAmountType, required: true, description: 'Specify how much to rollover to the rollover credit grant: the kind of cap.' }),
    rolloverAmountValue: t.float({
      required: true,
      description: 'The cap: a fraction of the remaining balance (0 to 1) for MAX_PERCENTAGE, an amount for MAX_AMOUNT.',
    }),
  }),
});

const CreateCreditGrantInput = builder.inputType('CreateCreditGrantInput', {
  description: 'A new credit grant (`POST /v1/credits/createGrant`).',
  fields: (t) => ({
    customerId: t.string({ required: true, description: 'the Metronome ID of the customer' }),
    name: t.string({ required: true, description: 'the name of the credit grant as it will appear on invoices' }),
    grantAmount: t.field({ type: CreditGrantAmountInput, required: true, description: 'the amount of credits granted' }),
    paidAmount: t.field({ type: CreditGrantAmountInput, required: true, description: 'the amount paid for this credit grant' }),
    priority: t.float({ required: true, description: 'Grants with a lower priority are drawn down first.' }),
    expiresAt: t.field({
      type: 'DateTime',
      required: true,
      description: 'The credit grant will only apply to usage or charges dated before this timestamp',
    }),
    effectiveAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'The credit grant will only apply to usage or charges dated on or after this timestamp',
    }),
    invoiceDate: t.field({ type: 'DateTime', required: false, description: 'The date to issue an invoice for the paid_amount.' }),
    reason: t.string({ required: false, description: 'The reason for the grant.' }),
    creditGrantType: t.string({ required: false, description: 'A type to tag the grant with.' }),
    productIds: t.stringList({
      required: false,
      description:
        'The product(s) which these credits will be applied to. (If unspecified, the credits will be applied to charges for all products.). The array ordering specified here will be used to determine the order in which credits will be applied to invoice line items',
    }),
    rolloverSettings: t.field({
      type: CreditGrantRolloverSettingsInput,
      required: false,
      description: 'Configure a rollover for this credit grant so if it expires it rolls over a configured amount to a new credit grant.',
    }),
    customFields: t.field({ type: 'JSON', required: false, description: 'Custom fields to attach to the credit grant.' }),
    uniquenessKey: t.string({
      required: false,
      description:
        'Prevents the creation of duplicates. If a request to create a record is made with a previously used uniqueness key, a new record will not be created and the request will fail with a 409 error.',
    }),
  }),
});

const creditAmount = (amount: { amount: number; creditTypeId: string }) => ({ amount: amount.amount, credit_type_id: amount.creditTypeId });

builder.mutationFields((t) => ({
  createCreditGrant: t.field({
    type: CreditGrant,
    description:
      'Create a new credit grant (`POST /v1/credits/createGrant`); answers it as read back. A reused uniqueness key is a CONFLICT error. This is a Plans (deprecated) endpoint. New clients should implement using Contracts.',
    args: {
      input: t.arg({ type: CreateCreditGrantInput, required: true, description: 'The grant to create.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, { api }) => {
      const body: CreditGrantCreateParams = {
        customer_id: input.customerId,
        name: input.name,
        grant_amount: creditAmount(input.grantAmount),
        paid_amount: creditAmount(input.paidAmount),
        priority: input.priority,
        expires_at: input.expiresAt,
        effective_at: input.effectiveAt ?? undefined,
        invoice_date: input.invoiceDate ?? undefined,
        reason: input.reason ?? undefined,
        credit_grant_type: input.creditGrantType ?? undefined,
        product_ids: input.productIds ?? undefined,
        rollover_settings: input.rolloverSettings
          ? {
              expires_at: input.rolloverSettings.expiresAt,
              priority: input.rolloverSettings.priority,
              rollover_amount: { type: input.rolloverSettings.rolloverAmountType, value: input.rolloverSettings.rolloverAmountValue },
            }
          : undefined,
        custom_fields: (input.customFields as Record<string, string> | null) ?? undefined,
        uniqueness_key: input.uniquenessKey ?? undefined,
      };
      const { data } = await api.creditGrants.create(body, { idempotencyKey: idempotencyKey ?? undefined });
      return data.id;
    },
  }),
  editCreditGrant: t.field({
    type: CreditGrant,
    description:
      'Edit an existing credit grant (`POST /v1/credits/editGrant`): its name, expiration or type; answers it as read back. This is a Plans (deprecated) endpoint. New clients should implement using Contracts.',
    args: {
      id: t.arg.string({ required: true, description: 'the ID of the credit grant' }),
      name: t.arg.string({ required: false, description: 'the updated name for the credit grant' }),
      expiresAt: t.arg({ type: 'DateTime', required: false, description: 'the updated expiration date for the credit grant' }),
      creditGrantType: t.arg.string({ required: false, description: 'the updated credit grant type' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, args, context) => {
      const { data } = await context.api.creditGrants.edit(
        { id: args.id, name: args.name ?? undefined, expires_at: args.expiresAt ?? undefined, credit_grant_type: args.creditGrantType ?? undefined },
        { idempotencyKey: args.idempotencyKey ?? undefined },
      );
      CreditGrant.getDataloader(context).clear(data.id);
      return data.id;
    },
  }),
  voidCreditGrant: t.field({
    type: Customer,
    nullable: true,
    description:
      'Void a credit grant (`POST /v1/credits/voidGrant`). Voided grants are no longer listed, so this answers the grant’s customer (read first, to know it), whose `creditGrants` no longer hold it. This is a Plans (deprecated) endpoint. New clients should implement using Contracts.',
    args: {
      id: t.arg.string({ required: true, description: 'the ID of the credit grant' }),
      voidCreditPurchaseInvoice: t.arg.boolean({ required: false, description: 'If true, void the purchase invoice associated with the grant' }),
      releaseUniquenessKey: t.arg.boolean({
        required: false,
        description: 'If true, resets the uniqueness key on this grant so it can be re-used',
      }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, args, context) => {
      const grant = await CreditGrant.getDataloader(context).load(args.id);
      await context.api.creditGrants.void(
        {
          id: args.id,
          void_credit_purchase_invoice: args.voidCreditPurchaseInvoice ?? undefined,
          release_uniqueness_key: args.releaseUniquenessKey ?? undefined,
        },
        { idempotencyKey: args.idempotencyKey ?? undefined },
      );
      CreditGrant.getDataloader(context).clear(args.id);
      return grant.customer_id;
    },
  }),
}));
