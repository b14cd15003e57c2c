import type { CreditGrantListResponse } from '@metronome/sdk/resources/v1/credit-grants';
import { loadCreditGrants, loadCreditGrantsOfCustomers } from '../loaders/credit-grants.js';
import { builder } from './builder.js';
import { CreditType } from './credit-type.js';
import { Customer } from './customer.js';
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
    deductions: t.field({ type: 'JSON', description: 'The posted deductions (ledger entries) of the grant.', resolve: (g) => g.deductions }),
    pendingDeductions: t.field({ type: 'JSON', description: 'The pending deductions (ledger entries) of the grant.', resolve: (g) => g.pending_deductions }),
    uniquenessKey: t.string({
      nullable: true,
      description: 'Prevents the creation of duplicates. If a request to create a record is made with a previously used uniqueness key, a new record will not be created and the request will fail with a 409 error.',
      resolve: (g) => g.uniqueness_key ?? null,
    }),
    customFields: t.field({ type: 'JSON', description: 'Custom fields to be added eg. { "key1": "value1", "key2": "value2" }', resolve: (g) => g.custom_fields ?? {} }),
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
