import { randomUUID } from 'node:crypto';
import type { AlertArchiveParams, AlertCreateParams } from '@metronome/sdk/resources/v1/alerts';
import type {
  AlertListParams,
  AlertResetParams,
  AlertRetrieveParams,
  CustomerAlert,
} from '@metronome/sdk/resources/v1/customers/alerts';
import { alertingOf } from '../alerts/alerting.js';
import { ALERT_TYPES, SCOPED_FIELDS, type AlertType } from '../alerts/alert-types.js';
import { alertCoversCustomer, customersCoveredBy } from '../alerts/audience.js';
import { customFieldGroupScope, groupValuesScope, seatScope } from '../alerts/scopes.js';
import {
  alertCollection,
  alertStoreSchema,
  alertWire,
  claimUniquenessKey,
  customerAlertState,
  releaseUniquenessKey,
  restartCustomerAlert,
  uniquenessKeyOwner,
  type StoredAlert,
} from '../alerts/store.js';
import { BadRequestError, ConflictError, NotFoundError } from '../http/api-error.js';
import { defineRoute, type Domain, type RequestContext } from '../http/route.js';
import { getCreditType, USD_CENTS } from '../store/credit-types.js';
import { requireBillableMetric } from '../store/billable-metrics.js';
import { requireCustomer } from '../store/customers.js';
import type { Db } from '../store/database.js';
import { Collection } from '../store/documents.js';
import { webhookOutboxSchema } from '../webhooks/outbox.js';

type CreateBody = AlertCreateParams & { group_key_filter?: CustomerAlert.Alert.GroupKeyFilter };
type GetBody = AlertRetrieveParams & { custom_field_filters?: CustomerAlert.Alert.CustomFieldFilter[] };
type ListBody = Omit<AlertListParams, 'next_page'>;

function requireAlert(db: Db, alertId: string): StoredAlert {
  const alert = alertCollection(db).find(alertId);
  if (!alert) throw new NotFoundError(`Alert not found: ${alertId}`);
  return alert;
}

/** The alert, when it watches the customer; a 404 otherwise (the customer, or the alert, is not found). */
function requireCustomerAlert(db: Db, customerId: string, alertId: string, now: Date): StoredAlert {
  requireCustomer(db, customerId);
  const alert = requireAlert(db, alertId);
  if (!alertCoversCustomer(db, alert, customerId, now))
    throw new NotFoundError(`Alert ${alertId} does not apply to customer ${customerId}`);
  return alert;
}

function requireDocument(db: Db, kind: string, label: string, id: string): { id: string; archived_at?: string | null } {
  const doc = new Collection<{ id: string; archived_at?: string | null }>(db, kind, label).find(id);
  if (!doc) throw new NotFoundError(`${label[0]!.toUpperCase()}${label.slice(1)} not found: ${id}`);
  return doc;
}

/** The per-type rules of `ALERT_TYPES`, and the references a create body makes. */
function checkCreateBody(db: Db, body: CreateBody): void {
  const type = body.alert_type;
  const rules = ALERT_TYPES[type];
  for (const field of rules.requires)
    if (body[field] === undefined) throw new BadRequestError(`${field} is required for ${type} alerts`);
  for (const field of SCOPED_FIELDS)
    if (body[field] !== undefined && !rules.accepts.includes(field))
      throw new BadRequestError(`${field} is not supported for ${type} alerts`);
  if (body.customer_id !== undefined && body.plan_id !== undefined)
    throw new BadRequestError('customer_id and plan_id cannot both be given');
  if (body.customer_id !== undefined) requireCustomer(db, body.customer_id);
  if (body.plan_id !== undefined) requireDocument(db, 'plan', 'plan', body.plan_id);
  if (body.billable_metric_id !== undefined) {
    const metric = requireBillableMetric(db, body.billable_metric_id);
    if (metric.archived_at) throw new BadRequestError(`Billable metric ${body.billable_metric_id} is archived`);
  }
  if (body.uniqueness_key !== undefined) {
    const owner = uniquenessKeyOwner(db, body.uniqueness_key);
    if (owner) throw new ConflictError(`An alert with uniqueness_key ${JSON.stringify(body.uniqueness_key)} already exists: ${owner}`);
  }
}

