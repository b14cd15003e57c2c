import type { Db, StoreSchema } from '../store/database.js';

/** Metronome's notification envelope. */
export interface WebhookNotification {
  /** Fixed when the notification is created; every attempt to every URL carries the same id (receivers dedupe on it). */
  id: string;
  /** e.g. `alerts.low_credit_balance_reached`. */
  type: string;
  properties: Record<string, unknown>;
}

/** One notification's way to one webhook URL. */
export interface WebhookDelivery {
  seq: number;
  notification_id: string;
  type: string;
  url: string;
  /** The exact body every attempt sends. */
  body: string;
  attempts: number;
  /** Wall-clock milliseconds of the next attempt; meaningless once delivered or abandoned. */
  next_attempt_at_ms: number;
  first_attempt_at_ms: number | null;
  delivered_at: string | null;
  abandoned_at: string | null;
  last_status: number | null;
  last_error: string | null;
}

/**
 * The transactional outbox of webhook notifications. A notification and its deliveries are written in the same
 * transaction as the alert transition that causes them, so a committed transition is never left unannounced,
 * and pending deliveries survive a restart when the database is a file.
 *
 * Delivery times are wall-clock milliseconds, not the Local Metronome clock: retries are about a real receiver
 * being reachable, and moving the simulated clock must not fire or delay them.
 */
export const webhookOutboxSchema: StoreSchema = {
  name: 'webhook-outbox',
  sql: `
    CREATE TABLE IF NOT EXISTS webhook_notifications (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL,
      body TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS webhook_deliveries (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      notification_id TEXT NOT NULL,
      url TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at_ms INTEGER NOT NULL,
      first_attempt_at_ms INTEGER,
      delivered_at TEXT,
      abandoned_at TEXT,
      last_status INTEGER,
      last_error TEXT
    );
    CREATE INDEX IF NOT EXISTS webhook_deliveries_pending
      ON webhook_deliveries (next_attempt_at_ms) WHERE delivered_at IS NULL AND abandoned_at IS NULL;
  `,
};

const DELIVERY_COLUMNS = `d.seq, d.notification_id, n.type, d.url, n.body, d.attempts, d.next_attempt_at_ms,
  d.first_attempt_at_ms, d.delivered_at, d.abandoned_at, d.last_status, d.last_error`;

/**
 * Stores a notification with one delivery per URL, each due at once. With no URL the notification is recorded
 * and goes nowhere, as with a Metronome account that has no webhook configured.
 */
export function enqueueNotification(
  db: Db,
  notification: WebhookNotification,
  urls: readonly string[],
  createdAt: Date,
  dueAtMs: number = Date.now(),
): void {
  db.prepare('INSERT INTO webhook_notifications (id, type, body, created_at) VALUES (?, ?, ?, ?)').run(
    notification.id,
    notification.type,
    JSON.stringify(notification),
    createdAt.toISOString(),
  );
  const insert = db.prepare('INSERT INTO webhook_deliveries (notification_id, url, next_attempt_at_ms) VALUES (?, ?, ?)');
  for (const url of urls) insert.run(notification.id, url, dueAtMs);
}

/** Pending deliveries due at `nowMs`, oldest first. */
export function dueDeliveries(db: Db, nowMs: number, limit: number): WebhookDelivery[] {
  return db
    .prepare(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d JOIN webhook_notifications n ON n.id = d.notification_id
       WHERE d.delivered_at IS NULL AND d.abandoned_at IS NULL AND d.next_attempt_at_ms <= ?
       ORDER BY d.next_attempt_at_ms, d.seq LIMIT ?`,
    )
    .all(nowMs, limit) as WebhookDelivery[];
}

/** When the earliest pending delivery is due, if any is pending. */
export function nextAttemptAtMs(db: Db): number | undefined {
  const next = db
    .prepare('SELECT MIN(next_attempt_at_ms) FROM webhook_deliveries WHERE delivered_at IS NULL AND abandoned_at IS NULL')
    .pluck()
    .get() as number | null;
  return next ?? undefined;
}

export interface AttemptOutcome {
  atMs: number;
  status?: number;
  error?: string;
}

export function recordDelivered(db: Db, seq: number, outcome: AttemptOutcome): void {
  db.prepare(
    `UPDATE webhook_deliveries SET attempts = attempts + 1, first_attempt_at_ms = COALESCE(first_attempt_at_ms, @atMs),
       delivered_at = @deliveredAt, last_status = @status, last_error = NULL WHERE seq = @seq`,
  ).run({ seq, atMs: outcome.atMs, deliveredAt: new Date(outcome.atMs).toISOString(), status: outcome.status ?? null });
}

/** A failed attempt: retried at `retryAtMs`, or abandoned when that is `undefined`. */
export function recordFailedAttempt(db: Db, seq: number, outcome: AttemptOutcome, retryAtMs: number | undefined): void {
  db.prepare(
    `UPDATE webhook_deliveries SET attempts = attempts + 1, first_attempt_at_ms = COALESCE(first_attempt_at_ms, @atMs),
       next_attempt_at_ms = COALESCE(@retryAtMs, next_attempt_at_ms), abandoned_at = @abandonedAt,
       last_status = @status, last_error = @error WHERE seq = @seq`,
  ).run({
    seq,
    atMs: outcome.atMs,
    retryAtMs: retryAtMs ?? null,
    abandonedAt: retryAtMs === undefined ? new Date(outcome.atMs).toISOString() : null,
    status: outcome.status ?? null,
    error: outcome.error ?? null,
  });
}

/** Every delivery, oldest first, for the `/_local/webhooks/deliveries` control endpoint. */
export function listDeliveries(db: Db): WebhookDelivery[] {
  return db
    .prepare(`SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d JOIN webhook_notifications n ON n.id = d.notification_id ORDER BY d.seq`)
    .all() as WebhookDelivery[];
}
