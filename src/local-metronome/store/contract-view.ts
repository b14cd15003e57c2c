import type { BaseUsageFilter, Commit, Contract, Credit } from '@metronome/sdk/resources/shared';
import type { ContractCreateResponse } from '@metronome/sdk/resources/v1/contracts/contracts';
import { balanceOf, commitLedger, servedContractBalances } from '../billing/balances.js';
import { subscriptionAsServed } from '../billing/subscriptions.js';
import { customFieldsOf } from './custom-fields.js';
import type { Db } from './database.js';
import {
  contractSettings,
  type ContractAmendment,
  type ContractTerms,
  type StoredCommit,
  type StoredContract,
  type StoredCredit,
} from './contracts.js';
import { accessUntilArchived } from './contract-changes.js';
import { withScheduledInvoiceIds } from '../billing/invoice-engine.js';
import { optional } from './contract-terms.js';

export interface ContractViewOptions {
  /** Add each commit's and credit's `ledger`. */
  includeLedgers?: boolean;
  /** Add each commit's and credit's `balance`. */
  includeBalance?: boolean;
}

type UsageFilter = NonNullable<ContractTerms['usage_filter']>;


/** Ledger and balance come from the billing engine: segment starts, invoice deductions, manual entries, expirations. */
function withBalances<T extends StoredCommit | StoredCredit>(
  db: Db,
  contract: StoredContract,
  balance: T,
  now: Date,
  options: ContractViewOptions,
): T & { ledger?: unknown[]; balance?: number } {
  if (!options.includeLedgers && !options.includeBalance) return balance;
  const subject = accessUntilArchived(balance, balance.archived_at ?? contract.archived_at);
  return {
    ...balance,
    ...(options.includeLedgers ? { ledger: commitLedger(db, contract, subject, now) } : {}),
    ...(options.includeBalance ? { balance: balanceOf(db, contract, subject, now) } : {}),
  };
}

function chargesOnUsageInvoices(contract: StoredContract): boolean {
  return contract.current.scheduled_charges_on_usage_invoices === 'ALL' || contract.scheduled_charges_on_usage_invoices === 'ALL';
}

/** The filter routing usage to the contract at `at`: the latest of the initial filter and its updates by then. */
export function usageFilterInForce(usageFilter: UsageFilter | undefined, at: Date): BaseUsageFilter | undefined {
  if (!usageFilter) return undefined;
  const started = [usageFilter.initial, ...usageFilter.updates].filter(
    (filter) => filter.starting_at === undefined || Date.parse(filter.starting_at) <= at.getTime(),
  );
  return started.sort((a, b) => Date.parse(a.starting_at ?? '0') - Date.parse(b.starting_at ?? '0')).at(-1);
}

function termsAsServed<T extends ContractTerms | ContractAmendment>(
  db: Db,
  contract: StoredContract,
  terms: T,
  now: Date,
  options: ContractViewOptions,
): T {
  const served: Record<string, unknown> = {
    ...terms,
    commits: terms.commits.map(
      (commit): Commit => ({
        ...withBalances(db, contract, commit, now, options),
        ...(commit.invoice_schedule
          ? { invoice_schedule: withScheduledInvoiceIds(commit.invoice_schedule, commit.invoice_contract?.id ?? contract.id) }
          : {}),
        custom_fields: customFieldsOf(db, 'commit', commit.id),
      }) as Commit,
    ),
    scheduled_charges: terms.scheduled_charges.map((charge) => ({
      ...charge,
      // Charges billed on usage invoices have no scheduled invoice of their own, and archived ones are not billed.
      schedule: chargesOnUsageInvoices(contract) || charge.archived_at ? charge.schedule : withScheduledInvoiceIds(charge.schedule, contract.id),
      custom_fields: customFieldsOf(db, 'scheduled_charge', charge.id),
    })),
  };
  if (terms.credits)
    served.credits = terms.credits.map(
      (credit): Credit => ({
        ...withBalances(db, contract, credit, now, options),
        custom_fields: customFieldsOf(db, 'contract_credit', credit.id),
      }) as Credit,
    );
  if (terms.discounts)
    served.discounts = terms.discounts.map((discount) => ({ ...discount, custom_fields: customFieldsOf(db, 'discount', discount.id) }));
  if (terms.professional_services)
    served.professional_services = terms.professional_services.map((service) => ({
      ...service,
      custom_fields: customFieldsOf(db, 'professional_service', service.id),
    }));
  const usageFilter = (terms as ContractTerms).usage_filter;
  if (usageFilter) served.usage_filter = { ...usageFilter, current: usageFilterInForce(usageFilter, now) ?? usageFilter.initial };
  return served as T;
}

