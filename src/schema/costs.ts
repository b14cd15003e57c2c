import type { CustomerListCostsResponse } from '@metronome/sdk/resources/v1/customers/customers';
import { builder } from './builder.js';
import { CreditType } from './credit-type.js';
import { Customer } from './customer.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';

type CostInCreditTypeShape = CustomerListCostsResponse.CreditTypes & { credit_type_id: string };

const CostLineItem = builder
  .objectRef<CustomerListCostsResponse.CreditTypes.LineItemBreakdown>('CostLineItem')
  .implement({
    description: 'The cost of one line item (by name, and group value when grouped) over a day.',
    fields: (t) => ({
      name: t.exposeString('name', { description: 'The name of the line item.' }),
      cost: t.exposeFloat('cost', { description: 'The cost, in the pricing unit.' }),
      groupKey: t.string({ nullable: true, description: 'The group key, when the line item is grouped.', resolve: (line) => line.group_key ?? null }),
      groupValue: t.string({ nullable: true, description: 'The group value, when the line item is grouped.', resolve: (line) => line.group_value ?? null }),
    }),
  });

const CostInCreditType = builder.objectRef<CostInCreditTypeShape>('CostInCreditType').implement({
  description: 'A day’s cost in one pricing unit, broken down by line item.',
  fields: (t) => ({
    creditType: t.field({ type: CreditType, nullable: true, description: 'The pricing unit.', resolve: (cost) => cost.credit_type_id }),
    name: t.string({ nullable: true, description: 'The name of the pricing unit.', resolve: (cost) => cost.name ?? null }),
    cost: t.float({ nullable: true, description: 'The total cost in the pricing unit.', resolve: (cost) => cost.cost ?? null }),
    lineItemBreakdown: t.field({
      type: [CostLineItem],
      description: 'The cost per line item.',
      resolve: (cost) => cost.line_item_breakdown ?? [],
    }),
  }),
});

const CustomerCost = builder.objectRef<CustomerListCostsResponse>('CustomerCost').implement({
  description: 'A customer’s pending costs over one day, per pricing unit and line item.',
  fields: (t) => ({
    startTimestamp: t.field({ type: 'DateTime', description: 'The start of the day (inclusive).', resolve: (day) => day.start_timestamp }),
    endTimestamp: t.field({ type: 'DateTime', description: 'The end of the day (exclusive).', resolve: (day) => day.end_timestamp }),
    creditTypes: t.field({
      type: [CostInCreditType],
      description: 'The day’s cost in each pricing unit the customer was charged in.',
      resolve: (day) => Object.entries(day.credit_types).map(([credit_type_id, cost]) => ({ ...cost, credit_type_id })),
    }),
  }),
});

const MAX_PAGE = 100;
const CustomerCostConnection = connectionType('CustomerCost', CustomerCost, 'A page of daily costs.');

builder.objectField(Customer, 'costs', (t) =>
  t.field({
    type: CustomerCostConnection,
    description:
      'Fetch daily pending costs for the customer, broken down by credit type and line items (`GET /v1/customers/{customer_id}/costs`). Note: this is not supported for customers whose plan includes a UNIQUE-type billable metric. This is a Plans (deprecated) endpoint. New clients should implement using Contracts.',
    args: {
      ...pagingArgs(t.arg, MAX_PAGE),
      startingOn: t.arg({ type: 'DateTime', required: true, description: 'RFC 3339 timestamp (inclusive)' }),
      endingBefore: t.arg({ type: 'DateTime', required: true, description: 'RFC 3339 timestamp (exclusive)' }),
    },
    resolve: (customer, args, { api }) =>
      resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
        api.customers.listCosts({
          customer_id: customer.id,
          starting_on: args.startingOn,
          ending_before: args.endingBefore,
          limit,
          next_page: nextPage,
        }),
      ),
  }),
);
