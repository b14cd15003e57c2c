import type { ContractWithoutAmendments } from '@metronome/sdk/resources/shared';
import { builder } from './builder.js';
import { CommitRateType, CommitSubscriptionConfig } from './commit.js';
import { CreditType } from './credit-type.js';
import { Product } from './product.js';

type RecurringShape =
  | NonNullable<ContractWithoutAmendments['recurring_commits']>[number]
  | NonNullable<ContractWithoutAmendments['recurring_credits']>[number];
type AmountShape = { unit_price: number; quantity?: number | undefined; credit_type_id: string };

const RecurringAmount = builder.objectRef<AmountShape>('RecurringAmount').implement({
  description: 'What each generated commit or credit grants (or invoices): unit price × quantity.',
  fields: (t) => ({
    unitPrice: t.exposeFloat('unit_price', { description: 'The price of one unit, in the pricing unit.' }),
    quantity: t.float({
      nullable: true,
      description: 'Units per period; null when the attached subscription’s quantity sets it.',
      resolve: (a) => a.quantity ?? null,
    }),
    creditType: t.field({ type: CreditType, description: 'The pricing unit.', resolve: (a) => a.credit_type_id }),
  }),
});

/**
 * A recurring commit or credit of a contract: the definition from which Metronome creates one commit or credit per
 * period (those appear in the contract's `commits` / `credits` with `recurringCommitId` / `recurringCreditId`).
 */
export const RecurringCommit = builder.objectRef<RecurringShape>('RecurringCommit').implement({
  description:
    'A recurring commit or credit: Metronome creates a commit or credit from it every period of its recurrence, prorated at partial ends.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the recurring commit or credit.' }),
    name: t.string({ nullable: true, description: 'Passed down to the commits it creates.', resolve: (r) => r.name ?? null }),
    description: t.string({ nullable: true, description: 'Passed down to the commits it creates.', resolve: (r) => r.description ?? null }),
    product: t.field({ type: Product, nullable: true, description: 'The product the commits are invoiced as.', resolve: (r) => r.product.id }),
    priority: t.float({ description: 'Passed down to the commits it creates.', resolve: (r) => r.priority }),
    rateType: t.field({ type: CommitRateType, description: 'Whether the created commits use the commit rate or the list rate.', resolve: (r) => r.rate_type }),
    accessAmount: t.field({ type: RecurringAmount, description: 'What each created commit or credit grants.', resolve: (r) => r.access_amount }),
    invoiceAmount: t.field({
      type: RecurringAmount,
      nullable: true,
      description: 'What each created commit is invoiced at; null when it is granted free of charge (and for credits).',
      resolve: (r) => ('invoice_amount' in r ? (r.invoice_amount ?? null) : null),
    }),
    commitDurationPeriods: t.float({ description: 'How many periods each created commit can be used for.', resolve: (r) => r.commit_duration.value }),
    recurrenceFrequency: t.string({
      nullable: true,
      description: 'MONTHLY, QUARTERLY, ANNUAL, WEEKLY or DAILY; null when commits follow the usage invoice frequency.',
      resolve: (r) => r.recurrence_frequency ?? null,
    }),
    proration: t.string({ nullable: true, description: 'NONE, FIRST, LAST or FIRST_AND_LAST: which partial periods are prorated.', resolve: (r) => r.proration ?? null }),
    startingAt: t.field({ type: 'DateTime', description: 'When the first commit starts.', resolve: (r) => r.starting_at }),
    endingBefore: t.field({ type: 'DateTime', nullable: true, description: 'When it stops creating commits.', resolve: (r) => r.ending_before ?? null }),
    subscriptionConfig: t.field({
      type: CommitSubscriptionConfig,
      nullable: true,
      description: 'The subscription whose quantity sets each period’s units, and whether they are pooled or per seat.',
      resolve: (r) => r.subscription_config ?? null,
    }),
    applicableProductIds: t.stringList({ description: 'Passed down to the commits it creates.', resolve: (r) => r.applicable_product_ids ?? [] }),
    applicableProductTags: t.stringList({ description: 'Passed down to the commits it creates.', resolve: (r) => r.applicable_product_tags ?? [] }),
  }),
});
