import { randomUUID } from 'node:crypto';
import type {
  Contract,
  HierarchyConfiguration,
  PrepaidBalanceThresholdConfiguration,
  SpendThresholdConfiguration,
} from '@metronome/sdk/resources/shared';
import { customerBilling } from '../billing/balances.js';
import { contractRateSchedule, type ContractRateScheduleEntry } from '../billing/contract-rates.js';
import type { RateSelector } from '../billing/rate-schedule.js';
import { firstOfMonth } from '../billing/recurrence.js';
import { contractBalances } from '../billing/recurring-balances.js';
import { buildSubscription, subscriptionQuantityHistory, type SubscriptionInput } from '../billing/subscriptions.js';
import { BadRequestError, ConflictError, NotFoundError } from '../http/api-error.js';
import { defineRoute, type Domain, type RequestContext } from '../http/route.js';
import { API_TOKEN_ACTOR } from '../store/audit-log.js';
import { billableMetricCollection } from '../store/billable-metrics.js';
import { withAmendment, withEndDate, archived } from '../store/contract-changes.js';
import {
  buildCommit,
  buildCredit,
  buildDiscount,
  buildOverride,
  buildProService,
  buildRecurringCommit,
  buildRecurringCredit,
  buildResellerRoyalty,
  buildScheduledCharge,
  changeResellerRoyalties,
  creditTypeReference,
  iso,
  newTermsContext,
  productReference,
  type ChargeInput,
  type CommitInput,
  type CreditInput,
  type OverrideInput,
  type ProServiceInput,
  type RecurringCommitInput,
  type ResellerRoyaltyInput,
  type ResellerRoyaltyUpdateInput,
  type TermsContext,
} from '../store/contract-terms.js';
import { contractAsServed, createdContractView } from '../store/contract-view.js';
import {
  archiveContract,
  contractCollection,
  contractSchema,
  contractSettings,
  contractsOfCustomer,
  liveContractWithUniquenessKey,
  requireContract,
  saveContractSettings,
  type ContractAmendment,
  type ContractTerms,
  type MultiplierOverridePrioritization,
  type StoredContract,
  type RolloverPlan,
} from '../store/contracts.js';
import { USD_CENTS } from '../store/credit-types.js';
import { assignCustomFields } from '../store/custom-field-keys.js';
import { billingProviderConfigurationsOf, revenueSystemConfigurationsOf } from '../store/customer-billing.js';
import { customerStore, requireCustomer } from '../store/customers.js';
import type { Db } from '../store/database.js';
import { DEFAULT_PAGE_LIMIT } from '../store/paging.js';
import { pageByOffset } from '../store/list-paging.js';
import { productCollection, productInForce } from '../store/products.js';
import { rateCardCollection, rateCardIdForAlias, type StoredRateCard } from '../store/rate-cards.js';
import { ratesOfRateCard } from '../store/rates.js';

const CREATED_BY = API_TOKEN_ACTOR.name;

type UsageFilterInput = { group_key: string; group_values: string[]; starting_at?: string };
type HierarchyInput = {
  parent?: { contract_id: string; customer_id: string };
  payer?: 'SELF' | 'PARENT';
  usage_statement_behavior?: 'CONSOLIDATE' | 'SEPARATE';
  parent_behavior?: { invoice_consolidation_type?: 'CONCATENATE' | 'NONE' };
};
type SpendTrackerInput = NonNullable<Contract['spend_trackers']>[number];

interface ContractAdditions {
  commits?: CommitInput[];
  credits?: CreditInput[];
  overrides?: OverrideInput[];
  scheduled_charges?: ChargeInput[];
  discounts?: ChargeInput[];
  professional_services?: ProServiceInput[];
  custom_fields?: Record<string, string>;
  netsuite_sales_order_id?: string;
  salesforce_opportunity_id?: string;
  total_contract_value?: number;
}

