import { beforeAll, describe, expect, it } from 'vitest';
import {
  AlertsOfCustomersDocument,
  ArchiveAlertDocument,
  CreateAlertDocument,
  CustomerAlertDocument,
  CustomerAlertNodeDocument,
  CustomerAlertsDocument,
  CustomerAlertStatusDocument,
  CustomerAlertTwiceDocument,
  ResetCustomerAlertDocument,
  type AlertType,
  type CreateAlertInput,
} from './__generated__/graphql.js';
import { create, createPricedCustomer, type PricedCustomer } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const NOW = '2025-01-10T00:00:00.000Z';
const UNKNOWN_ID = '6f4e3c1a-4a0e-4bd6-9d5c-2f6b1c7e8a90';
const globalId = (...parts: string[]) => Buffer.from(`CustomerAlert:${parts.map(encodeURIComponent).join(':')}`).toString('base64');

async function createAlert(input: CreateAlertInput) {
  const { body } = await harness.execute(CreateAlertDocument, { input });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.createAlert;
}

/** Reads the customer's status through the gateway until Metronome has evaluated it (no longer `evaluating`). */
async function settledStatus(customerId: string, alertId: string, withinMs = 5_000) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const { body } = await harness.execute(CustomerAlertStatusDocument, { customerId, alertId });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const view = body.data!.customerAlert!;
    if (view.customerStatus !== 'evaluating' || Date.now() > deadline) return view;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function ingestApiRequests(customer: PricedCustomer, count: number, tag: string) {
  const events = Array.from({ length: count }, (_, i) => ({
    transaction_id: `${customer.customerId}-${tag}-${i}`,
    customer_id: customer.customerId,
    event_type: 'api_request',
    timestamp: '2025-01-09T00:00:00.000Z',
    properties: { endpoint: '/v1/things' },
  }));
  const ingested = await server.api('POST', '/v1/ingest', { body: events });
  expect(ingested.status, JSON.stringify(ingested.body)).toBe(200);
}

const alertView = (overrides: Record<string, unknown>) => ({
  creditType: null,
  creditGrantTypeFilters: null,
  customFieldFilters: null,
  groupValues: null,
  invoiceTypesFilter: null,
  seatFilter: null,
  alertSpecifiers: null,
  uniquenessKey: null,
  status: 'enabled',
  ...overrides,
});

let customer: PricedCustomer;

beforeAll(async () => {
  expect((await server.api('POST', '/_local/clock', { body: { now: NOW, frozen: true } })).status).toBe(200);
  customer = await createPricedCustomer(server.api, 'Acme');
}, 30_000);

describe('a customer’s status on each alert type, as Metronome evaluates it', () => {
  // Acme on 10 January 2025: a 100,000-cent prepaid commit and a 5,000-cent credit on a contract running through
  // 2025, no usage yet, and no plans-era credit grants (so those balances are 0, and 0% remains).
  const cases: { type: AlertType; threshold: number; extra?: (c: PricedCustomer) => Partial<CreateAlertInput>; status: string }[] = [
    { type: 'usage_threshold_reached', threshold: 3, extra: (c) => ({ billableMetricId: c.metricId }), status: 'ok' },
    { type: 'low_remaining_commit_balance_reached', threshold: 200_000, status: 'in_alarm' },
    { type: 'low_remaining_commit_balance_reached', threshold: 10, status: 'ok' },
    { type: 'low_remaining_contract_credit_balance_reached', threshold: 10_000, status: 'in_alarm' },
    { type: 'low_remaining_contract_credit_balance_reached', threshold: 1_000, status: 'ok' },
    { type: 'low_remaining_days_for_commit_segment_reached', threshold: 30, status: 'ok' },
    { type: 'low_remaining_days_for_commit_segment_reached', threshold: 400, status: 'in_alarm' },
    { type: 'spend_threshold_reached', threshold: 1_000, status: 'ok' },
    { type: 'low_remaining_commit_percentage_reached', threshold: 50, status: 'ok' },
    { type: 'low_remaining_contract_credit_percentage_reached', threshold: 50, status: 'ok' },
    { type: 'low_remaining_days_for_contract_credit_segment_reached', threshold: 400, status: 'in_alarm' },
    { type: 'low_remaining_contract_credit_and_commit_balance_reached', threshold: 200_000, status: 'in_alarm' },
    { type: 'low_remaining_contract_credit_and_commit_balance_reached', threshold: 100_000, status: 'ok' },
    // January's invoices total the commit's 100,000-cent purchase.
    { type: 'monthly_invoice_total_spend_threshold_reached', threshold: 100_000, status: 'in_alarm' },
    { type: 'monthly_invoice_total_spend_threshold_reached', threshold: 100_001, status: 'ok' },
    { type: 'invoice_total_reached', threshold: 1_000, status: 'ok' },
    { type: 'low_credit_balance_reached', threshold: 0, status: 'in_alarm' },
    { type: 'low_remaining_credit_percentage_reached', threshold: 10, status: 'in_alarm' },
    { type: 'low_remaining_days_in_plan_reached', threshold: 10, status: 'ok' },
  ];
  for (const { type, threshold, extra, status } of cases)
    it(`${type} at ${threshold} is ${status}`, async () => {
      const created = await createAlert({
        alertType: type,
        name: `${type} ${threshold}`,
        threshold,
        customerId: customer.customerId,
        ...extra?.(customer),
      });
      expect((await settledStatus(customer.customerId, created.metronomeId)).customerStatus).toBe(status);
    });

  it('puts a usage alert in alarm once ingested usage reaches its threshold', async () => {
    const created = await createAlert({
      alertType: 'usage_threshold_reached',
      name: '5 requests',
      threshold: 5,
      customerId: customer.customerId,
      billableMetricId: customer.metricId,
    });
    expect(await settledStatus(customer.customerId, created.metronomeId)).toEqual({ customerStatus: 'ok', triggeredBy: null });
    await ingestApiRequests(customer, 5, 'five');
    const deadline = Date.now() + 5_000;
    let view = await settledStatus(customer.customerId, created.metronomeId);
    while (view.customerStatus !== 'in_alarm' && Date.now() < deadline) view = await settledStatus(customer.customerId, created.metronomeId);
    expect(view).toEqual({ customerStatus: 'in_alarm', triggeredBy: 'usage' });
  });
});

