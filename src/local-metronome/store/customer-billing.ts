import { randomUUID } from 'node:crypto';
import type {
  BillingConfigRetrieveResponse,
  BillingConfigCreateParams,
} from '@metronome/sdk/resources/v1/customers/billing-config';
import type {
  CustomerCreateParams,
  CustomerRetrieveBillingConfigurationsResponse,
} from '@metronome/sdk/resources/v1/customers/customers';
import type { Db } from './database.js';

/**
 * Where a customer's invoices go. Metronome keeps two generations of this:
 *
 * - the Plans-era **billing config**, one per billing provider type, set with `billing_config` on customer
 *   create or `POST /v1/customers/{id}/billing-config/{type}` and read back by `GET` on the same path;
 * - the Contracts-era **billing provider configurations**, any number per customer, each with an id that a
 *   contract's `billing_provider_configuration` names (`customer_billing_provider_configurations` on create).
 *
 * Revenue system configurations (`customer_revenue_system_configurations`) are kept beside them.
 */
export const customerBillingSchema = {
  name: 'customer-billing',
  sql: `
    CREATE TABLE IF NOT EXISTS customer_billing_configs (
      customer_id TEXT NOT NULL,
      billing_provider_type TEXT NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (customer_id, billing_provider_type)
    );
    CREATE TABLE IF NOT EXISTS billing_provider_delivery_methods (
      id TEXT PRIMARY KEY,
      provider TEXT NOT NULL,
      delivery_method TEXT NOT NULL,
      UNIQUE (provider, delivery_method)
    );
    CREATE TABLE IF NOT EXISTS customer_billing_provider_configurations (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      customer_id TEXT NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS customer_billing_provider_configurations_by_customer
      ON customer_billing_provider_configurations (customer_id, seq);
    CREATE TABLE IF NOT EXISTS customer_revenue_system_configurations (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      customer_id TEXT NOT NULL,
      data TEXT NOT NULL
    );
  `,
};

export type BillingProviderType = BillingConfigCreateParams['billing_provider_type'];
/** The Plans-era billing config as `GET .../billing-config/{type}` serves it. */
export type BillingConfig = BillingConfigRetrieveResponse.Data;
/** A Contracts-era billing provider configuration as `getCustomerBillingProviderConfigurations` serves it. */
export type BillingProviderConfiguration = CustomerRetrieveBillingConfigurationsResponse.Data & {
  tax_provider?: 'anrok' | 'avalara' | 'stripe';
};
export type RevenueSystemConfiguration = {
  id: string;
  customer_id: string;
  provider: CustomerCreateParams.CustomerRevenueSystemConfiguration['provider'];
  configuration: Record<string, unknown>;
  delivery_method: 'direct_to_billing_provider';
  delivery_method_id: string;
  archived_at: string | null;
};

export function billingConfigOf(db: Db, customerId: string, type: BillingProviderType): BillingConfig | undefined {
  const data = db
    .prepare('SELECT data FROM customer_billing_configs WHERE customer_id = ? AND billing_provider_type = ?')
    .pluck()
    .get(customerId, type) as string | undefined;
  return data === undefined ? undefined : (JSON.parse(data) as BillingConfig);
}

/** Sets (replacing) the customer's billing config for one billing provider type. */
export function setBillingConfig(db: Db, customerId: string, type: BillingProviderType, config: BillingConfig): void {
  db.prepare(
    `INSERT INTO customer_billing_configs (customer_id, billing_provider_type, data) VALUES (?, ?, ?)
     ON CONFLICT (customer_id, billing_provider_type) DO UPDATE SET data = excluded.data`,
  ).run(customerId, type, JSON.stringify(config));
}

/** True when there was a config to delete. */
export function deleteBillingConfig(db: Db, customerId: string, type: BillingProviderType): boolean {
  return (
    db.prepare('DELETE FROM customer_billing_configs WHERE customer_id = ? AND billing_provider_type = ?').run(customerId, type)
      .changes > 0
  );
}

