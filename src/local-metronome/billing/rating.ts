import type { CreditTypeData, Rate } from '@metronome/sdk/resources/shared';
import type { Invoice } from '@metronome/sdk/resources/v1/customers/invoices';
import { billableMetricCollection, type StoredBillableMetric } from '../store/billable-metrics.js';
import type { StoredContract, StoredSubscription } from '../store/contracts.js';
import { contractSettings, type ContractSettings } from '../store/contracts.js';
import { USD_CENTS, findCreditType } from '../store/credit-types.js';
import { customFieldsOf } from '../store/custom-fields.js';
import type { Db } from '../store/database.js';
import { productCollection, productInForce, type ProductState, type StoredProduct } from '../store/products.js';
import { rateCardCollection, type StoredRateCard } from '../store/rate-cards.js';
import { Decimal } from './money.js';
import { percentageCharge, subscriptionCharge, tieredCharge, tieredPercentageCharge, usageCharge, type Charge } from './pricing.js';
import { overlaps, periodsOverlapping, type BillingFrequency, type Period } from './periods.js';
import { prorationFraction } from './proration.js';
import { billedQuantity } from './quantity.js';
import { quantityAt } from './seats.js';
import { contractRateSchedule } from './contract-rates.js';
import { aggregateUsage } from './usage-aggregation.js';

export type WireLineItem = Invoice.LineItem;

/** What commits and credits need to know to decide whether they may pay for a line. */
export interface DrawableFacts {
  productId: string;
  productTags: string[];
  pricingGroupValues?: Record<string, string> | undefined;
  presentationGroupValues?: Record<string, string | null> | undefined;
  service: Period;
}

/** A line item being built: its wire fields, its exact total, and what drawdown needs. */
export interface DraftLine {
  item: Omit<WireLineItem, 'total'>;
  total: Decimal;
  /** Set for usage and subscription lines, which commits and credits may pay. */
  drawable?: DrawableFacts;
  /** False for lines the invoice total leaves out (applications of postpaid commits). */
  countsInTotal: boolean;
}

/**
 * Per-computation caches: one invoice computation reads the same products, metrics and custom fields many
 * times, and the stored documents do not change while it runs.
 */
export class RatingContext {
  private readonly products = new Map<string, StoredProduct | undefined>();
  private readonly metrics = new Map<string, StoredBillableMetric | undefined>();
  private readonly rateCards = new Map<string, StoredRateCard | undefined>();
  private readonly customFields = new Map<string, Record<string, string>>();
  private readonly creditTypes = new Map<string, CreditTypeData>();
  private readonly contractSettings = new Map<string, ContractSettings | undefined>();

  constructor(readonly db: Db) {}

  product(id: string): StoredProduct | undefined {
    if (!this.products.has(id)) this.products.set(id, productCollection(this.db).find(id));
    return this.products.get(id);
  }

  productAt(id: string, at: Date): ProductState | undefined {
    const product = this.product(id);
    return product && productInForce(product, at);
  }

  metric(id: string): StoredBillableMetric | undefined {
    if (!this.metrics.has(id)) this.metrics.set(id, billableMetricCollection(this.db).find(id));
    return this.metrics.get(id);
  }

  rateCard(id: string): StoredRateCard | undefined {
    if (!this.rateCards.has(id)) this.rateCards.set(id, rateCardCollection(this.db).find(id));
    return this.rateCards.get(id);
  }

  fields(entity: string, id: string): Record<string, string> {
    const key = `${entity}:${id}`;
    let fields = this.customFields.get(key);
    if (!fields) this.customFields.set(key, (fields = customFieldsOf(this.db, entity, id)));
    return fields;
  }

  creditType(id: string | undefined): CreditTypeData {
    const key = id ?? USD_CENTS.id;
    let found = this.creditTypes.get(key);
    if (!found) {
      const stored = findCreditType(this.db, key);
      found = stored ? { id: stored.id, name: stored.name } : { id: USD_CENTS.id, name: USD_CENTS.name };
      this.creditTypes.set(key, found);
    }
    return found;
  }