interface CreateContractBody extends ContractAdditions {
  customer_id: string;
  package_id?: string;
  package_alias?: string;
  name?: string;
  uniqueness_key?: string;
  net_payment_terms_days?: number;
  rate_card_id?: string;
  rate_card_alias?: string;
  starting_at: string;
  ending_before?: string;
  recurring_commits?: RecurringCommitInput[];
  recurring_credits?: RecurringCommitInput[];
  multiplier_override_prioritization?: MultiplierOverridePrioritization;
  reseller_royalties?: ResellerRoyaltyInput[];
  scheduled_charges_on_usage_invoices?: 'ALL';
  transition?: { type: 'RENEWAL'; from_contract_id: string; future_invoice_behavior?: { trueup?: 'REMOVE' | 'AS_IS' | null } };
  usage_filter?: UsageFilterInput;
  usage_statement_schedule?: {
    frequency: 'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'WEEKLY';
    day?: 'FIRST_OF_MONTH' | 'CONTRACT_START' | 'CUSTOM_DATE';
    billing_anchor_date?: string;
    invoice_generation_starting_at?: string;
  };
  billing_provider_configuration?: {
    billing_provider_configuration_id?: string;
    billing_provider?: string;
    delivery_method?: string;
  };
  revenue_system_configuration?: { revenue_system_configuration_id?: string; provider?: string; delivery_method?: string };
  spend_threshold_configuration?: SpendThresholdConfiguration;
  prepaid_balance_threshold_configuration?: PrepaidBalanceThresholdConfiguration & { custom_credit_type_id?: string };
  spend_trackers?: SpendTrackerInput[];
  subscriptions?: SubscriptionInput[];
  hierarchy_configuration?: HierarchyInput;
}

interface AmendContractBody extends ContractAdditions {
  customer_id: string;
  contract_id: string;
  starting_at: string;
  reseller_royalties?: ResellerRoyaltyUpdateInput[];
}

interface ContractRef {
  customer_id: string;
  contract_id: string;
}

function built<I, O>(inputs: I[] | undefined, field: string, build: (input: I, field: string) => O): O[] {
  return (inputs ?? []).map((input, i) => build(input, `${field}[${i}]`));
}

function requireLiveContract(db: Db, ref: ContractRef, action: string): StoredContract {
  const contract = requireContract(db, ref.customer_id, ref.contract_id);
  if (contract.archived_at) throw new BadRequestError(`Contract ${contract.id} is archived and cannot be ${action}`);
  return contract;
}

function resolveRateCard(db: Db, body: CreateContractBody): StoredRateCard | undefined {
  if (body.rate_card_id !== undefined && body.rate_card_alias !== undefined)
    throw new BadRequestError('Provide rate_card_id or rate_card_alias, not both');
  if (body.rate_card_id !== undefined) {
    const rateCard = rateCardCollection(db).get(body.rate_card_id);
    if (rateCard.archived_at) throw new BadRequestError(`Rate card ${rateCard.id} is archived and cannot be used for new contracts`);
    return rateCard;
  }
  if (body.rate_card_alias !== undefined) {
    const id = rateCardIdForAlias(db, body.rate_card_alias, new Date(body.starting_at));
    if (!id) throw new NotFoundError(`No rate card has the alias ${body.rate_card_alias} at ${iso(body.starting_at)}`);
    return rateCardCollection(db).get(id);
  }
  return undefined;
}

/** `day` places the billing anchor: the first of the start's month (default), the contract start, or a given date. */
function usageStatementSchedule(body: CreateContractBody): ContractTerms['usage_statement_schedule'] {
  const input = body.usage_statement_schedule;
  const day = input?.day ?? 'FIRST_OF_MONTH';
  if (day === 'CUSTOM_DATE' && input?.billing_anchor_date === undefined)
    throw new BadRequestError('usage_statement_schedule.billing_anchor_date is required when day is CUSTOM_DATE');
  if (day !== 'CUSTOM_DATE' && input?.billing_anchor_date !== undefined)
    throw new BadRequestError('usage_statement_schedule.billing_anchor_date can only be used when day is CUSTOM_DATE');
  const anchor =
    day === 'CUSTOM_DATE'
      ? iso(input!.billing_anchor_date!)
      : day === 'CONTRACT_START'
        ? iso(body.starting_at)
        : firstOfMonth(new Date(body.starting_at)).toISOString();
  return { frequency: input?.frequency ?? 'MONTHLY', billing_anchor_date: anchor };
}

/** The group key must be one the billable metrics behind the rate card's usage products group by. */
function checkUsageFilterGroupKey(db: Db, rateCardId: string | undefined, groupKey: string, field: string, at: Date): void {
  const metricIds = new Set<string>();
  if (rateCardId) {
    const products = productCollection(db);
    for (const rate of ratesOfRateCard(db, rateCardId)) {
      const product = products.find(rate.product_id);
      const metricId = product && productInForce(product, at).billable_metric_id;
      if (metricId) metricIds.add(metricId);
    }
  }
  const metrics = billableMetricCollection(db);
  const defined = [...metricIds].some((id) => metrics.find(id)?.group_keys?.some((keys) => keys.includes(groupKey)));
  if (!defined)
    throw new BadRequestError(`${field}: group key ${groupKey} is not a group key of any billable metric on the contract's rate card`);
}

