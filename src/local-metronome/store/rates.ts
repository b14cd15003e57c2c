import type { CommitRate, Rate } from '@metronome/sdk/resources/shared';
import type { Db, StoreSchema } from './database.js';

export type BillingFrequency = 'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'WEEKLY';

/** The spec's `minimum_config` of PERCENTAGE and TIERED_PERCENTAGE rates, which the SDK's types leave out. */
export interface MinimumConfig {
  minimum: number;
}
/** A rate in its wire shape (`rate` of rate schedule entries, `data` of addRate). */
export type WireRate = Rate & { minimum_config?: MinimumConfig };
export type WireCommitRate = CommitRate & { minimum_config?: MinimumConfig };

/**
 * One rate as it was added to a rate card (by addRate, addRates or rate card creation). Rates are never edited:
 * a later rate for the same product, pricing group values and billing frequency overrides the earlier ones over
 * its own window, which `billing/rate-schedule.ts` resolves when the schedule is read.
 */
export interface StoredRate {
  seq: number;
  rate_card_id: string;
  product_id: string;
  pricing_group_values?: Record<string, string>;
  billing_frequency?: BillingFrequency;
  starting_at: string;
  ending_before?: string;
  entitled: boolean;
  rate: WireRate;
  commit_rate?: WireCommitRate;
}

/**
 * `rate_card_rates`: every rate added to a rate card, in the order added. `rate_card_products`: the products
 * that have rates on a rate card, with their position in the rate card's product order (the order products
 * appear on invoices and in rate schedules).
 */
export const ratesSchema: StoreSchema = {
  name: 'rates',
  sql: `
    CREATE TABLE IF NOT EXISTS rate_card_rates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      rate_card_id TEXT NOT NULL,
      product_id TEXT NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS rate_card_rates_by_card ON rate_card_rates (rate_card_id, seq);

    CREATE TABLE IF NOT EXISTS rate_card_products (
      rate_card_id TEXT NOT NULL,
      product_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (rate_card_id, product_id)
    );
  `,
};

export function insertRate(db: Db, rate: Omit<StoredRate, 'seq'>): StoredRate {
  const seq = db
    .prepare('INSERT INTO rate_card_rates (rate_card_id, product_id, data) VALUES (?, ?, ?)')
    .run(rate.rate_card_id, rate.product_id, JSON.stringify(rate)).lastInsertRowid as number;
  const position = db
    .prepare('SELECT COALESCE(MAX(position) + 1, 0) FROM rate_card_products WHERE rate_card_id = ?')
    .pluck()
    .get(rate.rate_card_id) as number;
  db.prepare('INSERT OR IGNORE INTO rate_card_products (rate_card_id, product_id, position) VALUES (?, ?, ?)').run(
    rate.rate_card_id,
    rate.product_id,
    position,
  );
  return { seq: Number(seq), ...rate };
}

/** Every rate added to the rate card, oldest first. */
export function ratesOfRateCard(db: Db, rateCardId: string): StoredRate[] {
  const rows = db
    .prepare('SELECT seq, data FROM rate_card_rates WHERE rate_card_id = ? ORDER BY seq')
    .all(rateCardId) as { seq: number; data: string }[];
  return rows.map((row) => ({ ...(JSON.parse(row.data) as Omit<StoredRate, 'seq'>), seq: row.seq }));
}

/** The ids of the products with rates on the rate card, in the rate card's product order. */
export function rateCardProductOrder(db: Db, rateCardId: string): string[] {
  return db
    .prepare('SELECT product_id FROM rate_card_products WHERE rate_card_id = ? ORDER BY position, product_id')
    .pluck()
    .all(rateCardId) as string[];
}

/** Replaces the rate card's product order; `productIds` must be exactly the products on the rate card. */
export function saveRateCardProductOrder(db: Db, rateCardId: string, productIds: readonly string[]): void {
  const update = db.prepare('UPDATE rate_card_products SET position = ? WHERE rate_card_id = ? AND product_id = ?');
  productIds.forEach((productId, position) => update.run(position, rateCardId, productId));
}
