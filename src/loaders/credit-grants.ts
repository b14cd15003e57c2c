import type {
  CreditGrantListEntriesParams,
  CreditGrantListEntriesResponse,
  CreditGrantListParams,
  CreditGrantListResponse,
} from '@metronome/sdk/resources/v1/credit-grants';
import type { MetronomeApi } from '../metronome-client/client.js';
import { groupByKey, readAllPages } from './all-pages.js';
import { notFound } from './not-found.js';

export type CreditGrantQuery = Omit<CreditGrantListParams, 'customer_ids' | 'credit_grant_ids' | 'limit' | 'next_page'>;

/** Credit grants of many customers with one `POST /v1/credits/listGrants` (all its pages). */
export async function loadCreditGrantsOfCustomers(
  api: MetronomeApi,
  customerIds: readonly string[],
  query: CreditGrantQuery,
): Promise<CreditGrantListResponse[][]> {
  const grants = await readAllPages((nextPage) =>
    api.creditGrants.list({ ...query, customer_ids: [...new Set(customerIds)], limit: 100, next_page: nextPage }),
  );
  return groupByKey(customerIds, grants, (grant) => grant.customer_id);
}

/** Credit grants by id with one `listGrants` (`credit_grant_ids`); NOT_FOUND for each id it does not return. */
export async function loadCreditGrants(api: MetronomeApi, ids: readonly string[]): Promise<(CreditGrantListResponse | Error)[]> {
  const grants = await readAllPages((nextPage) =>
    api.creditGrants.list({ credit_grant_ids: [...new Set(ids)], limit: 100, next_page: nextPage }),
  );
  const byId = new Map(grants.map((grant) => [grant.id, grant]));
  return ids.map((id) => byId.get(id) ?? notFound('POST /v1/credits/listGrants', `Credit grant not found: ${id}`));
}

export type CreditLedgerQuery = Omit<CreditGrantListEntriesParams, 'customer_ids' | 'next_page'>;

/**
 * The credit ledgers (one per pricing unit) of many customers with one `POST /v1/credits/listEntries` (all its
 * pages): `customer_ids` holds every customer asked for. One list of ledgers per customer, in key order; a customer
 * split across pages has its ledgers joined.
 */
async function loadCreditLedgersOfCustomers(
  api: MetronomeApi,
  customerIds: readonly string[],
  query: CreditLedgerQuery,
): Promise<CreditGrantListEntriesResponse.Ledger[][]> {
  const customers = await readAllPages((nextPage) =>
    api.creditGrants.listEntries({ ...query, customer_ids: [...new Set(customerIds)], next_page: nextPage }),
  );
  return groupByKey(customerIds, customers, (customer) => customer.customer_id).map((pages) => pages.flatMap((page) => page.ledgers));
}

/** The credit ledgers of one customer, read with one set of `listEntries` parameters. */
export interface CreditLedgerKey {
  customerId: string;
  query: CreditLedgerQuery;
}

/**
 * Credit ledgers for (customer, parameters) keys, in key order: one {@link loadCreditLedgersOfCustomers} call per
 * distinct parameter set, holding every customer asked for with it. A failed call fails its own keys only.
 */
export async function loadCreditLedgers(
  api: MetronomeApi,
  keys: readonly CreditLedgerKey[],
): Promise<(CreditGrantListEntriesResponse.Ledger[] | Error)[]> {
  const idOf = ({ credit_type_ids, starting_on, ending_before, sort }: CreditLedgerQuery) =>
    JSON.stringify([credit_type_ids ?? null, starting_on ?? null, ending_before ?? null, sort ?? null]);
  const groups = new Map<string, { query: CreditLedgerQuery; customerIds: string[] }>();
  for (const { customerId, query } of keys) {
    const group = groups.get(idOf(query)) ?? { query, customerIds: [] };
    group.customerIds.push(customerId);
    groups.set(idOf(query), group);
  }
  const answers = new Map<string, Map<string, CreditGrantListEntriesResponse.Ledger[]> | Error>();
  await Promise.all(
    [...groups].map(async ([id, { query, customerIds }]) => {
      try {
        const ledgers = await loadCreditLedgersOfCustomers(api, customerIds, query);
        answers.set(id, new Map(customerIds.map((customerId, i) => [customerId, ledgers[i]!])));
      } catch (error) {
        answers.set(id, error as Error);
      }
    }),
  );
  return keys.map(({ customerId, query }) => {
    const answer = answers.get(idOf(query))!;
    return answer instanceof Error ? answer : answer.get(customerId)!;
  });
}