  /** The contract's settings; undefined when they cannot be read (no such contract). */
  settings(contractId: string): ContractSettings | undefined {
    if (!this.contractSettings.has(contractId)) {
      let settings: ContractSettings | undefined;
      try {
        settings = contractSettings(this.db, contractId);
      } catch {
        settings = undefined;
      }
      this.contractSettings.set(contractId, settings);
    }
    return this.contractSettings.get(contractId);
  }
}

const PRODUCT_TYPE_NAMES: Record<string, string> = {
  USAGE: 'UsageProductListItem',
  SUBSCRIPTION: 'SubscriptionProductListItem',
  COMPOSITE: 'CompositeProductListItem',
  FIXED: 'FixedProductListItem',
  PRO_SERVICE: 'ProServiceProductListItem',
};

export function productTypeName(type: string | undefined): string {
  return PRODUCT_TYPE_NAMES[type ?? 'FIXED'] ?? 'FixedProductListItem';
}

function sameValues(a: Record<string, string> | undefined, b: Record<string, string>): boolean {
  const left = a ?? {};
  const keys = new Set([...Object.keys(left), ...Object.keys(b)]);
  for (const key of keys) if (left[key] !== b[key]) return false;
  return true;
}

function pick(values: Record<string, string | null>, keys: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(keys.map((key) => [key, values[key] ?? null]));
}

function tierOf(charge: Charge['tiers'] extends (infer T)[] | undefined ? T : never): WireLineItem['tier'] {
  return { level: charge.level, starting_at: charge.startingAt.toString(), size: charge.size?.toString() ?? null };
}

/** A rate of the contract over part of a period: the override rate when an override sets it, else the list rate. */
interface ContractRate {
  pricingGroupValues?: Record<string, string> | undefined;
  rate: Rate;
  window: Period;
}

function prioritizationOf(ctx: RatingContext, contractId: string) {
  const settings = ctx.settings(contractId);
  return settings ? settings.multiplier_override_prioritization : ('LOWEST_MULTIPLIER' as const);
}

/**
 * The contract's entitled rates over a period, by product in the rate card's order: the contract rate schedule
 * (rate card with the contract's overrides applied, see `contract-rates.ts`) with each segment clipped to the
 * period.
 */
function contractRatesByProduct(ctx: RatingContext, contract: StoredContract, period: Period): Map<string, ContractRate[]> {
  const schedule = contractRateSchedule(ctx.db, contract, prioritizationOf(ctx, contract.id), {
    startingAt: period.startingAt,
    endingBefore: period.endingBefore,
  });
  const byProduct = new Map<string, ContractRate[]>();
  for (const entry of schedule) {
    const start = Math.max(Date.parse(entry.starting_at), period.startingAt.getTime());
    const end = Math.min(entry.ending_before ? Date.parse(entry.ending_before) : Number.POSITIVE_INFINITY, period.endingBefore.getTime());
    if (end <= start || !entry.entitled) continue;
    const rate: ContractRate = {
      pricingGroupValues: entry.pricing_group_values,
      rate: (entry.override_rate ?? entry.list_rate) as Rate,
      window: { startingAt: new Date(start), endingBefore: new Date(end) },
    };
    byProduct.set(entry.product_id, [...(byProduct.get(entry.product_id) ?? []), rate]);
  }
  return byProduct;
}

function lineBase(ctx: RatingContext, product: StoredProduct, state: ProductState, creditType: CreditTypeData, window: Period) {
  return {
    name: state.name,
    credit_type: creditType,
    product_id: product.id,
    product_type: productTypeName(product.type),
    product_tags: state.tags ?? [],
    product_custom_fields: ctx.fields('product', product.id),
    starting_at: window.startingAt.toISOString(),
    ending_before: window.endingBefore.toISOString(),
  };
}