function storedAlert(db: Db, body: CreateBody, now: Date): StoredAlert {
  const type: AlertType = body.alert_type;
  // Every alert names a pricing unit that exists (USD by default); only priced types show it.
  const creditType = getCreditType(db, body.credit_type_id ?? USD_CENTS.id);
  const at = now.toISOString();
  const alert: StoredAlert = {
    id: randomUUID(),
    name: body.name,
    type,
    status: 'enabled',
    credit_type: ALERT_TYPES[type].priced ? { id: creditType.id, name: creditType.name } : null,
    threshold: body.threshold,
    updated_at: at,
    evaluate_on_create: body.evaluate_on_create ?? true,
    created_at: at,
  };
  if (body.uniqueness_key !== undefined) alert.uniqueness_key = body.uniqueness_key;
  if (body.customer_id !== undefined) alert.customer_id = body.customer_id;
  if (body.plan_id !== undefined) alert.plan_id = body.plan_id;
  if (body.billable_metric_id !== undefined) alert.billable_metric_id = body.billable_metric_id;
  if (body.credit_grant_type_filters !== undefined) alert.credit_grant_type_filters = body.credit_grant_type_filters;
  if (body.custom_field_filters !== undefined) alert.custom_field_filters = body.custom_field_filters;
  if (body.group_key_filter !== undefined) alert.group_key_filter = body.group_key_filter;
  if (body.invoice_types_filter !== undefined) alert.invoice_types_filter = body.invoice_types_filter;
  if (body.group_values !== undefined) alert.group_values = body.group_values;
  if (body.seat_filter !== undefined) alert.seat_filter = body.seat_filter;
  if (body.alert_specifiers !== undefined) alert.alert_specifiers = body.alert_specifiers;
  return alert;
}

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/**
 * The customer's view of an alert: its status (null once archived), why it last went into alarm, and the alert
 * with `updated_at` = when that status last changed. `scope` selects one group, seat or custom field group; a
 * scope never measured falls back to the customer as a whole.
 */
function customerAlertOf(db: Db, alert: StoredAlert, customerId: string, scope = ''): CustomerAlert {
  const state =
    (scope !== '' ? customerAlertState(db, alert.id, customerId, scope) : undefined) ??
    customerAlertState(db, alert.id, customerId);
  const archived = alert.status === 'archived';
  return {
    customer_status: archived ? null : (state?.status ?? 'evaluating'),
    triggered_by: archived ? null : (state?.triggered_by ?? null),
    alert: alertWire(alert, state ? later(state.updated_at, alert.updated_at) : alert.updated_at),
  };
}

/** The scope a get request's `group_values`, `seat_filter` or `alert_specifiers` select, checked against the type. */
function requestedScope(alert: StoredAlert, body: GetBody): string {
  const onlyFor = (field: string, type: AlertType) => {
    if (alert.type !== type) throw new BadRequestError(`${field} is only supported for ${type} alerts`);
  };
  if (body.group_values !== undefined) {
    onlyFor('group_values', 'spend_threshold_reached');
    return groupValuesScope(Object.fromEntries(body.group_values.map((g) => [g.key, g.value])));
  }
  if (body.seat_filter !== undefined) {
    onlyFor('seat_filter', 'low_remaining_seat_balance_reached');
    return seatScope(body.seat_filter.seat_group_key, body.seat_filter.seat_group_value);
  }
  const filters = body.alert_specifiers?.flatMap((s) => s.custom_field_filters) ?? body.custom_field_filters;
  if (filters !== undefined) {
    onlyFor(body.alert_specifiers ? 'alert_specifiers' : 'custom_field_filters', 'low_remaining_contract_credit_and_commit_balance_reached');
    return customFieldGroupScope(Object.fromEntries(filters.map((f) => [`${f.entity}.${f.key}`, f.value])));
  }
  return '';
}

/** Asks the evaluator to look at these customers once the request has committed. */
function evaluateAfterCommit(ctx: RequestContext, customerIds: readonly string[], reason: string): void {
  if (customerIds.length === 0) return;
  ctx.afterCommit(() => alertingOf(ctx.db)?.evaluator.schedule(customerIds, reason));
}

