import { archived } from './contract-changes.js';
import type {
  Commit,
  Contract,
  ContractWithoutAmendments,
  Credit,
  Discount,
  Override,
  ProService,
  ScheduledCharge,
  Subscription,
} from '@metronome/sdk/resources/shared';
import { NotFoundError } from '../http/api-error.js';
import type { Db, StoreSchema } from './database.js';
import type { SeatScheduleEntry } from '../billing/seats.js';
import { Collection } from './documents.js';

export const CONTRACT_KIND = 'contract';

/** A commit as stored: the wire `Commit` without what is computed when served (ledger, balance, custom fields). */
export type StoredCommit = Omit<Commit, 'ledger' | 'balance' | 'custom_fields'>;
/**
 * A credit as stored: the wire `Credit` without ledger, balance and custom fields. Archiving a contract archives
 * its credits with its commits, so a credit also carries `archived_at` then (the spec's `Credit` has no such field;
 * it is served as stored).
 */
export type StoredCredit = Omit<Credit, 'ledger' | 'balance' | 'custom_fields'> & { archived_at?: string };
export type StoredScheduledCharge = Omit<ScheduledCharge, 'custom_fields'>;
export type StoredDiscount = Omit<Discount, 'custom_fields'>;
export type StoredProService = Omit<ProService, 'custom_fields'>;
/** An override specifier; the spec's `exclude` (products with all of its tags are left out) is kept as given. */
export type StoredOverrideSpecifier = NonNullable<Override['override_specifiers']>[number] & {
  exclude?: { product_tags?: string[] }[];
};
export type StoredOverride = Omit<Override, 'override_specifiers'> & { override_specifiers?: StoredOverrideSpecifier[] };

/**
 * A subscription as stored: the wire `Subscription` with its id always set, its complete quantity schedule (the
 * wire shows only the current and future quantities) and no `billing_periods` (they move with the clock).
 */
export type StoredSubscription = Omit<Subscription, 'billing_periods' | 'custom_fields' | 'id'> & {
  id: string;
  /** A SEAT_BASED subscription's seats over time (see `billing/seats.ts`); never served. */
  seat_schedule?: SeatScheduleEntry[];
};

/** The terms of a contract (`initial` as created, `current` with every amendment and change applied). */
export type ContractTerms = Omit<
  ContractWithoutAmendments,
  'commits' | 'credits' | 'scheduled_charges' | 'discounts' | 'professional_services'
> & {
  commits: StoredCommit[];
  credits?: StoredCredit[];
  scheduled_charges: StoredScheduledCharge[];
  discounts?: StoredDiscount[];
  professional_services?: StoredProService[];
};

export type ContractAmendment = Omit<
  Contract.Amendment,
  'commits' | 'credits' | 'scheduled_charges' | 'discounts' | 'professional_services'
> & {
  commits: StoredCommit[];
  credits?: StoredCredit[];
  scheduled_charges: StoredScheduledCharge[];
  discounts?: StoredDiscount[];
  professional_services?: StoredProService[];
};

/**
 * A contract as stored under document kind `contract` with parent = its customer id: the wire shape of
 * `/v1/contracts/get` (`Contract`: `initial`, `current`, `amendments`) without what is computed when served —
 * `custom_fields` (custom field store), commit and credit `ledger`/`balance`, subscription `billing_periods`,
 * the `current` usage filter segment.
 *
 * `current` is kept up to date on every write: amendments' commits, credits, overrides and charges are appended
 * to it, an end date change truncates its terms, `setUsageFilter` appends to `current.usage_filter.updates`.
 * Commits' access schedule items are the balance segments (ids are the ledger's `segment_id`s); invoice schedule
 * items and scheduled charge schedule items carry the ids invoices will reference.
 */
export interface StoredContract
  extends Omit<Contract, 'custom_fields' | 'subscriptions' | 'initial' | 'current' | 'amendments'> {
  initial: ContractTerms;
  current: ContractTerms;
  amendments: ContractAmendment[];
  subscriptions: StoredSubscription[];
}

export type MultiplierOverridePrioritization = 'LOWEST_MULTIPLIER' | 'EXPLICIT';

/** What a contract was created or changed with that its wire shape has no field for. */
export interface ContractSettings {
  contract_id: string;
  multiplier_override_prioritization: MultiplierOverridePrioritization;
  /** `usage_statement_schedule.invoice_generation_starting_at`; usage invoices start here (else at the contract start). */
  invoice_generation_starting_at: string | null;
  /** `transition.future_invoice_behavior.trueup` of the contract this one renewed: `REMOVE` or `AS_IS`. */
  trueup_invoice_behavior: 'REMOVE' | 'AS_IS' | null;
  /** `void_invoices` of the archive request; null while the contract is not archived. */
  void_invoices_on_archive: boolean | null;
  /** What rolls over into this contract from the one it renewed (see {@link RolloverPlan}). */
  rollovers: RolloverPlan[];
}

