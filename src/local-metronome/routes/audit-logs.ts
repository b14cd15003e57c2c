import type { Domain } from '../http/route.js';
import { defineRoute } from '../http/route.js';
import { decodeCursor, encodeCursor, DEFAULT_PAGE_LIMIT } from '../store/paging.js';

interface AuditLogQuery {
  limit?: number;
  next_page?: string;
  starting_on?: string;
  ending_before?: string;
  sort?: 'date_asc' | 'date_desc';
  resource_id?: string;
  resource_type?: string;
}

export const auditLogs: Domain = {
  name: 'audit-logs',
  routes: [
    defineRoute<unknown, AuditLogQuery>({
      operation: 'GET /v1/auditLogs',
      kind: 'read',
      handle({ db, query }) {
        const descending = query.sort === 'date_desc';
        const cursor = decodeCursor<{ seq: number }>(query.next_page);
        const where: string[] = [];
        const args: unknown[] = [];
        if (cursor) {
          where.push(descending ? 'seq < ?' : 'seq > ?');
          args.push(cursor.seq);
        }
        if (query.starting_on) {
          where.push('timestamp >= ?');
          args.push(new Date(query.starting_on).toISOString());
        }
        if (query.ending_before) {
          where.push('timestamp < ?');
          args.push(new Date(query.ending_before).toISOString());
        }
        if (query.resource_id) {
          where.push('resource_id = ?');
          args.push(query.resource_id);
        }
        if (query.resource_type) {
          where.push('resource_type = ?');
          args.push(query.resource_type);
        }
        const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
        const rows = db
          .prepare(
            `SELECT seq, data FROM audit_logs ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
             ORDER BY seq ${descending ? 'DESC' : 'ASC'} LIMIT ?`,
          )
          .all(...args, limit) as { seq: number; data: string }[];
        // Metronome always returns a token, so a poller can resume from where it stopped even after an empty page.
        const lastSeq = rows.at(-1)?.seq ?? cursor?.seq ?? (descending ? Number.MAX_SAFE_INTEGER : 0);
        return { data: rows.map((r) => JSON.parse(r.data)), next_page: encodeCursor({ seq: lastSeq }) };
      },
    }),
  ],
};
