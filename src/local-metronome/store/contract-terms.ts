import { randomUUID } from 'node:crypto';
import type {
  CommitHierarchyConfiguration,
  Contract,
  CommitSpecifierInput,
  ContractWithoutAmendments,
  CreditTypeData,
  Override,
  ScheduleDuration,
  SchedulePointInTime,
} from '@metronome/sdk/resources/shared';
import { BadRequestError, NotFoundError } from '../http/api-error.js';
import { Decimal } from '../billing/money.js';
import { occurrences, type RecurrenceFrequency } from '../billing/recurrence.js';
import { API_TOKEN_ACTOR } from './audit-log.js';
import { findCreditType, USD_CENTS } from './credit-types.js';
import { assignCustomFields } from './custom-field-keys.js';
import type { Db } from './database.js';
import { productCollection, productInForce } from './products.js';
import type {
  MultiplierOverridePrioritization,
  StoredCommit,
  StoredCredit,
  StoredDiscount,
  StoredOverride,
  StoredOverrideSpecifier,
  StoredProService,
  StoredScheduledCharge,
} from './contracts.js';

/*
 * Request inputs, as the OpenAPI spec's *Input schemas spell them (the official client's types lag the spec on a
 * few fields, so the shapes are written out here). The contract validator has already checked types and enums.
 */

export interface ScheduleDurationInput {
  access_type?: 'SPEND' | 'QUANTITY';
  credit_type_id?: string;
  schedule_items: { amount: number; starting_at: string; ending_before: string }[];
}

interface PointInTimeItemInput {
  amount?: number;
  unit_price?: number;
  quantity?: number;
}

export interface SchedulePointInTimeInput {
  credit_type_id?: string;
  schedule_items?: (PointInTimeItemInput & { timestamp: string })[];
  recurring_schedule?: PointInTimeItemInput & {
    starting_at: string;
    ending_before: string;
    frequency: 'MONTHLY' | 'QUARTERLY' | 'SEMI_ANNUAL' | 'ANNUAL';
    amount_distribution: 'DIVIDED' | 'DIVIDED_ROUNDED' | 'EACH';
  };
  do_not_invoice?: boolean;
}

interface ApplicabilityInput {
  applicable_product_ids?: string[];
  applicable_product_tags?: string[];
  specifiers?: CommitSpecifierInput[];
}

export interface CommitInput extends ApplicabilityInput {
  type: 'PREPAID' | 'POSTPAID';
  rate_type?: 'COMMIT_RATE' | 'LIST_RATE';
  name?: string;
  product_id: string;
  access_schedule?: ScheduleDurationInput;
  invoice_schedule?: SchedulePointInTimeInput;
  amount?: number;
  description?: string;
  rollover_fraction?: number;
  priority?: number;
  netsuite_sales_order_id?: string;
  custom_fields?: Record<string, string>;
  temporary_id?: string;
  hierarchy_configuration?: CommitHierarchyConfiguration;
  spend_tracker_attributes?: { counts_as_discounted: boolean };
}

export interface CreditInput extends ApplicabilityInput {
  name?: string;
  product_id: string;
  access_schedule: ScheduleDurationInput;
  description?: string;
  netsuite_sales_order_id?: string;
  priority?: number;
  custom_fields?: Record<string, string>;
  rollover_fraction?: number;
  rate_type?: 'COMMIT_RATE' | 'LIST_RATE';
  hierarchy_configuration?: CommitHierarchyConfiguration;
}

export interface OverrideSpecifierInput {
  commit_ids?: string[];
  recurring_commit_ids?: string[];
  any_commit_or_credit_ids?: string[];
  product_id?: string;
  product_tags?: string[];
  pricing_group_values?: Record<string, string>;
  presentation_group_values?: Record<string, string>;
  billing_frequency?: 'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'WEEKLY';
  exclude?: { product_tags?: string[] }[];
}

export interface OverwriteRateInput {
  rate_type: 'FLAT' | 'PERCENTAGE' | 'SUBSCRIPTION' | 'TIERED' | 'TIERED_PERCENTAGE' | 'CUSTOM';
  price?: number;
  quantity?: number;
  is_prorated?: boolean;
  tiers?: { size?: number; price: number }[];
  minimum_config?: { minimum: number };
  custom_rate?: Record<string, unknown>;
  credit_type_id?: string;
}

export interface OverrideInput {
  starting_at: string;
  ending_before?: string;
  entitled?: boolean;
  type?: 'OVERWRITE' | 'MULTIPLIER' | 'TIERED';
  multiplier?: number;
  priority?: number;
  overwrite_rate?: OverwriteRateInput;
  product_id?: string;
  applicable_product_tags?: string[];
  override_specifiers?: OverrideSpecifierInput[];
  tiers?: { size?: number; multiplier: number }[];
  is_commit_specific?: boolean;
  target?: 'COMMIT_RATE' | 'LIST_RATE';
}

export interface ChargeInput {
  product_id: string;
  name?: string;
  schedule: SchedulePointInTimeInput;
  netsuite_sales_order_id?: string;
  custom_fields?: Record<string, string>;
}

