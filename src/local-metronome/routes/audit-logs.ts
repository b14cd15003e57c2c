import { BadRequestError } from '../http/api-error.js';
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

/**
 * Where a walk through the audit log stands, and what it was asked for: a `next_page` token alone continues the
 * same walk, since the date range "cannot be used with next_page".
 */
interface AuditLogPosition extends Record<string, unknown> {
  seq: number;
  sort: 'date_asc' | 'date_desc';
  starting_on?: string;
  ending_before?: string;
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
        if (query.next_page !== undefined && (query.starting_on !== undefined || query.ending_before !== undefined))
          throw new BadRequestError(`${query.starting_on !== undefined ? 'starting_on' : 'ending_before'} cannot be used with next_page`);
        if ((query.resource_id === undefined) !== (query.resource_type === undefined))
          throw new BadRequestError(
            query.resource_id === undefined
              ? 'resource_id is required when resource_type is given'
              : 'resource_type is required when resource_id is given',
          );
        const sort = query.sort ?? 'date_asc';
        const position: AuditLogPosition = decodeCursor<AuditLogPosition>(query.next_page) ?? {
          seq: sort === 'date_desc' ? Number.MAX_SAFE_INTEGER : 0,
          sort,
          ...(query.starting_on !== undefined ? { starting_on: new Date(query.starting_on).toISOString() } : {}),
          ...(query.ending_before !== undefined ? { ending_before: new Date(query.ending_before).toISOString() } : {}),
          ...(query.resource_id !== undefined ? { resource_id: query.resource_id, resource_type: query.resource_type } : {}),
        };
        const descending = position.sort === 'date_desc';
        const where = [descending ? 'seq < ?' : 'seq > ?'];
        const args: unknown[] = [position.seq];
        if (position.starting_on) where.push('timestamp >= ?'), args.push(position.starting_on);
        if (position.ending_before) where.push('timestamp < ?'), args.push(position.ending_before);
        if (position.resource_id) where.push('resource_id = ? AND resource_type = ?'), args.push(position.resource_id, position.resource_type);
        const rows = db
          .prepare(
            `SELECT seq, data FROM audit_logs WHERE ${where.join(' AND ')}
             ORDER BY seq ${descending ? 'DESC' : 'ASC'} LIMIT ?`,
          )
          .all(...args, query.limit ?? DEFAULT_PAGE_LIMIT) as { seq: number; data: string }[];
        // Metronome always returns a token, so a poller can resume from where it stopped even after an empty page.
        return {
          data: rows.map((r) => JSON.parse(r.data)),
          next_page: encodeCursor({ ...position, seq: rows.at(-1)?.seq ?? position.seq }),
        };
      },
    }),
  ],
};
