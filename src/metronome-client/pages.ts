/**
 * Metronome's three paging styles, all answering `{data, next_page}` (`next_page: null` on the last page):
 * - `query`: `limit` and `next_page` in the query string (GET lists, and POST reads such as products/list);
 * - `body`: `limit` and `next_page` in the JSON body (commits, credits, balances);
 * - unpaged: one answer holds everything (contracts/list).
 */
export interface Page<T> {
  data: T[];
  next_page: string | null;
}

/** The paging parameters of a `query`-style list. */
export interface PageParams {
  limit?: number;
  next_page?: string;
}
