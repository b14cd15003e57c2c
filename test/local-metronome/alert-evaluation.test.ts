import Metronome from '@metronome/sdk';
import type { Invoice } from '@metronome/sdk/resources/v1/customers/invoices';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { provideInvoices, type InvoiceReader } from '../../src/local-metronome/alerts/values/index.js';
import { DEFAULT_WEBHOOK_SECRET } from '../../src/local-metronome/config.js';
import { createPlan } from '../../src/local-metronome/store/plans.js';
import { alertFixtures, USD, UUID } from '../support/alert-fixtures.js';
import { useLocalMetronome } from '../support/local-metronome.js';
import { createSeatTeam } from '../support/seat-team.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);
const {
  ok,
  freezeClock,
  createCustomer,
  createCountMetric,
  createContract,
  createProduct,
  ingest,
  createAlert,
  customerAlert,
  expectStatus,
  settleDeliveries,
} = alertFixtures(api);

const receiver = new WebhookReceiver();
/** The official client, used only to verify webhook signatures the way an integrator does. */
const metronome = new Metronome({ bearerToken: 'not-used', webhookSecret: DEFAULT_WEBHOOK_SECRET });

beforeAll(async () => {
  await receiver.start();
});
afterAll(async () => {
  await receiver.stop();
});

let acme: string;

beforeEach(async () => {
  await server.local.reset();
  await ok('DELETE', '/_local/webhooks');
  await ok('POST', '/_local/webhooks', { url: receiver.url });
  receiver.clear();
  await freezeClock('2025-01-10T00:00:00Z');
  acme = await createCustomer('Acme', ['acme']);
});

afterEach(async () => {
  await settleDeliveries();
});

/** The first `count` notifications the receiver got, each verified and parsed by `@metronome/sdk`'s `webhooks.unwrap`. */
async function notifications(count: number): Promise<any[]> {
  const received = await receiver.waitForRequests(count);
  return received.map((request) => metronome.webhooks.unwrap(request.rawBody, request.headers as Record<string, string>));
}

/** Every notification has been delivered, and there were exactly `count`. */
async function expectNotificationCount(count: number) {
  await settleDeliveries();
  expect(receiver.received).toHaveLength(count);
}

const at = (instant: string) => freezeClock(instant);