function customerBillingProviderConfiguration(db: Db, customerId: string, lookup: CreateContractBody['billing_provider_configuration']) {
  if (!lookup) return undefined;
  const configurations = billingProviderConfigurationsOf(db, customerId).filter((c) => c.archived_at === null);
  let found;
  if (lookup.billing_provider_configuration_id !== undefined) {
    if (lookup.billing_provider !== undefined || lookup.delivery_method !== undefined)
      throw new BadRequestError('billing_provider_configuration: do not specify billing_provider or delivery_method with billing_provider_configuration_id');
    found = configurations.find((c) => c.id === lookup.billing_provider_configuration_id);
    if (!found)
      throw new NotFoundError(`Billing provider configuration not found: ${lookup.billing_provider_configuration_id}`);
  } else {
    if (lookup.billing_provider === undefined || lookup.delivery_method === undefined)
      throw new BadRequestError('billing_provider_configuration: provide billing_provider_configuration_id, or billing_provider and delivery_method');
    const matching = configurations.filter((c) => c.billing_provider === lookup.billing_provider && c.delivery_method === lookup.delivery_method);
    if (matching.length === 0)
      throw new NotFoundError(
        `The customer has no ${lookup.billing_provider} billing provider configuration delivered by ${lookup.delivery_method}`,
      );
    if (matching.length > 1)
      throw new BadRequestError(
        `The customer has several ${lookup.billing_provider} configurations delivered by ${lookup.delivery_method}; use billing_provider_configuration_id`,
      );
    found = matching[0]!;
  }
  const { tax_provider: _taxProvider, ...configuration } = found;
  return configuration as NonNullable<Contract['customer_billing_provider_configuration']>;
}

function checkRevenueSystemConfiguration(db: Db, customerId: string, lookup: CreateContractBody['revenue_system_configuration']): void {
  if (!lookup) return;
  const configurations = revenueSystemConfigurationsOf(db, customerId).filter((c) => c.archived_at === null);
  const found =
    lookup.revenue_system_configuration_id !== undefined
      ? configurations.some((c) => c.id === lookup.revenue_system_configuration_id)
      : configurations.some((c) => c.provider === lookup.provider && (lookup.delivery_method ?? c.delivery_method) === c.delivery_method);
  if (!found)
    throw new NotFoundError(
      `Revenue system configuration not found: ${lookup.revenue_system_configuration_id ?? `${lookup.provider} for customer ${customerId}`}`,
    );
}

function checkThresholdConfigurations(context: TermsContext, body: CreateContractBody): void {
  const spend = body.spend_threshold_configuration;
  if (spend) {
    productReference(context, spend.commit.product_id, 'spend_threshold_configuration.commit.product_id', ['FIXED']);
    if (spend.threshold_amount <= 0) throw new BadRequestError('spend_threshold_configuration.threshold_amount must be > 0');
  }
  const prepaid = body.prepaid_balance_threshold_configuration;
  if (prepaid) {
    const field = 'prepaid_balance_threshold_configuration';
    productReference(context, prepaid.commit.product_id, `${field}.commit.product_id`, ['FIXED']);
    if (prepaid.custom_credit_type_id !== undefined)
      creditTypeReference(context.db, prepaid.custom_credit_type_id, `${field}.custom_credit_type_id`);
    if (prepaid.threshold_amount < 0) throw new BadRequestError(`${field}.threshold_amount must be >= 0`);
    if (prepaid.recharge_to_amount <= prepaid.threshold_amount)
      throw new BadRequestError(`${field}.recharge_to_amount must be greater than threshold_amount`);
  }
  const aliases = new Set<string>();
  body.spend_trackers?.forEach((tracker, i) => {
    if (aliases.has(tracker.alias)) throw new BadRequestError(`spend_trackers[${i}].alias ${tracker.alias} is not unique within the contract`);
    aliases.add(tracker.alias);
    creditTypeReference(context.db, tracker.credit_type_id, `spend_trackers[${i}].credit_type_id`);
  });
}

/** A child points at its parent contract; the parent lists its children. */
function hierarchyConfiguration(db: Db, input: HierarchyInput | undefined): HierarchyConfiguration | undefined {
  if (!input) return undefined;
  if (input.parent && input.parent_behavior)
    throw new BadRequestError('hierarchy_configuration: a contract with a parent cannot also set parent_behavior');
  if (!input.parent) {
    if (input.payer !== undefined || input.usage_statement_behavior !== undefined)
      throw new BadRequestError('hierarchy_configuration.payer and usage_statement_behavior need a parent');
    return { children: [], ...(input.parent_behavior ? { parent_behavior: input.parent_behavior } : {}) };
  }
  requireContract(db, input.parent.customer_id, input.parent.contract_id);
  return {
    parent: input.parent,
    ...(input.payer ? { payer: input.payer } : {}),
    ...(input.usage_statement_behavior ? { usage_statement_behavior: input.usage_statement_behavior } : {}),
  };
}

