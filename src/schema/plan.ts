import type {
  PlanAddParams,
  PlanListPriceAdjustmentsResponse,
  PlanListResponse as CustomerPlanWire,
} from '@metronome/sdk/resources/v1/customers/plans';
import type {
  PlanDetail,
  PlanListChargesResponse,
  PlanListCustomersResponse,
  PlanListCustomersParams,
  PlanListResponse,
} from '@metronome/sdk/resources/v1/plans';
import { loadCustomerPlans, loadPlans, PLANS_PER_PAGE } from '../loaders/plans.js';
import { builder } from './builder.js';
import type { GatewayContext } from './context.js';
import { CreditType } from './credit-type.js';
import { customFieldsField } from './custom-fields.js';
import { Customer } from './customer.js';
import { idempotencyKeyArg } from './mutation.js';
import { compositeId, loadByLocalId, splitCompositeId } from './node.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';
import { primeWithPage } from './prime.js';

const DEPRECATED = 'This is a Plans (deprecated) endpoint. New clients should implement using Contracts.';

/**
 * A plan as `GET /v1/plans` lists it; `details` once read with `GET /v1/planDetails/{plan_id}` (what the loader
 * answers). Fields only the details carry load them when the plan came from the list.
 */
export type PlanShape = PlanListResponse & { details?: PlanDetail };

/** Resolvers return a plan shape or its id (loaded with `GET /v1/planDetails/{plan_id}`, once per id per operation). */
export const Plan = builder.loadableNodeRef('Plan', {
  load: async (ids: string[], { api }) =>
    (await loadPlans(api, ids)).map((detail): PlanShape | Error =>
      detail instanceof Error
        ? detail
        : { id: detail.id, name: detail.name, description: detail.description ?? '', custom_fields: detail.custom_fields, details: detail },
    ),
  id: { resolve: (plan: PlanShape) => plan.id },
});

/** A customer plan carries no customer id on the wire; the gateway adds the one it read it through. */
export type CustomerPlanShape = CustomerPlanWire & { customer_id: string };

/** Local id `<customer id>:<customer plan id>`; loaded with one walk of the customer's plan list per customer. */
export const CustomerPlan = builder.loadableNodeRef('CustomerPlan', {
  load: (ids: string[], { api }) =>
    loadByLocalId(
      ids,
      (id) => {
        const parts = splitCompositeId(id, 2);
        return parts ? { customerId: parts[0]!, customerPlanId: parts[1]! } : null;
      },
      'Not a valid customer plan id',
      (keys) => loadCustomerPlans(api, keys),
      (plan, key): CustomerPlanShape => ({ ...plan, customer_id: key.customerId }),
    ),
  id: { resolve: (plan: CustomerPlanShape) => compositeId(plan.customer_id, plan.id) },
});

const detailsOf = async (plan: PlanShape, context: GatewayContext): Promise<PlanDetail> =>
  plan.details ?? (await Plan.getDataloader(context).load(plan.id)).details!;

const START_PERIOD = 'Used in price ramps.  Indicates how many billing periods pass before the charge applies.';

const PlanMinimum = builder.objectRef<PlanDetail.Minimum>('PlanMinimum').implement({
  description: 'An invoice minimum of a plan: the least the customer is invoiced for a billing period.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name of the minimum.' }),
    value: t.exposeFloat('value', { description: 'The minimum amount, in the pricing unit.' }),
    startPeriod: t.exposeFloat('start_period', { description: START_PERIOD }),
    creditType: t.field({ type: CreditType, nullable: true, description: 'The pricing unit of the minimum.', resolve: (m) => m.credit_type.id }),
  }),
});

const PlanOverageRate = builder.objectRef<PlanDetail.OverageRate>('PlanOverageRate').implement({
  description: 'The rate at which usage priced in a custom pricing unit beyond the customer’s credits is charged in fiat.',
  fields: (t) => ({
    toFiatConversionFactor: t.exposeFloat('to_fiat_conversion_factor', { description: 'The fiat cost of one unit of the custom pricing unit.' }),
    startPeriod: t.exposeFloat('start_period', { description: START_PERIOD }),
    creditType: t.field({ type: CreditType, nullable: true, description: 'The custom pricing unit.', resolve: (r) => r.credit_type.id }),
    fiatCreditType: t.field({ type: CreditType, nullable: true, description: 'The fiat pricing unit charged.', resolve: (r) => r.fiat_credit_type.id }),
  }),
});