describe('creating, archiving and resetting alerts', () => {
  it('creates a usage alert and answers its id, its links and the customer’s status read back', async () => {
    const created = await createAlert({
      alertType: 'usage_threshold_reached',
      name: 'Heavy use',
      threshold: 1_000,
      customerId: customer.customerId,
      billableMetricId: customer.metricId,
      uniquenessKey: 'heavy-use',
    });
    expect(created).toEqual({
      metronomeId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      customer: { name: 'Acme' },
      plan: null,
      billableMetric: { name: 'API requests' },
      customerAlert: {
        id: globalId(customer.customerId, created.metronomeId),
        // Metronome evaluates a new alert in the background: the read right after the create may precede it.
        customerStatus: expect.stringMatching(/^(evaluating|ok)$/),
        triggeredBy: null,
        customer: { name: 'Acme' },
        alert: alertView({
          metronomeId: created.metronomeId,
          name: 'Heavy use',
          type: 'usage_threshold_reached',
          threshold: 1_000,
          uniquenessKey: 'heavy-use',
        }),
      },
    });
  });

  it('answers CONFLICT for a reused uniqueness key, and nothing is created', async () => {
    const before = await harness.execute(CustomerAlertsDocument, { customerId: customer.customerId, first: 100 });
    const { body } = await harness.execute(CreateAlertDocument, {
      input: { alertType: 'spend_threshold_reached', name: 'Duplicate', threshold: 5, customerId: customer.customerId, uniquenessKey: 'heavy-use' },
    });
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ['createAlert'], extensions: expect.objectContaining({ code: 'CONFLICT', upstreamStatus: 409 }) }),
    ]);
    const after = await harness.execute(CustomerAlertsDocument, { customerId: customer.customerId, first: 100 });
    expect(after.body.data!.customer!.alerts.nodes).toHaveLength(before.body.data!.customer!.alerts.nodes.length);
  });

  it('archives an alert: the customer’s status reads null, and releasing the key lets it be used again', async () => {
    const created = await createAlert({
      alertType: 'low_remaining_commit_balance_reached',
      name: 'Commit running low',
      threshold: 10,
      customerId: customer.customerId,
      uniquenessKey: 'commit-low',
    });
    const { body } = await harness.execute(ArchiveAlertDocument, {
      alertId: created.metronomeId,
      releaseUniquenessKey: true,
      customerId: customer.customerId,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.archiveAlert).toEqual({
      metronomeId: created.metronomeId,
      customerAlert: {
        id: globalId(customer.customerId, created.metronomeId),
        customerStatus: null,
        triggeredBy: null,
        customer: { name: 'Acme' },
        alert: alertView({
          metronomeId: created.metronomeId,
          name: 'Commit running low',
          type: 'low_remaining_commit_balance_reached',
          status: 'archived',
          threshold: 10,
          creditType: { name: 'USD (cents)' },
        }),
      },
    });
    const again = await createAlert({
      alertType: 'low_remaining_commit_balance_reached',
      name: 'Commit running low, again',
      threshold: 10,
      customerId: customer.customerId,
      uniquenessKey: 'commit-low',
    });
    expect(again.metronomeId).not.toBe(created.metronomeId);
  });

  it('lists archived alerts only when asked for them', async () => {
    const enabled = await harness.execute(CustomerAlertsDocument, { customerId: customer.customerId, first: 100 });
    const archived = await harness.execute(CustomerAlertsDocument, { customerId: customer.customerId, alertStatuses: ['ARCHIVED'] });
    expect(enabled.body.data!.customer!.alerts.nodes.map((n) => n.alert.name)).not.toContain('Commit running low');
    expect(archived.body.data!.customer!.alerts.nodes.map((n) => [n.alert.name, n.alert.status, n.customerStatus])).toEqual([
      ['Commit running low', 'archived', null],
    ]);
  });

  it('resets a customer alert and answers it read back', async () => {
    const created = await createAlert({
      alertType: 'low_remaining_contract_credit_balance_reached',
      name: 'Credit running low',
      threshold: 10_000,
      customerId: customer.customerId,
    });
    expect((await settledStatus(customer.customerId, created.metronomeId)).customerStatus).toBe('in_alarm');
    const { body } = await harness.execute(ResetCustomerAlertDocument, { customerId: customer.customerId, alertId: created.metronomeId });
    expect(body.errors).toBeUndefined();
    expect(body.data!.resetCustomerAlert).toEqual({
      id: globalId(customer.customerId, created.metronomeId),
      // The reset clears the status; Metronome re-evaluates in the background.
      customerStatus: expect.stringMatching(/^(evaluating|in_alarm)$/),
      triggeredBy: null,
      customer: { name: 'Acme' },
      alert: alertView({
        metronomeId: created.metronomeId,
        name: 'Credit running low',
        type: 'low_remaining_contract_credit_balance_reached',
        threshold: 10_000,
        creditType: { name: 'USD (cents)' },
      }),
    });
    expect(await settledStatus(customer.customerId, created.metronomeId)).toEqual({ customerStatus: 'in_alarm', triggeredBy: 'reset' });
  });
});