function addChildToParent(db: Db, parentRef: { contract_id: string; customer_id: string }, child: { contract_id: string; customer_id: string }): void {
  const parent = requireContract(db, parentRef.customer_id, parentRef.contract_id);
  const existing = parent.current.hierarchy_configuration;
  if (existing && 'parent' in existing)
    throw new BadRequestError(`hierarchy_configuration.parent: contract ${parent.id} is itself a child contract`);
  const children = existing && 'children' in existing ? existing.children : [];
  contractCollection(db).update({
    ...parent,
    current: { ...parent.current, hierarchy_configuration: { ...existing, children: [...children, child] } },
  });
}

/**
 * The renewed contract's commits and credits that roll over into the new one: those with a `rollover_fraction`
 * whose segment is in force when the new contract starts (PREPAID commits and credits; a postpaid commitment
 * is trued up instead).
 */
function rolloverPlans(db: Db, from: StoredContract, startingAt: string, now: Date): RolloverPlan[] {
  const at = Date.parse(startingAt);
  const { commits, credits } = contractBalances(db, from, now);
  const candidates = [
    ...commits.filter((c) => c.type === 'PREPAID').map((balance) => ({ kind: 'commit' as const, balance })),
    ...credits.map((balance) => ({ kind: 'credit' as const, balance })),
  ];
  return candidates.flatMap(({ kind, balance }) => {
    const fraction = (balance as { rollover_fraction?: number }).rollover_fraction;
    if (!fraction || balance.archived_at) return [];
    const segment = balance.access_schedule?.schedule_items.find((s) => Date.parse(s.starting_at) < at && at < Date.parse(s.ending_before));
    return segment
      ? [{ from_contract_id: from.id, balance_id: balance.id, kind, segment_id: segment.id, fraction, access_ending_before: segment.ending_before }]
      : [];
  });
}

function renewedContract(
  db: Db,
  body: CreateContractBody,
  newContractId: string,
  now: Date,
): { contract: StoredContract; rollovers: RolloverPlan[] } | undefined {
  const transition = body.transition;
  if (!transition) return undefined;
  const from = contractCollection(db).find(transition.from_contract_id);
  if (!from || from.customer_id !== body.customer_id)
    throw new NotFoundError(`Contract not found: ${transition.from_contract_id} (transition.from_contract_id)`);
  if (from.archived_at) throw new BadRequestError(`transition.from_contract_id: contract ${from.id} is archived`);
  if (from.current.transitions.some((t) => t.from_contract_id === from.id))
    throw new BadRequestError(`transition.from_contract_id: contract ${from.id} has already transitioned to another contract`);
  if (Date.parse(body.starting_at) <= Date.parse(from.current.starting_at))
    throw new BadRequestError('transition: the new contract must start after the contract it renews starts');
  const entry = { type: transition.type, from_contract_id: from.id, to_contract_id: newContractId };
  // The renewed contract ends where the new one begins when it would otherwise overlap it.
  const overlaps = from.current.ending_before === undefined || Date.parse(from.current.ending_before) > Date.parse(body.starting_at);
  // A renewal bills the renewed contract's future true-ups unless told to remove them (the default is AS_IS).
  const keepTrueups = transition.future_invoice_behavior?.trueup !== 'REMOVE';
  const ended = overlaps ? withEndDate(from, iso(body.starting_at), { keepTrueups }) : from;
  return {
    contract: { ...ended, current: { ...ended.current, transitions: [...ended.current.transitions, entry] } },
    rollovers: rolloverPlans(db, from, body.starting_at, now),
  };
}