/**
 * The contract as `/v1/contracts/get` and `/v1/contracts/list` serve it at `now`: custom fields from the custom
 * field store, subscriptions' billing periods and current quantities, the usage filter in force, and, when asked
 * for, commit and credit ledgers and balances.
 */
export function contractAsServed(db: Db, contract: StoredContract, now: Date, options: ContractViewOptions = {}): Contract {
  return {
    ...contract,
    initial: termsAsServed(db, contract, contract.initial, now, options),
    current: termsAsServed(db, contract, { ...contract.current, ...servedContractBalances(db, contract, now) }, now, options),
    amendments: contract.amendments.map((amendment) => termsAsServed(db, contract, amendment, now, options)),
    subscriptions: contract.subscriptions.map((subscription) => subscriptionAsServed(db, subscription, now)),
    custom_fields: customFieldsOf(db, 'contract', contract.id),
  } as Contract;
}

export type CreatedContract = NonNullable<ContractCreateResponse.Data['contract']>;

/** The usage filter as schedule segments, each ending where the next begins (or with the contract). */
function usageFilterSegments(terms: ContractTerms): CreatedContract['usage_filter'] {
  const filter = terms.usage_filter;
  if (!filter) return [];
  const all = [filter.initial, ...filter.updates]
    .map((f) => ({ ...f, starting_at: f.starting_at ?? terms.starting_at }))
    .sort((a, b) => Date.parse(a.starting_at) - Date.parse(b.starting_at));
  return all.map((f, i) => {
    const endingBefore = all[i + 1]?.starting_at ?? terms.ending_before;
    return {
      group_key: f.group_key,
      group_values: f.group_values,
      starting_at: f.starting_at,
      ...(endingBefore !== undefined ? { ending_before: endingBefore } : {}),
    };
  });
}

/** The contract as `/v1/contracts/create` returns it: its current terms flattened into one object. */
export function createdContractView(db: Db, contract: StoredContract, now: Date): CreatedContract {
  const served = contractAsServed(db, contract, now);
  const { current } = served;
  const settings = contractSettings(db, contract.id);
  return {
    id: contract.id,
    customer_id: contract.customer_id,
    created_at: current.created_at,
    created_by: current.created_by,
    ...optional('name', current.name),
    ...optional('uniqueness_key', contract.uniqueness_key),
    ...optional('rate_card_id', current.rate_card_id),
    starting_at: current.starting_at,
    ...optional('ending_before', current.ending_before),
    ...optional('net_payment_terms_days', current.net_payment_terms_days),
    multiplier_override_prioritization: settings.multiplier_override_prioritization,
    ...optional('scheduled_charges_on_usage_invoices', contract.scheduled_charges_on_usage_invoices),
    custom_fields: served.custom_fields ?? {},
    usage_statement_schedule: current.usage_statement_schedule,
    usage_filter: usageFilterSegments(contract.current),
    commits: current.commits,
    credits: current.credits ?? [],
    has_more: { commits: false, credits: false },
    recurring_commits: current.recurring_commits ?? [],
    recurring_credits: current.recurring_credits ?? [],
    overrides: current.overrides,
    scheduled_charges: current.scheduled_charges,
    transitions: current.transitions,
    subscriptions: served.subscriptions ?? [],
    ...optional('customer_billing_provider_configuration', served.customer_billing_provider_configuration),
    ...optional('spend_threshold_configuration', served.spend_threshold_configuration),
    ...optional('prepaid_balance_threshold_configuration', served.prepaid_balance_threshold_configuration),
    ...optional('hierarchy_configuration', current.hierarchy_configuration),
  } as CreatedContract;
}
