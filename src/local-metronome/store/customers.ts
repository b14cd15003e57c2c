import type { Customer, CustomerDetail } from '@metronome/sdk/resources/v1/customers/customers';
import type { Db } from './database.js';
import { Collection } from './documents.js';
import { customFieldsOf } from './custom-fields.js';
import { ConflictError, NotFoundError } from '../http/api-error.js';

/**
 * The stored customer: the API's `Customer` wire shape plus what `CustomerDetail` adds, without
 * `custom_fields` (those live in the custom field tables and are merged in when served).
 */
export interface StoredCustomer {
  id: string;
  external_id: string;
  name: string;
  ingest_aliases: string[];
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  customer_config: { salesforce_account_id: string | null };
  /** Set by `updateConfig`; never served (no response schema carries it), read by whatever invoices to Stripe. */
  leave_stripe_invoices_in_draft?: boolean | null;
  [key: string]: unknown;
}

/** Metronome truncates longer names rather than rejecting them. */
export const CUSTOMER_NAME_MAX_LENGTH = 160;

export const customerSchema = {
  name: 'customers',
  sql: `
    CREATE TABLE IF NOT EXISTS customer_ingest_aliases (
      alias TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS customer_ingest_aliases_by_customer ON customer_ingest_aliases (customer_id);
  `,
};

export function customerStore(db: Db): Collection<StoredCustomer> {
  return new Collection<StoredCustomer>(db, 'customer', 'customer');
}

/** The customer a usage event's `customer_id` names: a customer id or one of its ingest aliases. */
export function resolveCustomerId(db: Db, idOrAlias: string): string | undefined {
  const byAlias = db.prepare('SELECT customer_id FROM customer_ingest_aliases WHERE alias = ?').pluck().get(idOrAlias) as
    | string
    | undefined;
  if (byAlias) return byAlias;
  return customerStore(db).find(idOrAlias)?.id;
}

/** The customer, or a 404 in the API's words. */
export function requireCustomer(db: Db, customerId: string): StoredCustomer {
  const customer = customerStore(db).find(customerId);
  if (!customer) throw new NotFoundError(`Customer not found: ${customerId}`);
  return customer;
}

/** The customer that holds `alias`, archived customers included. */
export function ingestAliasOwner(db: Db, alias: string): string | undefined {
  return db.prepare('SELECT customer_id FROM customer_ingest_aliases WHERE alias = ?').pluck().get(alias) as
    | string
    | undefined;
}

/** The customer whose `external_id` is `externalId`, archived customers included. */
export function customerWithExternalId(db: Db, externalId: string): string | undefined {
  return db
    .prepare(`SELECT id FROM documents WHERE kind = 'customer' AND json_extract(data, '$.external_id') = ?`)
    .pluck()
    .get(externalId) as string | undefined;
}

/**
 * Makes `aliases` the complete set of ingest aliases that resolve to `customerId`. An alias held by any other
 * customer is a 409 — archived customers keep theirs, as Metronome documents: "In order to reuse an ingest
 * alias, first remove the ingest alias from the customer prior to archiving."
 */
export function replaceIngestAliases(db: Db, customerId: string, aliases: readonly string[]): void {
  for (const alias of aliases) {
    const owner = ingestAliasOwner(db, alias);
    if (owner !== undefined && owner !== customerId)
      throw new ConflictError(`Ingest alias "${alias}" is already in use by customer ${owner}`);
  }
  db.prepare('DELETE FROM customer_ingest_aliases WHERE customer_id = ?').run(customerId);
  const insert = db.prepare('INSERT INTO customer_ingest_aliases (alias, customer_id) VALUES (?, ?)');
  for (const alias of aliases) insert.run(alias, customerId);
}

/** The `Customer` wire shape, as create and setName answer. */
export function customerOf(db: Db, customer: StoredCustomer): Customer {
  return {
    id: customer.id,
    external_id: customer.external_id,
    ingest_aliases: customer.ingest_aliases,
    name: customer.name,
    custom_fields: customFieldsOf(db, 'customer', customer.id),
  };
}

/**
 * The `CustomerDetail` wire shape, as the customer get and list endpoints (and `planDetails/{id}/customers`)
 * answer. A customer is billable from its creation until it is archived.
 */
export function customerDetailOf(db: Db, customer: StoredCustomer): CustomerDetail {
  return {
    id: customer.id,
    external_id: customer.external_id,
    ingest_aliases: customer.ingest_aliases,
    name: customer.name,
    customer_config: { salesforce_account_id: customer.customer_config.salesforce_account_id },
    custom_fields: customFieldsOf(db, 'customer', customer.id),
    created_at: customer.created_at,
    updated_at: customer.updated_at,
    archived_at: customer.archived_at,
    current_billable_status: customer.archived_at
      ? { value: 'unbillable', effective_at: customer.archived_at }
      : { value: 'billable', effective_at: customer.created_at },
  };
}