export interface ProServiceInput {
  description?: string;
  product_id: string;
  netsuite_sales_order_id?: string;
  unit_price: number;
  quantity: number;
  max_amount: number;
  custom_fields?: Record<string, string>;
}

export interface ResellerRoyaltyInput {
  reseller_type: 'AWS' | 'AWS_PRO_SERVICE' | 'GCP' | 'GCP_PRO_SERVICE';
  fraction: number;
  netsuite_reseller_id: string;
  applicable_product_ids?: string[];
  applicable_product_tags?: string[];
  starting_at: string;
  ending_before?: string;
  reseller_contract_value?: number;
  aws_options?: { aws_account_number?: string; aws_payer_reference_id?: string; aws_offer_id?: string };
  gcp_options?: { gcp_account_id?: string; gcp_offer_id?: string };
}

export interface RecurringCommitInput extends ApplicabilityInput {
  name?: string;
  product_id: string;
  access_amount: { unit_price: number; quantity?: number; credit_type_id: string };
  invoice_amount?: { unit_price: number; quantity: number; credit_type_id: string };
  description?: string;
  rollover_fraction?: number;
  priority: number;
  netsuite_sales_order_id?: string;
  temporary_id?: string;
  rate_type?: 'COMMIT_RATE' | 'LIST_RATE';
  starting_at: string;
  ending_before?: string;
  commit_duration: { value: number; unit?: 'PERIODS' };
  recurrence_frequency?: 'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'WEEKLY' | 'DAILY';
  proration?: 'NONE' | 'FIRST' | 'LAST' | 'FIRST_AND_LAST';
  subscription_config?: {
    allocation?: 'INDIVIDUAL' | 'POOLED';
    apply_seat_increase_config: { is_prorated: boolean };
    subscription_id: string;
  };
  hierarchy_configuration?: CommitHierarchyConfiguration;
  proration_rounding?: Record<string, unknown> | null;
}

export type RecurringCommit = NonNullable<ContractWithoutAmendments['recurring_commits']>[number];
export type RecurringCredit = NonNullable<ContractWithoutAmendments['recurring_credits']>[number];
export type ResellerRoyalty = NonNullable<ContractWithoutAmendments['reseller_royalties']>[number];

/** Everything building one request's terms needs to know and remembers while it builds them. */
export interface TermsContext {
  db: Db;
  now: Date;
  contractId: string;
  createdBy: string;
  prioritization: MultiplierOverridePrioritization;
  /** New ids by the `temporary_id` a request gave its commits, recurring commits and subscriptions. */
  commitIdsByTemporaryId: Map<string, string>;
  recurringIdsByTemporaryId: Map<string, string>;
  subscriptionIdsByTemporaryId: Map<string, string>;
  /** Ids of the request's SEAT_BASED subscriptions, which recurring commits may allocate to each seat. */
  seatBasedSubscriptionIds: Set<string>;
  /** Ids of the contract's commits and credits (existing and new), which commit-specific overrides may name. */
  commitAndCreditIds: Set<string>;
  recurringIds: Set<string>;
}

/** A fresh context for building one request's terms, created by the API token, with nothing resolved yet. */
export function newTermsContext(
  db: Db,
  now: Date,
  contractId: string,
  prioritization: MultiplierOverridePrioritization = 'LOWEST_MULTIPLIER',
): TermsContext {
  return {
    db,
    now,
    contractId,
    createdBy: API_TOKEN_ACTOR.name,
    prioritization,
    commitIdsByTemporaryId: new Map(),
    recurringIdsByTemporaryId: new Map(),
    subscriptionIdsByTemporaryId: new Map(),
    seatBasedSubscriptionIds: new Set(),
    commitAndCreditIds: new Set(),
    recurringIds: new Set(),
  };
}

type ProductType = 'USAGE' | 'SUBSCRIPTION' | 'COMPOSITE' | 'FIXED' | 'PRO_SERVICE';

export function iso(value: string): string {
  return new Date(value).toISOString();
}

function requireWindow(startingAt: string, endingBefore: string | undefined, field: string): void {
  if (endingBefore !== undefined && Date.parse(endingBefore) <= Date.parse(startingAt))
    throw new BadRequestError(`${field}.ending_before must be after ${field}.starting_at`);
}

/** The product, or a 404; with `types`, a 400 when the product is of another type; a 400 when it is archived. */
export function productReference(
  context: Pick<TermsContext, 'db' | 'now'>,
  productId: string,
  field: string,
  types?: readonly ProductType[],
): { id: string; name: string; tags: string[] } {
  const product = productCollection(context.db).find(productId);
  if (!product) throw new NotFoundError(`Product not found: ${productId} (${field})`);
  if (product.archived_at) throw new BadRequestError(`${field}: product ${productId} is archived`);
  if (types && !types.includes(product.type as ProductType))
    throw new BadRequestError(`${field}: product ${productId} is a ${product.type} product; expected ${types.join(' or ')}`);
  const state = productInForce(product, context.now);
  return { id: product.id, name: state.name, tags: state.tags ?? [] };
}