describe('reading customer alerts', () => {
  it('reads one customer alert by customer and alert, and again by its global id', async () => {
    const created = await createAlert({
      alertType: 'spend_threshold_reached',
      name: 'Big spender',
      threshold: 50_000,
      customerId: customer.customerId,
      groupValues: [{ key: 'endpoint' }],
    });
    const expected = {
      id: globalId(customer.customerId, created.metronomeId),
      customerStatus: 'ok',
      triggeredBy: null,
      customer: { name: 'Acme' },
      alert: alertView({
        metronomeId: created.metronomeId,
        name: 'Big spender',
        type: 'spend_threshold_reached',
        threshold: 50_000,
        creditType: { name: 'USD (cents)' },
        groupValues: [{ key: 'endpoint' }],
      }),
    };
    await settledStatus(customer.customerId, created.metronomeId);
    const byArgs = await harness.execute(CustomerAlertDocument, { customerId: customer.customerId, alertId: created.metronomeId });
    expect(byArgs.body).toEqual({ data: { customerAlert: expected } });
    const byNode = await harness.execute(CustomerAlertNodeDocument, { id: expected.id });
    expect(byNode.body).toEqual({ data: { node: { __typename: 'CustomerAlert', ...expected } } });
  });

  it('reads a spend alert for one group value, with a global id that reads that group again', async () => {
    const created = await createAlert({
      alertType: 'spend_threshold_reached',
      name: 'Spend per endpoint',
      threshold: 50_000,
      customerId: customer.customerId,
      groupValues: [{ key: 'endpoint' }],
    });
    await settledStatus(customer.customerId, created.metronomeId);
    const groupValues = [{ key: 'endpoint', value: '/v1/things' }];
    const { body } = await harness.execute(CustomerAlertDocument, { customerId: customer.customerId, alertId: created.metronomeId, groupValues });
    expect(body.errors).toBeUndefined();
    const id = globalId(customer.customerId, created.metronomeId, JSON.stringify({ group_values: groupValues }));
    expect(body.data!.customerAlert).toMatchObject({ id, customerStatus: 'ok' });
    await harness.resetUpstreamCounts();
    const byNode = await harness.execute(CustomerAlertNodeDocument, { id });
    expect(byNode.body.data!.node).toEqual(body.data!.customerAlert && { __typename: 'CustomerAlert', ...body.data!.customerAlert });
    const requests: { body: unknown }[] = (await server.api('GET', '/_local/requests')).body.requests;
    expect(requests.filter((r) => (r as { url?: string }).url?.includes('customer-alerts/get')).map((r) => r.body)).toEqual([
      { customer_id: customer.customerId, alert_id: created.metronomeId, group_values: groupValues },
    ]);
  });

  it('reads the same customer alert once however many fields ask for it', async () => {
    const created = await createAlert({ alertType: 'low_remaining_commit_balance_reached', name: 'Asked thrice', threshold: 10, customerId: customer.customerId });
    await settledStatus(customer.customerId, created.metronomeId);
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomerAlertTwiceDocument, {
      customerId: customer.customerId,
      alertId: created.metronomeId,
      id: globalId(customer.customerId, created.metronomeId),
    });
    expect(body.errors).toBeUndefined();
    expect([body.data!.byArgs, body.data!.again, body.data!.byNode]).toEqual([
      { customerStatus: 'ok' },
      { alert: { name: 'Asked thrice' } },
      { triggeredBy: null },
    ]);
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/customer-alerts/get': 1,
      'POST /v1/customer-alerts/list': 1,
    });
  });

  it('answers NOT_FOUND and null for an unknown customer alert', async () => {
    const { body } = await harness.execute(CustomerAlertDocument, { customerId: customer.customerId, alertId: UNKNOWN_ID });
    expect(body.data).toEqual({ customerAlert: null });
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ['customerAlert'], extensions: expect.objectContaining({ code: 'NOT_FOUND', upstreamStatus: 404 }) }),
    ]);
  });

  it('pages a customer’s alerts', async () => {
    const all = (await harness.execute(CustomerAlertsDocument, { customerId: customer.customerId, first: 100 })).body.data!.customer!.alerts.nodes;
    expect(all.length).toBeGreaterThan(3);
    const first = (await harness.execute(CustomerAlertsDocument, { customerId: customer.customerId, first: 2 })).body.data!.customer!.alerts;
    expect(first.nodes.map((n) => n.id)).toEqual(all.slice(0, 2).map((n) => n.id));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await harness.execute(CustomerAlertsDocument, { customerId: customer.customerId, first: 100, after: first.pageInfo.endCursor }))
      .body.data!.customer!.alerts;
    expect(rest.nodes.map((n) => n.id)).toEqual(all.slice(2).map((n) => n.id));
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });
});

