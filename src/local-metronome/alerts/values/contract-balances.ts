import type { ScheduleDuration } from '@metronome/sdk/resources/shared';
import { Decimal, type DecimalInput } from '../../billing/money.js';
import { servedContractBalances } from '../../billing/balances.js';
import { contractsOfCustomer, type StoredCommit, type StoredContract, type StoredCredit } from '../../store/contracts.js';
import { USD_CENTS } from '../../store/credit-types.js';
import { customerCommitCollection, customerCreditCollection } from '../../store/customer-balances.js';
import { customFieldsOf } from '../../store/custom-fields.js';
import type { Db } from '../../store/database.js';
import { registerAlertValue, type AlertMeasurement, type AlertValueInput } from '../alert-metrics.js';
import type { AlertType } from '../alert-types.js';
import { commitOrCreditScope, customFieldGroupScope } from '../scopes.js';
import type { StoredAlert } from '../store.js';

export type ScheduleItem = ScheduleDuration['schedule_items'][number];

/** A commit or credit of the customer, as the balance alerts see it. */
export interface ContractBalanceItem {
  kind: 'commit' | 'credit';
  item: StoredCommit | StoredCredit;
  /** The contract it belongs to; undefined for customer-level commits and credits. */
  contract?: StoredContract | undefined;
}

/** What a contract balance reader is asked: what is left in one access segment of a commit or credit at `now`. */
export interface ContractBalanceQuery extends ContractBalanceItem {
  db: Db;
  customerId: string;
  segment: ScheduleItem;
  now: Date;
}

/**
 * Reads what is left in a commit or credit segment: the segment's amount, plus manual ledger entries, less what
 * invoices (drafts included) drew from it. `null` when it cannot be told.
 */
export type ContractBalanceReader = (query: ContractBalanceQuery) => DecimalInput | null;

/** Until the billing engine draws commits and credits down, nothing has been drawn: a segment holds its amount. */
const undrawnSegment: ContractBalanceReader = ({ segment }) => segment.amount;

let readSegmentBalance: ContractBalanceReader = undrawnSegment;

/**
 * Makes `reader` the source of every commit and credit segment balance the contract balance alerts evaluate
 * (`low_remaining_commit_balance_reached`, `..._commit_percentage_reached`, `..._contract_credit_balance_reached`,
 * `..._contract_credit_percentage_reached`, `..._contract_credit_and_commit_balance_reached`). The billing
 * engine calls it once it keeps commit and credit ledgers; customers are re-evaluated when it emits
 * `customer.changed`. Returns the reader it replaced.
 */
export function provideContractBalances(reader: ContractBalanceReader): ContractBalanceReader {
  const replaced = readSegmentBalance;
  readSegmentBalance = reader;
  return replaced;
}

function inForce(startingAt: string, endingBefore: string | undefined, now: Date): boolean {
  return Date.parse(startingAt) <= now.getTime() && (endingBefore === undefined || now.getTime() < Date.parse(endingBefore));
}

function activeSegment(item: StoredCommit | StoredCredit, now: Date): ScheduleItem | undefined {
  return item.access_schedule?.schedule_items.find((segment) => inForce(segment.starting_at, segment.ending_before, now));
}

/**
 * The commits and/or credits of the customer: those of its contracts in force at `now` (recurring ones' included), then its customer-level
 * ones (`customerCommits/create`, `customerCredits/create`); archived ones left out.
 */
function contractItems(db: Db, customerId: string, kinds: readonly ('commit' | 'credit')[], now: Date): ContractBalanceItem[] {
  const items: ContractBalanceItem[] = [];
  for (const contract of contractsOfCustomer(db, customerId)) {
    if (contract.archived_at !== undefined || !inForce(contract.current.starting_at, contract.current.ending_before, now))
      continue;
    const { commits, credits } = servedContractBalances(db, contract, now);
    if (kinds.includes('commit')) for (const item of commits) if (!item.archived_at) items.push({ kind: 'commit', item, contract });
    if (kinds.includes('credit')) for (const item of credits) if (!item.archived_at) items.push({ kind: 'credit', item, contract });
  }
  if (kinds.includes('commit'))
    for (const item of customerCommitCollection(db).all(customerId)) if (!item.archived_at) items.push({ kind: 'commit', item });
  if (kinds.includes('credit'))
    for (const item of customerCreditCollection(db).all(customerId)) if (!item.archived_at) items.push({ kind: 'credit', item });
  return items;
}