const PlanCreditGrant = builder.objectRef<PlanDetail.CreditGrant>('PlanCreditGrant').implement({
  description: 'A credit grant a plan issues to its customers, once or on a recurrence.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name of the grant.' }),
    amountGranted: t.exposeFloat('amount_granted', { description: 'The amount granted.' }),
    amountGrantedCreditType: t.field({
      type: CreditType,
      nullable: true,
      description: 'The pricing unit of the amount granted.',
      resolve: (g) => g.amount_granted_credit_type.id,
    }),
    amountPaid: t.exposeFloat('amount_paid', { description: 'The amount paid for the grant.' }),
    amountPaidCreditType: t.field({
      type: CreditType,
      nullable: true,
      description: 'The pricing unit of the amount paid.',
      resolve: (g) => g.amount_paid_credit_type.id,
    }),
    effectiveDuration: t.exposeFloat('effective_duration', { description: 'How many billing periods each grant is effective for.' }),
    priority: t.exposeString('priority', { description: 'The priority of the grants issued: lower is drawn down first.' }),
    sendInvoice: t.exposeBoolean('send_invoice', { description: 'Whether an invoice is sent for the amount paid.' }),
    reason: t.string({ nullable: true, description: 'The reason given on the grants issued.', resolve: (g) => g.reason ?? null }),
    recurrenceDuration: t.float({
      nullable: true,
      description: 'For how many billing periods grants recur; null when they recur for as long as the plan lasts.',
      resolve: (g) => g.recurrence_duration ?? null,
    }),
    recurrenceInterval: t.float({
      nullable: true,
      description: 'Every how many billing periods a grant is issued; null for a one-off grant.',
      resolve: (g) => g.recurrence_interval ?? null,
    }),
  }),
});

const PlanChargeType = builder.enumType('PlanChargeType', {
  description: 'What a plan charge charges for.',
  values: {
    USAGE: { value: 'usage' },
    FIXED: { value: 'fixed' },
    COMPOSITE: { value: 'composite' },
    MINIMUM: { value: 'minimum' },
    SEAT: { value: 'seat' },
  } as const,
});

const PlanChargePrice = builder.objectRef<PlanListChargesResponse.Price>('PlanChargePrice').implement({
  description: 'One tier of a plan charge’s price.',
  fields: (t) => ({
    tier: t.exposeFloat('tier', { description: 'Used in pricing tiers.  Indicates at what metric value the price applies.' }),
    value: t.exposeFloat('value', { description: 'The price.' }),
    quantity: t.float({ nullable: true, description: 'The quantity, for fixed charges.', resolve: (p) => p.quantity ?? null }),
    collectionSchedule: t.string({ nullable: true, description: 'When a fixed charge is collected.', resolve: (p) => p.collection_schedule ?? null }),
    collectionInterval: t.float({ nullable: true, description: 'Every how many periods a fixed charge is collected.', resolve: (p) => p.collection_interval ?? null }),
  }),
});

const PlanChargeUnitConversion = builder.objectRef<PlanListChargesResponse.UnitConversion>('PlanChargeUnitConversion').implement({
  description: 'Specifies how quantities for usage based charges will be converted.',
  fields: (t) => ({
    divisionFactor: t.exposeFloat('division_factor', { description: 'The conversion factor' }),
    roundingBehavior: t.string({
      nullable: true,
      description:
        'Whether usage should be rounded down (`floor`) or up (`ceiling`) to the nearest whole number. If null, quantity will be rounded to 20 decimal places.',
      resolve: (c) => c.rounding_behavior ?? null,
    }),
  }),
});

