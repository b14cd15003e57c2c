import type { Db } from './database.js';
import { Collection } from './documents.js';
import { NotFoundError } from '../http/api-error.js';

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
  [key: string]: unknown;
}

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