describe('usage_threshold_reached', () => {
  let calls: string;
  let alertId: string;
  const call = (id: string, timestamp = '2025-01-09T00:00:00Z') => ({
    transaction_id: id,
    customer_id: 'acme',
    event_type: 'api_call',
    timestamp,
  });

  beforeEach(async () => {
    calls = await createCountMetric('API calls', 'api_call');
    await createContract(acme, '2025-01-01T00:00:00Z');
    alertId = await createAlert({
      alert_type: 'usage_threshold_reached',
      name: '3 calls',
      threshold: 3,
      billable_metric_id: calls,
      customer_id: acme,
    });
    await expectStatus(acme, alertId, 'ok');
  });

  it('goes in_alarm within a second of the ingest that reaches the threshold, and POSTs one signed notification', async () => {
    await ingest([call('c1'), call('c2')]);
    await expectStatus(acme, alertId, 'ok');
    await ingest([call('c3')]);
    const view = await expectStatus(acme, alertId, 'in_alarm', 1_000);
    expect(view.triggered_by).toBe('usage');

    const [notification] = await notifications(1);
    expect(notification.id).toMatch(UUID);
    expect(notification).toEqual({
      id: notification.id,
      type: 'alerts.usage_threshold_reached',
      properties: {
        customer_id: acme,
        alert_id: alertId,
        alert_name: '3 calls',
        threshold: 3,
        billable_metric_id: calls,
        current_usage: 3,
        usage_period_starting_on: '2025-01-01T00:00:00.000Z',
        usage_period_ending_before: '2025-02-01T00:00:00.000Z',
        triggered_by: 'usage',
        timestamp: '2025-01-10T00:00:00.000Z',
      },
    });
    await expectNotificationCount(1);
  });

  it('returns to ok within a second of the clock moving into the next usage period, without a notification', async () => {
    await ingest([call('c1'), call('c2'), call('c3')]);
    await expectStatus(acme, alertId, 'in_alarm');
    await at('2025-02-01T00:00:00Z');
    const view = await expectStatus(acme, alertId, 'ok', 1_000);
    expect(view.triggered_by).toBeNull();
    expect(view.alert.updated_at).toBe('2025-02-01T00:00:00.000Z');
    await expectNotificationCount(1);
  });

  it('notifies again, with a new notification id, on the next move into alarm', async () => {
    await ingest([call('c1'), call('c2'), call('c3')]);
    await expectStatus(acme, alertId, 'in_alarm');
    await at('2025-02-05T00:00:00Z');
    await expectStatus(acme, alertId, 'ok');
    await ingest(['f1', 'f2', 'f3'].map((id) => call(id, '2025-02-04T00:00:00Z')));
    await expectStatus(acme, alertId, 'in_alarm');
    const [first, second] = await notifications(2);
    expect(second.id).not.toBe(first.id);
    expect(second.properties).toMatchObject({ current_usage: 3, usage_period_starting_on: '2025-02-01T00:00:00.000Z' });
  });

  it('stays ok past the threshold while usage is outside the current billing period', async () => {
    await ingest(['d1', 'd2', 'd3'].map((id) => call(id, '2024-12-20T00:00:00Z')));
    await ingest(['f1', 'f2', 'f3'].map((id) => call(id, '2025-02-04T00:00:00Z')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expectStatus(acme, alertId, 'ok');
    await expectNotificationCount(0);
  });
});

describe('evaluation rules shared by every alert type', () => {
  const lowBalance = (extra: Record<string, unknown> = {}) => ({
    alert_type: 'low_credit_balance_reached',
    name: 'No credits left',
    threshold: 0,
    ...extra,
  });

  it('leaves a customer on no contract or plan ok on a usage alert, whatever its usage', async () => {
    const calls = await createCountMetric('API calls', 'api_call');
    const id = await createAlert({ alert_type: 'usage_threshold_reached', name: 'Calls', threshold: 1, billable_metric_id: calls });
    await ingest([{ transaction_id: 'c1', customer_id: 'acme', event_type: 'api_call', timestamp: '2025-01-09T00:00:00Z' }]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expectStatus(acme, id, 'ok');
  });

  it('evaluates an alert for all customers on each customer, each notified on its own', async () => {
    const globex = await createCustomer('Globex');
    const id = await createAlert(lowBalance());
    await expectStatus(acme, id, 'in_alarm');
    await expectStatus(globex, id, 'in_alarm');
    const customers = (await notifications(2)).map((n) => n.properties.customer_id).sort();
    expect(customers).toEqual([acme, globex].sort());
  });

  it('evaluates a customer created after an alert for all customers', async () => {
    const id = await createAlert(lowBalance());
    await expectStatus(acme, id, 'in_alarm');
    const latecomer = await createCustomer('Latecomer');
    await expectStatus(latecomer, id, 'in_alarm');
    const [, second] = await notifications(2);
    expect(second.properties.customer_id).toBe(latecomer);
  });

  it('with evaluate_on_create false, puts a customer already past the threshold in alarm without notifying; a reset notifies', async () => {
    const id = await createAlert(lowBalance({ customer_id: acme, evaluate_on_create: false }));
    const view = await expectStatus(acme, id, 'in_alarm');
    expect(view.triggered_by).toBe('alert_created');
    await expectNotificationCount(0);
    await ok('POST', '/v1/customer-alerts/reset', { customer_id: acme, alert_id: id });
    await expectStatus(acme, id, 'in_alarm');
    const [notification] = await notifications(1);
    expect(notification.properties.triggered_by).toBe('reset');
  });

  it('stops evaluating an archived alert: no notification for changes after archiving', async () => {
    const id = await createAlert(lowBalance({ threshold: 100, customer_id: acme, evaluate_on_create: false }));
    await expectStatus(acme, id, 'in_alarm');
    await ok('POST', '/v1/alerts/archive', { id });
    await ok('POST', '/v1/customer-alerts/list', { customer_id: acme });
    await at('2025-01-11T00:00:00Z');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await customerAlert(acme, id)).customer_status).toBeNull();
    await expectNotificationCount(0);
  });
});

describe('credit grant alerts', () => {
  const grant = (amount: number, extra: Record<string, unknown> = {}) =>
    ok('POST', '/v1/credits/createGrant', {
      customer_id: acme,
      name: 'Starter credits',
      grant_amount: { amount, credit_type_id: USD.id },
      paid_amount: { amount: 0, credit_type_id: USD.id },
      priority: 1,
      effective_at: '2025-01-01T00:00:00Z',
      expires_at: '2025-02-01T00:00:00Z',
      ...extra,
    });

  it('low_credit_balance_reached: a customer without credits is in alarm at once, with 0 remaining', async () => {
    const id = await createAlert({ alert_type: 'low_credit_balance_reached', name: 'Low', threshold: 500, customer_id: acme });
    await expectStatus(acme, id, 'in_alarm');
    const [notification] = await notifications(1);
    expect(notification.type).toBe('alerts.low_credit_balance_reached');
    expect(notification.properties).toEqual({
      customer_id: acme,
      alert_id: id,
      alert_name: 'Low',
      threshold: 500,
      credit_type_id: USD.id,
      remaining_balance: 0,
      triggered_by: 'alert_created',
      timestamp: '2025-01-10T00:00:00.000Z',
    });
  });

  it('low_credit_balance_reached: ok once a grant above the threshold is issued, in alarm again when it expires', async () => {
    const id = await createAlert({ alert_type: 'low_credit_balance_reached', name: 'Low', threshold: 500, customer_id: acme });
    await expectStatus(acme, id, 'in_alarm');
    await grant(1000);
    expect((await expectStatus(acme, id, 'ok', 1_000)).triggered_by).toBeNull();
    await at('2025-02-01T00:00:00Z');
    expect((await expectStatus(acme, id, 'in_alarm')).triggered_by).toBe('time');
    const [, expired] = await notifications(2);
    expect(expired.properties).toMatchObject({ remaining_balance: 0, triggered_by: 'time', timestamp: '2025-02-01T00:00:00.000Z' });
  });

  it('low_credit_balance_reached: counts only grants of the credit grant types it filters on', async () => {
    await grant(1000, { credit_grant_type: 'promotional' });
    const trialOnly = await createAlert({
      alert_type: 'low_credit_balance_reached',
      name: 'Trial credits low',
      threshold: 0,
      customer_id: acme,
      credit_grant_type_filters: ['trial'],
    });
    const promotional = await createAlert({
      alert_type: 'low_credit_balance_reached',
      name: 'Promotional credits low',
      threshold: 0,
      customer_id: acme,
      credit_grant_type_filters: ['promotional'],
    });
    await expectStatus(acme, trialOnly, 'in_alarm');
    await expectStatus(acme, promotional, 'ok');
  });

  it("low_credit_balance_reached: counts only grants in the alert's pricing unit", async () => {
    await grant(1000);
    const units = (await ok('POST', '/_local/credit-types', { name: 'compute units' })).data;
    const id = await createAlert({ alert_type: 'low_credit_balance_reached', name: 'Low CU', threshold: 0, customer_id: acme, credit_type_id: units.id });
    await expectStatus(acme, id, 'in_alarm');
  });

  it('low_remaining_credit_percentage_reached: 0% without grants, 100% once granted, 0% again when the grant is voided', async () => {
    const id = await createAlert({ alert_type: 'low_remaining_credit_percentage_reached', name: '10% left', threshold: 10, customer_id: acme });
    await expectStatus(acme, id, 'in_alarm');
    const issued = (await grant(1000)).data.id;
    await expectStatus(acme, id, 'ok');
    await ok('POST', '/v1/credits/voidGrant', { id: issued });
    expect((await expectStatus(acme, id, 'in_alarm')).triggered_by).toBe('credit_grant_voided');
    const [first, second] = await notifications(2);
    expect(first.properties).toMatchObject({ remaining_balance: 0, remaining_percentage: 0 });
    expect(second.properties).toMatchObject({ remaining_balance: 0, remaining_percentage: 0, triggered_by: 'credit_grant_voided' });
  });
});

describe('low_remaining_days_in_plan_reached', () => {
  let planId: string;

  beforeEach(async () => {
    planId = createPlan(server.local.db, { name: 'Starter' }).id;
  });

  const addPlan = async (customerId: string) =>
    (await ok('POST', `/v1/customers/${customerId}/plans/add`, {
      plan_id: planId,
      starting_on: '2025-01-01T00:00:00Z',
      ending_before: '2025-02-01T00:00:00Z',
    })).data.id as string;

  it('is ok with more days left than the threshold and in alarm once the plan has that many days left', async () => {
    const customerPlanId = await addPlan(acme);
    const id = await createAlert({ alert_type: 'low_remaining_days_in_plan_reached', name: 'A week left', threshold: 7, customer_id: acme });
    await expectStatus(acme, id, 'ok');
    await at('2025-01-24T12:00:00Z');
    await expectStatus(acme, id, 'ok');
    await at('2025-01-25T00:00:00Z');
    await expectStatus(acme, id, 'in_alarm');
    const [notification] = await notifications(1);
    expect(notification).toEqual({
      id: notification.id,
      type: 'alerts.low_remaining_days_in_plan_reached',
      properties: {
        customer_id: acme,
        alert_id: id,
        alert_name: 'A week left',
        threshold: 7,
        customer_plan_id: customerPlanId,
        plan_id: planId,
        plan_ending_before: '2025-02-01T00:00:00.000Z',
        remaining_days: 7,
        triggered_by: 'time',
        timestamp: '2025-01-25T00:00:00.000Z',
      },
    });
  });

  it('watches only the customers on the plan an alert names', async () => {
    const globex = await createCustomer('Globex');
    await addPlan(acme);
    const id = await createAlert({ alert_type: 'low_remaining_days_in_plan_reached', name: 'Plan ending', threshold: 30, plan_id: planId });
    await expectStatus(acme, id, 'in_alarm');
    const globexAlerts = await ok('POST', '/v1/customer-alerts/list', { customer_id: globex });
    expect(globexAlerts.data).toEqual([]);
  });
});

describe('contract commit and credit alerts', () => {
  let productId: string;
  let commitA: string;
  let commitB: string;
  let credit: string;

  beforeEach(async () => {
    productId = await createProduct('Prepaid commitment');
    await ok('POST', '/v1/customFields/addKey', { entity: 'commit', key: 'team', enforce_uniqueness: false });
    const commit = (team: string, amount: number, endingBefore: string) => ({
      type: 'PREPAID',
      product_id: productId,
      custom_fields: { team },
      access_schedule: { schedule_items: [{ amount, starting_at: '2025-01-01T00:00:00Z', ending_before: endingBefore }] },
      invoice_schedule: { schedule_items: [{ amount, timestamp: '2025-01-01T00:00:00Z' }] },
    });
    const contractId = await createContract(acme, '2025-01-01T00:00:00Z', {
      commits: [commit('a', 1000, '2025-02-01T00:00:00Z'), commit('b', 2000, '2025-03-01T00:00:00Z')],
      credits: [
        {
          product_id: productId,
          access_schedule: { schedule_items: [{ amount: 300, starting_at: '2025-01-01T00:00:00Z', ending_before: '2025-03-01T00:00:00Z' }] },
        },
      ],
    });
    const contract = (await ok('POST', '/v1/contracts/get', { customer_id: acme, contract_id: contractId })).data;
    [commitA, commitB] = contract.current.commits.map((c: { id: string }) => c.id);
    credit = contract.current.credits[0].id;
  });

  it('low_remaining_commit_balance_reached: sums the active commit segments, in alarm once one ends and the rest is at the threshold', async () => {
    const id = await createAlert({ alert_type: 'low_remaining_commit_balance_reached', name: 'Commit low', threshold: 2000, customer_id: acme });
    await expectStatus(acme, id, 'ok');
    await at('2025-02-01T00:00:00Z');
    await expectStatus(acme, id, 'in_alarm');
    const [notification] = await notifications(1);
    expect(notification.properties).toEqual({
      customer_id: acme,
      alert_id: id,
      alert_name: 'Commit low',
      threshold: 2000,
      credit_type_id: USD.id,
      remaining_balance: 2000,
      triggered_by: 'time',
      timestamp: '2025-02-01T00:00:00.000Z',
    });
  });

  it('low_remaining_commit_percentage_reached: 100% while the segments are active, 0% when none is', async () => {
    const id = await createAlert({ alert_type: 'low_remaining_commit_percentage_reached', name: '10% left', threshold: 10, customer_id: acme });
    await expectStatus(acme, id, 'ok');
    await at('2025-03-01T00:00:00Z');
    await expectStatus(acme, id, 'in_alarm');
    expect((await notifications(1))[0].properties).toMatchObject({ remaining_balance: 0, remaining_percentage: 0 });
  });

  it('low_remaining_contract_credit_balance_reached: a balance equal to the threshold is in alarm', async () => {
    const id = await createAlert({ alert_type: 'low_remaining_contract_credit_balance_reached', name: 'Credit low', threshold: 300, customer_id: acme });
    await expectStatus(acme, id, 'in_alarm');
    expect((await notifications(1))[0].properties).toMatchObject({ remaining_balance: 300 });
  });

  it('low_remaining_contract_credit_percentage_reached: ok while the credit is active, in alarm once it ends', async () => {
    const id = await createAlert({ alert_type: 'low_remaining_contract_credit_percentage_reached', name: 'Half left', threshold: 50, customer_id: acme });
    await expectStatus(acme, id, 'ok');
    await at('2025-03-01T00:00:00Z');
    expect((await expectStatus(acme, id, 'in_alarm')).triggered_by).toBe('time');
    const [notification] = await notifications(1);
    expect(notification).toMatchObject({
      type: 'alerts.low_remaining_contract_credit_percentage_reached',
      properties: { customer_id: acme, alert_id: id, threshold: 50, remaining_balance: 0, remaining_percentage: 0, timestamp: '2025-03-01T00:00:00.000Z' },
    });
  });

  it('low_remaining_contract_credit_and_commit_balance_reached: sums commits and credits together', async () => {
    const id = await createAlert({
      alert_type: 'low_remaining_contract_credit_and_commit_balance_reached',
      name: 'Balance low',
      threshold: 2300,
      customer_id: acme,
    });
    await expectStatus(acme, id, 'ok');
    await at('2025-02-01T00:00:00Z');
    await expectStatus(acme, id, 'in_alarm');
    expect((await notifications(1))[0].properties).toMatchObject({ remaining_balance: 2300 });
  });

  it('custom_field_filters count only the commits whose custom fields match', async () => {
    const id = await createAlert({
      alert_type: 'low_remaining_commit_balance_reached',
      name: 'Team b low',
      threshold: 1999,
      customer_id: acme,
      custom_field_filters: [{ entity: 'Commit', key: 'team', value: 'b' }],
    });
    await expectStatus(acme, id, 'ok');
    await at('2025-02-15T00:00:00Z');
    await expectStatus(acme, id, 'ok');
  });

  it("counts only commits in the alert's pricing unit", async () => {
    const units = (await ok('POST', '/_local/credit-types', { name: 'compute units' })).data;
    const id = await createAlert({
      alert_type: 'low_remaining_commit_balance_reached',
      name: 'CU commit low',
      threshold: 0,
      customer_id: acme,
      credit_type_id: units.id,
    });
    await expectStatus(acme, id, 'in_alarm');
  });

  it('low_remaining_days_for_commit_segment_reached: each commit notifies on its own as its segment nears its end', async () => {
    const id = await createAlert({ alert_type: 'low_remaining_days_for_commit_segment_reached', name: '5 days left', threshold: 5, customer_id: acme });
    await expectStatus(acme, id, 'ok');
    await at('2025-01-27T00:00:00Z');
    await expectStatus(acme, id, 'in_alarm');
    const [notification] = await notifications(1);
    expect(notification.properties).toMatchObject({ commit_id: commitA, remaining_days: 5, segment_ending_before: '2025-02-01T00:00:00.000Z' });
    await at('2025-02-24T00:00:00Z');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [, second] = await notifications(2);
    expect(second.properties).toMatchObject({ commit_id: commitB, remaining_days: 5 });
    expect(commitB).not.toBe(commitA);
  });

  it('low_remaining_days_for_contract_credit_segment_reached: the credit is in alarm once its segment has that many days left', async () => {
    const id = await createAlert({
      alert_type: 'low_remaining_days_for_contract_credit_segment_reached',
      name: '3 days left',
      threshold: 3,
      customer_id: acme,
    });
    await expectStatus(acme, id, 'ok');
    await at('2025-02-26T00:00:00Z');
    await expectStatus(acme, id, 'in_alarm');
    expect((await notifications(1))[0].properties).toMatchObject({ credit_id: credit, remaining_days: 3 });
  });
});

describe('alerts on what the billing engine computes from ingested usage', () => {
  let productId: string;
  let rateCardId: string;

  /** API calls at 2.5 cents each (USD cents), summed from each event's `n`. */
  beforeEach(async () => {
    const metric = (
      await ok('POST', '/v1/billable-metrics/create', {
        name: 'API calls',
        event_type_filter: { in_values: ['api'] },
        property_filters: [{ name: 'n', exists: true }],
        aggregation_type: 'SUM',
        aggregation_key: 'n',
      })
    ).data.id;
    productId = (await ok('POST', '/v1/contract-pricing/products/create', { name: 'API calls', type: 'USAGE', billable_metric_id: metric })).data.id;
    rateCardId = (await ok('POST', '/v1/contract-pricing/rate-cards/create', { name: 'Standard' })).data.id;
    await ok('POST', '/v1/contract-pricing/rate-cards/addRate', {
      rate_card_id: rateCardId,
      product_id: productId,
      starting_at: '2025-01-01T00:00:00Z',
      entitled: true,
      rate_type: 'FLAT',
      price: 2.5,
    });
  });

  const apiCalls = (transactionId: string, n: number) =>
    ok('POST', '/v1/ingest', [{ transaction_id: transactionId, customer_id: 'acme', event_type: 'api', timestamp: '2025-01-09T00:00:00Z', properties: { n } }]);

  /** A contract on the rate card, with a prepaid commit of `commitAmount` cents available all year when given. */
  async function contract(commitAmount?: number, customFields: Record<string, string> = {}) {
    const fixed = await createProduct('Prepaid');
    const commits =
      commitAmount === undefined
        ? []
        : [
            {
              type: 'PREPAID',
              product_id: fixed,
              priority: 1,
              ...(Object.keys(customFields).length ? { custom_fields: customFields } : {}),
              access_schedule: { schedule_items: [{ amount: commitAmount, starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }] },
            },
          ];
    const contractId = await createContract(acme, '2025-01-01T00:00:00Z', { rate_card_id: rateCardId, commits });
    return (await ok('POST', '/v1/contracts/get', { customer_id: acme, contract_id: contractId })).data;
  }

  it('spend_threshold_reached: in alarm once rated usage in the current period reaches the threshold', async () => {
    await contract();
    const id = await createAlert({ alert_type: 'spend_threshold_reached', name: '$2 spend', threshold: 200, customer_id: acme });
    await expectStatus(acme, id, 'ok');
    await apiCalls('t1', 60);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expectStatus(acme, id, 'ok');
    await apiCalls('t2', 40);
    expect((await expectStatus(acme, id, 'in_alarm')).triggered_by).toBe('usage');
    const [notification] = await notifications(1);
    expect(notification).toEqual({
      id: notification.id,
      type: 'alerts.spend_threshold_reached',
      properties: {
        customer_id: acme,
        alert_id: id,
        alert_name: '$2 spend',
        threshold: 200,
        credit_type_id: USD.id,
        current_spend: 250,
        triggered_by: 'usage',
        timestamp: '2025-01-10T00:00:00.000Z',
      },
    });
  });

  it('invoice_total_reached: the draft usage invoice notifies once its total reaches the threshold', async () => {
    await contract();
    const id = await createAlert({ alert_type: 'invoice_total_reached', name: 'Invoice over $2', threshold: 200, customer_id: acme });
    await expectStatus(acme, id, 'ok');
    await apiCalls('t1', 100);
    await expectStatus(acme, id, 'in_alarm');
    const invoices = await ok('GET', `/v1/customers/${acme}/invoices`);
    const draft = invoices.data.find((invoice: { status: string; total: number }) => invoice.status === 'DRAFT' && invoice.total === 250);
    expect((await notifications(1))[0].properties).toMatchObject({ invoice_id: draft.id, invoice_total: 250 });
  });

  it('low_remaining_commit_balance_reached: usage drawn from the commit brings it to the threshold', async () => {
    await contract(1000);
    const id = await createAlert({ alert_type: 'low_remaining_commit_balance_reached', name: 'Commit at $7.50', threshold: 750, customer_id: acme });
    await expectStatus(acme, id, 'ok');
    await apiCalls('t1', 100);
    await expectStatus(acme, id, 'in_alarm');
    expect((await notifications(1))[0].properties).toMatchObject({ remaining_balance: 750, triggered_by: 'usage' });
  });

  it('low_remaining_commit_percentage_reached: usage drawn from the commit brings its percentage down', async () => {
    await contract(1000);
    const id = await createAlert({ alert_type: 'low_remaining_commit_percentage_reached', name: '80% left', threshold: 80, customer_id: acme });
    await expectStatus(acme, id, 'ok');
    await apiCalls('t1', 100);
    await expectStatus(acme, id, 'in_alarm');
    expect((await notifications(1))[0].properties).toMatchObject({ remaining_balance: 750, remaining_percentage: 75 });
  });

  it('alert_specifiers with a key and no value evaluate and notify each custom field group on its own', async () => {
    await ok('POST', '/v1/customFields/addKey', { entity: 'commit', key: 'team', enforce_uniqueness: false });
    const fixed = await createProduct('Prepaid');
    const commit = (team: string) => ({
      type: 'PREPAID',
      product_id: fixed,
      custom_fields: { team },
      access_schedule: { schedule_items: [{ amount: 1000, starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }] },
    });
    const contractId = await createContract(acme, '2025-01-01T00:00:00Z', { commits: [commit('a'), commit('b')] });
    const teamA = (await ok('POST', '/v1/contracts/get', { customer_id: acme, contract_id: contractId })).data.current.commits[0];
    const id = await createAlert({
      alert_type: 'low_remaining_contract_credit_and_commit_balance_reached',
      name: 'Team balance gone',
      threshold: 0,
      customer_id: acme,
      alert_specifiers: [{ custom_field_filters: [{ entity: 'Commit', key: 'team' }] }],
    });
    await expectStatus(acme, id, 'ok');
    await ok('POST', '/v1/contracts/addManualBalanceLedgerEntry', {
      customer_id: acme,
      contract_id: contractId,
      id: teamA.id,
      segment_id: teamA.access_schedule.schedule_items[0].id,
      amount: -1000,
      reason: 'Team a used it all elsewhere',
    });
    expect((await expectStatus(acme, id, 'in_alarm')).triggered_by).toBe('balance.manual_entry');
    const teamFilter = (team: string) => ({ alert_specifiers: [{ custom_field_filters: [{ entity: 'Commit', key: 'team', value: team }] }] });
    expect((await customerAlert(acme, id, teamFilter('a'))).customer_status).toBe('in_alarm');
    expect((await customerAlert(acme, id, teamFilter('b'))).customer_status).toBe('ok');
    const [notification] = await notifications(1);
    expect(notification.properties).toMatchObject({ remaining_balance: 0, custom_field_values: { 'Commit.team': 'a' } });
    await expectNotificationCount(1);
  });

  it('counts customer-level commits with the contract ones', async () => {
    const fixed = await createProduct('Prepaid');
    await ok('POST', '/v1/contracts/customerCommits/create', {
      customer_id: acme,
      type: 'PREPAID',
      product_id: fixed,
      priority: 1,
      access_schedule: { schedule_items: [{ amount: 500, starting_at: '2025-01-01T00:00:00Z', ending_before: '2025-02-01T00:00:00Z' }] },
    });
    const id = await createAlert({ alert_type: 'low_remaining_commit_balance_reached', name: 'Commit low', threshold: 499, customer_id: acme });
    await expectStatus(acme, id, 'ok');
    await at('2025-02-01T00:00:00Z');
    await expectStatus(acme, id, 'in_alarm');
  });
});

describe('spend and invoice alerts, computed from the invoices the reader reports', () => {
  let engineReader: InvoiceReader | undefined;
  const reportInvoices = (reader: InvoiceReader) => {
    const replaced = provideInvoices(reader);
    engineReader ??= replaced;
  };
  afterEach(() => {
    if (engineReader) provideInvoices(engineReader);
    engineReader = undefined;
  });

  const invoice = (id: string, total: number, lineItems: Partial<Invoice.LineItem>[], extra: Partial<Invoice> = {}): Invoice => ({
    id,
    customer_id: acme,
    credit_type: USD,
    status: 'DRAFT',
    type: 'USAGE',
    total,
    start_timestamp: '2025-01-01T00:00:00.000Z',
    end_timestamp: '2025-02-01T00:00:00.000Z',
    line_items: lineItems.map((line) => ({ name: 'API calls', type: 'usage', credit_type: USD, total: 0, ...line })),
    ...extra,
  });

  it.each(['spend_threshold_reached', 'monthly_invoice_total_spend_threshold_reached', 'invoice_total_reached'])(
    '%s stays evaluating while the reader cannot tell (no invoice engine)',
    async (alertType) => {
      reportInvoices(() => null);
      const id = await createAlert({ alert_type: alertType, name: 'Spend', threshold: 100, customer_id: acme });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await customerAlert(acme, id)).toMatchObject({ customer_status: 'evaluating', triggered_by: null });
    },
  );

  it('spend_threshold_reached counts only usage line items of the draft invoice covering now', async () => {
    reportInvoices(() => [
      invoice('current', 0, [{ total: 6000 }, { type: 'scheduled', total: 9000 }]),
      invoice('last-month', 0, [{ total: 9000 }], { start_timestamp: '2024-12-01T00:00:00.000Z', end_timestamp: '2025-01-01T00:00:00.000Z' }),
    ]);
    const id = await createAlert({ alert_type: 'spend_threshold_reached', name: '$100 spend', threshold: 10000, customer_id: acme });
    await expectStatus(acme, id, 'ok');
    expect((await ok('POST', '/v1/customer-alerts/list', { customer_id: acme })).data[0].customer_status).toBe('ok');
  });

  it('spend_threshold_reached with a group key and no value notifies each group value on its own', async () => {
    reportInvoices(() => [
      invoice('inv-1', 0, [
        { total: 700, presentation_group_values: { region: 'EU' } },
        { total: 300, presentation_group_values: { region: 'US' } },
      ]),
    ]);
    const id = await createAlert({
      alert_type: 'spend_threshold_reached',
      name: 'Regional spend',
      threshold: 500,
      customer_id: acme,
      group_values: [{ key: 'region' }],
    });
    await expectStatus(acme, id, 'in_alarm');
    expect((await customerAlert(acme, id, { group_values: [{ key: 'region', value: 'EU' }] })).customer_status).toBe('in_alarm');
    expect((await customerAlert(acme, id, { group_values: [{ key: 'region', value: 'US' }] })).customer_status).toBe('ok');
    expect((await notifications(1))[0].properties).toMatchObject({ current_spend: 700 });
    await expectNotificationCount(1);
  });

  it('invoice_total_reached: each draft invoice of the filtered types at or above the threshold notifies', async () => {
    reportInvoices(() => [
      invoice('usage-invoice', 5000, []),
      invoice('scheduled-invoice', 9000, [], { type: 'SCHEDULED' }),
      invoice('finalized-invoice', 9000, [], { status: 'FINALIZED' }),
    ]);
    const id = await createAlert({
      alert_type: 'invoice_total_reached',
      name: 'Big invoice',
      threshold: 5000,
      customer_id: acme,
      invoice_types_filter: ['USAGE'],
    });
    await expectStatus(acme, id, 'in_alarm');
    const [notification] = await notifications(1);
    expect(notification.properties).toMatchObject({ invoice_id: 'usage-invoice', invoice_total: 5000 });
    await expectNotificationCount(1);
  });

  it('monthly_invoice_total_spend_threshold_reached: sums the invoices of the calendar month, voided ones left out', async () => {
    reportInvoices(() => [
      invoice('january', 4000, []),
      invoice('january-void', 9000, [], { status: 'VOID' }),
      invoice('december', 9000, [], { start_timestamp: '2024-12-01T00:00:00.000Z', status: 'FINALIZED' }),
    ]);
    const id = await createAlert({ alert_type: 'monthly_invoice_total_spend_threshold_reached', name: 'Monthly', threshold: 4000, customer_id: acme });
    await expectStatus(acme, id, 'in_alarm');
    expect((await notifications(1))[0].properties).toMatchObject({ invoice_total: 4000 });
  });
});