const PlanCharge = builder.objectRef<PlanListChargesResponse>('PlanCharge').implement({
  description: 'A charge of a plan: a product priced in tiers, starting at a billing period.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the charge.' }),
    name: t.exposeString('name', { description: 'The name of the charge.' }),
    chargeType: t.field({ type: PlanChargeType, description: 'What the charge charges for.', resolve: (c) => c.charge_type }),
    productId: t.exposeString('product_id', { description: 'The ID of the plan product charged.' }),
    productName: t.exposeString('product_name', { description: 'The name of the plan product charged.' }),
    quantity: t.float({ nullable: true, description: 'The quantity of a fixed charge.', resolve: (c) => c.quantity ?? null }),
    startPeriod: t.float({ nullable: true, description: START_PERIOD, resolve: (c) => c.start_period ?? null }),
    tierResetFrequency: t.float({
      nullable: true,
      description: 'Used in pricing tiers.  Indicates how often the tier resets. Default is 1 - the tier count resets every billing period.',
      resolve: (c) => c.tier_reset_frequency ?? null,
    }),
    creditType: t.field({ type: CreditType, nullable: true, description: 'The pricing unit of the charge.', resolve: (c) => c.credit_type.id }),
    unitConversion: t.field({
      type: PlanChargeUnitConversion,
      nullable: true,
      description: 'Specifies how quantities for usage based charges will be converted.',
      resolve: (c) => c.unit_conversion ?? null,
    }),
    prices: t.field({ type: [PlanChargePrice], description: 'The price tiers of the charge.', resolve: (c) => c.prices }),
    customFields: customFieldsField(t),
  }),
});

const PlanCustomerStatus = builder.enumType('PlanCustomerStatus', {
  description: 'Which customers of a plan to list, by where their plan stands today.',
  values: {
    ALL: { value: 'all', description: 'Return current, past, and upcoming customers of the plan.' },
    ACTIVE: { value: 'active', description: 'Return current customers of the plan.' },
    ENDED: { value: 'ended', description: 'Return past customers of the plan.' },
    UPCOMING: { value: 'upcoming', description: 'Return upcoming customers of the plan.' },
  } as const,
});

const PlanCustomer = builder.objectRef<PlanListCustomersResponse>('PlanCustomer').implement({
  description: 'A customer on a plan, with the dates of its customer plan.',
  fields: (t) => ({
    customer: t.field({ type: Customer, description: 'The customer.', resolve: (c) => c.customer_details }),
    customerPlan: t.field({
      type: CustomerPlan,
      nullable: true,
      description: 'The customer plan: the customer’s time on the plan, with its adjustments.',
      resolve: (c) => compositeId(c.customer_details.id, c.plan_details.customer_plan_id),
    }),
    customerPlanId: t.string({ description: 'The ID of the customer plan.', resolve: (c) => c.plan_details.customer_plan_id }),
    startingOn: t.field({ type: 'DateTime', description: 'The start date of the plan', resolve: (c) => c.plan_details.starting_on }),
    endingBefore: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The end date of the plan',
      resolve: (c) => c.plan_details.ending_before ?? null,
    }),
  }),
});

const PlanChargeConnection = connectionType('PlanCharge', PlanCharge, 'A page of a plan’s charges.');
const PlanCustomerConnection = connectionType('PlanCustomer', PlanCustomer, 'A page of a plan’s customers.');

