import type { RolloverPlan, StoredCommit, StoredContract, StoredCredit } from '../store/contracts.js';
import { contractSettings } from '../store/contracts.js';
import type { Db } from '../store/database.js';
import { nameBasedId } from '../store/name-based-id.js';

/** What rolls into the contract from the one it renewed; nothing for a contract that renewed none. */
export function rolloverPlansOf(db: Db, contract: StoredContract): RolloverPlan[] {
  if (!contract.current.transitions.some((t) => t.to_contract_id === contract.id)) return [];
  return contractSettings(db, contract.id).rollovers;
}

/**
 * The commit or credit a rollover creates on the renewing contract, as the renewed one's was: same type,
 * product, priority and applicability, one segment from the renewal's start to where the rolled-over segment
 * would have ended (within the contract), `rolled_over_from` naming its origin. Its amount is 0 until billing
 * has computed what was left to roll over; ids are name-based, so it keeps them from read to read.
 */
export function rolledOverBalance(contract: StoredContract, source: StoredCommit | StoredCredit, plan: RolloverPlan): StoredCommit | StoredCredit {
  const id = nameBasedId(`metronome-local-rollover:${contract.id}:${plan.balance_id}`);
  const contractEnd = contract.current.ending_before !== undefined ? Date.parse(contract.current.ending_before) : Number.POSITIVE_INFINITY;
  const {
    invoice_schedule: _invoice,
    invoice_contract: _invoiceContract,
    recurring_commit_id: _recurringCommit,
    recurring_credit_id: _recurringCredit,
    subscription_config: _subscription,
    uniqueness_key: _key,
    archived_at: _archived,
    ...kept
  } = source as Partial<StoredCommit> & Partial<StoredCredit> & Record<string, unknown>;
  return {
    ...kept,
    id,
    contract: { id: contract.id },
    access_schedule: {
      ...(source.access_schedule?.credit_type ? { credit_type: source.access_schedule.credit_type } : {}),
      schedule_items: [
        {
          id: nameBasedId(`metronome-local-rollover-segment:${id}`),
          amount: 0,
          starting_at: contract.current.starting_at,
          ending_before: new Date(Math.min(Date.parse(plan.access_ending_before), contractEnd)).toISOString(),
        },
      ],
    },
    rolled_over_from:
      plan.kind === 'commit' ? { commit_id: plan.balance_id, contract_id: plan.from_contract_id } : { credit_id: plan.balance_id, contract_id: plan.from_contract_id },
    ...(plan.kind === 'commit' ? { created_at: contract.current.starting_at } : {}),
  } as unknown as StoredCommit | StoredCredit;
}