export function creditTypeReference(db: Db, creditTypeId: string | undefined, field: string): CreditTypeData {
  if (creditTypeId === undefined) return { id: USD_CENTS.id, name: USD_CENTS.name };
  const creditType = findCreditType(db, creditTypeId);
  if (!creditType) throw new NotFoundError(`Credit type not found: ${creditTypeId} (${field})`);
  return { id: creditType.id, name: creditType.name };
}

function requireFraction(value: number | undefined, field: string): void {
  if (value !== undefined && (value < 0 || value > 1)) throw new BadRequestError(`${field} must be between 0 and 1`);
}

function applicability(context: TermsContext, input: ApplicabilityInput, field: string) {
  if (input.specifiers !== undefined && (input.applicable_product_ids !== undefined || input.applicable_product_tags !== undefined))
    throw new BadRequestError(`${field}.specifiers cannot be used together with applicable_product_ids or applicable_product_tags`);
  input.applicable_product_ids?.forEach((id, i) => productReference(context, id, `${field}.applicable_product_ids[${i}]`));
  input.specifiers?.forEach((specifier, i) => {
    if (specifier.product_id !== undefined) productReference(context, specifier.product_id, `${field}.specifiers[${i}].product_id`);
  });
  return {
    ...(input.applicable_product_ids !== undefined ? { applicable_product_ids: input.applicable_product_ids } : {}),
    ...(input.applicable_product_tags !== undefined ? { applicable_product_tags: input.applicable_product_tags } : {}),
    ...(input.specifiers !== undefined ? { specifiers: input.specifiers } : {}),
  };
}

/** An access schedule: each item becomes a balance segment with its own id. */
export function accessSchedule(db: Db, input: ScheduleDurationInput, field: string): ScheduleDuration {
  if (input.schedule_items.length === 0) throw new BadRequestError(`${field}.schedule_items must not be empty`);
  const creditType = creditTypeReference(db, input.credit_type_id, `${field}.credit_type_id`);
  return {
    credit_type: creditType,
    schedule_items: input.schedule_items.map((item, i) => {
      const itemField = `${field}.schedule_items[${i}]`;
      requireWindow(item.starting_at, item.ending_before, itemField);
      if (item.amount < 0) throw new BadRequestError(`${itemField}.amount must be >= 0`);
      return { id: randomUUID(), amount: item.amount, starting_at: iso(item.starting_at), ending_before: iso(item.ending_before) };
    }),
  };
}

interface PricedItem {
  amount: number;
  unit_price: number;
  quantity: number;
}

/** `amount` alone (unit price = amount, quantity 1), or `unit_price` with `quantity` (amount = their product). */
function pricedItem(item: PointInTimeItemInput, field: string): PricedItem {
  const hasAmount = item.amount !== undefined;
  const hasUnitPrice = item.unit_price !== undefined;
  const hasQuantity = item.quantity !== undefined;
  if (hasAmount && (hasUnitPrice || hasQuantity))
    throw new BadRequestError(`${field}: provide either amount or unit_price and quantity, not both`);
  if (hasAmount) return { amount: item.amount!, unit_price: item.amount!, quantity: 1 };
  if (!hasUnitPrice || !hasQuantity) throw new BadRequestError(`${field}: provide either amount or both unit_price and quantity`);
  return {
    amount: Decimal.from(item.unit_price!).times(item.quantity!).toNumber(),
    unit_price: item.unit_price!,
    quantity: item.quantity!,
  };
}

function recurringItems(
  recurring: NonNullable<SchedulePointInTimeInput['recurring_schedule']>,
  field: string,
): { timestamp: string; item: PricedItem }[] {
  requireWindow(recurring.starting_at, recurring.ending_before, field);
  const priced = pricedItem(recurring, field);
  const dates = occurrences(new Date(recurring.starting_at), recurring.frequency as RecurrenceFrequency, new Date(recurring.ending_before));
  if (recurring.amount_distribution === 'EACH') return dates.map((date) => ({ timestamp: date.toISOString(), item: priced }));
  const total = Decimal.from(priced.amount);
  const shares =
    recurring.amount_distribution === 'DIVIDED'
      ? dates.map(() => total.dividedBy(dates.length))
      : dividedRounded(total, dates.length);
  return dates.map((date, i) => {
    const amount = shares[i]!.toNumber();
    return { timestamp: date.toISOString(), item: { amount, unit_price: amount, quantity: 1 } };
  });
}

/** Whole-unit shares, the last taking what rounding left over, so the shares add up to the total exactly. */
function dividedRounded(total: Decimal, parts: number): Decimal[] {
  const share = total.dividedBy(parts, 0, 'FLOOR');
  const shares = Array.from({ length: parts - 1 }, () => share);
  return [...shares, total.minus(share.times(parts - 1))];
}