describe('the alerts of 25 customers in one query', () => {
  beforeAll(async () => {
    await server.local.reset();
    expect((await server.api('POST', '/_local/clock', { body: { now: NOW, frozen: true } })).status).toBe(200);
    for (let n = 1; n <= 25; n++) {
      const customerId = await create(server.api, '/v1/customers', { name: `Customer ${String(n).padStart(2, '0')}` });
      await create(server.api, '/v1/alerts/create', { alert_type: 'spend_threshold_reached', name: `Spend of ${n}`, threshold: 100 * n, customer_id: customerId });
    }
    // One alert for every customer, and one usage alert over a metric.
    await create(server.api, '/v1/alerts/create', { alert_type: 'monthly_invoice_total_spend_threshold_reached', name: 'Monthly spend', threshold: 10_000 });
  }, 60_000);

  it('costs one customer list, one customer-alerts/list per customer and one pricing unit list', async () => {
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(AlertsOfCustomersDocument);
    expect(body.errors).toBeUndefined();
    const customers = body.data!.customers.nodes;
    expect(customers).toHaveLength(25);
    expect(customers[6]).toEqual({
      name: 'Customer 07',
      alerts: {
        nodes: [
          { customerStatus: expect.stringMatching(/^(evaluating|ok)$/), customer: { name: 'Customer 07' }, alert: { name: 'Spend of 7', creditType: { name: 'USD (cents)' } } },
          { customerStatus: expect.stringMatching(/^(evaluating|ok)$/), customer: { name: 'Customer 07' }, alert: { name: 'Monthly spend', creditType: { name: 'USD (cents)' } } },
        ],
      },
    });
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      // Metronome lists alerts per customer only: there is no batch endpoint across customers.
      'POST /v1/customer-alerts/list': 25,
      'GET /v1/credit-types/list': 1,
    });
  });
});