Plan.implement({
  description: `A plan (plans-era pricing): charges priced in tiers and ramps, minimums, overage rates and credit grants that customers are put on for a time. ${DEPRECATED}`,
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the plan.' }),
    name: t.exposeString('name', { description: 'The name of the plan.' }),
    description: t.exposeString('description', { description: 'The description of the plan.' }),
    customFields: customFieldsField(t),
    minimums: t.field({
      type: [PlanMinimum],
      description: 'The plan’s invoice minimums (`GET /v1/planDetails/{plan_id}`).',
      resolve: async (plan, _args, context) => (await detailsOf(plan, context)).minimums ?? [],
    }),
    overageRates: t.field({
      type: [PlanOverageRate],
      description: 'The plan’s overage rates (`GET /v1/planDetails/{plan_id}`).',
      resolve: async (plan, _args, context) => (await detailsOf(plan, context)).overage_rates ?? [],
    }),
    creditGrants: t.field({
      type: [PlanCreditGrant],
      description: 'The credit grants the plan issues (`GET /v1/planDetails/{plan_id}`).',
      resolve: async (plan, _args, context) => (await detailsOf(plan, context)).credit_grants ?? [],
    }),
    charges: t.field({
      type: PlanChargeConnection,
      description: `Fetches a list of charges of a specific plan (\`GET /v1/planDetails/{plan_id}/charges\`). ${DEPRECATED}`,
      args: pagingArgs(t.arg, PLANS_PER_PAGE),
      resolve: (plan, args, { api }) =>
        resolveCursorConnection(args, PLANS_PER_PAGE, ({ limit, nextPage }) => api.plans.listCharges({ plan_id: plan.id, limit, next_page: nextPage })),
    }),
    customers: t.field({
      type: PlanCustomerConnection,
      description: `Fetches a list of customers on a specific plan (\`GET /v1/planDetails/{plan_id}/customers\`; by default, only currently active plans are included). ${DEPRECATED}`,
      args: {
        ...pagingArgs(t.arg, PLANS_PER_PAGE),
        statuses: t.arg({
          type: [PlanCustomerStatus],
          required: false,
          description:
            'Status of customers on a given plan. Defaults to `active`. Multiple statuses are OR’d together, e.g. `[ACTIVE, ENDED]`. **Note:** the `ENDED` and `UPCOMING` combination is not yet supported.',
        }),
      },
      resolve: async (plan, args, context) => {
        const status = args.statuses?.length ? (args.statuses.join(',') as PlanListCustomersParams['status']) : undefined;
        const connection = await resolveCursorConnection(args, PLANS_PER_PAGE, ({ limit, nextPage }) =>
          context.api.plans.listCustomers({ plan_id: plan.id, limit, next_page: nextPage, status }),
        );
        // Links back to these customers then need no second read.
        return primeWithPage(
          Customer.getDataloader(context),
          connection,
          (node) => node.customer_details.id,
          (node) => node.customer_details,
        );
      },
    }),
  }),
});

const PriceAdjustmentType = builder.enumType('PriceAdjustmentType', {
  description: 'Determines how the value will be applied.',
  values: {
    FIXED: { value: 'fixed', description: 'Adds the value to the price (negative values discount).' },
    PERCENTAGE: { value: 'percentage', description: 'Changes the price by a fraction of it (e.g. -0.05 for 5% off).' },
    OVERRIDE: { value: 'override', description: 'Replaces the price with the value.' },
    QUANTITY: { value: 'quantity', description: 'Replaces the quantity of a fixed charge.' },
  } as const,
});

const PriceAdjustmentPrice = builder.objectRef<PlanListPriceAdjustmentsResponse.Price>('PriceAdjustmentPrice').implement({
  description: 'One adjustment of a charge’s price (or of one of its tiers).',
  fields: (t) => ({
    adjustmentType: t.field({ type: PriceAdjustmentType, description: 'Determines how the value will be applied.', resolve: (p) => p.adjustment_type }),
    value: t.float({ nullable: true, description: 'The amount of change to a price.', resolve: (p) => p.value ?? null }),
    quantity: t.float({ nullable: true, description: 'the overridden quantity for a fixed charge', resolve: (p) => p.quantity ?? null }),
    tier: t.float({
      nullable: true,
      description: 'Used in pricing tiers.  Indicates at what metric value the price applies.',
      resolve: (p) => p.tier ?? null,
    }),
  }),
});

const PriceAdjustment = builder.objectRef<PlanListPriceAdjustmentsResponse>('PriceAdjustment').implement({
  description: 'A change a customer plan makes to one of its plan’s charges, from a billing period on.',
  fields: (t) => ({
    chargeId: t.exposeString('charge_id', { description: 'The ID of the plan charge adjusted.' }),
    chargeType: t.field({ type: PlanChargeType, description: 'What the adjusted charge charges for.', resolve: (a) => a.charge_type }),
    startPeriod: t.exposeFloat('start_period', { description: START_PERIOD }),
    quantity: t.float({ nullable: true, description: 'The adjusted quantity of a fixed charge.', resolve: (a) => a.quantity ?? null }),
    prices: t.field({ type: [PriceAdjustmentPrice], description: 'The adjustments of the charge’s prices.', resolve: (a) => a.prices }),
  }),
});

