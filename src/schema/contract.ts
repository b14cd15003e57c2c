import type { Contract as ContractWire, ContractWithoutAmendments } from '@metronome/sdk/resources/shared';
import type { ContractRetrieveRateScheduleResponse } from '@metronome/sdk/resources/v1/contracts/contracts';
import { loadContracts } from '../loaders/contracts.js';
import { builder } from './builder.js';
import { Commit, Credit, type CommitShape, type CreditShape } from './commit.js';
import { Customer } from './customer.js';
import { customFieldsField } from './custom-fields.js';
import { badUserInput } from './errors.js';
import { compositeId, splitCompositeId } from './node.js';
import { connectionType, pagingArgs, resolveCursorConnection, resolveListConnection } from './pagination.js';
import { Product } from './product.js';
import { RateCard } from './rate-card.js';
import { BillingFrequency, RatePrice } from './rate.js';

export type ContractShape = ContractWire;

/**
 * Local id `<customer id>:<contract id>`: Metronome fetches a contract only together with its customer. Loading
 * is batched to one `contracts/list` per customer.
 */
export const Contract = builder.loadableNodeRef('Contract', {
  load: async (ids: string[], { api }) => {
    const keys = ids.map((id) => splitCompositeId(id, 2));
    const valid = keys.flatMap((parts) => (parts ? [{ customerId: parts[0]!, contractId: parts[1]! }] : []));
    const loaded = await loadContracts(api, valid);
    let next = 0;
    return keys.map((parts) => (parts ? loaded[next++]! : badUserInput('Not a valid contract id')));
  },
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
      },
      resolve: (c, args, { api }) =>
        resolveCursorConnection(args, RATE_SCHEDULE_MAX_PAGE, async ({ limit, nextPage }) => {
          const page = await api.contracts.retrieveRateSchedule({
            customer_id: c.customer_id,
            contract_id: c.id,
            limit,
            next_page: nextPage,
            at: args.at ?? undefined,
          });
          return { data: page.data, next_page: page.next_page ?? null };
        }),
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