/** Lines for one charge: one per tier reached for tiered rates, else one. */
function chargeLines(
  base: ReturnType<typeof lineBase>,
  quantity: Decimal,
  charge: Charge,
  rate: Rate,
  groups: { pricing?: Record<string, string>; presentation?: Record<string, string | null> },
  drawable: DrawableFacts,
): DraftLine[] {
  const extra = {
    list_price: rate,
    ...(groups.pricing && Object.keys(groups.pricing).length ? { pricing_group_values: groups.pricing } : {}),
    ...(groups.presentation && Object.keys(groups.presentation).length ? { presentation_group_values: groups.presentation } : {}),
  };
  if (charge.tiers)
    return charge.tiers.map((tier) => ({
      item: { ...base, type: 'usage', quantity: tier.quantity.toNumber(), unit_price: tier.price.toNumber(), tier: tierOf(tier), ...extra },
      total: tier.total,
      drawable,
      countsInTotal: true,
    }));
  return [
    {
      item: { ...base, type: 'usage', quantity: quantity.toNumber(), unit_price: (charge.unitPrice ?? Decimal.ZERO).toNumber(), ...extra },
      total: charge.total,
      drawable,
      countsInTotal: true,
    },
  ];
}

function usageProductLines(ctx: RatingContext, customerId: string, product: StoredProduct, rates: ContractRate[]): DraftLine[] {
  const lines: DraftLine[] = [];
  // Rates of one product may change inside the period; each window of constant rates is rated on its own.
  const windows = new Map<string, ContractRate[]>();
  for (const rate of rates) {
    const key = `${rate.window.startingAt.getTime()}|${rate.window.endingBefore.getTime()}`;
    windows.set(key, [...(windows.get(key) ?? []), rate]);
  }
  for (const windowRates of windows.values()) {
    const window = windowRates[0]!.window;
    const state = productInForce(product, window.startingAt);
    const metric = state.billable_metric_id ? ctx.metric(state.billable_metric_id) : undefined;
    if (!metric) continue;
    const pricingKeys = state.pricing_group_key ?? [];
    const presentationKeys = (state.presentation_group_key ?? []).filter((key) => !pricingKeys.includes(key));
    const groupKeys = [...pricingKeys, ...presentationKeys];
    const [aggregate] = aggregateUsage(ctx.db, {
      customerId,
      metric,
      startingOn: window.startingAt,
      endingBefore: window.endingBefore,
      ...(groupKeys.length ? { groupKeys } : {}),
    });
    const groups =
      groupKeys.length === 0
        ? [{ group: {} as Record<string, string | null>, quantity: aggregate?.quantity ?? '0' }]
        : (aggregate?.groups ?? []).map((g) => ({ group: g.group, quantity: g.quantity ?? '0' }));
    const priced = new Set<ContractRate>();
    for (const { group, quantity: raw } of groups) {
      const pricing = pick(group, pricingKeys);
      const rate = windowRates.find((r) => sameValues(r.pricingGroupValues, pricing as Record<string, string>));
      if (!rate) continue;
      priced.add(rate);
      const quantity = billedQuantity(raw, state.quantity_conversion, state.quantity_rounding);
      const creditType = ctx.creditType(rate.rate.credit_type?.id);
      const presentation = pick(group, state.presentation_group_key ?? []);
      const pricingValues = pricingKeys.length ? (pricing as Record<string, string>) : undefined;
      lines.push(
        ...chargeLines(
          lineBase(ctx, product, state, creditType, window),
          quantity,
          usageCharge(quantity, rate.rate),
          rate.rate,
          { ...(pricingValues ? { pricing: pricingValues } : {}), presentation },
          { productId: product.id, productTags: state.tags ?? [], pricingGroupValues: pricingValues, presentationGroupValues: presentation, service: window },
        ),
      );
    }
    // Priced groups without usage still show, at zero, so the invoice lists every product the contract prices.
    for (const rate of windowRates) {
      if (priced.has(rate) || (groupKeys.length > 0 && pricingKeys.length === 0 && groups.length > 0)) continue;
      const creditType = ctx.creditType(rate.rate.credit_type?.id);
      const pricingValues = rate.pricingGroupValues;
      lines.push(
        ...chargeLines(
          lineBase(ctx, product, state, creditType, window),
          Decimal.ZERO,
          usageCharge(0, rate.rate),
          rate.rate,
          pricingValues ? { pricing: pricingValues } : {},
          { productId: product.id, productTags: state.tags ?? [], pricingGroupValues: pricingValues, service: window },
        ),
      );
    }
  }
  return lines;
}