function createContract(ctx: RequestContext<CreateContractBody>) {
  const { body, db, now } = ctx;
  requireCustomer(db, body.customer_id);
  if (body.package_id !== undefined && body.package_alias !== undefined)
    throw new BadRequestError('package_id and package_alias are mutually exclusive');
  if (body.package_id !== undefined) throw new NotFoundError(`Package not found: ${body.package_id}`);
  if (body.package_alias !== undefined) throw new NotFoundError(`No package has the alias ${body.package_alias}`);
  if (body.uniqueness_key !== undefined && liveContractWithUniquenessKey(db, body.uniqueness_key))
    throw new ConflictError(`A contract with uniqueness_key "${body.uniqueness_key}" already exists`);
  if (body.ending_before !== undefined && Date.parse(body.ending_before) <= Date.parse(body.starting_at))
    throw new BadRequestError('ending_before must be after starting_at');
  if (body.net_payment_terms_days !== undefined && body.net_payment_terms_days < 0)
    throw new BadRequestError('net_payment_terms_days must be >= 0');

  const id = randomUUID();
  const startingAt = iso(body.starting_at);
  const endingBefore = body.ending_before !== undefined ? iso(body.ending_before) : undefined;
  const rateCard = resolveRateCard(db, body);
  const rateCardId = rateCard?.id;
  const statementSchedule = usageStatementSchedule(body);
  const prioritization = body.multiplier_override_prioritization ?? 'LOWEST_MULTIPLIER';
  const context = newTermsContext(db, now, id, prioritization);
  const billingProvider = customerBillingProviderConfiguration(db, body.customer_id, body.billing_provider_configuration);
  checkRevenueSystemConfiguration(db, body.customer_id, body.revenue_system_configuration);
  checkThresholdConfigurations(context, body);
  const hierarchy = hierarchyConfiguration(db, body.hierarchy_configuration);
  const renewal = renewedContract(db, body, id, now);
  const renewed = renewal?.contract;
  if (body.usage_filter) checkUsageFilterGroupKey(db, rateCardId, body.usage_filter.group_key, 'usage_filter.group_key', new Date(startingAt));

  const subscriptions = built(body.subscriptions, 'subscriptions', (input, field) =>
    buildSubscription(
      context,
      input,
      {
        startingAt,
        endingBefore,
        rateCardId,
        fiatCreditTypeId: rateCard?.fiat_credit_type?.id ?? USD_CENTS.id,
        billingAnchorDate: statementSchedule.billing_anchor_date,
      },
      field,
    ),
  );
  const commits = built(body.commits, 'commits', (input, field) => buildCommit(context, input, field));
  const credits = built(body.credits, 'credits', (input, field) => buildCredit(context, input, field));
  const recurringCommits = built(body.recurring_commits, 'recurring_commits', (input, field) => buildRecurringCommit(context, input, field));
  const recurringCredits = built(body.recurring_credits, 'recurring_credits', (input, field) => buildRecurringCredit(context, input, field));
  if ([...recurringCommits, ...recurringCredits].filter((r) => r.recurrence_frequency === 'DAILY').length > 1)
    throw new BadRequestError('A contract can have at most one DAILY recurring commit or credit');
  const overrides = built(body.overrides, 'overrides', (input, field) => buildOverride(context, input, field));
  const scheduledCharges = built(body.scheduled_charges, 'scheduled_charges', (input, field) => buildScheduledCharge(context, input, field));
  const discounts = built(body.discounts, 'discounts', (input, field) => buildDiscount(context, input, field));
  const proServices = built(body.professional_services, 'professional_services', (input, field) => buildProService(context, input, field));
  const royalties = built(body.reseller_royalties, 'reseller_royalties', (input, field) => buildResellerRoyalty(context, input, field));
  const usageFilter = body.usage_filter && {
    group_key: body.usage_filter.group_key,
    group_values: body.usage_filter.group_values,
    starting_at: iso(body.usage_filter.starting_at ?? startingAt),
  };

  const terms: ContractTerms = {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.salesforce_opportunity_id !== undefined ? { salesforce_opportunity_id: body.salesforce_opportunity_id } : {}),
    ...(rateCardId ? { rate_card_id: rateCardId } : {}),
    starting_at: startingAt,
    ...(endingBefore !== undefined ? { ending_before: endingBefore } : {}),
    commits,
    credits,
    recurring_commits: recurringCommits,
    recurring_credits: recurringCredits,
    overrides,
    discounts,
    professional_services: proServices,
    scheduled_charges: scheduledCharges,
    ...(body.scheduled_charges_on_usage_invoices ? { scheduled_charges_on_usage_invoices: body.scheduled_charges_on_usage_invoices } : {}),
    transitions: renewed ? [renewed.current.transitions.at(-1)!] : [],
    reseller_royalties: royalties,
    created_at: now.toISOString(),
    created_by: CREATED_BY,
    ...(body.netsuite_sales_order_id !== undefined ? { netsuite_sales_order_id: body.netsuite_sales_order_id } : {}),
    ...(body.net_payment_terms_days !== undefined ? { net_payment_terms_days: body.net_payment_terms_days } : {}),
    ...(body.total_contract_value !== undefined ? { total_contract_value: body.total_contract_value } : {}),
    ...(usageFilter ? { usage_filter: { initial: usageFilter, current: usageFilter, updates: [] } } : {}),
    usage_statement_schedule: statementSchedule,
    ...(body.spend_threshold_configuration ? { spend_threshold_configuration: body.spend_threshold_configuration } : {}),
    ...(body.prepaid_balance_threshold_configuration
      ? { prepaid_balance_threshold_configuration: body.prepaid_balance_threshold_configuration }
      : {}),
    ...(body.spend_trackers ? { spend_trackers: body.spend_trackers } : {}),
    ...(hierarchy ? { hierarchy_configuration: hierarchy } : {}),
  };
  const contract: StoredContract = {
    id,
    customer_id: body.customer_id,
    ...(body.uniqueness_key !== undefined ? { uniqueness_key: body.uniqueness_key } : {}),
    initial: terms,
    current: terms,
    amendments: [],
    subscriptions,
    ...(billingProvider ? { customer_billing_provider_configuration: billingProvider } : {}),
    ...(body.scheduled_charges_on_usage_invoices ? { scheduled_charges_on_usage_invoices: body.scheduled_charges_on_usage_invoices } : {}),
    ...(body.spend_threshold_configuration ? { spend_threshold_configuration: body.spend_threshold_configuration } : {}),
    ...(body.prepaid_balance_threshold_configuration
      ? { prepaid_balance_threshold_configuration: body.prepaid_balance_threshold_configuration }
      : {}),
    ...(body.spend_trackers ? { spend_trackers: body.spend_trackers } : {}),
  };
  assignCustomFields(db, 'contract', id, body.custom_fields);
  contractCollection(db).insert(contract, body.customer_id);
  saveContractSettings(db, {
    contract_id: id,
    multiplier_override_prioritization: prioritization,
    invoice_generation_starting_at: body.usage_statement_schedule?.invoice_generation_starting_at
      ? iso(body.usage_statement_schedule.invoice_generation_starting_at)
      : null,
    trueup_invoice_behavior: body.transition?.future_invoice_behavior?.trueup ?? null,
    void_invoices_on_archive: null,
    rollovers: renewal?.rollovers ?? [],
  });
  if (renewed) contractCollection(db).update(renewed);
  if (hierarchy && 'parent' in hierarchy) addChildToParent(db, hierarchy.parent, { contract_id: id, customer_id: body.customer_id });
  ctx.emit('customer.changed', { customerId: body.customer_id, reason: 'contract.created' });
  return { data: { id, contract: createdContractView(db, contract, now) } };
}