/** A customer read as `evaluating` (covered by an alert since it was created, say) is evaluated soon. */
function ensureEvaluatedAfterRead(ctx: RequestContext, customerId: string): void {
  ctx.afterCommit(() => alertingOf(ctx.db)?.evaluator.ensureEvaluated([customerId]));
}

const STATUS_FILTER = { ENABLED: 'enabled', DISABLED: 'disabled', ARCHIVED: 'archived' } as const;

export const alerts: Domain = {
  name: 'alerts',
  schemas: [alertStoreSchema, webhookOutboxSchema],
  routes: [
    defineRoute<CreateBody>({
      operation: 'POST /v1/alerts/create',
      kind: 'write',
      audit: { resourceType: 'alert', action: 'create' },
      handle(ctx) {
        const { db, body, now } = ctx;
        checkCreateBody(db, body);
        const alert = storedAlert(db, body, now);
        alertCollection(db).insert(alert, alert.customer_id);
        if (alert.uniqueness_key !== undefined) claimUniquenessKey(db, alert.uniqueness_key, alert.id);
        const covered = customersCoveredBy(db, alert, now);
        if (!alert.evaluate_on_create)
          for (const customerId of covered) restartCustomerAlert(db, alert.id, customerId, now, { silentFirstEvaluation: true });
        evaluateAfterCommit(ctx, covered, 'alert_created');
        return { data: { id: alert.id } };
      },
    }),

    defineRoute<AlertArchiveParams>({
      operation: 'POST /v1/alerts/archive',
      kind: 'write',
      audit: { resourceType: 'alert', action: 'archive' },
      handle({ db, body, now }) {
        const alert = requireAlert(db, body.id);
        if (alert.status !== 'archived') {
          alert.status = 'archived';
          alert.archived_at = now.toISOString();
          alert.updated_at = now.toISOString();
        }
        if (body.release_uniqueness_key && alert.uniqueness_key !== undefined) {
          releaseUniquenessKey(db, alert.uniqueness_key);
          delete alert.uniqueness_key;
        }
        alertCollection(db).update(alert);
        return { data: { id: alert.id } };
      },
    }),

    defineRoute<ListBody, { next_page?: string }>({
      operation: 'POST /v1/customer-alerts/list',
      kind: 'read',
      handle(ctx) {
        const { db, body, query, now } = ctx;
        requireCustomer(db, body.customer_id);
        const statuses = (body.alert_statuses ?? ['ENABLED']).map((status) => STATUS_FILTER[status]);
        const page = alertCollection(db).page({
          nextPage: query.next_page ?? null,
          where: (alert) => statuses.includes(alert.status) && alertCoversCustomer(db, alert, body.customer_id, now),
        });
        const data = page.data.map((alert) => customerAlertOf(db, alert, body.customer_id));
        if (data.some((view) => view.customer_status === 'evaluating')) ensureEvaluatedAfterRead(ctx, body.customer_id);
        return { data, next_page: page.next_page };
      },
    }),

    defineRoute<GetBody>({
      operation: 'POST /v1/customer-alerts/get',
      kind: 'read',
      handle(ctx) {
        const { db, body, now } = ctx;
        const alert = requireCustomerAlert(db, body.customer_id, body.alert_id, now);
        const view = customerAlertOf(db, alert, body.customer_id, requestedScope(alert, body));
        if (view.customer_status === 'evaluating') ensureEvaluatedAfterRead(ctx, body.customer_id);
        return { data: view };
      },
    }),

    defineRoute<AlertResetParams>({
      operation: 'POST /v1/customer-alerts/reset',
      kind: 'write',
      audit: { resourceType: 'alert', action: 'reset', resourceId: (ctx) => ctx.body.alert_id },
      handle(ctx) {
        const { db, body, now } = ctx;
        const alert = requireCustomerAlert(db, body.customer_id, body.alert_id, now);
        if (alert.status === 'archived') throw new BadRequestError(`Alert ${alert.id} is archived`);
        restartCustomerAlert(db, alert.id, body.customer_id, now);
        evaluateAfterCommit(ctx, [body.customer_id], 'reset');
        return undefined;
      },
    }),
  ],
};
