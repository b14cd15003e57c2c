import { createHash } from 'node:crypto';
import type { Db } from '../store/database.js';
import { ConflictError } from './api-error.js';

/** How long a stored response replays for the same `Idempotency-Key`. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface StoredResponse {
  status: number;
  body: unknown;
}

export function requestFingerprint(operation: string, params: unknown, body: unknown): string {
  return createHash('sha256').update(JSON.stringify([operation, params, body ?? null])).digest('hex');
}

/**
 * `Idempotency-Key` on POST writes, as the real API: the same key with the same request replays the stored
 * response (errors included) for 24 hours without doing the work again; the same key with another request is a
 * 409. Keys are stored in the request's own transaction, so a rolled-back request leaves no key behind.
 */
export class IdempotencyStore {
  constructor(private readonly db: Db) {}

  /** The response to replay, or undefined when the work must be done. Throws 409 on a reused key. */
  lookup(key: string, fingerprint: string, nowMs: number): StoredResponse | undefined {
    const row = this.db
      .prepare('SELECT fingerprint, status, body, created_at_ms FROM idempotency_keys WHERE key = ?')
      .get(key) as { fingerprint: string; status: number; body: string; created_at_ms: number } | undefined;
    if (!row || nowMs - row.created_at_ms > IDEMPOTENCY_WINDOW_MS) return undefined;
    if (row.fingerprint !== fingerprint)
      throw new ConflictError('Idempotency-Key was already used with a different request');
    return { status: row.status, body: row.body === '' ? undefined : JSON.parse(row.body) };
  }

  save(key: string, fingerprint: string, response: StoredResponse, nowMs: number): void {
    this.db
      .prepare(
        `INSERT INTO idempotency_keys (key, fingerprint, status, body, created_at_ms) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
           body = excluded.body, created_at_ms = excluded.created_at_ms`,
      )
      .run(key, fingerprint, response.status, response.body === undefined ? '' : JSON.stringify(response.body), nowMs);
  }
}