describe('low_remaining_seat_balance_reached', () => {
  /** Alice and bob on seats with 100 cents a month each; API calls at 1 cent, carrying the seat in `user_id`. */
  beforeEach(async () => {
    await createSeatTeam(api, { customerId: acme, startingAt: '2025-01-01T00:00:00Z', seatIds: ['alice', 'bob'] });
  });

  const seatCalls = (transactionId: string, user: string, n: number) =>
    ok('POST', '/v1/ingest', [{ transaction_id: transactionId, customer_id: 'acme', event_type: 'api', timestamp: '2025-01-09T00:00:00Z', properties: { n, user_id: user } }]);
  const seatStatus = async (alertId: string, seat: string) =>
    (await customerAlert(acme, alertId, { seat_filter: { seat_group_key: 'user_id', seat_group_value: seat } })).customer_status;

  it("notifies when one seat's balance falls to the threshold, each seat on its own", async () => {
    const id = await createAlert({
      alert_type: 'low_remaining_seat_balance_reached',
      name: 'Seat nearly out',
      threshold: 20,
      customer_id: acme,
      seat_filter: { seat_group_key: 'user_id' },
    });
    await expectStatus(acme, id, 'ok');
    await seatCalls('t1', 'alice', 85);
    expect((await expectStatus(acme, id, 'in_alarm')).triggered_by).toBe('usage');
    expect([await seatStatus(id, 'alice'), await seatStatus(id, 'bob')]).toEqual(['in_alarm', 'ok']);
    const [notification] = await notifications(1);
    expect(notification).toEqual({
      id: notification.id,
      type: 'alerts.low_remaining_seat_balance_reached',
      properties: {
        customer_id: acme,
        alert_id: id,
        alert_name: 'Seat nearly out',
        threshold: 20,
        credit_type_id: USD.id,
        seat_group_key: 'user_id',
        seat_group_value: 'alice',
        remaining_balance: 15,
        triggered_by: 'usage',
        timestamp: '2025-01-10T00:00:00.000Z',
      },
    });
    await seatCalls('t2', 'bob', 90);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await seatStatus(id, 'bob')).toBe('in_alarm');
    expect((await notifications(2))[1].properties).toMatchObject({ seat_group_value: 'bob', remaining_balance: 10 });
  });

  it('with a seat_group_value, watches that seat only', async () => {
    const id = await createAlert({
      alert_type: 'low_remaining_seat_balance_reached',
      name: 'Bob nearly out',
      threshold: 20,
      customer_id: acme,
      seat_filter: { seat_group_key: 'user_id', seat_group_value: 'bob' },
    });
    await expectStatus(acme, id, 'ok');
    await seatCalls('t1', 'alice', 100);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expectStatus(acme, id, 'ok');
    await seatCalls('t2', 'bob', 80);
    await expectStatus(acme, id, 'in_alarm');
    expect((await notifications(1))[0].properties).toMatchObject({ seat_group_value: 'bob', remaining_balance: 20 });
    await expectNotificationCount(1);
  });

  it("returns to ok when next month's credit gives the seat a new share", async () => {
    const id = await createAlert({
      alert_type: 'low_remaining_seat_balance_reached',
      name: 'Seat nearly out',
      threshold: 20,
      customer_id: acme,
      seat_filter: { seat_group_key: 'user_id', seat_group_value: 'alice' },
    });
    await seatCalls('t1', 'alice', 100);
    await expectStatus(acme, id, 'in_alarm');
    await at('2025-02-01T00:00:00Z');
    await expectStatus(acme, id, 'ok');
    expect((await customerAlert(acme, id)).alert.seat_filter).toEqual({ seat_group_key: 'user_id', seat_group_value: 'alice' });
  });
});
