import type { BillingConfigCreateParams } from '@metronome/sdk/resources/v1/customers/billing-config';
import type { CustomerDetail } from '@metronome/sdk/resources/v1/customers/customers';
import { loadCustomers } from '../loaders/customers.js';
import { builder } from './builder.js';
import { CUSTOM_FIELDS_DESCRIPTION, customFieldsField } from './custom-fields.js';
import { idempotencyKeyArg } from './mutation.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';
import { primeWithPage } from './prime.js';

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
    customFields: customFieldsField(t),
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
      customerIds: t.arg.stringList({
        required: false,
        description: 'Filter the customer list by customer_id.  Up to 100 ids can be provided.',
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
          customer_ids: args.customerIds ?? undefined,
          ingest_alias: args.ingestAlias ?? undefined,
          salesforce_account_ids: args.salesforceAccountIds ?? undefined,
        }),
      );
      // Links back to these customers (a contract's, a grant's) then need no second read.
      return primeWithPage(Customer.getDataloader(context), connection, (node) => node.id);
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
    customFields: t.field({ type: 'JSON', required: false, description: CUSTOM_FIELDS_DESCRIPTION }),
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

const StripeCollectionMethod = builder.enumType('StripeCollectionMethod', {
  description:
    'The collection method for the customer’s invoices. NOTE: `auto_charge_payment_intent` and `manually_charge_payment_intent` are in beta.',
  values: ['charge_automatically', 'send_invoice', 'auto_charge_payment_intent', 'manually_charge_payment_intent'] as const,
});

const AwsRegion = builder.enumType('AwsRegion', {
  description: 'An AWS region, for AWS Marketplace billing.',
  values: Object.fromEntries(
    [
    'af-south-1',
    'ap-east-1',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-southeast-1',
    'ap-southeast-2',
    'ca-central-1',
    'cn-north-1',
    'cn-northwest-1',
    'eu-central-1',
    'eu-north-1',
    'eu-south-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'me-south-1',
    'sa-east-1',
    'us-east-1',
    'us-east-2',
    'us-gov-east-1',
    'us-gov-west-1',
    'us-west-1',
    'us-west-2',
    ].map((region) => [region.replaceAll('-', '_'), { value: region, description: `AWS region ${region}.` }]),
  ) as Record<string, { value: BillingConfigCreateParams['aws_region'] & string; description: string }>,
});

const CustomerBillingConfigInput = builder.inputType('CustomerBillingConfigInput', {
  description: 'The customer’s billing configuration for one billing provider (a Plans-era setting; contracts use billing provider configurations).',
  fields: (t) => ({
    billingProviderCustomerId: t.string({
      required: true,
      description: "The customer ID in the billing provider's system. For Azure, this is the subscription ID.",
    }),
    stripeCollectionMethod: t.field({
      type: StripeCollectionMethod,
      required: false,
      description: 'The collection method for the customer’s invoices (Stripe only).',
    }),
    awsProductCode: t.string({ required: false, description: 'The AWS Marketplace product code (AWS only).' }),
    awsCustomerId: t.string({ required: false, description: 'The AWS Marketplace customer ID (AWS only).' }),
    awsCustomerAccountId: t.string({ required: false, description: 'The customer’s AWS account ID (AWS only).' }),
    awsRegion: t.field({ type: AwsRegion, required: false, description: 'The AWS region (AWS only).' }),
  }),
});

const customerIdArg = { required: true, description: 'the Metronome ID of the customer' } as const;

