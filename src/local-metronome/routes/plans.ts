import type { PlanDetail, PlanListChargesResponse, PlanListCustomersResponse, PlanListResponse } from '@metronome/sdk/resources/v1/plans';
import type { PlanListResponse as CustomerPlanWire } from '@metronome/sdk/resources/v1/customers/plans';
import { issueDuePlanCreditGrants, planCreditGrantIssuesSchema } from '../billing/plan-credit-grants.js';
import { BadRequestError } from '../http/api-error.js';
import type { Domain } from '../http/route.js';
import { defineRoute } from '../http/route.js';
import { customFieldsOf } from '../store/custom-fields.js';
import { customerDetailOf, requireCustomer } from '../store/customers.js';
import {
  addCustomerPlan,
  customerPlanCollection,
  customerPlanStatus,
  endCustomerPlan,
  requireCustomerPlan,
  type AddCustomerPlanInput,
  type CustomerPlanStatus,
  type StoredCustomerPlan,
} from '../store/customer-plans.js';
import type { Db } from '../store/database.js';
import { pageOfList } from '../store/list-paging.js';
import { planCollection, type StoredPlan, type StoredPlanCharge } from '../store/plans.js';

interface PageQuery {
  limit?: number;
  next_page?: string;
}

function planListItem(db: Db, plan: StoredPlan): PlanListResponse {
  return { id: plan.id, name: plan.name, description: plan.description, custom_fields: customFieldsOf(db, 'plan', plan.id) };
}

function planDetail(db: Db, plan: StoredPlan): PlanDetail {
  return {
    id: plan.id,
    name: plan.name,
    description: plan.description,
    minimums: plan.minimums,
    overage_rates: plan.overage_rates,
    credit_grants: plan.credit_grants,
    custom_fields: customFieldsOf(db, 'plan', plan.id),
  };
}

function planCharge(db: Db, charge: StoredPlanCharge): PlanListChargesResponse {
  const { billable_metric_id: _metric, ...wire } = charge;
  return { ...wire, custom_fields: customFieldsOf(db, 'charge', charge.id) };
}

function customerPlanWire(db: Db, customerPlan: StoredCustomerPlan): CustomerPlanWire {
  return {
    id: customerPlan.id,
    plan_id: customerPlan.plan_id,
    plan_name: customerPlan.plan_name,
    plan_description: customerPlan.plan_description,
    starting_on: customerPlan.starting_on,
    ...(customerPlan.ending_before !== undefined ? { ending_before: customerPlan.ending_before } : {}),
    ...(customerPlan.net_payment_terms_days !== undefined ? { net_payment_terms_days: customerPlan.net_payment_terms_days } : {}),
    ...(customerPlan.trial_info ? { trial_info: customerPlan.trial_info } : {}),
    custom_fields: customFieldsOf(db, 'customer_plan', customerPlan.id),
  };
}

const ALL_STATUSES: CustomerPlanStatus[] = ['active', 'ended', 'upcoming'];

/** `status` of `planDetails/{id}/customers`: one value or several OR'd with commas; `active` when absent. */
function requestedStatuses(status: string | undefined): Set<CustomerPlanStatus> {
  const values = (status ?? 'active').split(',').map((value) => value.trim());
  const statuses = new Set<CustomerPlanStatus>();
  for (const value of values) {
    if (value === 'all') ALL_STATUSES.forEach((s) => statuses.add(s));
    else if ((ALL_STATUSES as string[]).includes(value)) statuses.add(value as CustomerPlanStatus);
    else throw new BadRequestError(`status must be one of: all, active, ended, upcoming`);
  }
  if (!values.includes('all') && statuses.has('ended') && statuses.has('upcoming'))
    throw new BadRequestError('status: the ended,upcoming combination is not supported');
  return statuses;
}