/** A point-in-time schedule (invoice schedules, scheduled charges, discounts): each item gets an id. */
export function pointInTimeSchedule(
  db: Db,
  input: SchedulePointInTimeInput,
  field: string,
  options: { withDoNotInvoice: boolean },
): SchedulePointInTime {
  if ((input.schedule_items === undefined) === (input.recurring_schedule === undefined))
    throw new BadRequestError(`${field}: provide either schedule_items or recurring_schedule`);
  const creditType = creditTypeReference(db, input.credit_type_id, `${field}.credit_type_id`);
  const items =
    input.schedule_items !== undefined
      ? input.schedule_items.map((item, i) => ({ timestamp: iso(item.timestamp), item: pricedItem(item, `${field}.schedule_items[${i}]`) }))
      : recurringItems(input.recurring_schedule!, `${field}.recurring_schedule`);
  if (items.length === 0) throw new BadRequestError(`${field} has no schedule items`);
  return {
    credit_type: creditType,
    schedule_items: items
      .sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp))
      .map(({ timestamp, item }) => ({ id: randomUUID(), ...item, timestamp })),
    ...(options.withDoNotInvoice ? { do_not_invoice: input.do_not_invoice ?? false } : {}),
  };
}

/** `{ [key]: value }`, or nothing when the value is undefined: for spreading optional wire fields. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export function buildCommit(context: TermsContext, input: CommitInput, field: string): StoredCommit {
  const product = productReference(context, input.product_id, `${field}.product_id`, ['FIXED']);
  if (!input.access_schedule) throw new BadRequestError(`${field}.access_schedule is required`);
  requireFraction(input.rollover_fraction, `${field}.rollover_fraction`);
  const access = accessSchedule(context.db, input.access_schedule, `${field}.access_schedule`);
  const invoice =
    input.invoice_schedule &&
    pointInTimeSchedule(context.db, input.invoice_schedule, `${field}.invoice_schedule`, { withDoNotInvoice: true });
  if (input.type === 'POSTPAID') {
    if (!invoice) throw new BadRequestError(`${field}.invoice_schedule is required for POSTPAID commits`);
    if (access.schedule_items.length !== 1)
      throw new BadRequestError(`${field}.access_schedule must have exactly one schedule item for POSTPAID commits`);
    if (invoice.schedule_items!.length !== 1)
      throw new BadRequestError(`${field}.invoice_schedule must have exactly one schedule item for POSTPAID commits`);
    if (!Decimal.from(invoice.schedule_items![0]!.amount).eq(access.schedule_items[0]!.amount))
      throw new BadRequestError(`${field}.invoice_schedule total must match the access_schedule amount for POSTPAID commits`);
  }
  const id = randomUUID();
  if (input.temporary_id !== undefined) rememberTemporaryId(context.commitIdsByTemporaryId, input.temporary_id, id, field);
  context.commitAndCreditIds.add(id);
  assignCustomFields(context.db, 'commit', id, input.custom_fields);
  return {
    id,
    type: input.type,
    product: { id: product.id, name: product.name },
    contract: { id: context.contractId },
    ...optional('name', input.name),
    ...optional('description', input.description),
    ...optional('priority', input.priority),
    ...optional('rate_type', input.rate_type),
    ...optional('rollover_fraction', input.rollover_fraction),
    ...applicability(context, input, field),
    access_schedule: access,
    ...(invoice ? { invoice_schedule: invoice, invoice_contract: { id: context.contractId } } : {}),
    ...optional('amount', input.amount),
    ...optional('netsuite_sales_order_id', input.netsuite_sales_order_id),
    ...optional('hierarchy_configuration', input.hierarchy_configuration),
    ...optional('spend_tracker_attributes', input.spend_tracker_attributes),
    created_at: context.now.toISOString(),
    created_by: context.createdBy,
  };
}

export function buildCredit(context: TermsContext, input: CreditInput, field: string): StoredCredit {
  const product = productReference(context, input.product_id, `${field}.product_id`, ['FIXED']);
  requireFraction(input.rollover_fraction, `${field}.rollover_fraction`);
  const access = accessSchedule(context.db, input.access_schedule, `${field}.access_schedule`);
  const id = randomUUID();
  context.commitAndCreditIds.add(id);
  assignCustomFields(context.db, 'contract_credit', id, input.custom_fields);
  return {
    id,
    type: 'CREDIT',
    product: { id: product.id, name: product.name },
    contract: { id: context.contractId },
    ...optional('name', input.name),
    ...optional('description', input.description),
    ...optional('priority', input.priority),
    ...optional('rate_type', input.rate_type),
    ...optional('rollover_fraction', input.rollover_fraction),
    ...applicability(context, input, field),
    access_schedule: access,
    ...optional('netsuite_sales_order_id', input.netsuite_sales_order_id),
    ...optional('hierarchy_configuration', input.hierarchy_configuration),
    created_by: context.createdBy,
  } as StoredCredit;
}

function rememberTemporaryId(ids: Map<string, string>, temporaryId: string, id: string, field: string): void {
  if (ids.has(temporaryId)) throw new BadRequestError(`${field}.temporary_id ${temporaryId} is used more than once`);
  ids.set(temporaryId, id);
}

function buildRecurring(
  context: TermsContext,
  input: RecurringCommitInput,
  field: string,
  kind: 'commit' | 'credit',
): RecurringCommit & RecurringCredit {
  const product = productReference(context, input.product_id, `${field}.product_id`, ['FIXED']);
  requireWindow(input.starting_at, input.ending_before, field);
  requireFraction(input.rollover_fraction, `${field}.rollover_fraction`);
  if (input.commit_duration.value <= 0) throw new BadRequestError(`${field}.commit_duration.value must be > 0`);
  if (!Number.isInteger(input.commit_duration.value))
    throw new BadRequestError(`${field}.commit_duration.value must be a whole number of periods`);
  if (input.access_amount.unit_price < 0) throw new BadRequestError(`${field}.access_amount.unit_price must be >= 0`);
  if (input.access_amount.quantity === undefined && input.subscription_config === undefined)
    throw new BadRequestError(`${field}.access_amount.quantity is required unless a subscription is attached via subscription_config`);
  const accessCreditType = creditTypeReference(context.db, input.access_amount.credit_type_id, `${field}.access_amount.credit_type_id`);
  if (kind === 'commit' && input.invoice_amount)
    creditTypeReference(context.db, input.invoice_amount.credit_type_id, `${field}.invoice_amount.credit_type_id`);
  let subscriptionConfig: RecurringCommit['subscription_config'];
  if (input.subscription_config) {
    const given = input.subscription_config.subscription_id;
    const subscriptionId = context.subscriptionIdsByTemporaryId.get(given) ?? given;
    if (![...context.subscriptionIdsByTemporaryId.values()].includes(subscriptionId))
      throw new BadRequestError(`${field}.subscription_config.subscription_id ${given} names no subscription of this contract`);
    const allocation = input.subscription_config.allocation ?? 'POOLED';
    const seatBased = context.seatBasedSubscriptionIds.has(subscriptionId);
    if (allocation === 'INDIVIDUAL' && !seatBased)
      throw new BadRequestError(`${field}.subscription_config.allocation INDIVIDUAL needs a SEAT_BASED subscription; ${given} is QUANTITY_ONLY`);
    if (seatBased && input.recurrence_frequency === 'DAILY')
      throw new BadRequestError(`${field}.recurrence_frequency DAILY is not available with a seat-based subscription`);
    subscriptionConfig = {
      allocation,
      apply_seat_increase_config: input.subscription_config.apply_seat_increase_config,
      subscription_id: subscriptionId,
    };
  }
  const id = randomUUID();
  if (input.temporary_id !== undefined) rememberTemporaryId(context.recurringIdsByTemporaryId, input.temporary_id, id, field);
  context.recurringIds.add(id);
  return {
    id,
    contract: { id: context.contractId },
    product: { id: product.id, name: product.name },
    ...optional('name', input.name),
    ...optional('description', input.description),
    access_amount: {
      unit_price: input.access_amount.unit_price,
      ...optional('quantity', input.access_amount.quantity),
      credit_type_id: accessCreditType.id,
    },
    ...(kind === 'commit' ? optional('invoice_amount', input.invoice_amount) : {}),
    ...optional('rollover_fraction', input.rollover_fraction),
    priority: input.priority,
    ...applicability(context, input, field),
    ...optional('netsuite_sales_order_id', input.netsuite_sales_order_id),
    rate_type: input.rate_type ?? 'COMMIT_RATE',
    starting_at: iso(input.starting_at),
    ...(input.ending_before !== undefined ? { ending_before: iso(input.ending_before) } : {}),
    commit_duration: { value: input.commit_duration.value, unit: input.commit_duration.unit ?? 'PERIODS' },
    ...optional('recurrence_frequency', input.recurrence_frequency),
    proration: input.proration ?? 'FIRST_AND_LAST',
    ...optional('subscription_config', subscriptionConfig),
    ...optional('hierarchy_configuration', input.hierarchy_configuration),
    ...(input.proration_rounding !== undefined ? { proration_rounding: input.proration_rounding } : {}),
  } as RecurringCommit & RecurringCredit;
}

export function buildRecurringCommit(context: TermsContext, input: RecurringCommitInput, field: string): RecurringCommit {
  return buildRecurring(context, input, field, 'commit');
}

export function buildRecurringCredit(context: TermsContext, input: RecurringCommitInput, field: string): RecurringCredit {
  return buildRecurring(context, input, field, 'credit');
}

function overwriteRate(context: TermsContext, input: OverwriteRateInput, field: string): NonNullable<Override['overwrite_rate']> {
  const { rate_type: rateType } = input;
  if (rateType === 'FLAT' && input.price !== undefined && input.price < 0)
    throw new BadRequestError(`${field}.price must be >= 0 for FLAT rates`);
  if (rateType === 'PERCENTAGE' && input.price !== undefined && (input.price < 0 || input.price > 1))
    throw new BadRequestError(`${field}.price must be between 0 and 1 for PERCENTAGE rates`);
  if ((rateType === 'FLAT' || rateType === 'PERCENTAGE' || rateType === 'SUBSCRIPTION') && input.price === undefined)
    throw new BadRequestError(`${field}.price is required for ${rateType} rates`);
  if (rateType === 'SUBSCRIPTION' && input.quantity !== undefined && input.quantity < 0)
    throw new BadRequestError(`${field}.quantity must be >= 0 for SUBSCRIPTION rates`);
  if (input.is_prorated !== undefined && (rateType !== 'SUBSCRIPTION' || input.is_prorated !== true))
    throw new BadRequestError(`${field}.is_prorated is only valid for SUBSCRIPTION rates and must be true`);
  if (input.tiers !== undefined && rateType !== 'TIERED' && rateType !== 'TIERED_PERCENTAGE')
    throw new BadRequestError(`${field}.tiers is only set for TIERED rates`);
  if ((rateType === 'TIERED' || rateType === 'TIERED_PERCENTAGE') && !input.tiers?.length)
    throw new BadRequestError(`${field}.tiers is required for ${rateType} rates`);
  if (input.minimum_config !== undefined && rateType !== 'PERCENTAGE' && rateType !== 'TIERED_PERCENTAGE')
    throw new BadRequestError(`${field}.minimum_config is only set for PERCENTAGE or TIERED_PERCENTAGE rates`);
  if (input.custom_rate !== undefined && rateType !== 'CUSTOM') throw new BadRequestError(`${field}.custom_rate is only set for CUSTOM rates`);
  // Without a credit type of its own, an overwrite prices in the credit type of the rate it replaces.
  const creditType =
    input.credit_type_id === undefined ? undefined : creditTypeReference(context.db, input.credit_type_id, `${field}.credit_type_id`);
  return {
    rate_type: rateType,
    ...optional('price', input.price),
    ...optional('quantity', input.quantity),
    ...optional('is_prorated', input.is_prorated),
    ...optional('tiers', input.tiers),
    ...optional('minimum_config', input.minimum_config),
    ...optional('custom_rate', input.custom_rate),
    ...optional('credit_type', creditType),
  } as NonNullable<Override['overwrite_rate']>;
}

function resolveIds(ids: string[] | undefined, byTemporaryId: Map<string, string>[], known: Set<string>, field: string) {
  return ids?.map((given) => {
    const id = byTemporaryId.map((map) => map.get(given)).find((found) => found !== undefined) ?? given;
    if (!known.has(id)) throw new BadRequestError(`${field}: ${given} names no commit or credit of this contract`);
    return id;
  });
}

function overrideSpecifier(
  context: TermsContext,
  input: OverrideSpecifierInput,
  field: string,
  isCommitSpecific: boolean,
): StoredOverrideSpecifier {
  const namesCommits =
    input.commit_ids !== undefined || input.recurring_commit_ids !== undefined || input.any_commit_or_credit_ids !== undefined;
  if (namesCommits && !isCommitSpecific)
    throw new BadRequestError(`${field}: commit_ids, recurring_commit_ids and any_commit_or_credit_ids can only be used for commit specific overrides`);
  if (input.any_commit_or_credit_ids !== undefined && (input.commit_ids !== undefined || input.recurring_commit_ids !== undefined))
    throw new BadRequestError(`${field}.any_commit_or_credit_ids must be used instead of both commit_ids and recurring_commit_ids`);
  const targetsUsage =
    input.product_id !== undefined ||
    input.product_tags !== undefined ||
    input.pricing_group_values !== undefined ||
    input.presentation_group_values !== undefined;
  if (namesCommits && !targetsUsage)
    throw new BadRequestError(`${field}: commit ids must be used with one of product_id, product_tags, pricing_group_values or presentation_group_values`);
  if (input.product_id !== undefined) productReference(context, input.product_id, `${field}.product_id`);
  const commitIds = resolveIds(input.commit_ids, [context.commitIdsByTemporaryId], context.commitAndCreditIds, `${field}.commit_ids`);
  const recurringIds = resolveIds(input.recurring_commit_ids, [context.recurringIdsByTemporaryId], context.recurringIds, `${field}.recurring_commit_ids`);
  const anyIds = resolveIds(
    input.any_commit_or_credit_ids,
    [context.commitIdsByTemporaryId, context.recurringIdsByTemporaryId],
    new Set([...context.commitAndCreditIds, ...context.recurringIds]),
    `${field}.any_commit_or_credit_ids`,
  );
  return {
    ...optional('product_id', input.product_id),
    ...optional('product_tags', input.product_tags),
    ...optional('pricing_group_values', input.pricing_group_values),
    ...optional('presentation_group_values', input.presentation_group_values),
    ...optional('commit_ids', commitIds),
    ...optional('recurring_commit_ids', recurringIds),
    ...optional('any_commit_or_credit_ids', anyIds),
    ...optional('billing_frequency', input.billing_frequency),
    ...optional('exclude', input.exclude),
  } as StoredOverrideSpecifier;
}

export function buildOverride(context: TermsContext, input: OverrideInput, field: string): StoredOverride {
  requireWindow(input.starting_at, input.ending_before, field);
  const explicit = context.prioritization === 'EXPLICIT';
  if (input.type === undefined && input.entitled === undefined)
    throw new BadRequestError(`${field}: set type (OVERWRITE, MULTIPLIER or TIERED) or entitled`);
  if (input.type === 'OVERWRITE' && !input.overwrite_rate) throw new BadRequestError(`${field}.overwrite_rate is required for OVERWRITE overrides`);
  if (input.type !== 'OVERWRITE' && input.overwrite_rate) throw new BadRequestError(`${field}.overwrite_rate is only valid for OVERWRITE overrides`);
  if (input.type === 'MULTIPLIER' && input.multiplier === undefined)
    throw new BadRequestError(`${field}.multiplier is required for MULTIPLIER overrides`);
  if (input.multiplier !== undefined && input.type !== 'MULTIPLIER')
    throw new BadRequestError(`${field}.multiplier is only valid for MULTIPLIER overrides`);
  if (input.multiplier !== undefined && input.multiplier < 0) throw new BadRequestError(`${field}.multiplier must be >= 0`);
  if (input.type === 'TIERED') {
    if (!input.tiers?.length) throw new BadRequestError(`${field}.tiers is required for TIERED overrides and must have at least one tier`);
    if (!explicit) throw new BadRequestError(`${field}: TIERED overrides require multiplier_override_prioritization EXPLICIT`);
  }
  if (input.tiers !== undefined && input.type !== 'TIERED') throw new BadRequestError(`${field}.tiers is only valid for TIERED overrides`);
  if (input.priority !== undefined && input.priority <= 0) throw new BadRequestError(`${field}.priority must be > 0`);
  if (input.priority === undefined && (input.type === 'TIERED' || (explicit && input.type === 'MULTIPLIER')))
    throw new BadRequestError(`${field}.priority is required for TIERED overrides and for MULTIPLIER overrides under EXPLICIT prioritization`);
  if (input.target !== undefined && input.is_commit_specific !== true)
    throw new BadRequestError(`${field}.target can only be used for overrides with is_commit_specific set to true`);
  if (input.override_specifiers !== undefined && (input.product_id !== undefined || input.applicable_product_tags !== undefined))
    throw new BadRequestError(`${field}.override_specifiers cannot be used in conjunction with product_id or applicable_product_tags`);
  if (input.override_specifiers === undefined && input.product_id === undefined && input.applicable_product_tags === undefined)
    throw new BadRequestError(`${field}: give product_id, applicable_product_tags or override_specifiers`);
  if (input.override_specifiers?.length === 0) throw new BadRequestError(`${field}.override_specifiers must not be empty`);
  const product = input.product_id !== undefined ? productReference(context, input.product_id, `${field}.product_id`) : undefined;
  const specifiers = input.override_specifiers?.map((specifier, i) =>
    overrideSpecifier(context, specifier, `${field}.override_specifiers[${i}]`, input.is_commit_specific === true),
  );
  return {
    id: randomUUID(),
    created_at: context.now.toISOString(),
    starting_at: iso(input.starting_at),
    ...(input.ending_before !== undefined ? { ending_before: iso(input.ending_before) } : {}),
    ...(product ? { product: { id: product.id, name: product.name } } : {}),
    ...optional('applicable_product_tags', input.applicable_product_tags),
    ...optional('override_specifiers', specifiers),
    ...optional('entitled', input.entitled),
    ...optional('type', input.type),
    ...optional('priority', input.priority),
    ...optional('multiplier', input.multiplier),
    ...(input.overwrite_rate ? { overwrite_rate: overwriteRate(context, input.overwrite_rate, `${field}.overwrite_rate`) } : {}),
    ...optional('override_tiers', input.tiers),
    ...optional('is_commit_specific', input.is_commit_specific),
    ...(input.is_commit_specific ? { target: input.target ?? 'LIST_RATE' } : {}),
  };
}

export function buildScheduledCharge(context: TermsContext, input: ChargeInput, field: string): StoredScheduledCharge {
  return buildPointInTimeCharge(context, input, field, 'scheduled_charge');
}

export function buildDiscount(context: TermsContext, input: ChargeInput, field: string): StoredDiscount {
  return buildPointInTimeCharge(context, input, field, 'discount');
}

/** Scheduled charges and discounts share one shape: a FIXED product billed on a point-in-time schedule. */
function buildPointInTimeCharge(
  context: TermsContext,
  input: ChargeInput,
  field: string,
  entity: 'scheduled_charge' | 'discount',
): StoredScheduledCharge & StoredDiscount {
  const product = productReference(context, input.product_id, `${field}.product_id`, ['FIXED']);
  const id = randomUUID();
  assignCustomFields(context.db, entity, id, input.custom_fields);
  return {
    id,
    product: { id: product.id, name: product.name },
    schedule: pointInTimeSchedule(context.db, input.schedule, `${field}.schedule`, { withDoNotInvoice: false }),
    ...optional('name', input.name),
    ...optional('netsuite_sales_order_id', input.netsuite_sales_order_id),
  };
}

