import type { CustomerDetail } from '@metronome/sdk/resources/v1/customers/customers';
import { loadCustomers } from '../loaders/customers.js';
import { builder } from './builder.js';
import { idempotencyKeyArg } from './mutation.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';

export type CustomerShape = CustomerDetail;

/** Resolvers return a customer, or its Metronome id to have it loaded (batched: 100 ids per `GET /v1/customers`). */
export const Customer = builder.loadableNodeRef('Customer', {
  load: (ids: string[], { api }) => loadCustomers(api, ids),
  id: { resolve: (customer: CustomerShape) => customer.id },
});

export const BillingProviderType = builder.enumType('BillingProviderType', {
  description: 'A billing provider a customer can be billed through.',
  values: [
    'aws_marketplace',
    'stripe',
    'netsuite',
    'custom',
    'azure_marketplace',
    'quickbooks_online',
    'workday',
    'gcp_marketplace',
    'metronome',
  ] as const,
});

Customer.implement({
  description:
    'A customer of yours, billed by Metronome: its profile, ingest aliases, configuration and custom fields, and links to its contracts, invoices, balances, alerts and billable metrics.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'the Metronome ID of the customer' }),
    name: t.exposeString('name', { description: 'The name of the customer.' }),
    externalId: t.exposeString('external_id', {
      description:
        '(deprecated, use ingest_aliases instead) the first ID (Metronome or ingest alias) that can be used in usage events',
      deprecationReason: 'Use ingestAliases.',
    }),
    ingestAliases: t.exposeStringList('ingest_aliases', {
      description: 'aliases for this customer that can be used instead of the Metronome customer ID in usage events',
    }),
    salesforceAccountId: t.string({
      nullable: true,
      description: 'The Salesforce account ID for the customer',
      resolve: (customer) => customer.customer_config?.salesforce_account_id ?? null,
    }),
    customFields: t.field({
      type: 'JSON',
      description: 'Custom fields to be added eg. { "key1": "value1", "key2": "value2" }',
      resolve: (customer) => customer.custom_fields ?? {},
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'RFC 3339 timestamp indicating when the customer was created.',
      resolve: (customer) => customer.created_at ?? null,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'RFC 3339 timestamp indicating when the customer was last updated.',
      resolve: (customer) => customer.updated_at ?? null,
    }),
    archivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'RFC 3339 timestamp indicating when the customer was archived. Null if the customer is active.',
      resolve: (customer) => customer.archived_at ?? null,
    }),
    billingConfig: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'The customer’s billing configuration for one billing provider (`GET /v1/customers/{customer_id}/billing-config/{billing_provider_type}`); null (with a NOT_FOUND error) when it has none.',
      args: { provider: t.arg({ type: BillingProviderType, required: true, description: 'The billing provider.' }) },
      resolve: async (customer, { provider }, { api }) =>
        (await api.billingConfig.retrieve({ customer_id: customer.id, billing_provider_type: provider })).data,
    }),
  }),
});

const MAX_PAGE = 100;
export const CustomerConnection = connectionType('Customer', Customer, 'A page of customers.');

builder.queryFields((t) => ({
  customers: t.field({
    type: CustomerConnection,
    description:
      'Gets a paginated list of all customers in your Metronome account. By default, only active customers are returned.',
    args: {
      ...pagingArgs(t.arg, MAX_PAGE),
      onlyArchived: t.arg.boolean({
        required: false,
        description: 'Filter the customer list to only return archived customers. By default, only active customers are returned.',
      }),
      ingestAlias: t.arg.string({ required: false, description: 'Filter the customer list by ingest_alias' }),
      salesforceAccountIds: t.arg.stringList({
        required: false,
        description: 'Filter the customer list by salesforce_account_id.  Up to 100 ids can be provided.',
      }),
    },
    resolve: async (_root, args, context) => {
      const connection = await resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
        context.api.customers.list({
          limit,
          next_page: nextPage,
          only_archived: args.onlyArchived ?? undefined,
          ingest_alias: args.ingestAlias ?? undefined,
          salesforce_account_ids: args.salesforceAccountIds ?? undefined,
        }),
      );
      // Links back to these customers (a contract's, a grant's) then need no second read.
      const loader = Customer.getDataloader(context);
      for (const { node } of connection.edges) loader.prime(node.id, node);
      return connection;
    },
  }),
  customer: t.field({
    type: Customer,
    nullable: true,
    description:
      'Get detailed information for a specific customer by their Metronome ID (archived customers included); null (with a NOT_FOUND error) when there is none.',
    args: { metronomeId: t.arg.string({ required: true, description: 'the Metronome ID of the customer' }) },
    resolve: (_root, args) => args.metronomeId,
  }),
}));

const CreateCustomerInput = builder.inputType('CreateCustomerInput', {
  description: 'A new customer (`POST /v1/customers`).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'This will be truncated to 160 characters if the provided name is longer.' }),
    ingestAliases: t.stringList({
      required: false,
      description: 'Aliases that can be used to refer to this customer in usage events',
    }),
    externalId: t.string({
      required: false,
      description: '(deprecated, use ingest_aliases instead) an alias that can be used to refer to this customer in usage events',
    }),
    customFields: t.field({ type: 'JSON', required: false, description: 'Custom fields to be added eg. { "key1": "value1", "key2": "value2" }' }),
    billingConfig: t.field({
      type: 'JSON',
      required: false,
      description: 'The customer’s plans-era billing configuration, as the REST body’s `billing_config`.',
    }),
    customerBillingProviderConfigurations: t.field({
      type: 'JSON',
      required: false,
      description: 'Contract-era billing provider configurations, as the REST body’s `customer_billing_provider_configurations`.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createCustomer: t.field({
    type: Customer,
    description: 'Create a new customer in Metronome (`POST /v1/customers`); a conflicting ingest alias is a CONFLICT error.',
    args: {
      input: t.arg({ type: CreateCustomerInput, required: true, description: 'The customer to create.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, { api }) => {
      const { data } = await api.customers.create(
        {
          name: input.name,
          ingest_aliases: input.ingestAliases ?? undefined,
          external_id: input.externalId ?? undefined,
          custom_fields: (input.customFields as Record<string, string> | null) ?? undefined,
          billing_config: (input.billingConfig as never) ?? undefined,
          customer_billing_provider_configurations: (input.customerBillingProviderConfigurations as never) ?? undefined,
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      return data.id;
    },
  }),
  archiveCustomer: t.field({
    type: Customer,
    description:
      'Archive a customer (`POST /v1/customers/archive`): its contracts are archived as of now and their invoices voided. Archived customers stay readable.',
    args: {
      customerId: t.arg.string({ required: true, description: 'the Metronome ID of the customer' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, idempotencyKey }, context) => {
      await context.api.customers.archive({ id: customerId }, { idempotencyKey: idempotencyKey ?? undefined });
      Customer.getDataloader(context).clear(customerId);
      return customerId;
    },
  }),
  setCustomerName: t.field({
    type: Customer,
    description: 'Updates the specified customer’s name (`POST /v1/customers/{customer_id}/setName`).',
    args: {
      customerId: t.arg.string({ required: true, description: 'the Metronome ID of the customer' }),
      name: t.arg.string({ required: true, description: 'The new name for the customer. This will be truncated to 160 characters.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, name, idempotencyKey }, context) => {
      const { data } = await context.api.customers.setName(
        { customer_id: customerId, name },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      Customer.getDataloader(context).clear(data.id);
      return data.id;
    },
  }),
}));