const SpendingCap = builder.objectRef<CustomerPlanWire.TrialInfo.SpendingCap>('TrialSpendingCap').implement({
  description: 'A spending cap of a trial: how much the customer can spend during it, and how much is left.',
  fields: (t) => ({
    amount: t.exposeFloat('amount', { description: 'The cap.' }),
    amountRemaining: t.exposeFloat('amount_remaining', { description: 'What is left of the cap.' }),
    creditType: t.field({ type: CreditType, nullable: true, description: 'The pricing unit of the cap.', resolve: (c) => c.credit_type.id }),
  }),
});

const TrialInfo = builder.objectRef<CustomerPlanWire.TrialInfo>('TrialInfo').implement({
  description: 'The trial at the start of a customer plan.',
  fields: (t) => ({
    endingBefore: t.field({ type: 'DateTime', description: 'When the trial ends (exclusive).', resolve: (i) => i.ending_before }),
    spendingCaps: t.field({ type: [SpendingCap], description: 'The trial’s spending caps.', resolve: (i) => i.spending_caps }),
  }),
});

const PriceAdjustmentConnection = connectionType('PriceAdjustment', PriceAdjustment, 'A page of a customer plan’s price adjustments.');

CustomerPlan.implement({
  description: `A customer’s time on a plan: when it starts and ends, its trial, and the price adjustments made for the customer. ${DEPRECATED}`,
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'the ID of the customer plan' }),
    customer: t.field({ type: Customer, nullable: true, description: 'The customer on the plan.', resolve: (p) => p.customer_id }),
    plan: t.field({ type: Plan, nullable: true, description: 'The plan.', resolve: (p) => p.plan_id }),
    planName: t.exposeString('plan_name', { description: 'The name of the plan.' }),
    planDescription: t.exposeString('plan_description', { description: 'The description of the plan.' }),
    startingOn: t.field({ type: 'DateTime', description: 'When the customer’s plan starts.', resolve: (p) => p.starting_on }),
    endingBefore: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the customer’s plan ends (exclusive); null when it has no end.',
      resolve: (p) => p.ending_before ?? null,
    }),
    netPaymentTermsDays: t.float({
      nullable: true,
      description: 'Number of days after issuance of invoice after which the invoice is due (e.g. Net 30).',
      resolve: (p) => p.net_payment_terms_days ?? null,
    }),
    trialInfo: t.field({ type: TrialInfo, nullable: true, description: 'The trial, if the plan starts with one.', resolve: (p) => p.trial_info ?? null }),
    customFields: customFieldsField(t),
    priceAdjustments: t.field({
      type: PriceAdjustmentConnection,
      description: `Lists a customer plans adjustments (\`GET /v1/customers/{customer_id}/plans/{customer_plan_id}/priceAdjustments\`). ${DEPRECATED}`,
      args: pagingArgs(t.arg, PLANS_PER_PAGE),
      resolve: (plan, args, { api }) =>
        resolveCursorConnection(args, PLANS_PER_PAGE, ({ limit, nextPage }) =>
          api.customerPlans.listPriceAdjustments({ customer_id: plan.customer_id, customer_plan_id: plan.id, limit, next_page: nextPage }),
        ),
    }),
  }),
});

const PlanConnection = connectionType('Plan', Plan, 'A page of plans.');
const CustomerPlanConnection = connectionType('CustomerPlan', CustomerPlan, 'A page of a customer’s plans.');

builder.queryFields((t) => ({
  plans: t.field({
    type: PlanConnection,
    description: `List all available plans (\`GET /v1/plans\`). ${DEPRECATED}`,
    args: pagingArgs(t.arg, PLANS_PER_PAGE),
    resolve: (_root, args, { api }) =>
      resolveCursorConnection(args, PLANS_PER_PAGE, ({ limit, nextPage }) => api.plans.list({ limit, next_page: nextPage })),
  }),
  plan: t.field({
    type: Plan,
    nullable: true,
    description: `Fetch high level details of a specific plan (\`GET /v1/planDetails/{plan_id}\`); null (with a NOT_FOUND error) when there is none. ${DEPRECATED}`,
    args: { metronomeId: t.arg.string({ required: true, description: 'The ID of the plan.' }) },
    resolve: (_root, args) => args.metronomeId,
  }),
  customerPlan: t.field({
    type: CustomerPlan,
    nullable: true,
    description: 'A customer plan by its customer and ID; null (with a NOT_FOUND error) when there is none.',
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer.' }),
      metronomeId: t.arg.string({ required: true, description: 'the ID of a customer-plan relationship' }),
    },
    resolve: (_root, args) => compositeId(args.customerId, args.metronomeId),
  }),
}));