export function buildProService(context: TermsContext, input: ProServiceInput, field: string): StoredProService {
  productReference(context, input.product_id, `${field}.product_id`, ['PRO_SERVICE']);
  for (const name of ['unit_price', 'quantity', 'max_amount'] as const)
    if (input[name] < 0) throw new BadRequestError(`${field}.${name} must be >= 0`);
  const id = randomUUID();
  assignCustomFields(context.db, 'professional_service', id, input.custom_fields);
  return {
    id,
    product_id: input.product_id,
    unit_price: input.unit_price,
    quantity: input.quantity,
    max_amount: input.max_amount,
    ...optional('description', input.description),
    ...optional('netsuite_sales_order_id', input.netsuite_sales_order_id),
  };
}

export function buildResellerRoyalty(context: TermsContext, input: ResellerRoyaltyInput, field: string): ResellerRoyalty {
  requireWindow(input.starting_at, input.ending_before, field);
  requireFraction(input.fraction, `${field}.fraction`);
  if (!input.applicable_product_ids?.length && !input.applicable_product_tags?.length)
    throw new BadRequestError(`${field}: provide at least one of applicable_product_ids or applicable_product_tags`);
  input.applicable_product_ids?.forEach((id, i) => productReference(context, id, `${field}.applicable_product_ids[${i}]`));
  return {
    reseller_type: input.reseller_type,
    fraction: input.fraction,
    netsuite_reseller_id: input.netsuite_reseller_id,
    ...optional('applicable_product_ids', input.applicable_product_ids),
    ...optional('applicable_product_tags', input.applicable_product_tags),
    starting_at: iso(input.starting_at),
    ...(input.ending_before !== undefined ? { ending_before: iso(input.ending_before) } : {}),
    ...optional('reseller_contract_value', input.reseller_contract_value),
    ...input.aws_options,
    ...input.gcp_options,
  };
}

