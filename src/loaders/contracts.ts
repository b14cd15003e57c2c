import type { Contract } from '@metronome/sdk/resources/shared';
import type { ContractRetrieveSubscriptionQuantityHistoryResponse } from '@metronome/sdk/resources/v1/contracts/contracts';
import type { MetronomeApi } from '../metronome-client/client.js';
import { notFound } from './not-found.js';
import { findInCustomerLists } from './per-customer.js';

/** A contract is found by its customer and its own id: `POST /v1/contracts/get` and `list` both need both. */
export interface ContractKey {
  customerId: string;
  contractId: string;
}

/**
 * Contracts by (customer, id), in key order: one `POST /v1/contracts/list` per customer (archived included), however
 * many of its contracts are asked for. A NOT_FOUND error for each key the list does not hold.
 */
export function loadContracts(api: MetronomeApi, keys: readonly ContractKey[]): Promise<(Contract | Error)[]> {
  return findInCustomerLists(
    keys,
    (key) => key.contractId,
    async (customerId) => (await api.contracts.list({ customer_id: customerId, include_archived: true })).data,
    ({ customerId, contractId }) => notFound('POST /v1/contracts/list', `Contract not found: ${contractId} (customer ${customerId})`),
  );
}

/** One contract, as a write left it (`POST /v1/contracts/get`: that contract alone, archived or not). */
export async function loadContract(api: MetronomeApi, { customerId, contractId }: ContractKey): Promise<Contract> {
  return (await api.contracts.retrieve({ customer_id: customerId, contract_id: contractId })).data;
}

/**
 * A subscription's quantities and prices over time (`POST /v1/contracts/getSubscriptionQuantityHistory`). Not
 * batched (Metronome has no batch form); the operation's transport sends the same request once however many
 * fields ask.
 */
export async function loadSubscriptionQuantityHistory(
  api: MetronomeApi,
  { customerId, contractId }: ContractKey,
  subscriptionId: string,
): Promise<ContractRetrieveSubscriptionQuantityHistoryResponse.Data> {
  const { data } = await api.contracts.retrieveSubscriptionQuantityHistory({
    customer_id: customerId,
    contract_id: contractId,
    subscription_id: subscriptionId,
  });
  return data;
}
