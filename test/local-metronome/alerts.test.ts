import { beforeEach, describe, expect, it } from 'vitest';
import { alertFixtures, UNKNOWN_ID, USD } from '../support/alert-fixtures.js';
import { useLocalMetronome } from '../support/local-metronome.js';
import { OpenApiResponses } from '../support/openapi-responses.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);
const { ok, freezeClock, createCustomer, createCountMetric, createContract, ingest, createAlert, customerAlert, expectStatus } =
  alertFixtures(api);

const NOW = '2025-01-10T00:00:00.000Z';

let acme: string;
let globex: string;
let calls: string;

beforeEach(async () => {
  await server.local.reset();
  await api('DELETE', '/_local/webhooks');
  await freezeClock(NOW);
  acme = await createCustomer('Acme', ['acme']);
  globex = await createCustomer('Globex');
  calls = await createCountMetric('API calls', 'api_call');
});

const spendAlert = (extra: Record<string, unknown> = {}) => ({
  alert_type: 'spend_threshold_reached',
  name: '$100 spend',
  threshold: 10000,
  ...extra,
});

describe('POST /v1/alerts/create', () => {
  it('answers with the new alert id, and the customer sees the alert as configured, ok once evaluated with nothing spent', async () => {
    const response = await api('POST', '/v1/alerts/create', { body: spendAlert({ customer_id: acme, uniqueness_key: 'spend-100' }) });
    expect(response.status).toBe(200);
    const id = response.body.data.id;
    expect(Object.keys(response.body)).toEqual(['data']);
    expect(await expectStatus(acme, id, 'ok')).toEqual({
      customer_status: 'ok',
      triggered_by: null,
      alert: {
        id,
        name: '$100 spend',
        type: 'spend_threshold_reached',
        status: 'enabled',
        credit_type: USD,
        threshold: 10000,
        uniqueness_key: 'spend-100',
        updated_at: NOW,
      },
    });
  });

  it('serves the filters it was created with', async () => {
    const id = await createAlert(
      spendAlert({
        customer_id: acme,
        group_values: [{ key: 'region', value: 'EU' }],
        group_key_filter: { key: 'region', value: 'EU' },
        custom_field_filters: [{ entity: 'Contract', key: 'tier', value: 'gold' }],
      }),
    );
    const { alert } = await customerAlert(acme, id);
    expect(alert.group_values).toEqual([{ key: 'region', value: 'EU' }]);
    expect(alert.group_key_filter).toEqual({ key: 'region', value: 'EU' });
    expect(alert.custom_field_filters).toEqual([{ entity: 'Contract', key: 'tier', value: 'gold' }]);
  });

  it('prices an alert in the pricing unit it names', async () => {
    const units = (await ok('POST', '/_local/credit-types', { name: 'compute units' })).data;
    const id = await createAlert({ alert_type: 'low_credit_balance_reached', name: 'Low CU', threshold: 5, credit_type_id: units.id });
    expect((await customerAlert(acme, id)).alert.credit_type).toEqual({ id: units.id, name: 'compute units' });
  });

  it('shows no pricing unit on alert types whose threshold is not an amount', async () => {
    const id = await createAlert({ alert_type: 'usage_threshold_reached', name: 'Calls', threshold: 3, billable_metric_id: calls });
    expect((await customerAlert(acme, id)).alert.credit_type).toBeNull();
  });

  it('answers 400 when a usage alert names no billable metric', async () => {
    const response = await api('POST', '/v1/alerts/create', { body: { alert_type: 'usage_threshold_reached', name: 'Calls', threshold: 3 } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'billable_metric_id is required for usage_threshold_reached alerts' });
  });

  it('answers 400 when a seat alert has no seat_filter', async () => {
    const response = await api('POST', '/v1/alerts/create', {
      body: { alert_type: 'low_remaining_seat_balance_reached', name: 'Seats', threshold: 1 },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'seat_filter is required for low_remaining_seat_balance_reached alerts' });
  });

  it.each([
    ['billable_metric_id', spendAlert({ billable_metric_id: UNKNOWN_ID }), 'spend_threshold_reached'],
    ['credit_grant_type_filters', spendAlert({ credit_grant_type_filters: ['trial'] }), 'spend_threshold_reached'],
    [
      'group_values',
      { alert_type: 'low_credit_balance_reached', name: 'Low', threshold: 1, group_values: [{ key: 'region' }] },
      'low_credit_balance_reached',
    ],
    [
      'invoice_types_filter',
      { alert_type: 'monthly_invoice_total_spend_threshold_reached', name: 'Monthly', threshold: 1, invoice_types_filter: ['USAGE'] },
      'monthly_invoice_total_spend_threshold_reached',
    ],
    [
      'alert_specifiers',
      { alert_type: 'low_remaining_commit_balance_reached', name: 'Commit', threshold: 1, alert_specifiers: [{}] },
      'low_remaining_commit_balance_reached',
    ],
    [
      'custom_field_filters',
      {
        alert_type: 'low_remaining_days_in_plan_reached',
        name: 'Plan ending',
        threshold: 7,
        custom_field_filters: [{ entity: 'Contract', key: 'tier', value: 'gold' }],
      },
      'low_remaining_days_in_plan_reached',
    ],
  ])('answers 400 for %s on an alert type that does not take it', async (field, body, type) => {
    const response = await api('POST', '/v1/alerts/create', { body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: `${field} is not supported for ${type} alerts` });
  });

  it('answers 400 for an alert scoped to both a customer and a plan', async () => {
    const response = await api('POST', '/v1/alerts/create', { body: spendAlert({ customer_id: acme, plan_id: UNKNOWN_ID }) });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'customer_id and plan_id cannot both be given' });
  });

  it.each([
    ['customer_id', spendAlert({ customer_id: UNKNOWN_ID }), `Customer not found: ${UNKNOWN_ID}`],
    ['plan_id', spendAlert({ plan_id: UNKNOWN_ID }), `Plan not found: ${UNKNOWN_ID}`],
    ['credit_type_id', spendAlert({ credit_type_id: UNKNOWN_ID }), `credit type not found: ${UNKNOWN_ID}`],
    [
      'billable_metric_id',
      { alert_type: 'usage_threshold_reached', name: 'Calls', threshold: 3, billable_metric_id: UNKNOWN_ID },
      `Billable metric not found: ${UNKNOWN_ID}`,
    ],
  ])('answers 404 naming an unknown %s', async (_field, body, message) => {
    const response = await api('POST', '/v1/alerts/create', { body });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message });
  });

  it('answers 400 for a usage alert on an archived billable metric', async () => {
    await ok('POST', '/v1/billable-metrics/archive', { id: calls });
    const response = await api('POST', '/v1/alerts/create', {
      body: { alert_type: 'usage_threshold_reached', name: 'Calls', threshold: 3, billable_metric_id: calls },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: `Billable metric ${calls} is archived` });
  });

  it('answers 400 for a missing threshold, as the contract requires it', async () => {
    const response = await api('POST', '/v1/alerts/create', { body: { alert_type: 'spend_threshold_reached', name: 'No threshold' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'threshold is required' });
  });

  it('answers 409 for a uniqueness_key already in use, and creates nothing', async () => {
    const first = await createAlert(spendAlert({ uniqueness_key: 'only-one' }));
    const response = await api('POST', '/v1/alerts/create', { body: spendAlert({ name: 'Again', uniqueness_key: 'only-one' }) });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ message: `An alert with uniqueness_key "only-one" already exists: ${first}` });
    const list = await ok('POST', '/v1/customer-alerts/list', { customer_id: acme });
    expect(list.data.map((view: { alert: { id: string } }) => view.alert.id)).toEqual([first]);
  });
});

