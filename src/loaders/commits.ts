import type { Commit, Credit } from '@metronome/sdk/resources/shared';
import type { MetronomeApi } from '../metronome-client/client.js';
import { notFound } from './not-found.js';

/** A commit or credit is found by its customer and its own id. */
export interface CommitKey {
  customerId: string;
  id: string;
}

/** Commits by (customer, id) — contract commits included — one filtered `customerCommits/list` per commit. */
export function loadCommits(api: MetronomeApi, keys: readonly CommitKey[]): Promise<(Commit | Error)[]> {
  return Promise.all(
    keys.map(async ({ customerId, id }) => {
      try {
        const page = await api.commits.list({
          customer_id: customerId,
          commit_id: id,
          include_contract_commits: true,
          include_archived: true,
          include_balance: true,
        });
        return page.data[0] ?? notFound('POST /v1/contracts/customerCommits/list', `Commit not found: ${id} (customer ${customerId})`);
      } catch (error) {
        return error as Error;
      }
    }),
  );
}

/** Credits by (customer, id) — contract credits included — one filtered `customerCredits/list` per credit. */
export function loadCredits(api: MetronomeApi, keys: readonly CommitKey[]): Promise<(Credit | Error)[]> {
  return Promise.all(
    keys.map(async ({ customerId, id }) => {
      try {
        const page = await api.credits.list({
          customer_id: customerId,
          credit_id: id,
          include_contract_credits: true,
          include_archived: true,
          include_balance: true,
        });
        return page.data[0] ?? notFound('POST /v1/contracts/customerCredits/list', `Credit not found: ${id} (customer ${customerId})`);
      } catch (error) {
        return error as Error;
      }
    }),
  );
}
