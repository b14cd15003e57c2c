import type { Commit, Credit } from '@metronome/sdk/resources/shared';
import type { ContractListBalancesParams } from '@metronome/sdk/resources/v1/contracts/contracts';
import type { MetronomeApi } from '../metronome-client/client.js';
import { readAllPages } from './all-pages.js';
import { notFound } from './not-found.js';
import { findInCustomerLists } from './per-customer.js';

/** A commit or credit is found by its customer and its own id. */
export interface CommitKey {
  customerId: string;
  id: string;
}

/** `customerBalances/list` answers at most this many commits and credits per page. */
export const BALANCES_PER_PAGE = 25;

/**
 * The request that reads everything about a customer's commits and credits: contract-level and archived ones
 * included, with balances and ledgers. Resolvers that list balances with exactly these parameters share its answer
 * (the operation's transport sends identical reads once).
 */
function everyBalanceOf(customerId: string, nextPage?: string): ContractListBalancesParams {
  return {
    customer_id: customerId,
    include_contract_balances: true,
    include_archived: true,
    include_balance: true,
    include_ledgers: true,
    limit: BALANCES_PER_PAGE,
    next_page: nextPage,
  };
}

/**
 * Commits and credits by (customer, id), in key order: one `POST /v1/contracts/customerBalances/list` walk per
 * customer (all pages, {@link everyBalanceOf}), however many of its commits and credits are asked for. A NOT_FOUND
 * error for each key the customer does not have; a failed walk fails that customer's keys only.
 */
export function loadBalances(api: MetronomeApi, keys: readonly CommitKey[]): Promise<(Commit | Credit | Error)[]> {
  return findInCustomerLists<CommitKey, Commit | Credit>(
    keys,
    (key) => key.id,
    (customerId) => readAllPages((nextPage) => api.contracts.listBalances(everyBalanceOf(customerId, nextPage))),
    ({ customerId, id }) => notFound('POST /v1/contracts/customerBalances/list', `Commit or credit not found: ${id} (customer ${customerId})`),
  );
}

const isCredit = (balance: Commit | Credit): balance is Credit => balance.type === 'CREDIT';

/** Commits by (customer, id) — contract commits included — through {@link loadBalances}; a credit's id is NOT_FOUND. */
export async function loadCommits(api: MetronomeApi, keys: readonly CommitKey[]): Promise<(Commit | Error)[]> {
  const loaded = await loadBalances(api, keys);
  return loaded.map((balance, i) =>
    balance instanceof Error || !isCredit(balance)
      ? balance
      : notFound('POST /v1/contracts/customerBalances/list', `Commit not found: ${keys[i]!.id} (customer ${keys[i]!.customerId})`),
  );
}

/** Credits by (customer, id) — contract credits included — through {@link loadBalances}; a commit's id is NOT_FOUND. */
export async function loadCredits(api: MetronomeApi, keys: readonly CommitKey[]): Promise<(Credit | Error)[]> {
  const loaded = await loadBalances(api, keys);
  return loaded.map((balance, i) =>
    balance instanceof Error || isCredit(balance)
      ? balance
      : notFound('POST /v1/contracts/customerBalances/list', `Credit not found: ${keys[i]!.id} (customer ${keys[i]!.customerId})`),
  );
}