describe('POST /v1/alerts/archive', () => {
  it('answers with the id; the customer status becomes null and the alert shows as archived', async () => {
    const id = await createAlert({ alert_type: 'low_credit_balance_reached', name: 'Low', threshold: 0, customer_id: acme });
    await expectStatus(acme, id, 'in_alarm');
    await freezeClock('2025-01-11T00:00:00Z');
    const response = await api('POST', '/v1/alerts/archive', { body: { id } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { id } });
    expect(await customerAlert(acme, id)).toEqual({
      customer_status: null,
      triggered_by: null,
      alert: { id, name: 'Low', type: 'low_credit_balance_reached', status: 'archived', credit_type: USD, threshold: 0, updated_at: '2025-01-11T00:00:00.000Z' },
    });
  });

  it('keeps an archived alert out of the default list, and in the list of archived alerts', async () => {
    const kept = await createAlert(spendAlert({ name: 'Kept' }));
    const archived = await createAlert(spendAlert({ name: 'Archived' }));
    await ok('POST', '/v1/alerts/archive', { id: archived });
    const ids = (list: { data: { alert: { id: string } }[] }) => list.data.map((view) => view.alert.id);
    expect(ids(await ok('POST', '/v1/customer-alerts/list', { customer_id: acme }))).toEqual([kept]);
    expect(ids(await ok('POST', '/v1/customer-alerts/list', { customer_id: acme, alert_statuses: ['ARCHIVED'] }))).toEqual([archived]);
    expect(ids(await ok('POST', '/v1/customer-alerts/list', { customer_id: acme, alert_statuses: ['ENABLED', 'ARCHIVED'] }))).toEqual([
      kept,
      archived,
    ]);
  });

  it('keeps the uniqueness key of an archived alert in use unless asked to release it', async () => {
    const id = await createAlert(spendAlert({ uniqueness_key: 'k1' }));
    await ok('POST', '/v1/alerts/archive', { id });
    expect((await api('POST', '/v1/alerts/create', { body: spendAlert({ uniqueness_key: 'k1' }) })).status).toBe(409);
  });

  it('releases the uniqueness key for reuse with release_uniqueness_key, and the archived alert no longer shows it', async () => {
    const id = await createAlert(spendAlert({ uniqueness_key: 'k2' }));
    await ok('POST', '/v1/alerts/archive', { id, release_uniqueness_key: true });
    const reused = await createAlert(spendAlert({ uniqueness_key: 'k2' }));
    expect((await customerAlert(acme, reused)).alert.uniqueness_key).toBe('k2');
    expect((await customerAlert(acme, id)).alert).not.toHaveProperty('uniqueness_key');
  });

  it('answers 404 for an unknown alert', async () => {
    const response = await api('POST', '/v1/alerts/archive', { body: { id: UNKNOWN_ID } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Alert not found: ${UNKNOWN_ID}` });
  });

  it('records the archive in the audit log', async () => {
    const id = await createAlert(spendAlert());
    await ok('POST', '/v1/alerts/archive', { id });
    const log = await ok('GET', '/v1/auditLogs', undefined);
    const entries = log.data.filter((entry: { resource_type?: string }) => entry.resource_type === 'alert');
    expect(entries.map((entry: { action: string; resource_id: string }) => [entry.action, entry.resource_id])).toEqual([
      ['create', id],
      ['archive', id],
    ]);
  });
});

describe('POST /v1/customer-alerts/list', () => {
  it("lists the alerts that watch the customer — its own and every customer's — in creation order", async () => {
    const forAll = await createAlert(spendAlert({ name: 'All customers' }));
    const forAcme = await createAlert(spendAlert({ name: 'Acme only', customer_id: acme }));
    await createAlert(spendAlert({ name: 'Globex only', customer_id: globex }));
    const list = await ok('POST', '/v1/customer-alerts/list', { customer_id: acme });
    expect(list.next_page).toBeNull();
    expect(list.data.map((view: { alert: { id: string; name: string } }) => [view.alert.id, view.alert.name])).toEqual([
      [forAll, 'All customers'],
      [forAcme, 'Acme only'],
    ]);
  });

  it('pages 100 alerts at a time with next_page as a query parameter', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 101; i += 1) ids.push(await createAlert(spendAlert({ name: `Alert ${i}`, customer_id: acme })));
    const first = await api('POST', '/v1/customer-alerts/list', { body: { customer_id: acme } });
    expect(first.body.data.map((view: { alert: { id: string } }) => view.alert.id)).toEqual(ids.slice(0, 100));
    expect(typeof first.body.next_page).toBe('string');
    const second = await api('POST', '/v1/customer-alerts/list', { body: { customer_id: acme }, query: { next_page: first.body.next_page } });
    expect(second.body).toMatchObject({ next_page: null });
    expect(second.body.data.map((view: { alert: { id: string } }) => view.alert.id)).toEqual([ids[100]]);
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await api('POST', '/v1/customer-alerts/list', { body: { customer_id: UNKNOWN_ID } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Customer not found: ${UNKNOWN_ID}` });
  });

  it('answers 400 for a next_page token it did not issue', async () => {
    const response = await api('POST', '/v1/customer-alerts/list', { body: { customer_id: acme }, query: { next_page: 'garbage' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'Invalid next_page cursor' });
  });
});

describe('POST /v1/customer-alerts/get', () => {
  it('answers 404 for an alert that watches another customer', async () => {
    const id = await createAlert(spendAlert({ customer_id: globex }));
    const response = await api('POST', '/v1/customer-alerts/get', { body: { customer_id: acme, alert_id: id } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Alert ${id} does not apply to customer ${acme}` });
  });

  it('answers 404 for an unknown alert or customer', async () => {
    const id = await createAlert(spendAlert());
    const unknownAlert = await api('POST', '/v1/customer-alerts/get', { body: { customer_id: acme, alert_id: UNKNOWN_ID } });
    expect([unknownAlert.status, unknownAlert.body]).toEqual([404, { message: `Alert not found: ${UNKNOWN_ID}` }]);
    const unknownCustomer = await api('POST', '/v1/customer-alerts/get', { body: { customer_id: UNKNOWN_ID, alert_id: id } });
    expect([unknownCustomer.status, unknownCustomer.body]).toEqual([404, { message: `Customer not found: ${UNKNOWN_ID}` }]);
  });

  it('answers 400 for group_values on an alert that is not a spend alert', async () => {
    const id = await createAlert({ alert_type: 'low_credit_balance_reached', name: 'Low', threshold: 0 });
    const response = await api('POST', '/v1/customer-alerts/get', {
      body: { customer_id: acme, alert_id: id, group_values: [{ key: 'region', value: 'EU' }] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'group_values is only supported for spend_threshold_reached alerts' });
  });
});

describe('POST /v1/customer-alerts/reset', () => {
  it('answers an empty 200 and puts the customer back to evaluating, then re-evaluates it', async () => {
    await createContract(acme, '2025-01-01T00:00:00Z');
    const id = await createAlert({ alert_type: 'usage_threshold_reached', name: 'Calls', threshold: 1, billable_metric_id: calls });
    await ingest([{ transaction_id: 'c1', customer_id: 'acme', event_type: 'api_call', timestamp: '2025-01-09T00:00:00Z' }]);
    await expectStatus(acme, id, 'in_alarm');
    await freezeClock('2025-01-10T12:00:00Z');

    const response = await api('POST', '/v1/customer-alerts/reset', { body: { customer_id: acme, alert_id: id } });
    expect(response.status).toBe(200);
    expect(response.body).toBeUndefined();
    const view = await expectStatus(acme, id, 'in_alarm', 1_000);
    expect(view.triggered_by).toBe('reset');
    expect(view.alert.updated_at).toBe('2025-01-10T12:00:00.000Z');
  });

  it('answers 404 for an alert that does not watch the customer', async () => {
    const id = await createAlert(spendAlert({ customer_id: globex }));
    const response = await api('POST', '/v1/customer-alerts/reset', { body: { customer_id: acme, alert_id: id } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Alert ${id} does not apply to customer ${acme}` });
  });

  it('answers 400 for an archived alert', async () => {
    const id = await createAlert(spendAlert());
    await ok('POST', '/v1/alerts/archive', { id });
    const response = await api('POST', '/v1/customer-alerts/reset', { body: { customer_id: acme, alert_id: id } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: `Alert ${id} is archived` });
  });
});

const specPath = process.env.METRONOME_OPENAPI_SPEC;

describe.skipIf(!specPath)('conformance of alert responses to the OpenAPI spec', () => {
  it('answers every alert operation with a body the spec allows', async () => {
    const responses = new OpenApiResponses(specPath!);
    const findings: string[] = [];
    const call = async (operation: string, body: unknown, query?: Record<string, string>) => {
      const response = await api('POST', operation.split(' ')[1]!, { body, ...(query ? { query } : {}) });
      findings.push(...responses.check(operation, response.status, response.body));
      return response.body;
    };
    const created = await call('POST /v1/alerts/create', spendAlert({ customer_id: acme, uniqueness_key: 'conformance', group_values: [{ key: 'region' }] }));
    await call('POST /v1/alerts/create', { alert_type: 'low_credit_balance_reached', name: 'Low', threshold: 0, credit_grant_type_filters: ['trial'] });
    await call('POST /v1/alerts/create', { alert_type: 'usage_threshold_reached', name: 'Calls', threshold: 3, billable_metric_id: calls });
    await call('POST /v1/alerts/create', { alert_type: 'low_remaining_seat_balance_reached', name: 'Seats', threshold: 1, seat_filter: { seat_group_key: 'user' } });
    await call('POST /v1/customer-alerts/get', { customer_id: acme, alert_id: created.data.id });
    await call('POST /v1/customer-alerts/list', { customer_id: acme });
    await call('POST /v1/customer-alerts/reset', { customer_id: acme, alert_id: created.data.id });
    await call('POST /v1/alerts/archive', { id: created.data.id, release_uniqueness_key: true });
    await call('POST /v1/customer-alerts/list', { customer_id: acme, alert_statuses: ['ARCHIVED'] });
    await call('POST /v1/customer-alerts/get', { customer_id: acme, alert_id: UNKNOWN_ID });
    await call('POST /v1/alerts/archive', { id: UNKNOWN_ID });
    expect(findings).toEqual([]);
  });
});