builder.objectField(Customer, 'plans', (t) =>
  t.field({
    type: CustomerPlanConnection,
    description: `List the given customer's plans in reverse-chronological order (\`GET /v1/customers/{customer_id}/plans\`). ${DEPRECATED}`,
    args: pagingArgs(t.arg, PLANS_PER_PAGE),
    resolve: (customer, args, { api }) =>
      resolveCursorConnection(args, PLANS_PER_PAGE, async ({ limit, nextPage }) => {
        const page = await api.customerPlans.list({ customer_id: customer.id, limit, next_page: nextPage });
        return { data: page.data.map((plan): CustomerPlanShape => ({ ...plan, customer_id: customer.id })), next_page: page.next_page };
      }),
  }),
);

// ---- Writes ------------------------------------------------------------------------------------------------------

const PriceAdjustmentInput = builder.inputType('PriceAdjustmentInput', {
  description: 'A price adjustment applied on top of the pricing in the plan.',
  fields: (t) => ({
    chargeId: t.string({ required: true, description: 'The ID of the plan charge to adjust.' }),
    adjustmentType: t.field({ type: PriceAdjustmentType, required: true, description: 'Determines how the value will be applied.' }),
    startPeriod: t.float({ required: true, description: 'Used in price ramps.  Indicates how many billing periods pass before the charge applies.' }),
    value: t.float({
      required: false,
      description:
        'The amount of change to a price. Percentage and fixed adjustments can be positive or negative. Percentage-based adjustments should be decimals, e.g. -0.05 for a 5% discount.',
    }),
    quantity: t.float({ required: false, description: 'the overridden quantity for a fixed charge' }),
    tier: t.float({ required: false, description: 'Used in pricing tiers.  Indicates at what metric value the price applies.' }),
  }),
});

const TrialSpendingCapInput = builder.inputType('TrialSpendingCapInput', {
  description: 'A spending cap for a trial.',
  fields: (t) => ({
    creditTypeId: t.string({ required: true, description: 'The credit type ID for the spending cap.' }),
    amount: t.float({ required: true, description: 'The credit amount in the given denomination based on the credit type, e.g. US cents.' }),
  }),
});

const TrialSpecInput = builder.inputType('TrialSpecInput', {
  description: "A custom trial can be set for the customer's plan.",
  fields: (t) => ({
    lengthInDays: t.float({ required: true, description: 'Length of the trial period in days.' }),
    spendingCap: t.field({ type: TrialSpendingCapInput, required: false, description: 'A cap on what the customer can spend during the trial.' }),
  }),
});

const OverageRateAdjustmentInput = builder.inputType('OverageRateAdjustmentInput', {
  description: 'An overage rate that overrides the plan’s for one custom pricing unit, across all pricing ramps.',
  fields: (t) => ({
    customCreditTypeId: t.string({ required: true, description: 'The custom pricing unit.' }),
    fiatCurrencyCreditTypeId: t.string({ required: true, description: 'The fiat pricing unit overage is charged in.' }),
    toFiatConversionFactor: t.float({ required: true, description: 'The overage cost in fiat currency for each credit of the custom credit type.' }),
  }),
});

const AddCustomerPlanInput = builder.inputType('AddCustomerPlanInput', {
  description: 'The plan to put a customer on, and for when (`POST /v1/customers/{customer_id}/plans/add`).',
  fields: (t) => ({
    planId: t.string({ required: true, description: 'The ID of the plan.' }),
    startingOn: t.field({
      type: 'DateTime',
      required: true,
      description: 'RFC 3339 timestamp for when the plan becomes active for this customer. Must be at 0:00 UTC (midnight).',
    }),
    endingBefore: t.field({
      type: 'DateTime',
      required: false,
      description: 'RFC 3339 timestamp for when the plan ends (exclusive) for this customer. Must be at 0:00 UTC (midnight).',
    }),
    netPaymentTermsDays: t.float({
      required: false,
      description: 'Number of days after issuance of invoice after which the invoice is due (e.g. Net 30).',
    }),
    priceAdjustments: t.field({
      type: [PriceAdjustmentInput],
      required: false,
      description: 'A list of price adjustments can be applied on top of the pricing in the plans.',
    }),
    trialSpec: t.field({ type: TrialSpecInput, required: false, description: "A custom trial can be set for the customer's plan." }),
    overageRateAdjustments: t.field({
      type: [OverageRateAdjustmentInput],
      required: false,
      description:
        'An optional list of overage rates that override the rates of the original plan configuration. These new rates will apply to all pricing ramps.',
    }),
  }),
});

