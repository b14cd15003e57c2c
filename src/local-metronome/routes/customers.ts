import { randomUUID } from 'node:crypto';
import type { BillingConfigCreateParams } from '@metronome/sdk/resources/v1/customers/billing-config';
import type {
  CustomerArchiveParams,
  CustomerCreateParams,
  CustomerListParams,
  CustomerSetIngestAliasesParams,
  CustomerSetNameParams,
  CustomerUpdateConfigParams,
} from '@metronome/sdk/resources/v1/customers/customers';
import { BadRequestError, ConflictError, NotFoundError } from '../http/api-error.js';
import { defineRoute, type Domain } from '../http/route.js';
import { archiveContract, contractsOfCustomer } from '../store/contracts.js';
import {
  addBillingProviderConfiguration,
  addRevenueSystemConfiguration,
  billingConfigOf,
  customerBillingSchema,
  deleteBillingConfig,
  setBillingConfig,
  type BillingProviderType,
} from '../store/customer-billing.js';
import {
  CUSTOMER_NAME_MAX_LENGTH,
  customerDetailOf,
  customerOf,
  customerSchema,
  customerStore,
  customerWithExternalId,
  ingestAliasOwner,
  replaceIngestAliases,
  requireCustomer,
  type StoredCustomer,
} from '../store/customers.js';
import { assignCustomFields } from '../store/custom-field-keys.js';
import { DEFAULT_PAGE_LIMIT } from '../store/paging.js';

type CustomerPath = { customer_id: string };
type BillingConfigPath = { customer_id: string; billing_provider_type: BillingProviderType };
type BillingConfigBody = Omit<BillingConfigCreateParams, 'customer_id' | 'billing_provider_type'>;

/** "Filter the customer list by customer_id. Up to 100 ids can be provided." */
const MAX_CUSTOMER_IDS = 100;
/** Tax providers apply only to Stripe configurations that collect through payment intents. */
const TAX_COLLECTION_METHODS = ['auto_charge_payment_intent', 'manually_charge_payment_intent'];

const truncateName = (name: string) => name.slice(0, CUSTOMER_NAME_MAX_LENGTH);
const distinct = (values: readonly string[]) => [...new Set(values)];

function checkBillingProviderConfigurations(configurations: CustomerCreateParams['customer_billing_provider_configurations']) {
  configurations?.forEach((configuration, index) => {
    const at = `customer_billing_provider_configurations[${index}]`;
    if (!configuration.delivery_method && !configuration.delivery_method_id)
      throw new BadRequestError(`${at}: one of delivery_method or delivery_method_id is required`);
    if (configuration.tax_provider) {
      const method = (configuration.configuration ?? {})['stripe_collection_method'];
      if (configuration.billing_provider !== 'stripe' || !TAX_COLLECTION_METHODS.includes(method as string))
        throw new BadRequestError(
          `${at}.tax_provider is only supported for stripe configurations whose stripe_collection_method is auto_charge_payment_intent or manually_charge_payment_intent`,
        );
    }
  });
}

function checkRevenueSystemConfigurations(configurations: CustomerCreateParams['customer_revenue_system_configurations']) {
  configurations?.forEach((configuration, index) => {
    if (!configuration.delivery_method && !configuration.delivery_method_id)
      throw new BadRequestError(
        `customer_revenue_system_configurations[${index}]: one of delivery_method or delivery_method_id is required`,
      );
  });
}

