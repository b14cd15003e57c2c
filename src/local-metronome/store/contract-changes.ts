import type {
  ContractAmendment,
  ContractTerms,
  StoredCommit,
  StoredContract,
  StoredCredit,
  StoredSubscription,
} from './contracts.js';

/** `[starting_at, ending_before)` windows cut at `end`: dropped when they start at or after it, shortened when they run past it. */
export function cutWindows<T extends { starting_at: string; ending_before?: string | undefined }>(items: readonly T[], end: number): T[] {
  return items
    .filter((item) => Date.parse(item.starting_at) < end)
    .map((item) =>
      item.ending_before === undefined || Date.parse(item.ending_before) > end
        ? { ...item, ending_before: new Date(end).toISOString() }
        : item,
    );
}

/** Scheduled items at or after `end` that no invoice has taken yet are removed. */
function dropFutureItems<T extends { schedule_items?: { timestamp: string; invoice_id?: string | null }[] | undefined }>(
  schedule: T,
  end: number,
): T {
  if (!schedule.schedule_items) return schedule;
  return { ...schedule, schedule_items: schedule.schedule_items.filter((item) => Date.parse(item.timestamp) < end || item.invoice_id) };
}

/** What ending a contract early does besides cutting its terms. */
export interface EndDateOptions {
  /** Keep POSTPAID commits' future true-up invoices (a renewal's `future_invoice_behavior.trueup: AS_IS`). */
  keepTrueups?: boolean;
}

function truncateTerms(terms: ContractTerms, end: number, options: EndDateOptions): ContractTerms {
  return {
    ...terms,
    commits: terms.commits.map((commit) => ({
      ...commit,
      ...(commit.access_schedule
        ? { access_schedule: { ...commit.access_schedule, schedule_items: cutWindows(commit.access_schedule.schedule_items, end) } }
        : {}),
      ...(commit.invoice_schedule && !(options.keepTrueups && commit.type === 'POSTPAID')
        ? { invoice_schedule: dropFutureItems(commit.invoice_schedule, end) }
        : {}),
    })),
    ...(terms.credits
      ? {
          credits: terms.credits.map((credit) => ({
            ...credit,
            ...(credit.access_schedule
              ? { access_schedule: { ...credit.access_schedule, schedule_items: cutWindows(credit.access_schedule.schedule_items, end) } }
              : {}),
          })),
        }
      : {}),
    overrides: cutWindows(terms.overrides, end),
    scheduled_charges: terms.scheduled_charges.map((charge) => ({ ...charge, schedule: dropFutureItems(charge.schedule, end) })),
    ...(terms.discounts
      ? { discounts: terms.discounts.map((discount) => ({ ...discount, schedule: dropFutureItems(discount.schedule, end) })) }
      : {}),
    ...(terms.recurring_commits ? { recurring_commits: cutWindows(terms.recurring_commits, end) } : {}),
    ...(terms.recurring_credits ? { recurring_credits: cutWindows(terms.recurring_credits, end) } : {}),
    ...(terms.reseller_royalties ? { reseller_royalties: cutWindows(terms.reseller_royalties, end) } : {}),
  };
}

function truncateSubscription(subscription: StoredSubscription, end: number): StoredSubscription {
  return {
    ...subscription,
    ending_before:
      subscription.ending_before === undefined || Date.parse(subscription.ending_before) > end
        ? new Date(end).toISOString()
        : subscription.ending_before,
    quantity_schedule: cutWindows(subscription.quantity_schedule, end),
    ...(subscription.seat_schedule ? { seat_schedule: cutWindows(subscription.seat_schedule, end) } : {}),
  };
}

/**
 * The contract with a new end (`undefined`: open-ended). Ending earlier truncates the current terms — access
 * segments, overrides, recurring commits and credits, subscriptions are cut at the new end and scheduled items
 * from then on that were not invoiced are removed; ending later only moves the end: terms are not extended.
 */
export function withEndDate(contract: StoredContract, endingBefore: string | undefined, options: EndDateOptions = {}): StoredContract {
  const { ending_before: previousEnd, ...rest } = contract.current;
  const current: ContractTerms = endingBefore === undefined ? rest : { ...rest, ending_before: endingBefore };
  const shortened = endingBefore !== undefined && (previousEnd === undefined || Date.parse(endingBefore) < Date.parse(previousEnd));
  if (!shortened) return { ...contract, current };
  const end = Date.parse(endingBefore);
  return {
    ...contract,
    current: truncateTerms(current, end, options),
    subscriptions: contract.subscriptions.filter((s) => Date.parse(s.starting_at) < end).map((s) => truncateSubscription(s, end)),
  };
}

/**
 * The contract with an amendment recorded and its additions merged into the current terms. Reseller royalties
 * are added or updated by reseller type, so the caller passes the resulting list.
 */
export function withAmendment(
  contract: StoredContract,
  amendment: ContractAmendment,
  changes: { total_contract_value?: number | undefined; reseller_royalties?: ContractTerms['reseller_royalties'] },
): StoredContract {
  const { current } = contract;
  return {
    ...contract,
    amendments: [...contract.amendments, amendment],
    current: {
      ...current,
      commits: [...current.commits, ...amendment.commits],
      ...(amendment.credits?.length ? { credits: [...(current.credits ?? []), ...amendment.credits] } : {}),
      overrides: [...current.overrides, ...amendment.overrides],
      scheduled_charges: [...current.scheduled_charges, ...amendment.scheduled_charges],
      ...(amendment.discounts?.length ? { discounts: [...(current.discounts ?? []), ...amendment.discounts] } : {}),
      ...(amendment.professional_services?.length
        ? { professional_services: [...(current.professional_services ?? []), ...amendment.professional_services] }
        : {}),
      ...(changes.reseller_royalties !== undefined ? { reseller_royalties: changes.reseller_royalties } : {}),
      ...(amendment.netsuite_sales_order_id !== undefined ? { netsuite_sales_order_id: amendment.netsuite_sales_order_id } : {}),
      ...(amendment.salesforce_opportunity_id !== undefined ? { salesforce_opportunity_id: amendment.salesforce_opportunity_id } : {}),
      ...(changes.total_contract_value !== undefined ? { total_contract_value: changes.total_contract_value } : {}),
    },
  };
}

/** The contract archived at `at`: its current commits, credits and scheduled charges are archived with it. */
export function archived(contract: StoredContract, at: string): StoredContract {
  return {
    ...contract,
    archived_at: at,
    current: {
      ...contract.current,
      commits: contract.current.commits.map((commit) => ({ ...commit, archived_at: commit.archived_at ?? at })),
      ...(contract.current.credits
        ? { credits: contract.current.credits.map((credit) => ({ ...credit, archived_at: credit.archived_at ?? at })) }
        : {}),
      scheduled_charges: contract.current.scheduled_charges.map((charge) => ({ ...charge, archived_at: charge.archived_at ?? at })),
    },
  };
}

/**
 * An archived commit or credit (or one of an archived contract) is usable until the archive time only: its access
 * segments end there, and what was left expires then.
 */
export function accessUntilArchived<T extends StoredCommit | StoredCredit>(balance: T, archivedAt: string | undefined): T {
  if (!archivedAt || !balance.access_schedule) return balance;
  return {
    ...balance,
    access_schedule: {
      ...balance.access_schedule,
      schedule_items: cutWindows(balance.access_schedule.schedule_items, Date.parse(archivedAt)),
    },
  };
}