builder.mutationFields((t) => ({
  addCustomerPlan: t.field({
    type: CustomerPlan,
    description: `Associate an existing customer with a plan for a specified date range (\`POST /v1/customers/{customer_id}/plans/add\`); answers the customer plan as read back. ${DEPRECATED}`,
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer.' }),
      input: t.arg({ type: AddCustomerPlanInput, required: true, description: 'The plan and its dates.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { customerId, input, idempotencyKey }, { api }) => {
      const body: PlanAddParams = {
        customer_id: customerId,
        plan_id: input.planId,
        starting_on: input.startingOn,
        ending_before: input.endingBefore ?? undefined,
        net_payment_terms_days: input.netPaymentTermsDays ?? undefined,
        price_adjustments: input.priceAdjustments?.map((adjustment) => ({
          charge_id: adjustment.chargeId,
          adjustment_type: adjustment.adjustmentType,
          start_period: adjustment.startPeriod,
          value: adjustment.value ?? undefined,
          quantity: adjustment.quantity ?? undefined,
          tier: adjustment.tier ?? undefined,
        })),
        trial_spec: input.trialSpec
          ? {
              length_in_days: input.trialSpec.lengthInDays,
              spending_cap: input.trialSpec.spendingCap
                ? { credit_type_id: input.trialSpec.spendingCap.creditTypeId, amount: input.trialSpec.spendingCap.amount }
                : undefined,
            }
          : undefined,
        overage_rate_adjustments: input.overageRateAdjustments?.map((adjustment) => ({
          custom_credit_type_id: adjustment.customCreditTypeId,
          fiat_currency_credit_type_id: adjustment.fiatCurrencyCreditTypeId,
          to_fiat_conversion_factor: adjustment.toFiatConversionFactor,
        })),
      };
      const { data } = await api.customerPlans.add(body, { idempotencyKey: idempotencyKey ?? undefined });
      return compositeId(customerId, data.id);
    },
  }),
  endCustomerPlan: t.field({
    type: CustomerPlan,
    description: `Change the end date of a customer's plan (\`POST /v1/customers/{customer_id}/plans/{customer_plan_id}/end\`); answers the customer plan as read back. ${DEPRECATED}`,
    args: {
      customerId: t.arg.string({ required: true, description: 'The Metronome ID of the customer.' }),
      customerPlanId: t.arg.string({ required: true, description: 'the ID of a customer-plan relationship' }),
      endingBefore: t.arg({
        type: 'DateTime',
        required: false,
        description:
          'RFC 3339 timestamp for when the plan ends (exclusive) for this customer. Must be at 0:00 UTC (midnight). If not provided, the plan end date will be cleared.',
      }),
      voidInvoices: t.arg.boolean({
        required: false,
        description:
          'If true, plan end date can be before the last finalized invoice date. Any invoices generated after the plan end date will be voided.',
      }),
      voidStripeInvoices: t.arg.boolean({
        required: false,
        description:
          'Only applicable when void_invoices is set to true. If true, for every invoice that is voided we will also attempt to void/delete the stripe invoice (if any). Stripe invoices will be voided if finalized or deleted if still in draft state.',
      }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, args, context) => {
      await context.api.customerPlans.end(
        {
          customer_id: args.customerId,
          customer_plan_id: args.customerPlanId,
          ending_before: args.endingBefore ?? undefined,
          void_invoices: args.voidInvoices ?? undefined,
          void_stripe_invoices: args.voidStripeInvoices ?? undefined,
        },
        { idempotencyKey: args.idempotencyKey ?? undefined },
      );
      const id = compositeId(args.customerId, args.customerPlanId);
      CustomerPlan.getDataloader(context).clear(id);
      return id;
    },
  }),
}));