function compositeProductLines(ctx: RatingContext, product: StoredProduct, rates: ContractRate[], usage: readonly DraftLine[]): DraftLine[] {
  const lines: DraftLine[] = [];
  for (const rate of rates) {
    const state = productInForce(product, rate.window.startingAt);
    const ids = state.composite_product_ids ?? [];
    const tags = state.composite_tags ?? [];
    const base = usage.filter(
      (line) =>
        line.drawable &&
        overlaps(line.drawable.service, rate.window) &&
        (ids.includes(line.drawable.productId) || line.drawable.productTags.some((tag) => tags.includes(tag))),
    );
    const byCreditType = new Map<string, { creditType: CreditTypeData; amount: Decimal }>();
    for (const line of base) {
      const current = byCreditType.get(line.item.credit_type.id) ?? { creditType: line.item.credit_type, amount: Decimal.ZERO };
      byCreditType.set(line.item.credit_type.id, { ...current, amount: current.amount.plus(line.total) });
    }
    if (byCreditType.size === 0) byCreditType.set(USD_CENTS.id, { creditType: ctx.creditType(undefined), amount: Decimal.ZERO });
    const minimum = (rate.rate as Rate & { minimum_config?: { minimum: number } }).minimum_config?.minimum;
    for (const { creditType, amount } of byCreditType.values()) {
      const charge =
        rate.rate.rate_type === 'TIERED_PERCENTAGE'
          ? tieredPercentageCharge(amount, rate.rate.tiers ?? [{ price: 0 }], minimum)
          : percentageCharge(amount, rate.rate.price ?? 0, minimum);
      lines.push({
        item: {
          ...lineBase(ctx, product, state, creditType, rate.window),
          type: 'usage',
          quantity: amount.toNumber(),
          unit_price: (charge.unitPrice ?? Decimal.ZERO).toNumber(),
          list_price: rate.rate,
        },
        total: charge.total,
        drawable: { productId: product.id, productTags: state.tags ?? [], service: rate.window },
        countsInTotal: true,
      });
    }
  }
  return lines;
}

/**
 * The usage lines of a contract's statement period: every usage product the contract prices over the period,
 * its billable metric aggregated over the customer's usage, converted and rounded by the product's quantity
 * settings, split by pricing and presentation group values, and priced by the rate in force (tiered rates give
 * one line per tier reached); then composite products, priced as a percentage of the usage they cover. Products
 * are in the rate card's order.
 */
export function usageLines(ctx: RatingContext, contract: StoredContract, period: Period): DraftLine[] {
  const usage: DraftLine[] = [];
  const composites: { product: StoredProduct; rates: ContractRate[] }[] = [];
  for (const [productId, rates] of contractRatesByProduct(ctx, contract, period)) {
    const product = ctx.product(productId);
    if (!product) continue;
    if (product.type === 'USAGE') usage.push(...usageProductLines(ctx, contract.customer_id, product, rates));
    else if (product.type === 'COMPOSITE') composites.push({ product, rates });
  }
  const composite = composites.flatMap(({ product, rates }) => compositeProductLines(ctx, product, rates, usage));
  return [...usage, ...composite];
}

/** The subscription's billing periods follow its own anchor, else the contract's statement cadence. */
function subscriptionPeriods(contract: StoredContract, subscription: StoredSubscription, within: Period): Period[] {
  const anchor = new Date(
    subscription.billing_cycle_config?.anchor_date ?? contract.current.usage_statement_schedule?.billing_anchor_date ?? subscription.starting_at,
  );
  return periodsOverlapping(anchor, subscription.subscription_rate.billing_frequency as BillingFrequency, within);
}

/**
 * Subscription lines on the usage invoice of `period`: in ADVANCE, each subscription billing period that starts
 * in the statement period is charged for the quantity at its start; in ARREARS, each one that ends in it is
 * charged for every quantity it held. A period the subscription covers only partly is prorated by the fraction
 * of days covered when the subscription is prorated, and charged in full otherwise.
 */
