import { randomUUID } from 'node:crypto';
import type {
  CreditGrantCreateParams,
  CreditGrantListResponse,
} from '@metronome/sdk/resources/v1/credit-grants';
import { BadRequestError, ConflictError, NotFoundError } from '../http/api-error.js';
import { Decimal } from '../billing/money.js';
import { getCreditType, USD_CENTS } from './credit-types.js';
import { requireCustomer } from './customers.js';
import { assignCustomFields } from './custom-field-keys.js';
import type { Db, StoreSchema } from './database.js';
import { Collection } from './documents.js';
import { productCollection, productInForce } from './products.js';

/**
 * A credit grant as stored under document kind `credit_grant` (parent: the customer id): the wire shape of a
 * `/v1/credits/listGrants` item without what is computed from the ledger (`balance`, `deductions`,
 * `pending_deductions`) and without `custom_fields`, plus what the API does not show.
 */
export interface StoredCreditGrant
  extends Omit<CreditGrantListResponse, 'balance' | 'deductions' | 'pending_deductions' | 'custom_fields'> {
  reason: string | null;
  credit_grant_type: string | null;
  invoice_id: string | null;
  /** The products the grant applies to, in the order given; absent: every product. Never served. */
  product_ids?: string[];
  rollover_settings?: CreditGrantCreateParams.RolloverSettings;
  invoice_date?: string;
  voided_at: string | null;
  created_at: string;
  /** Set on the grant an expiring grant rolled over into, and on the expired grant it came from. */
  rolled_over_from?: string;
  rolled_over_to?: string;
}

export const CREDIT_GRANT_KIND = 'credit_grant';

/** The `created_by` of entries nobody in particular made: deductions, expirations, scheduled grants. */
export const METRONOME_SYSTEM = 'Metronome System';

export type LedgerEntryKind = 'grant' | 'deduction' | 'void';

/**
 * `credit_grant_ledger`: the posted facts of every grant's ledger, in the order they were recorded: the grant
 * itself, deductions (pending while the invoice that drew them is a draft), and voids. Amounts are exact decimal
 * strings, signed as the change to the balance. Expirations are not rows: they follow from `expires_at` and the
 * clock (`billing/credit-grant-ledger.ts`).
 *
 * `credit_grant_uniqueness_keys`: uniqueness keys in use; voiding with `release_uniqueness_key` frees one.
 */
export const creditGrantSchema: StoreSchema = {
  name: 'credit-grants',
  sql: `
    CREATE TABLE IF NOT EXISTS credit_grant_ledger (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      credit_grant_id TEXT NOT NULL,
      customer_id TEXT NOT NULL,
      credit_type_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      amount TEXT NOT NULL,
      effective_at TEXT NOT NULL,
      pending INTEGER NOT NULL DEFAULT 0,
      invoice_id TEXT,
      reason TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS credit_grant_ledger_by_grant ON credit_grant_ledger (credit_grant_id, seq);
    CREATE INDEX IF NOT EXISTS credit_grant_ledger_by_customer ON credit_grant_ledger (customer_id, credit_type_id, seq);
    CREATE INDEX IF NOT EXISTS credit_grant_ledger_by_invoice ON credit_grant_ledger (invoice_id);

    CREATE TABLE IF NOT EXISTS credit_grant_uniqueness_keys (
      uniqueness_key TEXT PRIMARY KEY,
      credit_grant_id TEXT NOT NULL
    );
  `,
};

export interface LedgerRow {
  seq: number;
  id: string;
  credit_grant_id: string;
  customer_id: string;
  credit_type_id: string;
  kind: LedgerEntryKind;
  amount: string;
  effective_at: string;
  pending: 0 | 1;
  invoice_id: string | null;
  reason: string;
  created_by: string;
  created_at: string;
}

export function creditGrantCollection(db: Db): Collection<StoredCreditGrant> {
  return new Collection<StoredCreditGrant>(db, CREDIT_GRANT_KIND, 'credit grant');
}

