import type { Invoice } from '@metronome/sdk/resources/v1/customers/invoices';
import type { Db, StoreSchema } from './database.js';
import { nameBasedId } from './name-based-id.js';

export type InvoiceStatus = 'DRAFT' | 'FINALIZED' | 'VOID';

/** An invoice in its wire shape (`/v1/customers/{id}/invoices/{id}`'s `data`). */
export type WireInvoice = Invoice;

export interface StoredInvoice {
  seq: number;
  id: string;
  customerId: string;
  contractId: string | null;
  /**
   * What the invoice bills, for invoices the engine derives from contracts: `usage:<contract>:<period start>`,
   * `scheduled:<contract>:<timestamp>:<credit type>`. A derived invoice that is stored (finalized, voided) is
   * never derived again. Null for invoices made by requests (regenerated, historical, pro services).
   */
  sourceKey: string | null;
  status: InvoiceStatus;
  /** When the invoice is issued: the end of a usage period, a scheduled charge's date. */
  issuedAt: Date;
  invoice: WireInvoice;
}

/** A commit or credit segment an invoice drew from; only stored invoices that are not void count. */
export interface StoredDeduction {
  invoiceId: string;
  customerId: string;
  contractId: string | null;
  balanceId: string;
  segmentId: string;
  /** Exact decimal text of the amount paid (positive). */
  amount: string;
  /** The seat whose allocation paid, for a commit or credit allocated to each seat of a subscription. */
  seatId?: string | null;
  /** A POSTPAID commit's true-up rather than usage paid from the commit. */
  trueup?: boolean;
  timestamp: Date;
}

export interface StoredManualEntry {
  seq: number;
  customerId: string;
  contractId: string | null;
  balanceId: string;
  segmentId: string;
  amount: string;
  /** `per_group_amounts`: how the amount splits over the seats of an individually allocated commit or credit. */
  perSeat?: Record<string, string> | null;
  reason: string;
  timestamp: Date;
}

/**
 * `invoices`: every invoice that is stored — finalized ones (immutable), voided ones, and the ones requests
 * create. Drafts of open periods are derived on read and not stored. `invoice_deductions`: what each stored
 * invoice drew from commit and credit segments. `balance_manual_entries`: `addManualBalanceLedgerEntry`.
 */
export const invoiceSchema: StoreSchema = {
  name: 'invoices',
  addedColumns: [
    { table: 'invoice_deductions', column: 'seat_id', definition: 'TEXT' },
    { table: 'invoice_deductions', column: 'trueup', definition: 'INTEGER NOT NULL DEFAULT 0' },
    { table: 'balance_manual_entries', column: 'per_seat', definition: 'TEXT' },
  ],
  sql: `
    CREATE TABLE IF NOT EXISTS invoices (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      customer_id TEXT NOT NULL,
      contract_id TEXT,
      source_key TEXT UNIQUE,
      status TEXT NOT NULL,
      issued_ms INTEGER NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS invoices_by_customer ON invoices (customer_id, issued_ms, seq);

    CREATE TABLE IF NOT EXISTS invoice_deductions (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      invoice_id TEXT NOT NULL,
      customer_id TEXT NOT NULL,
      contract_id TEXT,
      balance_id TEXT NOT NULL,
      segment_id TEXT NOT NULL,
      amount TEXT NOT NULL,
      timestamp_ms INTEGER NOT NULL,
      seat_id TEXT,
      trueup INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS invoice_deductions_by_customer ON invoice_deductions (customer_id, seq);
    CREATE INDEX IF NOT EXISTS invoice_deductions_by_invoice ON invoice_deductions (invoice_id);

    CREATE TABLE IF NOT EXISTS balance_manual_entries (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      customer_id TEXT NOT NULL,
      contract_id TEXT,
      balance_id TEXT NOT NULL,
      segment_id TEXT NOT NULL,
      amount TEXT NOT NULL,
      reason TEXT NOT NULL,
      timestamp_ms INTEGER NOT NULL,
      per_seat TEXT
    );
    CREATE INDEX IF NOT EXISTS balance_manual_entries_by_customer ON balance_manual_entries (customer_id, seq);
  `,
};

interface InvoiceRow {
  seq: number;
  id: string;
  customer_id: string;
  contract_id: string | null;
  source_key: string | null;
  status: InvoiceStatus;
  issued_ms: number;
  data: string;
}

function fromRow(row: InvoiceRow): StoredInvoice {
  return {
    seq: row.seq,
    id: row.id,
    customerId: row.customer_id,
    contractId: row.contract_id,
    sourceKey: row.source_key,
    status: row.status,
    issuedAt: new Date(row.issued_ms),
    invoice: JSON.parse(row.data) as WireInvoice,
  };
}