type FilterEntity = 'Contract' | 'Commit' | 'ContractCredit' | 'ContractCreditOrCommit';

/** The custom field value of the contract, or of the commit or credit, that a filter names; undefined when absent. */
function customFieldValue(db: Db, entity: FilterEntity, key: string, { kind, item, contract }: ContractBalanceItem): string | undefined {
  if (entity === 'Contract') return contract ? customFieldsOf(db, 'contract', contract.id)[key] : undefined;
  if ((entity === 'Commit' && kind !== 'commit') || (entity === 'ContractCredit' && kind !== 'credit')) return undefined;
  return customFieldsOf(db, kind === 'commit' ? 'commit' : 'contract_credit', item.id)[key];
}

interface FieldFilter {
  entity: FilterEntity;
  key: string;
  value?: string;
}

function matchesAll(db: Db, filters: readonly FieldFilter[], item: ContractBalanceItem): boolean {
  return filters.every((filter) => {
    const value = customFieldValue(db, filter.entity, filter.key, item);
    return filter.value === undefined ? value !== undefined : value === filter.value;
  });
}

interface ItemScope {
  scope: string;
  /** The custom field values (`Entity.key` → value) that define the scope's group, for grouped alert specifiers. */
  group?: Record<string, string>;
}

/**
 * The scope an item is evaluated in under the alert's filters, or undefined when the item does not count.
 * `custom_field_filters` must all match. `alert_specifiers` are alternatives: the first specifier whose
 * inclusion filters all match and none of whose exclusions matches takes the item; its filters that name a key
 * without a value group items by that key's value, each group evaluated on its own.
 */
function scopeOf(db: Db, alert: StoredAlert, item: ContractBalanceItem): ItemScope | undefined {
  if (!matchesAll(db, alert.custom_field_filters ?? [], item)) return undefined;
  const specifiers = alert.alert_specifiers;
  if (!specifiers || specifiers.length === 0) return { scope: '' };
  for (const specifier of specifiers) {
    const inclusions = specifier.custom_field_filters ?? [];
    if (!matchesAll(db, inclusions, item)) continue;
    if ((specifier.exclude ?? []).some((exclusion) => matchesAll(db, exclusion.custom_field_filters ?? [], item))) continue;
    const grouping = inclusions.filter((filter) => filter.value === undefined);
    if (grouping.length === 0) return { scope: '' };
    const group = Object.fromEntries(
      grouping.map((filter) => [`${filter.entity}.${filter.key}`, customFieldValue(db, filter.entity, filter.key, item)!]),
    );
    return { scope: customFieldGroupScope(group), group };
  }
  return undefined;
}

interface ScopeBalance {
  granted: Decimal;
  remaining: Decimal;
  group?: Record<string, string> | undefined;
}

function creditTypeOf(item: StoredCommit | StoredCredit): string {
  return item.access_schedule?.credit_type?.id ?? USD_CENTS.id;
}

/**
 * Sums, per scope, what is granted and what is left in the active segments of the counted commits and credits:
 * those in the alert's pricing unit that pass its filters. Null when the balance reader cannot tell a balance.
 */
