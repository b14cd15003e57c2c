import type { Commit as CommitWire, Credit as CreditWire } from '@metronome/sdk/resources/shared';
import type { ContractListBalancesParams } from '@metronome/sdk/resources/v1/contracts/contracts';
import { BALANCES_PER_PAGE, loadBalances } from '../loaders/commits.js';
import { builder } from './builder.js';
import { Balance, Commit, Credit, InvoiceLedgerEntry, InvoiceScheduleItem, RolloverLedgerEntry, type CommitShape, type CreditShape } from './commit.js';
import { CreditGrantLedgerEntry } from './credit-grant.js';
import { Contract } from './contract.js';
import { Customer } from './customer.js';
import { Invoice } from './invoice.js';
import { idempotencyKeyArg } from './mutation.js';
import { compositeId } from './node.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';

export type BalanceShape = CommitShape | CreditShape;

const withCustomer = (balance: CommitWire | CreditWire, customerId: string): BalanceShape => ({ ...balance, customer_id: customerId });

const BalanceAccessType = builder.enumType('BalanceAccessType', {
  description: 'How a balance is drawn down. `SPEND` deducts the dollar cost of usage. `QUANTITY` deducts the number of units used.',
  values: ['SPEND', 'QUANTITY'] as const,
});

const BalanceConnection = connectionType('Balance', Balance as never, 'A page of a customer’s commits and credits.');

builder.objectField(Customer, 'balances', (t) =>
  t.field({
    type: BalanceConnection,
    description:
      'All available balances (commits and credits) of the customer (`POST /v1/contracts/customerBalances/list`, paged by `next_page` in the body, at most 25 a page). Balances and ledgers not asked for with `includeBalance`/`includeLedgers` are still answered when selected, loaded with one more call per customer.',
    args: {
      ...pagingArgs(t.arg, BALANCES_PER_PAGE),
      balanceId: t.arg.string({ required: false, description: 'Only the commit or credit with this ID.' }),
      coveringDate: t.arg({
        type: 'DateTime',
        required: false,
        description: 'Return only balances that have access schedules that "cover" the provided date',
      }),
      startingAt: t.arg({ type: 'DateTime', required: false, description: 'Include only balances that have any access on or after the provided date' }),
      effectiveBefore: t.arg({
        type: 'DateTime',
        required: false,
        description: 'Include only balances that have any access before the provided date (exclusive)',
      }),
      accessType: t.arg({
        type: BalanceAccessType,
        required: false,
        description: 'Filters balances by how they are drawn down. `SPEND` deducts the dollar cost of usage. `QUANTITY` deducts the number of units used.',
      }),
      includeContractBalances: t.arg.boolean({ required: false, description: 'Include balances on the contract level.' }),
      includeArchived: t.arg.boolean({ required: false, description: 'Include archived credits and credits from archived contracts.' }),
      includeBalance: t.arg.boolean({
        required: false,
        description: 'Include the balance of credits and commits in the response. Setting this flag may cause the query to be slower.',
      }),
      includeLedgers: t.arg.boolean({
        required: false,
        description: 'Include ledgers in the response. Setting this flag may cause the query to be slower.',
      }),
      excludeZeroBalances: t.arg.boolean({ required: false, description: 'Exclude balances with zero amounts from the response.' }),
    },
    resolve: (customer, args, { api }) =>
      resolveCursorConnection(args, BALANCES_PER_PAGE, async ({ limit, nextPage }) => {
        const params: ContractListBalancesParams & { access_type?: 'SPEND' | 'QUANTITY' } = {
          customer_id: customer.id,
          limit,
          next_page: nextPage,
          id: args.balanceId ?? undefined,
          covering_date: args.coveringDate ?? undefined,
          starting_at: args.startingAt ?? undefined,
          effective_before: args.effectiveBefore ?? undefined,
          // In the spec, though the SDK leaves it out.
          access_type: args.accessType ?? undefined,
          include_contract_balances: args.includeContractBalances ?? undefined,
          include_archived: args.includeArchived ?? undefined,
          include_balance: args.includeBalance ?? undefined,
          include_ledgers: args.includeLedgers ?? undefined,
          exclude_zero_balances: args.excludeZeroBalances ?? undefined,
        };
        const page = await api.contracts.listBalances(params);
        return { data: page.data.map((balance) => withCustomer(balance, customer.id)), next_page: page.next_page };
      }),
  }),
);