export const customers: Domain = {
  name: 'customers',
  schemas: [customerSchema, customerBillingSchema],
  routes: [
    defineRoute<CustomerCreateParams>({
      operation: 'POST /v1/customers',
      kind: 'write',
      audit: { resourceType: 'customer', action: 'create' },
      handle({ db, body, now }) {
        const id = randomUUID();
        // external_id is the deprecated form of an ingest alias: it resolves usage like one, and when absent the
        // customer's external_id is its first ingest alias, or else its Metronome id.
        const aliases = distinct([...(body.external_id ? [body.external_id] : []), ...(body.ingest_aliases ?? [])]);
        if (body.external_id) {
          const holder = customerWithExternalId(db, body.external_id) ?? ingestAliasOwner(db, body.external_id);
          if (holder) throw new ConflictError(`A customer with external_id "${body.external_id}" already exists: ${holder}`);
        }
        replaceIngestAliases(db, id, aliases);
        checkBillingProviderConfigurations(body.customer_billing_provider_configurations);
        checkRevenueSystemConfigurations(body.customer_revenue_system_configurations);

        const timestamp = now.toISOString();
        const customer = customerStore(db).insert({
          id,
          external_id: aliases[0] ?? id,
          name: truncateName(body.name),
          ingest_aliases: aliases,
          created_at: timestamp,
          updated_at: timestamp,
          archived_at: null,
          customer_config: { salesforce_account_id: null },
        });
        assignCustomFields(db, 'customer', id, body.custom_fields);
        if (body.billing_config) {
          const { billing_provider_type, ...config } = body.billing_config;
          setBillingConfig(db, id, billing_provider_type, config);
        }
        for (const configuration of body.customer_billing_provider_configurations ?? [])
          addBillingProviderConfiguration(db, id, configuration);
        for (const configuration of body.customer_revenue_system_configurations ?? [])
          addRevenueSystemConfiguration(db, id, configuration);
        return { data: customerOf(db, customer) };
      },
    }),

    defineRoute<unknown, CustomerListParams>({
      operation: 'GET /v1/customers',
      kind: 'read',
      handle({ db, query }) {
        if (query.customer_ids && query.customer_ids.length > MAX_CUSTOMER_IDS)
          throw new BadRequestError(`customer_ids must NOT have more than ${MAX_CUSTOMER_IDS} items`);
        const ids = query.customer_ids?.length ? new Set(query.customer_ids) : undefined;
        const salesforceIds = query.salesforce_account_ids?.length ? new Set(query.salesforce_account_ids) : undefined;
        const onlyArchived = query.only_archived === true;
        const page = customerStore(db).page({
          limit: query.limit ?? DEFAULT_PAGE_LIMIT,
          nextPage: query.next_page,
          where: (customer: StoredCustomer) =>
            (customer.archived_at !== null) === onlyArchived &&
            (!ids || ids.has(customer.id)) &&
            (query.ingest_alias === undefined || customer.ingest_aliases.includes(query.ingest_alias)) &&
            (!salesforceIds || salesforceIds.has(customer.customer_config.salesforce_account_id ?? '')),
        });
        return { data: page.data.map((customer) => customerDetailOf(db, customer)), next_page: page.next_page };
      },
    }),

    defineRoute<unknown, unknown, CustomerPath>({
      operation: 'GET /v1/customers/{customer_id}',
      kind: 'read',
      handle({ db, params }) {
        return { data: customerDetailOf(db, requireCustomer(db, params.customer_id)) };
      },
    }),

    defineRoute<CustomerArchiveParams>({
      operation: 'POST /v1/customers/archive',
      kind: 'write',
      audit: { resourceType: 'customer', action: 'archive' },
      handle({ db, body, now, emit }) {
        const customer = requireCustomer(db, body.id);
        if (customer.archived_at !== null) throw new BadRequestError(`Customer ${body.id} is already archived`);
        const timestamp = now.toISOString();
        customerStore(db).update({ ...customer, archived_at: timestamp, updated_at: timestamp });
        // As the spec says: the customer's contracts are archived as of now and their invoices voided.
        for (const contract of contractsOfCustomer(db, customer.id))
          if (!contract.archived_at) archiveContract(db, contract, timestamp, true);
        emit('customer.changed', { customerId: customer.id, reason: 'archived' });
        return { data: { id: customer.id } };
      },
    }),

    defineRoute<Omit<CustomerSetNameParams, 'customer_id'>, unknown, CustomerPath>({
      operation: 'POST /v1/customers/{customer_id}/setName',
      kind: 'write',
      audit: { resourceType: 'customer', action: 'setName' },
      handle({ db, body, params, now }) {
        const customer = requireCustomer(db, params.customer_id);
        const renamed = customerStore(db).update({ ...customer, name: truncateName(body.name), updated_at: now.toISOString() });
        return { data: customerOf(db, renamed) };
      },
    }),

    defineRoute<Omit<CustomerSetIngestAliasesParams, 'customer_id'>, unknown, CustomerPath>({
      operation: 'POST /v1/customers/{customer_id}/setIngestAliases',
      kind: 'write',
      audit: { resourceType: 'customer', action: 'setIngestAliases' },
      handle({ db, body, params, now, emit }) {
        const customer = requireCustomer(db, params.customer_id);
        // Metronome: "to reuse an ingest alias, first remove the ingest alias from the customer prior to archiving".
        if (customer.archived_at !== null)
          throw new BadRequestError(`Customer ${customer.id} is archived; its ingest aliases can no longer be changed`);
        const aliases = distinct(body.ingest_aliases);
        replaceIngestAliases(db, customer.id, aliases);
        customerStore(db).update({ ...customer, ingest_aliases: aliases, updated_at: now.toISOString() });
        emit('customer.changed', { customerId: customer.id, reason: 'ingest_aliases' });
        return undefined;
      },
    }),

    defineRoute<Omit<CustomerUpdateConfigParams, 'customer_id'>, unknown, CustomerPath>({
      operation: 'POST /v1/customers/{customer_id}/updateConfig',
      kind: 'write',
      audit: { resourceType: 'customer', action: 'updateConfig' },
      handle({ db, body, params, now }) {
        const customer = requireCustomer(db, params.customer_id);
        customerStore(db).update({
          ...customer,
          customer_config:
            body.salesforce_account_id === undefined
              ? customer.customer_config
              : { salesforce_account_id: body.salesforce_account_id },
          ...(body.leave_stripe_invoices_in_draft === undefined
            ? {}
            : { leave_stripe_invoices_in_draft: body.leave_stripe_invoices_in_draft }),
          updated_at: now.toISOString(),
        });
        return undefined;
      },
    }),

    defineRoute<BillingConfigBody, unknown, BillingConfigPath>({
      operation: 'POST /v1/customers/{customer_id}/billing-config/{billing_provider_type}',
      kind: 'write',
      audit: { resourceType: 'customer', action: 'setBillingConfig' },
      handle({ db, body, params }) {
        requireCustomer(db, params.customer_id);
        setBillingConfig(db, params.customer_id, params.billing_provider_type, body);
        return undefined;
      },
    }),

    defineRoute<unknown, unknown, BillingConfigPath>({
      operation: 'GET /v1/customers/{customer_id}/billing-config/{billing_provider_type}',
      kind: 'read',
      handle({ db, params }) {
        requireCustomer(db, params.customer_id);
        const config = billingConfigOf(db, params.customer_id, params.billing_provider_type);
        if (!config)
          throw new NotFoundError(`Customer ${params.customer_id} has no ${params.billing_provider_type} billing config`);
        return { data: config };
      },
    }),

    defineRoute<unknown, unknown, BillingConfigPath>({
      operation: 'DELETE /v1/customers/{customer_id}/billing-config/{billing_provider_type}',
      kind: 'write',
      audit: { resourceType: 'customer', action: 'deleteBillingConfig' },
      handle({ db, params }) {
        requireCustomer(db, params.customer_id);
        // "Note: this is unsupported for Azure and AWS Marketplace customers."
        if (params.billing_provider_type === 'aws_marketplace' || params.billing_provider_type === 'azure_marketplace')
          throw new BadRequestError(`Deleting a ${params.billing_provider_type} billing config is not supported`);
        if (!deleteBillingConfig(db, params.customer_id, params.billing_provider_type))
          throw new NotFoundError(`Customer ${params.customer_id} has no ${params.billing_provider_type} billing config`);
        return undefined;
      },
    }),
  ],
};
