import type { Commit as CommitWire, Credit as CreditWire } from '@metronome/sdk/resources/shared';
import { loadCommits, loadCredits } from '../loaders/commits.js';
import { badUserInput } from './errors.js';
import { builder } from './builder.js';
import { customFieldsField } from './custom-fields.js';
import { compositeId, splitCompositeId } from './node.js';
import { Product } from './product.js';

/** Commits and credits carry no customer id on the wire; the gateway adds the one it read them through. */
export type CommitShape = CommitWire & { customer_id: string };
export type CreditShape = CreditWire & { customer_id: string };

function keysOf(ids: string[]) {
  return ids.map((id) => {
    const parts = splitCompositeId(id, 2);
    return parts ? { customerId: parts[0]!, id: parts[1]! } : null;
  });
}

async function loadWithCustomer<T>(
  ids: string[],
  load: (keys: { customerId: string; id: string }[]) => Promise<(T | Error)[]>,
): Promise<((T & { customer_id: string }) | Error)[]> {
  const keys = keysOf(ids);
  const valid = keys.filter((key): key is { customerId: string; id: string } => key !== null);
  const loaded = await load(valid);
  let next = 0;
  return keys.map((key) => {
    if (!key) return badUserInput('Not a valid commit or credit id');
    const value = loaded[next++]!;
    return value instanceof Error ? value : { ...value, customer_id: key.customerId };
  });
}

/** Local id `<customer id>:<commit id>`; resolvers return a commit shape or that id. */
export const Commit = builder.loadableNodeRef('Commit', {
  load: (ids: string[], { api }) => loadWithCustomer(ids, (keys) => loadCommits(api, keys)),
  id: { resolve: (commit: CommitShape) => compositeId(commit.customer_id, commit.id) },
});

/** Local id `<customer id>:<credit id>`; resolvers return a credit shape or that id. */
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
    'The current balance of the credit or commit. This balance reflects the amount of credit or commit that the customer has access to use at this moment - thus, expired and upcoming credit or commit segments contribute 0 to the balance.',
  specifiers:
    "List of filters that determine what kind of customer usage draws down a commit or credit. A customer's usage needs to meet the condition of at least one of the specifiers to contribute to a commit's or credit's drawdown.",
  uniquenessKey:
    'Prevents the creation of duplicates. If a request to create a commit or credit is made with a uniqueness key that was previously used to create a commit or credit, a new record will not be created and the request will fail with a 409 error.',
};

Commit.implement({
  description:
    'A commit: an amount the customer committed to spend (prepaid or postpaid), granted over its access schedule, invoiced on its invoice schedule, and drawn down by usage of the products it applies to.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the commit.' }),
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
    accessSchedule: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The schedule that the customer will gain access to the credits purposed with this commit.',
      resolve: (commit) => commit.access_schedule ?? null,
    }),
    invoiceSchedule: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The schedule that the customer will be invoiced for this commit.',
      resolve: (commit) => commit.invoice_schedule ?? null,
    }),
    balance: t.float({ nullable: true, description: SHARED.balance, resolve: (commit) => commit.balance ?? null }),
    ledger: t.field({
      type: 'JSON',
      nullable: true,
      description: 'A list of ordered events that impact the balance of a commit. For example, an invoice deduction or a rollover.',
      resolve: (commit) => commit.ledger ?? null,
    }),
    rolloverFraction: t.float({ nullable: true, description: 'The fraction of the unused balance that rolls over to a renewal contract.', resolve: (c) => c.rollover_fraction ?? null }),
    applicableProductIds: t.stringList({ description: 'The products whose usage draws the commit down.', resolve: (c) => c.applicable_product_ids ?? [] }),
    applicableProductTags: t.stringList({ description: 'Products with these tags draw the commit down.', resolve: (c) => c.applicable_product_tags ?? [] }),
    specifiers: t.field({ type: 'JSON', nullable: true, description: SHARED.specifiers, resolve: (c) => c.specifiers ?? null }),
    uniquenessKey: t.string({ nullable: true, description: SHARED.uniquenessKey, resolve: (c) => c.uniqueness_key ?? null }),
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
    accessSchedule: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The schedule that the customer will gain access to the credits.',
      resolve: (credit) => credit.access_schedule ?? null,
    }),
    balance: t.float({ nullable: true, description: SHARED.balance, resolve: (credit) => credit.balance ?? null }),
    ledger: t.field({
      type: 'JSON',
      nullable: true,
      description: 'A list of ordered events that impact the balance of a credit. For example, an invoice deduction or an expiration.',
      resolve: (credit) => credit.ledger ?? null,
    }),
    applicableProductIds: t.stringList({ description: 'The products whose usage draws the credit down.', resolve: (c) => c.applicable_product_ids ?? [] }),
    applicableProductTags: t.stringList({ description: 'Products with these tags draw the credit down.', resolve: (c) => c.applicable_product_tags ?? [] }),
    specifiers: t.field({ type: 'JSON', nullable: true, description: SHARED.specifiers, resolve: (c) => c.specifiers ?? null }),
    uniquenessKey: t.string({ nullable: true, description: SHARED.uniquenessKey, resolve: (c) => c.uniqueness_key ?? null }),
    customFields: customFieldsField(t),
  }),
});
