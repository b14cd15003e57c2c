import type { MetronomeApi } from '../metronome-client/client.js';
import { readAllPages } from './all-pages.js';
import { notFound } from './not-found.js';

/** A pricing unit as `credit-types/list` answers it (the SDK types every field as optional; the API always sends id and name). */
export interface PricingUnit {
  id: string;
  name: string;
  is_currency?: boolean;
}

/** Every pricing unit, across all pages of `GET /v1/credit-types/list` (there is no get-by-id endpoint). */
async function listAllCreditTypes(api: MetronomeApi): Promise<PricingUnit[]> {
  return (await readAllPages((nextPage) => api.creditTypes.list({ limit: 100, next_page: nextPage }))) as PricingUnit[];
}

/** Pricing units by id, in key order; a NOT_FOUND error for each id that does not exist. */
export async function loadCreditTypes(
  api: MetronomeApi,
  ids: readonly string[],
): Promise<(PricingUnit | Error)[]> {
  const byId = new Map((await listAllCreditTypes(api)).map((type) => [type.id, type]));
  return ids.map((id) => byId.get(id) ?? notFound('GET /v1/credit-types/list', `Pricing unit not found: ${id}`));
}