function amendContract(ctx: RequestContext<AmendContractBody>) {
  const { body, db, now } = ctx;
  requireCustomer(db, body.customer_id);
  const contract = requireLiveContract(db, body, 'amended');
  const startingAt = iso(body.starting_at);
  if (contract.current.ending_before !== undefined && Date.parse(startingAt) >= Date.parse(contract.current.ending_before))
    throw new BadRequestError('starting_at must be before the contract ends');
  const context = newTermsContext(db, now, contract.id, contractSettings(db, contract.id).multiplier_override_prioritization);
  const { commits, credits } = contractBalances(db, contract, now);
  for (const balance of [...commits, ...credits]) context.commitAndCreditIds.add(balance.id);
  for (const recurring of [...(contract.current.recurring_commits ?? []), ...(contract.current.recurring_credits ?? [])])
    context.recurringIds.add(recurring.id);

  const royalties = body.reseller_royalties
    ? changeResellerRoyalties(context, contract.current.reseller_royalties ?? [], body.reseller_royalties, 'reseller_royalties')
    : undefined;
  const amendment: ContractAmendment = {
    id: randomUUID(),
    starting_at: startingAt,
    commits: built(body.commits, 'commits', (input, field) => buildCommit(context, input, field)),
    credits: built(body.credits, 'credits', (input, field) => buildCredit(context, input, field)),
    overrides: built(body.overrides, 'overrides', (input, field) => buildOverride(context, input, field)),
    scheduled_charges: built(body.scheduled_charges, 'scheduled_charges', (input, field) => buildScheduledCharge(context, input, field)),
    discounts: built(body.discounts, 'discounts', (input, field) => buildDiscount(context, input, field)),
    professional_services: built(body.professional_services, 'professional_services', (input, field) =>
      buildProService(context, input, field),
    ),
    ...(royalties ? { reseller_royalties: royalties.recorded } : {}),
    created_at: now.toISOString(),
    created_by: CREATED_BY,
    ...(body.netsuite_sales_order_id !== undefined ? { netsuite_sales_order_id: body.netsuite_sales_order_id } : {}),
    ...(body.salesforce_opportunity_id !== undefined ? { salesforce_opportunity_id: body.salesforce_opportunity_id } : {}),
  };
  assignCustomFields(db, 'contract', contract.id, body.custom_fields);
  contractCollection(db).update(
    withAmendment(contract, amendment, { total_contract_value: body.total_contract_value, reseller_royalties: royalties?.royalties }),
  );
  ctx.emit('customer.changed', { customerId: body.customer_id, reason: 'contract.amended' });
  return { data: { id: amendment.id } };
}