builder.mutationFields((t) => ({
  setCustomerIngestAliases: t.field({
    type: Customer,
    description:
      'Sets the ingest aliases for a customer (`POST /v1/customers/{customer_id}/setIngestAliases`): ingest aliases can be used in the `customer_id` field when sending usage events to Metronome. This call is idempotent and fully replaces the set of ingest aliases for the given customer. Switching an ingest alias from one customer to another will associate all corresponding usage to the new customer.',
    args: {
      customerId: t.arg.string(customerIdArg),
      ingestAliases: t.arg.stringList({
        required: true,
        description: 'The customer’s ingest aliases from now on (each 1–128 characters, at most 2000); empty removes them all.',
      }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, ingestAliases, idempotencyKey }, context) => {
      await context.api.customers.setIngestAliases(
        { customer_id: customerId, ingest_aliases: ingestAliases },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      Customer.getDataloader(context).clear(customerId);
      return customerId;
    },
  }),
  updateCustomerConfig: t.field({
    type: Customer,
    description:
      'Update configuration settings for a specific customer, such as external system integrations (e.g., Salesforce account ID) (`POST /v1/customers/{customer_id}/updateConfig`). An argument left out is left unchanged; null clears it.',
    args: {
      customerId: t.arg.string(customerIdArg),
      salesforceAccountId: t.arg.string({ required: false, description: 'The Salesforce account ID for the customer' }),
      leaveStripeInvoicesInDraft: t.arg.boolean({
        required: false,
        description:
          'Leave in draft or set to auto-advance on invoices sent to Stripe. Falls back to the client-level config if unset, which defaults to true if unset.',
      }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, salesforceAccountId, leaveStripeInvoicesInDraft, idempotencyKey }, context) => {
      await context.api.customers.updateConfig(
        {
          customer_id: customerId,
          ...(salesforceAccountId === undefined ? {} : { salesforce_account_id: salesforceAccountId }),
          ...(leaveStripeInvoicesInDraft === undefined ? {} : { leave_stripe_invoices_in_draft: leaveStripeInvoicesInDraft }),
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      Customer.getDataloader(context).clear(customerId);
      return customerId;
    },
  }),
  setCustomerBillingConfig: t.field({
    type: Customer,
    description:
      'Set the billing configuration for a given customer and billing provider (`POST /v1/customers/{customer_id}/billing-config/{billing_provider_type}`). This is a Plans (deprecated) endpoint. New clients should implement using Contracts. Read it back with `Customer.billingConfig`.',
    args: {
      customerId: t.arg.string(customerIdArg),
      billingProviderType: t.arg({ type: BillingProviderType, required: true, description: 'The billing provider (e.g. stripe)' }),
      config: t.arg({ type: CustomerBillingConfigInput, required: true, description: 'The billing configuration for the customer' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, billingProviderType, config, idempotencyKey }, context) => {
      await context.api.billingConfig.create(
        {
          customer_id: customerId,
          billing_provider_type: billingProviderType,
          billing_provider_customer_id: config.billingProviderCustomerId,
          stripe_collection_method: config.stripeCollectionMethod ?? undefined,
          aws_product_code: config.awsProductCode ?? undefined,
          aws_customer_id: config.awsCustomerId ?? undefined,
          aws_customer_account_id: config.awsCustomerAccountId ?? undefined,
          aws_region: config.awsRegion ?? undefined,
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      Customer.getDataloader(context).clear(customerId);
      return customerId;
    },
  }),
  deleteCustomerBillingConfig: t.field({
    type: Customer,
    description:
      'Delete the billing configuration for a given customer and billing provider (`DELETE /v1/customers/{customer_id}/billing-config/{billing_provider_type}`); NOT_FOUND when it has none. Unsupported for Azure and AWS Marketplace customers. This is a Plans (deprecated) endpoint. Metronome takes no Idempotency-Key on this DELETE, so the gateway never retries it.',
    args: {
      customerId: t.arg.string(customerIdArg),
      billingProviderType: t.arg({ type: BillingProviderType, required: true, description: 'The billing provider (e.g. stripe)' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, billingProviderType, idempotencyKey }, context) => {
      await context.api.billingConfig.delete(
        { customer_id: customerId, billing_provider_type: billingProviderType },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      Customer.getDataloader(context).clear(customerId);
      return customerId;
    },
  }),
}));
