import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import { NotFoundError } from '../http/api-error.js';

export interface CreditType {
  id: string;
  name: string;
  is_currency: boolean;
}

/** The fiat pricing unit every Metronome account has; its id is the one Metronome documents for USD. */
export const USD_CENTS: CreditType = { id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2', name: 'USD (cents)', is_currency: true };

export function ensureBaseCreditTypes(db: Db): void {
  db.prepare('INSERT OR IGNORE INTO credit_types (id, name, is_currency) VALUES (?, ?, ?)').run(USD_CENTS.id, USD_CENTS.name, 1);
}

/** Pricing units have no create endpoint in the API; the demo seed and `/_local/credit-types` add them. */
export function createCreditType(db: Db, name: string, isCurrency = false, id: string = randomUUID()): CreditType {
  db.prepare('INSERT INTO credit_types (id, name, is_currency) VALUES (?, ?, ?)').run(id, name, isCurrency ? 1 : 0);
  return { id, name, is_currency: isCurrency };
}

export function findCreditType(db: Db, id: string): CreditType | undefined {
  const row = db.prepare('SELECT id, name, is_currency FROM credit_types WHERE id = ?').get(id) as
    | { id: string; name: string; is_currency: number }
    | undefined;
  return row ? { id: row.id, name: row.name, is_currency: row.is_currency === 1 } : undefined;
}

export function getCreditType(db: Db, id: string): CreditType {
  const found = findCreditType(db, id);
  if (!found) throw new NotFoundError(`credit type not found: ${id}`);
  return found;
}

export function listCreditTypes(db: Db): { seq: number; type: CreditType }[] {
  return (db.prepare('SELECT seq, id, name, is_currency FROM credit_types ORDER BY seq').all() as {
    seq: number;
    id: string;
    name: string;
    is_currency: number;
  }[]).map((r) => ({ seq: r.seq, type: { id: r.id, name: r.name, is_currency: r.is_currency === 1 } }));
}