export const plans: Domain = {
  name: 'plans',
  schemas: [planCreditGrantIssuesSchema],
  routes: [
    defineRoute<unknown, PageQuery>({
      operation: 'GET /v1/plans',
      kind: 'read',
      handle({ db, query }) {
        const page = planCollection(db).page({ limit: query.limit, nextPage: query.next_page });
        return { data: page.data.map((plan) => planListItem(db, plan)), next_page: page.next_page };
      },
    }),

    defineRoute<unknown, unknown, { plan_id: string }>({
      operation: 'GET /v1/planDetails/{plan_id}',
      kind: 'read',
      handle({ db, params }) {
        return { data: planDetail(db, planCollection(db).get(params.plan_id)) };
      },
    }),

    defineRoute<unknown, PageQuery, { plan_id: string }>({
      operation: 'GET /v1/planDetails/{plan_id}/charges',
      kind: 'read',
      handle({ db, params, query }) {
        const charges = planCollection(db).get(params.plan_id).charges;
        const page = pageOfList(charges, { limit: query.limit, nextPage: query.next_page }, (charge) => `${charge.id}@${charge.start_period}`);
        return { data: page.data.map((charge) => planCharge(db, charge)), next_page: page.next_page };
      },
    }),

    defineRoute<unknown, PageQuery & { status?: string }, { plan_id: string }>({
      operation: 'GET /v1/planDetails/{plan_id}/customers',
      kind: 'read',
      handle({ db, params, query, now }) {
        const plan = planCollection(db).get(params.plan_id);
        const statuses = requestedStatuses(query.status);
        const page = customerPlanCollection(db).page({
          where: (customerPlan) => customerPlan.plan_id === plan.id && statuses.has(customerPlanStatus(customerPlan, now)),
          limit: query.limit,
          nextPage: query.next_page,
        });
        const customFields = customFieldsOf(db, 'plan', plan.id);
        return {
          data: page.data.map(
            (customerPlan): PlanListCustomersResponse => ({
              customer_details: customerDetailOf(db, requireCustomer(db, customerPlan.customer_id)),
              plan_details: {
                id: plan.id,
                name: plan.name,
                customer_plan_id: customerPlan.id,
                starting_on: customerPlan.starting_on,
                ending_before: customerPlan.ending_before ?? null,
                custom_fields: customFields,
              },
            }),
          ),
          next_page: page.next_page,
        };
      },
    }),

    defineRoute<AddCustomerPlanInput, unknown, { customer_id: string }>({
      operation: 'POST /v1/customers/{customer_id}/plans/add',
      kind: 'write',
      audit: { resourceType: 'customer_plan', action: 'add' },
      handle({ db, params, body, now, emit }) {
        const customerPlan = addCustomerPlan(db, params.customer_id, body, now);
        issueDuePlanCreditGrants(db, params.customer_id, now);
        emit('customer.changed', { customerId: params.customer_id, reason: 'plan_added' });
        return { data: { id: customerPlan.id } };
      },
    }),

    defineRoute<{ ending_before?: string; void_invoices?: boolean; void_stripe_invoices?: boolean }, unknown, { customer_id: string; customer_plan_id: string }>({
      operation: 'POST /v1/customers/{customer_id}/plans/{customer_plan_id}/end',
      kind: 'write',
      audit: { resourceType: 'customer_plan', action: 'end', resourceId: (ctx) => ctx.params.customer_plan_id },
      handle({ db, params, body, emit }) {
        endCustomerPlan(db, params.customer_id, params.customer_plan_id, body.ending_before);
        emit('customer.changed', { customerId: params.customer_id, reason: 'plan_ended' });
        return {};
      },
    }),

    defineRoute<unknown, PageQuery, { customer_id: string }>({
      operation: 'GET /v1/customers/{customer_id}/plans',
      kind: 'read',
      handle({ db, params, query }) {
        requireCustomer(db, params.customer_id);
        // Reverse-chronological: the latest start first, the later-added first on the same start.
        const newestFirst = customerPlanCollection(db)
          .all(params.customer_id)
          .map((customerPlan, order) => ({ customerPlan, order }))
          .sort((a, b) => Date.parse(b.customerPlan.starting_on) - Date.parse(a.customerPlan.starting_on) || b.order - a.order)
          .map(({ customerPlan }) => customerPlan);
        const page = pageOfList(newestFirst, { limit: query.limit, nextPage: query.next_page }, (customerPlan) => customerPlan.id);
        return { data: page.data.map((customerPlan) => customerPlanWire(db, customerPlan)), next_page: page.next_page };
      },
    }),

    defineRoute<unknown, PageQuery, { customer_id: string; customer_plan_id: string }>({
      operation: 'GET /v1/customers/{customer_id}/plans/{customer_plan_id}/priceAdjustments',
      kind: 'read',
      handle({ db, params, query }) {
        const { price_adjustments: adjustments } = requireCustomerPlan(db, params.customer_id, params.customer_plan_id);
        return pageOfList(adjustments, { limit: query.limit, nextPage: query.next_page }, (adjustment) => `${adjustment.charge_id}@${adjustment.start_period}`);
      },
    }),
  ],
};