function listContracts(ctx: RequestContext<{
  customer_id: string;
  include_ledgers?: boolean;
  include_balance?: boolean;
  include_archived?: boolean;
  starting_at?: string;
  covering_date?: string;
}>) {
  const { body, db, now } = ctx;
  requireCustomer(db, body.customer_id);
  if (body.starting_at !== undefined && body.covering_date !== undefined)
    throw new BadRequestError('starting_at cannot be provided together with covering_date');
  const startingAt = body.starting_at !== undefined ? Date.parse(body.starting_at) : undefined;
  const covering = body.covering_date !== undefined ? Date.parse(body.covering_date) : undefined;
  const contracts = contractsOfCustomer(db, body.customer_id).filter((contract) => {
    if (contract.archived_at && !body.include_archived) return false;
    const start = Date.parse(contract.current.starting_at);
    const end = contract.current.ending_before ? Date.parse(contract.current.ending_before) : Number.POSITIVE_INFINITY;
    if (startingAt !== undefined && start < startingAt) return false;
    if (covering !== undefined && (covering < start || covering >= end)) return false;
    return true;
  });
  const options = { includeLedgers: body.include_ledgers === true, includeBalance: body.include_balance === true };
  return { data: contracts.map((contract) => contractAsServed(db, contract, now, options)) };
}

/** `allow_ending_before_finalized_invoice: false`: the contract may not end before a finalized invoice of it does. */
function checkNoFinalizedInvoiceAfter(db: Db, contract: StoredContract, endingBefore: string, now: Date): void {
  const blocking = customerBilling(db, contract.customer_id, now).invoices.find(
    ({ invoice }) =>
      invoice.contract_id === contract.id &&
      invoice.status === 'FINALIZED' &&
      invoice.end_timestamp !== undefined &&
      Date.parse(invoice.end_timestamp) > Date.parse(endingBefore),
  );
  if (blocking)
    throw new BadRequestError(
      `ending_before is before the end of finalized invoice ${blocking.invoice.id} (${blocking.invoice.end_timestamp}); set allow_ending_before_finalized_invoice to allow it`,
    );
}

function requireCustomerAndContract(db: Db, ref: ContractRef): StoredContract {
  requireCustomer(db, ref.customer_id);
  return requireContract(db, ref.customer_id, ref.contract_id);
}

