import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalMetronome } from '../../src/local-metronome/server.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const columnsOf = (path: string, table: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
  } finally {
    db.close();
  }
};

describe('a database file written by an earlier version', () => {
  it('gains the columns added since, in every domain that declares them', async () => {
    dir = mkdtempSync(join(tmpdir(), 'local-metronome-upgrade-'));
    const path = join(dir, 'old.db');
    const old = new Database(path);
    old.exec(`
      CREATE TABLE invoice_deductions (seq INTEGER PRIMARY KEY AUTOINCREMENT, invoice_id TEXT NOT NULL, customer_id TEXT NOT NULL,
        contract_id TEXT, balance_id TEXT NOT NULL, segment_id TEXT NOT NULL, amount TEXT NOT NULL, timestamp_ms INTEGER NOT NULL);
      CREATE TABLE balance_manual_entries (seq INTEGER PRIMARY KEY AUTOINCREMENT, customer_id TEXT NOT NULL, contract_id TEXT,
        balance_id TEXT NOT NULL, segment_id TEXT NOT NULL, amount TEXT NOT NULL, reason TEXT NOT NULL, timestamp_ms INTEGER NOT NULL);
      CREATE TABLE contract_settings (contract_id TEXT PRIMARY KEY, multiplier_override_prioritization TEXT NOT NULL,
        invoice_generation_starting_at TEXT, trueup_invoice_behavior TEXT, void_invoices_on_archive INTEGER);
    `);
    old.close();
    const local = await createLocalMetronome({ dbPath: path });
    await local.stop();
    expect(columnsOf(path, 'invoice_deductions').slice(-2)).toEqual(['seat_id', 'trueup']);
    expect(columnsOf(path, 'balance_manual_entries').at(-1)).toBe('per_seat');
    expect(columnsOf(path, 'contract_settings').at(-1)).toBe('rollovers');
  });
});
