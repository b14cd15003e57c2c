import { BadRequestError } from '../http/api-error.js';
import { DEFAULT_PAGE_LIMIT, decodeCursor, encodeCursor, type Page } from './paging.js';

/**
 * A page of an ordered list that is not read page by page from a document collection: a plan's charges, a
 * customer's plans in reverse-chronological order, the customers of a credit ledger listing. The cursor names
 * the last item served (by `keyOf`), so items added since do not shift the pages that follow.
 */
export function pageOfList<T>(
  items: readonly T[],
  options: { limit?: number | undefined; nextPage?: string | null | undefined },
  keyOf: (item: T) => string,
): Page<T> {
  const after = decodeCursor<{ after: string }>(options.nextPage)?.after;
  const start = after === undefined ? 0 : items.findIndex((item) => keyOf(item) === after) + 1;
  const limit = options.limit ?? DEFAULT_PAGE_LIMIT;
  const data = items.slice(start, start + limit);
  return { data, next_page: start + limit < items.length ? encodeCursor({ after: keyOf(data.at(-1)!) }) : null };
}

/**
 * A page of a list computed whole for each request (a rate schedule, an invoice list, a customer's balances),
 * whose cursor carries the offset of the next item. A token whose offset is not a non-negative integer is a 400.
 */
export function pageByOffset<T>(items: readonly T[], nextPage: string | null | undefined, limit: number): Page<T> {
  const offset = decodeCursor<{ offset: number }>(nextPage)?.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw new BadRequestError('Invalid next_page cursor');
  return {
    data: items.slice(offset, offset + limit),
    next_page: offset + limit < items.length ? encodeCursor({ offset: offset + limit }) : null,
  };
}