export const contracts: Domain = {
  name: 'contracts',
  schemas: [contractSchema],
  routes: [
    defineRoute<CreateContractBody>({
      operation: 'POST /v1/contracts/create',
      kind: 'write',
      audit: { resourceType: 'contract', action: 'create' },
      handle: createContract,
    }),

    defineRoute({
      operation: 'POST /v1/contracts/list',
      kind: 'read',
      handle: listContracts,
    }),

    defineRoute<ContractRef & { include_ledgers?: boolean; include_balance?: boolean }>({
      operation: 'POST /v1/contracts/get',
      kind: 'read',
      handle: ({ body, db, now }) => ({
        data: contractAsServed(db, requireCustomerAndContract(db, body), now, {
          includeLedgers: body.include_ledgers === true,
          includeBalance: body.include_balance === true,
        }),
      }),
    }),

    defineRoute<AmendContractBody>({
      operation: 'POST /v1/contracts/amend',
      kind: 'write',
      audit: { resourceType: 'contract', action: 'amend', resourceId: (ctx) => ctx.body.contract_id },
      handle: amendContract,
    }),

    defineRoute<ContractRef & { void_invoices: boolean }>({
      operation: 'POST /v1/contracts/archive',
      kind: 'write',
      audit: { resourceType: 'contract', action: 'archive', resourceId: (ctx) => ctx.body.contract_id },
      handle: (ctx) => {
        const { body, db, now } = ctx;
        requireCustomer(db, body.customer_id);
        const contract = requireContract(db, body.customer_id, body.contract_id);
        if (contract.archived_at) throw new BadRequestError(`Contract ${contract.id} is already archived`);
        archiveContract(db, contract, now.toISOString(), body.void_invoices);
        ctx.emit('customer.changed', { customerId: body.customer_id, reason: 'contract.archived' });
        return { data: { id: contract.id } };
      },
    }),

    defineRoute<ContractRef & { ending_before?: string; allow_ending_before_finalized_invoice?: boolean }>({
      operation: 'POST /v1/contracts/updateEndDate',
      kind: 'write',
      audit: { resourceType: 'contract', action: 'updateEndDate', resourceId: (ctx) => ctx.body.contract_id },
      handle: (ctx) => {
        const { body, db } = ctx;
        requireCustomer(db, body.customer_id);
        const contract = requireLiveContract(db, body, 'updated');
        const endingBefore = body.ending_before !== undefined ? iso(body.ending_before) : undefined;
        if (endingBefore !== undefined && Date.parse(endingBefore) <= Date.parse(contract.current.starting_at))
          throw new BadRequestError('ending_before must be after the contract starting_at');
        if (endingBefore !== undefined && body.allow_ending_before_finalized_invoice === false)
          checkNoFinalizedInvoiceAfter(db, contract, endingBefore, ctx.now);
        contractCollection(db).update(withEndDate(contract, endingBefore));
        ctx.emit('customer.changed', { customerId: body.customer_id, reason: 'contract.end_date_updated' });
        return { data: { id: contract.id } };
      },
    }),

    defineRoute<ContractRef & UsageFilterInput & { starting_at: string }>({
      operation: 'POST /v1/contracts/setUsageFilter',
      kind: 'write',
      audit: { resourceType: 'contract', action: 'setUsageFilter', resourceId: (ctx) => ctx.body.contract_id },
      handle: (ctx) => {
        const { body, db } = ctx;
        requireCustomer(db, body.customer_id);
        const contract = requireLiveContract(db, body, 'updated');
        const startingAt = iso(body.starting_at);
        if (contract.current.ending_before !== undefined && Date.parse(startingAt) >= Date.parse(contract.current.ending_before))
          throw new BadRequestError('starting_at must be before the contract ends');
        checkUsageFilterGroupKey(db, contract.current.rate_card_id, body.group_key, 'group_key', new Date(startingAt));
        const filter = { group_key: body.group_key, group_values: body.group_values, starting_at: startingAt };
        const existing = contract.current.usage_filter;
        const usageFilter = existing
          ? { ...existing, updates: [...existing.updates, filter] }
          : { initial: filter, current: filter, updates: [filter] };
        contractCollection(db).update({ ...contract, current: { ...contract.current, usage_filter: usageFilter } });
        ctx.emit('customer.changed', { customerId: body.customer_id, reason: 'contract.usage_filter_set' });
        return undefined;
      },
    }),

    defineRoute<ContractRef & { at?: string; selectors?: RateSelector[] }, { limit?: number; next_page?: string }>({
      operation: 'POST /v1/contracts/getContractRateSchedule',
      kind: 'read',
      handle: ({ body, query, db, now }) => {
        const contract = requireCustomerAndContract(db, body);
        const schedule: ContractRateScheduleEntry[] = contractRateSchedule(
          db,
          contract,
          contractSettings(db, contract.id).multiplier_override_prioritization,
          { at: body.at !== undefined ? new Date(body.at) : now, ...(body.selectors ? { selectors: body.selectors } : {}) },
        );
        return pageByOffset(schedule, query.next_page, query.limit ?? DEFAULT_PAGE_LIMIT);
      },
    }),

    defineRoute<ContractRef & { subscription_id: string }>({
      operation: 'POST /v1/contracts/getSubscriptionQuantityHistory',
      kind: 'read',
      // The spec answers this operation's missing customer, contract and subscription with a 400, not a 404.
      handle: ({ body, db }) => {
        if (!customerStore(db).find(body.customer_id)) throw new BadRequestError(`Customer not found: ${body.customer_id}`, 'CustomerNotFound');
        const contract = contractCollection(db).find(body.contract_id);
        if (!contract || contract.customer_id !== body.customer_id)
          throw new BadRequestError(`Contract not found: ${body.contract_id}`, 'ContractNotFound');
        const subscription = contract.subscriptions.find((s) => s.id === body.subscription_id);
        if (!subscription) throw new BadRequestError(`Subscription not found: ${body.subscription_id}`, 'SubscriptionNotFound');
        return {
          data: subscriptionQuantityHistory(db, contract, contractSettings(db, contract.id).multiplier_override_prioritization, subscription),
        };
      },
    }),
  ],
};