function balancesByScope(
  input: AlertValueInput,
  kinds: readonly ('commit' | 'credit')[],
): Map<string, ScopeBalance> | null {
  const { db, alert, customerId, now } = input;
  const totals = new Map<string, ScopeBalance>();
  // An alert without grouping reports on the whole customer even when nothing counts.
  if (!alert.alert_specifiers?.some((s) => s.custom_field_filters?.some((f) => f.value === undefined)))
    totals.set('', { granted: Decimal.ZERO, remaining: Decimal.ZERO });
  for (const balanceItem of contractItems(db, customerId, kinds, now)) {
    if (creditTypeOf(balanceItem.item) !== alert.credit_type?.id) continue;
    const segment = activeSegment(balanceItem.item, now);
    if (!segment) continue;
    const counted = scopeOf(db, alert, balanceItem);
    if (counted === undefined) continue;
    const remaining = readSegmentBalance({ ...balanceItem, db, customerId, segment, now });
    if (remaining === null) return null;
    const total = totals.get(counted.scope) ?? { granted: Decimal.ZERO, remaining: Decimal.ZERO, group: counted.group };
    totals.set(counted.scope, { ...total, granted: total.granted.plus(segment.amount), remaining: total.remaining.plus(remaining) });
  }
  return totals;
}

/** `group` (the custom field values of a grouped scope) goes into the notification as `custom_field_values`. */
function groupProperties(group: Record<string, string> | undefined): Record<string, unknown> {
  return group ? { custom_field_values: group } : {};
}

function balanceAlert(kinds: readonly ('commit' | 'credit')[]) {
  return (input: AlertValueInput): AlertMeasurement[] | null => {
    const totals = balancesByScope(input, kinds);
    if (!totals) return null;
    return [...totals].map(([scope, { remaining, group }]) => ({
      scope,
      value: remaining,
      properties: { remaining_balance: remaining.toNumber(), ...groupProperties(group) },
    }));
  };
}

function percentageAlert(kinds: readonly ('commit' | 'credit')[]) {
  return (input: AlertValueInput): AlertMeasurement[] | null => {
    const totals = balancesByScope(input, kinds);
    if (!totals) return null;
    return [...totals].map(([scope, { granted, remaining, group }]) => {
      const percentage = granted.isPositive() ? remaining.times(100).dividedBy(granted) : Decimal.ZERO;
      return {
        scope,
        value: percentage,
        properties: {
          remaining_balance: remaining.toNumber(),
          remaining_percentage: percentage.toNumber(),
          ...groupProperties(group),
        },
      };
    });
  };
}

const DAY_MS = 86_400_000;

/**
 * Days from now to the end of each counted commit's (or credit's) active segment; each commit or credit is
 * evaluated, and notifies, on its own, as Metronome documents for these alert types.
 */
function daysLeftAlert(kind: 'commit' | 'credit') {
  return ({ db, alert, customerId, now }: AlertValueInput): AlertMeasurement[] =>
    contractItems(db, customerId, [kind], now).flatMap((balanceItem) => {
      const segment = activeSegment(balanceItem.item, now);
      if (!segment || scopeOf(db, alert, balanceItem) === undefined) return [];
      const days = Decimal.from(Date.parse(segment.ending_before) - now.getTime()).dividedBy(DAY_MS);
      return [
        {
          scope: commitOrCreditScope(kind, balanceItem.item.id),
          value: days,
          properties: {
            [`${kind === 'commit' ? 'commit' : 'credit'}_id`]: balanceItem.item.id,
            ...(balanceItem.contract ? { contract_id: balanceItem.contract.id } : {}),
            segment_id: segment.id,
            segment_ending_before: new Date(segment.ending_before).toISOString(),
            remaining_days: days.toNumber(),
          },
        },
      ];
    });
}

const providers: [AlertType, (input: AlertValueInput) => AlertMeasurement[] | null][] = [
  ['low_remaining_commit_balance_reached', balanceAlert(['commit'])],
  ['low_remaining_commit_percentage_reached', percentageAlert(['commit'])],
  ['low_remaining_contract_credit_balance_reached', balanceAlert(['credit'])],
  ['low_remaining_contract_credit_percentage_reached', percentageAlert(['credit'])],
  ['low_remaining_contract_credit_and_commit_balance_reached', balanceAlert(['commit', 'credit'])],
  ['low_remaining_days_for_commit_segment_reached', daysLeftAlert('commit')],
  ['low_remaining_days_for_contract_credit_segment_reached', daysLeftAlert('credit')],
];
for (const [alertType, provider] of providers) registerAlertValue(alertType, provider);
