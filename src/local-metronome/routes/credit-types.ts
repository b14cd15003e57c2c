import type { Domain } from '../http/route.js';
import { defineRoute } from '../http/route.js';
import { listCreditTypes } from '../store/credit-types.js';
import { decodeCursor, encodeCursor, DEFAULT_PAGE_LIMIT } from '../store/paging.js';

export const creditTypes: Domain = {
  name: 'credit-types',
  routes: [
    defineRoute<unknown, { limit?: number; next_page?: string }>({
      operation: 'GET /v1/credit-types/list',
      kind: 'read',
      handle({ db, query }) {
        const after = decodeCursor<{ seq: number }>(query.next_page)?.seq ?? 0;
        const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
        const rows = listCreditTypes(db).filter((r) => r.seq > after);
        const page = rows.slice(0, limit);
        return {
          data: page.map(({ type }) => type),
          next_page: rows.length > limit ? encodeCursor({ seq: page.at(-1)!.seq }) : null,
        };
      },
    }),
  ],
};