export function appendLedgerRow(db: Db, row: Omit<LedgerRow, 'seq' | 'id' | 'pending'> & { pending?: boolean }): LedgerRow {
  const id = randomUUID();
  const result = db
    .prepare(
      `INSERT INTO credit_grant_ledger
         (id, credit_grant_id, customer_id, credit_type_id, kind, amount, effective_at, pending, invoice_id, reason, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      row.credit_grant_id,
      row.customer_id,
      row.credit_type_id,
      row.kind,
      row.amount,
      row.effective_at,
      row.pending ? 1 : 0,
      row.invoice_id,
      row.reason,
      row.created_by,
      row.created_at,
    );
  return { ...row, seq: Number(result.lastInsertRowid), id, pending: row.pending ? 1 : 0 };
}

/** Every ledger row of the customer's grants in one pricing unit, voided grants included, in recorded order. */
export function ledgerRowsOf(db: Db, customerId: string, creditTypeId: string): LedgerRow[] {
  return db
    .prepare('SELECT * FROM credit_grant_ledger WHERE customer_id = ? AND credit_type_id = ? ORDER BY seq')
    .all(customerId, creditTypeId) as LedgerRow[];
}

export function ledgerRowsOfGrant(db: Db, creditGrantId: string): LedgerRow[] {
  return db.prepare('SELECT * FROM credit_grant_ledger WHERE credit_grant_id = ? ORDER BY seq').all(creditGrantId) as LedgerRow[];
}

export interface NewCreditGrant {
  customer_id: string;
  name: string;
  grant_amount: { amount: number; credit_type_id?: string };
  paid_amount: { amount: number; credit_type_id?: string };
  effective_at: Date;
  expires_at: Date;
  priority: number;
  reason?: string;
  credit_grant_type?: string;
  product_ids?: string[];
  uniqueness_key?: string;
  rollover_settings?: CreditGrantCreateParams.RolloverSettings;
  invoice_date?: string;
  custom_fields?: Record<string, string>;
  rolled_over_from?: string;
  /** Who the grant's own ledger entry names as its creator. */
  created_by: string;
}

/**
 * Issues a credit grant and records its ledger entry at `effective_at`. Unknown customer, pricing unit or product:
 * 404. A non-positive grant amount, a negative paid amount, an expiry not after the start, a rollover that expires
 * before the grant, or a custom field key not on the allow list for `credit_grant`: 400. A uniqueness key already
 * in use: 409.
 */
export function insertCreditGrant(db: Db, input: NewCreditGrant, now: Date): StoredCreditGrant {
  requireCustomer(db, input.customer_id);
  const grantType = getCreditType(db, input.grant_amount.credit_type_id ?? USD_CENTS.id);
  const paidType = getCreditType(db, input.paid_amount.credit_type_id ?? USD_CENTS.id);
  if (!(input.grant_amount.amount > 0)) throw new BadRequestError('grant_amount.amount must be greater than 0');
  if (input.paid_amount.amount < 0) throw new BadRequestError('paid_amount.amount must not be negative');
  if (input.expires_at.getTime() <= input.effective_at.getTime())
    throw new BadRequestError('expires_at must be after effective_at');
  if (input.rollover_settings && Date.parse(input.rollover_settings.expires_at) <= input.expires_at.getTime())
    throw new BadRequestError('rollover_settings.expires_at must be after expires_at');
  const products = (input.product_ids ?? []).map((productId) => {
    const product = productCollection(db).find(productId);
    if (!product) throw new NotFoundError(`product not found: ${productId}`);
    return { id: productId, name: productInForce(product, now).name };
  });
  const grantId = randomUUID();
  if (input.uniqueness_key !== undefined) {
    const holder = db
      .prepare('SELECT credit_grant_id FROM credit_grant_uniqueness_keys WHERE uniqueness_key = ?')
      .pluck()
      .get(input.uniqueness_key) as string | undefined;
    if (holder)
      throw new ConflictError(`A credit grant with uniqueness_key ${JSON.stringify(input.uniqueness_key)} already exists: ${holder}`);
  }

  assignCustomFields(db, 'credit_grant', grantId, input.custom_fields);

  const grant: StoredCreditGrant = {
    id: grantId,
    name: input.name,
    customer_id: input.customer_id,
    ...(input.uniqueness_key !== undefined ? { uniqueness_key: input.uniqueness_key } : {}),
    reason: input.reason ?? null,
    credit_grant_type: input.credit_grant_type ?? null,
    effective_at: input.effective_at.toISOString(),
    expires_at: input.expires_at.toISOString(),
    priority: input.priority,
    grant_amount: { amount: input.grant_amount.amount, credit_type: { id: grantType.id, name: grantType.name } },
    paid_amount: { amount: input.paid_amount.amount, credit_type: { id: paidType.id, name: paidType.name } },
    invoice_id: null,
    ...(products.length > 0 ? { products, product_ids: products.map((p) => p.id) } : {}),
    ...(input.rollover_settings ? { rollover_settings: input.rollover_settings } : {}),
    ...(input.invoice_date ? { invoice_date: input.invoice_date } : {}),
    voided_at: null,
    created_at: now.toISOString(),
    ...(input.rolled_over_from ? { rolled_over_from: input.rolled_over_from } : {}),
  };
  creditGrantCollection(db).insert(grant, input.customer_id);
  if (input.uniqueness_key !== undefined)
    db.prepare('INSERT INTO credit_grant_uniqueness_keys (uniqueness_key, credit_grant_id) VALUES (?, ?)').run(
      input.uniqueness_key,
      grant.id,
    );
  appendLedgerRow(db, {
    credit_grant_id: grant.id,
    customer_id: grant.customer_id,
    credit_type_id: grantType.id,
    kind: 'grant',
    amount: Decimal.from(input.grant_amount.amount).toString(),
    effective_at: grant.effective_at,
    invoice_id: null,
    reason: input.reason ?? 'Credit grant',
    created_by: input.created_by,
    created_at: now.toISOString(),
  });
  return grant;
}

/** The grant, or a 404; a voided grant is a 400 for anything but reading. */
export function requireLiveCreditGrant(db: Db, creditGrantId: string): StoredCreditGrant {
  const grant = creditGrantCollection(db).get(creditGrantId);
  if (grant.voided_at !== null) throw new BadRequestError(`credit grant ${creditGrantId} is voided`);
  return grant;
}

export function releaseUniquenessKey(db: Db, creditGrantId: string): void {
  db.prepare('DELETE FROM credit_grant_uniqueness_keys WHERE credit_grant_id = ?').run(creditGrantId);
}