builder.objectField(Commit, 'invoiceContract', (t) =>
  t.field({
    type: Contract,
    nullable: true,
    description: 'The contract that this commit will be billed on; null when it names none.',
    resolve: (commit) => (commit.invoice_contract ? compositeId(commit.customer_id, commit.invoice_contract.id) : null),
  }),
);

builder.objectField(InvoiceLedgerEntry, 'contract', (t) =>
  t.field({
    type: Contract,
    nullable: true,
    description: 'The contract the invoice belongs to, when Metronome names it.',
    resolve: ({ entry, customer_id }) =>
      'contract_id' in entry && entry.contract_id ? compositeId(customer_id, entry.contract_id) : null,
  }),
);

builder.objectField(RolloverLedgerEntry, 'newContract', (t) =>
  t.field({
    type: Contract,
    nullable: true,
    description: 'The contract the balance rolled over to.',
    resolve: ({ entry, customer_id }) => compositeId(customer_id, entry.new_contract_id),
  }),
);

builder.objectField(InvoiceLedgerEntry, 'invoice', (t) =>
  t.field({
    type: Invoice,
    nullable: true,
    description: 'The invoice that made the entry.',
    resolve: ({ entry, customer_id }) => compositeId(customer_id, entry.invoice_id),
  }),
);

builder.objectField(InvoiceScheduleItem, 'invoice', (t) =>
  t.field({
    type: Invoice,
    nullable: true,
    description: 'The invoice this charge is on; null until it has been invoiced.',
    resolve: (item) => (item.invoice_id ? compositeId(item.customer_id, item.invoice_id) : null),
  }),
);

builder.objectField(CreditGrantLedgerEntry, 'invoice', (t) =>
  t.field({
    type: Invoice,
    nullable: true,
    description:
      'For a deduction, the invoice where the credit deduction was consumed; for a grant, the invoice where the grant’s paid_amount was charged; null when there is none.',
    resolve: (entry) => (entry.invoice_id ? compositeId(entry.customer_id, entry.invoice_id) : null),
  }),
);

const AddManualBalanceLedgerEntryInput = builder.inputType('AddManualBalanceLedgerEntryInput', {
  description: 'A manual adjustment of the balance on a commit or credit (`POST /v1/contracts/addManualBalanceLedgerEntry`).',
  fields: (t) => ({
    customerId: t.string({ required: true, description: 'ID of the customer whose balance is to be updated.' }),
    contractId: t.string({ required: false, description: 'ID of the contract to update. Leave blank to update a customer level balance.' }),
    balanceId: t.string({ required: true, description: 'ID of the balance (commit or credit) to update.' }),
    segmentId: t.string({ required: true, description: 'ID of the segment to update.' }),
    amount: t.float({ required: true, description: 'Amount to add to the segment. A negative number will draw down from the balance.' }),
    reason: t.string({ required: true, description: 'Reason for the manual adjustment. This will be displayed in the ledger.' }),
    perGroupAmounts: t.field({
      type: 'JSON',
      required: false,
      description:
        'If using individually configured commits/credits attached to seat managed subscriptions, the amount to add for each seat. Must sum to total amount. A map of seat to amount, as the REST body’s `per_group_amounts`.',
    }),
    timestamp: t.field({
      type: 'DateTime',
      required: false,
      description: 'RFC 3339 timestamp indicating when the manual adjustment takes place. If not provided, it will default to the start of the segment.',
    }),
  }),
});

builder.mutationField('addManualBalanceLedgerEntry', (t) =>
  t.field({
    type: Balance,
    description:
      'Manually adjust the available balance on a commit or credit (`POST /v1/contracts/addManualBalanceLedgerEntry`): the entry is appended to its ledger. Answers the commit or credit read back, with its new balance and ledger.',
    args: {
      input: t.arg({ type: AddManualBalanceLedgerEntryInput, required: true, description: 'The adjustment.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      await context.api.contracts.addManualBalanceEntry(
        {
          customer_id: input.customerId,
          contract_id: input.contractId ?? undefined,
          id: input.balanceId,
          segment_id: input.segmentId,
          amount: input.amount,
          reason: input.reason,
          per_group_amounts: (input.perGroupAmounts as Record<string, number> | null) ?? undefined,
          timestamp: input.timestamp ?? undefined,
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      const id = compositeId(input.customerId, input.balanceId);
      Commit.getDataloader(context).clear(id);
      Credit.getDataloader(context).clear(id);
      const [balance] = await loadBalances(context.api, [{ customerId: input.customerId, id: input.balanceId }]);
      if (balance instanceof Error) throw balance;
      return withCustomer(balance!, input.customerId);
    },
  }),
);
