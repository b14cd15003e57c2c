import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';

export interface AuditEntryInput {
  timestamp: Date;
  action: string;
  resourceType: string;
  resourceId?: string;
  status: 'success' | 'failure';
  description?: string;
  request: { id: string; ip?: string; user_agent?: string };
}

/** The one actor the Local Metronome knows: whoever holds the bearer token. */
export const API_TOKEN_ACTOR = { id: 'local-api-token', name: 'Local API token', email: 'api@local.metronome' };

export function appendAuditEntry(db: Db, entry: AuditEntryInput): void {
  const id = randomUUID();
  const timestamp = entry.timestamp.toISOString();
  const data = {
    id,
    timestamp,
    actor: API_TOKEN_ACTOR,
    request: entry.request,
    resource_type: entry.resourceType,
    ...(entry.resourceId ? { resource_id: entry.resourceId } : {}),
    action: entry.action,
    status: entry.status,
    description: entry.description ?? `${entry.action} ${entry.resourceType}${entry.resourceId ? ` ${entry.resourceId}` : ''}`,
  };
  db.prepare('INSERT INTO audit_logs (id, timestamp, resource_type, resource_id, data) VALUES (?, ?, ?, ?, ?)').run(
    id,
    timestamp,
    entry.resourceType,
    entry.resourceId ?? null,
    JSON.stringify(data),
  );
}