export function subscriptionLines(ctx: RatingContext, contract: StoredContract, period: Period): DraftLine[] {
  const rateCardId = contract.current.rate_card_id;
  const lines: DraftLine[] = [];
  for (const subscription of contract.subscriptions ?? []) {
    const active: Period = {
      startingAt: new Date(subscription.starting_at),
      endingBefore: new Date(subscription.ending_before ?? contract.current.ending_before ?? '9999-12-31T00:00:00Z'),
    };
    const productId = subscription.subscription_rate.product.id;
    const product = ctx.product(productId);
    if (!product || !rateCardId) continue;
    // ADVANCE periods start in the statement period; ARREARS periods end in it, so they may start before it.
    const lookback = { startingAt: new Date(period.startingAt.getTime() - 1), endingBefore: period.endingBefore };
    for (const billing of subscriptionPeriods(contract, subscription, lookback)) {
      const covered: Period = {
        startingAt: new Date(Math.max(billing.startingAt.getTime(), active.startingAt.getTime())),
        endingBefore: new Date(Math.min(billing.endingBefore.getTime(), active.endingBefore.getTime())),
      };
      if (covered.endingBefore.getTime() <= covered.startingAt.getTime()) continue;
      const billedAt = subscription.collection_schedule === 'ADVANCE' ? covered.startingAt : new Date(covered.endingBefore.getTime() - 1);
      if (billedAt.getTime() < period.startingAt.getTime() || billedAt.getTime() >= period.endingBefore.getTime()) continue;
      const [entry] = contractRateSchedule(ctx.db, contract, prioritizationOf(ctx, contract.id), {
        at: covered.startingAt,
        selectors: [{ product_id: productId, billing_frequency: subscription.subscription_rate.billing_frequency }],
      });
      if (!entry) continue;
      const state = productInForce(product, covered.startingAt);
      const priced = { rate: (entry.override_rate ?? entry.list_rate) as Rate };
      const prorated = subscription.proration.is_prorated;
      const segments: { quantity: number; window: Period }[] =
        subscription.collection_schedule === 'ADVANCE'
          ? [{ quantity: quantityAt(subscription, covered.startingAt) ?? 0, window: covered }]
          : subscription.quantity_schedule
              .map((q) => ({
                quantity: q.quantity,
                window: {
                  startingAt: new Date(Math.max(Date.parse(q.starting_at), covered.startingAt.getTime())),
                  endingBefore: new Date(Math.min(q.ending_before ? Date.parse(q.ending_before) : Number.POSITIVE_INFINITY, covered.endingBefore.getTime())),
                },
              }))
              .filter((s) => s.window.endingBefore.getTime() > s.window.startingAt.getTime());
      for (const segment of segments) {
        const fraction = prorated ? prorationFraction(billing, segment.window) : Decimal.ONE;
        const charge = subscriptionCharge(segment.quantity, priced.rate.price ?? 0, fraction);
        const rounding = subscription.proration.rounding;
        const total = rounding && !fraction.eq(1) ? charge.total.round(rounding.decimal_places, rounding.rounding_method) : charge.total;
        const creditType = ctx.creditType(priced.rate.credit_type?.id ?? subscription.fiat_credit_type_id);
        lines.push({
          item: {
            ...lineBase(ctx, product, state, creditType, segment.window),
            name: subscription.name ?? state.name,
            type: 'subscription',
            subscription_id: subscription.id,
            subscription_custom_fields: ctx.fields('subscription', subscription.id),
            quantity: segment.quantity,
            unit_price: priced.rate.price ?? 0,
            is_prorated: prorated && !fraction.eq(1),
            list_price: priced.rate,
          },
          total,
          drawable: { productId, productTags: state.tags ?? [], service: segment.window },
          countsInTotal: true,
        });
      }
    }
  }
  return lines;
}

/**
 * Lines for a quantity of a usage product given outright (historical invoices): priced by `rate` exactly as
 * usage of the period would be.
 */
export function quantityLines(
  ctx: RatingContext,
  product: StoredProduct,
  rate: Rate,
  quantity: Decimal,
  window: Period,
  groups: { pricing?: Record<string, string>; presentation?: Record<string, string | null> } = {},
): DraftLine[] {
  const state = productInForce(product, window.startingAt);
  const creditType = ctx.creditType(rate.credit_type?.id);
  return chargeLines(lineBase(ctx, product, state, creditType, window), quantity, usageCharge(quantity, rate), rate, groups, {
    productId: product.id,
    productTags: state.tags ?? [],
    pricingGroupValues: groups.pricing,
    presentationGroupValues: groups.presentation,
    service: window,
  });
}
