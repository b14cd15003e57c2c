import type { Db } from './database.js';
import { Collection } from './documents.js';
import type { StoredCommit, StoredCredit } from './contracts.js';

/**
 * Customer-level commits and credits (`/v1/contracts/customerCommits/create`, `.../customerCredits/create`):
 * the wire `Commit` / `Credit` without ledger, balance and custom fields, stored under document kinds
 * `customer_commit` and `customer_credit` with parent = the customer id. They have no `contract`; they serve
 * the contracts in `applicable_contract_ids`, or all of the customer's contracts when that is empty.
 */
export const CUSTOMER_COMMIT_KIND = 'customer_commit';
export const CUSTOMER_CREDIT_KIND = 'customer_credit';

export function customerCommitCollection(db: Db): Collection<StoredCommit> {
  return new Collection<StoredCommit>(db, CUSTOMER_COMMIT_KIND, 'commit');
}

export function customerCreditCollection(db: Db): Collection<StoredCredit> {
  return new Collection<StoredCredit>(db, CUSTOMER_CREDIT_KIND, 'credit');
}