/**
 * The account's delivery method for a provider and method. Metronome configures delivery methods per account,
 * outside the API; the Local Metronome creates one the first time a configuration asks for it, so that every
 * configuration using the same provider and method carries the same `delivery_method_id`.
 */
export function deliveryMethodId(db: Db, provider: string, deliveryMethod: string): string {
  const existing = db
    .prepare('SELECT id FROM billing_provider_delivery_methods WHERE provider = ? AND delivery_method = ?')
    .pluck()
    .get(provider, deliveryMethod) as string | undefined;
  if (existing) return existing;
  const id = randomUUID();
  db.prepare('INSERT INTO billing_provider_delivery_methods (id, provider, delivery_method) VALUES (?, ?, ?)').run(
    id,
    provider,
    deliveryMethod,
  );
  return id;
}

/** The delivery method a known `delivery_method_id` stands for. */
function deliveryMethodOf(db: Db, id: string): string | undefined {
  return db.prepare('SELECT delivery_method FROM billing_provider_delivery_methods WHERE id = ?').pluck().get(id) as
    | string
    | undefined;
}

export function addBillingProviderConfiguration(
  db: Db,
  customerId: string,
  input: CustomerCreateParams.CustomerBillingProviderConfiguration,
): BillingProviderConfiguration {
  const deliveryMethod =
    input.delivery_method ??
    (input.delivery_method_id ? deliveryMethodOf(db, input.delivery_method_id) : undefined) ??
    'direct_to_billing_provider';
  const configuration: BillingProviderConfiguration = {
    id: randomUUID(),
    customer_id: customerId,
    billing_provider: input.billing_provider,
    configuration: input.configuration ?? {},
    delivery_method: deliveryMethod as BillingProviderConfiguration['delivery_method'],
    delivery_method_configuration: {},
    delivery_method_id: input.delivery_method_id ?? deliveryMethodId(db, input.billing_provider, deliveryMethod),
    archived_at: null,
    ...(input.tax_provider ? { tax_provider: input.tax_provider } : {}),
  };
  db.prepare('INSERT INTO customer_billing_provider_configurations (id, customer_id, data) VALUES (?, ?, ?)').run(
    configuration.id,
    customerId,
    JSON.stringify(configuration),
  );
  return configuration;
}

/** The customer's billing provider configurations in creation order; contracts name them by id. */
export function billingProviderConfigurationsOf(db: Db, customerId: string): BillingProviderConfiguration[] {
  return (
    db
      .prepare('SELECT data FROM customer_billing_provider_configurations WHERE customer_id = ? ORDER BY seq')
      .pluck()
      .all(customerId) as string[]
  ).map((data) => JSON.parse(data) as BillingProviderConfiguration);
}

export function addRevenueSystemConfiguration(
  db: Db,
  customerId: string,
  input: CustomerCreateParams.CustomerRevenueSystemConfiguration,
): RevenueSystemConfiguration {
  const configuration: RevenueSystemConfiguration = {
    id: randomUUID(),
    customer_id: customerId,
    provider: input.provider,
    configuration: input.configuration ?? {},
    delivery_method: 'direct_to_billing_provider',
    delivery_method_id: input.delivery_method_id ?? deliveryMethodId(db, input.provider, 'direct_to_billing_provider'),
    archived_at: null,
  };
  db.prepare('INSERT INTO customer_revenue_system_configurations (id, customer_id, data) VALUES (?, ?, ?)').run(
    configuration.id,
    customerId,
    JSON.stringify(configuration),
  );
  return configuration;
}

export function revenueSystemConfigurationsOf(db: Db, customerId: string): RevenueSystemConfiguration[] {
  return (
    db
      .prepare('SELECT data FROM customer_revenue_system_configurations WHERE customer_id = ? ORDER BY seq')
      .pluck()
      .all(customerId) as string[]
  ).map((data) => JSON.parse(data) as RevenueSystemConfiguration);
}