export interface ResellerRoyaltyUpdateInput extends Partial<Omit<ResellerRoyaltyInput, 'ending_before'>> {
  reseller_type: ResellerRoyaltyInput['reseller_type'];
  ending_before?: string | null;
}

export type ResellerRoyaltyChange = NonNullable<Contract.Amendment['reseller_royalties']>[number];

/**
 * An amendment's reseller royalties: one for a reseller type the contract has no royalty for is a new royalty
 * (and must be complete); one for a type it has updates the fields given (`ending_before: null` removes the end).
 * Returns what the amendment records and the contract's royalties afterwards.
 */
export function changeResellerRoyalties(
  context: TermsContext,
  existing: readonly ResellerRoyalty[],
  inputs: readonly ResellerRoyaltyUpdateInput[],
  field: string,
): { recorded: ResellerRoyaltyChange[]; royalties: ResellerRoyalty[] } {
  const royalties = [...existing];
  const recorded: ResellerRoyaltyChange[] = [];
  inputs.forEach((input, i) => {
    const at = `${field}[${i}]`;
    const index = royalties.findIndex((royalty) => royalty.reseller_type === input.reseller_type);
    if (index === -1) {
      for (const required of ['fraction', 'netsuite_reseller_id', 'starting_at'] as const)
        if (input[required] === undefined) throw new BadRequestError(`${at}.${required} is required for a new ${input.reseller_type} royalty`);
      const { ending_before: endingBefore, ...rest } = input;
      const royalty = buildResellerRoyalty(
        context,
        { ...(rest as ResellerRoyaltyInput), ...(endingBefore ? { ending_before: endingBefore } : {}) },
        at,
      );
      royalties.push(royalty);
      const { applicable_product_ids: _ids, applicable_product_tags: _tags, ...change } = royalty;
      recorded.push(change);
      return;
    }
    const current = royalties[index]!;
    requireFraction(input.fraction, `${at}.fraction`);
    input.applicable_product_ids?.forEach((id, j) => productReference(context, id, `${at}.applicable_product_ids[${j}]`));
    const { ending_before: endingBefore, aws_options: aws, gcp_options: gcp, starting_at: startingAt, ...fields } = input;
    const updated: ResellerRoyalty = {
      ...current,
      ...fields,
      ...aws,
      ...gcp,
      ...(startingAt !== undefined ? { starting_at: iso(startingAt) } : {}),
    };
    if (endingBefore === null) delete updated.ending_before;
    else if (endingBefore !== undefined) updated.ending_before = iso(endingBefore);
    requireWindow(updated.starting_at, updated.ending_before, at);
    royalties[index] = updated;
    recorded.push({
      ...fields,
      ...aws,
      ...gcp,
      ...(startingAt !== undefined ? { starting_at: iso(startingAt) } : {}),
      ...(endingBefore !== undefined ? { ending_before: endingBefore === null ? null : iso(endingBefore) } : {}),
    } as ResellerRoyaltyChange);
  });
  return { recorded, royalties };
}