/**
 * The id a derived invoice keeps from its first draft to its finalization: a name-based UUID of what it bills,
 * so every read of a draft gives the same id without storing it.
 */
export function derivedInvoiceId(sourceKey: string): string {
  return nameBasedId(`metronome-local-invoice:${sourceKey}`);
}

export function storedInvoicesOf(db: Db, customerId: string): StoredInvoice[] {
  return (db.prepare('SELECT * FROM invoices WHERE customer_id = ? ORDER BY issued_ms, seq').all(customerId) as InvoiceRow[]).map(fromRow);
}

export function findStoredInvoice(db: Db, invoiceId: string): StoredInvoice | undefined {
  const row = db.prepare('SELECT * FROM invoices WHERE id = ?').get(invoiceId) as InvoiceRow | undefined;
  return row ? fromRow(row) : undefined;
}

export function insertInvoice(db: Db, invoice: Omit<StoredInvoice, 'seq'>, deductions: readonly Omit<StoredDeduction, 'invoiceId' | 'customerId'>[] = []): void {
  db.prepare(
    'INSERT INTO invoices (id, customer_id, contract_id, source_key, status, issued_ms, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(invoice.id, invoice.customerId, invoice.contractId, invoice.sourceKey, invoice.status, invoice.issuedAt.getTime(), JSON.stringify(invoice.invoice));
  const insert = db.prepare(
    'INSERT INTO invoice_deductions (invoice_id, customer_id, contract_id, balance_id, segment_id, amount, timestamp_ms, seat_id, trueup) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const d of deductions)
    insert.run(invoice.id, invoice.customerId, d.contractId, d.balanceId, d.segmentId, d.amount, d.timestamp.getTime(), d.seatId ?? null, d.trueup ? 1 : 0);
}

/** Replaces a stored invoice's status and wire document (void; a stored draft reaching its issue date). */
export function updateInvoice(db: Db, invoiceId: string, status: InvoiceStatus, invoice: WireInvoice): void {
  db.prepare('UPDATE invoices SET status = ?, data = ? WHERE id = ?').run(status, JSON.stringify(invoice), invoiceId);
}

/** Deductions of the customer's stored invoices that are not void. */
export function liveDeductionsOf(db: Db, customerId: string): StoredDeduction[] {
  const rows = db
    .prepare(
      `SELECT d.* FROM invoice_deductions d JOIN invoices i ON i.id = d.invoice_id
       WHERE d.customer_id = ? AND i.status != 'VOID' ORDER BY d.seq`,
    )
    .all(customerId) as {
    invoice_id: string;
    customer_id: string;
    contract_id: string | null;
    balance_id: string;
    segment_id: string;
    amount: string;
    timestamp_ms: number;
    seat_id: string | null;
    trueup: number;
  }[];
  return rows.map((r) => ({
    invoiceId: r.invoice_id,
    customerId: r.customer_id,
    contractId: r.contract_id,
    balanceId: r.balance_id,
    segmentId: r.segment_id,
    amount: r.amount,
    seatId: r.seat_id,
    trueup: r.trueup === 1,
    timestamp: new Date(r.timestamp_ms),
  }));
}

export function insertManualEntry(db: Db, entry: Omit<StoredManualEntry, 'seq'>): void {
  db.prepare(
    'INSERT INTO balance_manual_entries (customer_id, contract_id, balance_id, segment_id, amount, reason, timestamp_ms, per_seat) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    entry.customerId,
    entry.contractId,
    entry.balanceId,
    entry.segmentId,
    entry.amount,
    entry.reason,
    entry.timestamp.getTime(),
    entry.perSeat ? JSON.stringify(entry.perSeat) : null,
  );
}

export function manualEntriesOf(db: Db, customerId: string): StoredManualEntry[] {
  const rows = db.prepare('SELECT * FROM balance_manual_entries WHERE customer_id = ? ORDER BY seq').all(customerId) as {
    seq: number;
    customer_id: string;
    contract_id: string | null;
    balance_id: string;
    segment_id: string;
    amount: string;
    reason: string;
    timestamp_ms: number;
    per_seat: string | null;
  }[];
  return rows.map((r) => ({
    seq: r.seq,
    customerId: r.customer_id,
    contractId: r.contract_id,
    balanceId: r.balance_id,
    segmentId: r.segment_id,
    amount: r.amount,
    perSeat: r.per_seat === null ? null : (JSON.parse(r.per_seat) as Record<string, string>),
    reason: r.reason,
    timestamp: new Date(r.timestamp_ms),
  }));
}