/**
 * A commit or credit segment of the renewed contract that was in force when this contract took over and has a
 * `rollover_fraction`: that fraction of what is left of it then becomes a commit or credit of this contract.
 * Recorded when the renewal is created, since cutting the renewed contract's terms loses the segment's own end.
 */
export interface RolloverPlan {
  from_contract_id: string;
  balance_id: string;
  kind: 'commit' | 'credit';
  segment_id: string;
  fraction: number;
  /** Where the segment's access ended before the renewal cut it; the rolled-over balance keeps it. */
  access_ending_before: string;
}

/**
 * `contract_settings`: one row per contract, for the request fields the v1 wire shape does not carry but billing
 * needs (override prioritization, when usage invoices start, what archiving voids).
 */
export const contractSchema: StoreSchema = {
  name: 'contracts',
  addedColumns: [{ table: 'contract_settings', column: 'rollovers', definition: "TEXT NOT NULL DEFAULT '[]'" }],
  sql: `
    CREATE TABLE IF NOT EXISTS contract_settings (
      contract_id TEXT PRIMARY KEY,
      multiplier_override_prioritization TEXT NOT NULL,
      invoice_generation_starting_at TEXT,
      trueup_invoice_behavior TEXT,
      void_invoices_on_archive INTEGER,
      rollovers TEXT NOT NULL DEFAULT '[]'
    );
  `,
};

export function contractCollection(db: Db): Collection<StoredContract> {
  return new Collection<StoredContract>(db, CONTRACT_KIND, 'contract');
}

/** The customer's contract, or a 404 (also when the contract belongs to another customer). */
export function requireContract(db: Db, customerId: string, contractId: string): StoredContract {
  const contracts = contractCollection(db);
  const contract = contracts.find(contractId);
  if (!contract || contract.customer_id !== customerId) throw new NotFoundError(`Contract not found: ${contractId}`);
  return contract;
}

/** Every contract of the customer, archived ones included, in creation order. */
export function contractsOfCustomer(db: Db, customerId: string): StoredContract[] {
  return contractCollection(db).all(customerId);
}

/** The unarchived contract created with this uniqueness key, if any. */
export function liveContractWithUniquenessKey(db: Db, uniquenessKey: string): StoredContract | undefined {
  const row = db
    .prepare(
      `SELECT data FROM documents WHERE kind = ? AND json_extract(data, '$.uniqueness_key') = ?
         AND json_extract(data, '$.archived_at') IS NULL`,
    )
    .pluck()
    .get(CONTRACT_KIND, uniquenessKey) as string | undefined;
  return row ? (JSON.parse(row) as StoredContract) : undefined;
}

interface ContractSettingsRow {
  contract_id: string;
  multiplier_override_prioritization: MultiplierOverridePrioritization;
  invoice_generation_starting_at: string | null;
  trueup_invoice_behavior: 'REMOVE' | 'AS_IS' | null;
  void_invoices_on_archive: number | null;
  rollovers: string;
}

export function contractSettings(db: Db, contractId: string): ContractSettings {
  const row = db.prepare('SELECT * FROM contract_settings WHERE contract_id = ?').get(contractId) as
    | ContractSettingsRow
    | undefined;
  if (!row) throw new NotFoundError(`Contract not found: ${contractId}`);
  return {
    ...row,
    void_invoices_on_archive: row.void_invoices_on_archive === null ? null : row.void_invoices_on_archive === 1,
    rollovers: JSON.parse(row.rollovers) as RolloverPlan[],
  };
}

export function saveContractSettings(db: Db, settings: ContractSettings): void {
  db.prepare(
    `INSERT INTO contract_settings (contract_id, multiplier_override_prioritization, invoice_generation_starting_at,
       trueup_invoice_behavior, void_invoices_on_archive, rollovers)
     VALUES (@contract_id, @multiplier_override_prioritization, @invoice_generation_starting_at,
       @trueup_invoice_behavior, @void_invoices_on_archive, @rollovers)
     ON CONFLICT (contract_id) DO UPDATE SET
       multiplier_override_prioritization = excluded.multiplier_override_prioritization,
       invoice_generation_starting_at = excluded.invoice_generation_starting_at,
       trueup_invoice_behavior = excluded.trueup_invoice_behavior,
       void_invoices_on_archive = excluded.void_invoices_on_archive,
       rollovers = excluded.rollovers`,
  ).run({
    ...settings,
    rollovers: JSON.stringify(settings.rollovers),
    void_invoices_on_archive:
      settings.void_invoices_on_archive === null ? null : settings.void_invoices_on_archive ? 1 : 0,
  });
}

/**
 * Archives a contract as of `at`: its commits, credits and scheduled charges end there, and with `voidInvoices`
 * its invoices are voided. Used by contract archive and by customer archive, which archives every contract.
 */
export function archiveContract(db: Db, contract: StoredContract, at: string, voidInvoices: boolean | undefined): void {
  contractCollection(db).update(archived(contract, at));
  saveContractSettings(db, { ...contractSettings(db, contract.id), void_invoices_on_archive: voidInvoices ?? null });
}
