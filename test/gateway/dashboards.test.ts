import { beforeEach, describe, expect, it } from 'vitest';
import { CustomersDashboardsDocument, EmbeddableDashboardDocument } from './__generated__/graphql.js';
import { create, createPricedCustomer } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

beforeEach(async () => {
  await server.local.reset();
  await server.api('POST', '/_local/clock', { body: { now: '2025-05-01T00:00:00Z', frozen: true } });
});

/** What a dashboard URL grants, read from its signed token. */
function grantOf(url: string) {
  const token = new URL(url).searchParams.get('token')!;
  return JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'));
}

describe('Customer.embeddableDashboardUrl', () => {
  it('answers the URL Metronome signs for the dashboard, its options, colors and group key names', async () => {
    const { customerId, contractId } = await createPricedCustomer(server.api, 'Acme');
    const { body } = await harness.execute(EmbeddableDashboardDocument, {
      customerId,
      dashboard: 'invoices',
      options: [
        { key: 'contract_id', value: contractId },
        { key: 'show_zero_usage_line_items', value: 'true' },
      ],
      colorOverrides: [{ name: 'Primary_medium', value: '#1D4ED8' }],
      billableMetricGroupKeyOverrides: [{ groupKeyName: 'endpoint', displayName: 'Endpoint', valueDisplayNames: { '/v1/a': 'A' } }],
    });
    expect(body.errors).toBeUndefined();
    const url = body.data!.customer!.embeddableDashboardUrl!;
    const rest = await server.api('POST', '/v1/dashboards/getEmbeddableUrl', {
      body: {
        customer_id: customerId,
        dashboard: 'invoices',
        dashboard_options: [
          { key: 'contract_id', value: contractId },
          { key: 'show_zero_usage_line_items', value: 'true' },
        ],
        color_overrides: [{ name: 'Primary_medium', value: '#1D4ED8' }],
        bm_group_key_overrides: [{ group_key_name: 'endpoint', display_name: 'Endpoint', value_display_names: { '/v1/a': 'A' } }],
      },
    });
    expect(url).toBe(rest.body.data.url);
    expect(url.startsWith(`${server.local.url}/embeddable-dashboards/customers/invoices/v1?token=`)).toBe(true);
    expect(grantOf(url)).toEqual({
      customer_id: customerId,
      dashboard: 'invoices',
      dashboard_options: [
        { key: 'contract_id', value: contractId },
        { key: 'show_zero_usage_line_items', value: 'true' },
      ],
      color_overrides: [{ name: 'Primary_medium', value: '#1D4ED8' }],
      bm_group_key_overrides: [{ group_key_name: 'endpoint', display_name: 'Endpoint', value_display_names: { '/v1/a': 'A' } }],
      exp: Date.parse('2025-05-02T00:00:00Z'),
    });
    const page = await fetch(url);
    expect([page.status, page.headers.get('content-type')]).toEqual([200, expect.stringContaining('text/html')]);
  });

  it('answers BAD_USER_INPUT for an option the dashboard does not support', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const { body } = await harness.execute(EmbeddableDashboardDocument, {
      customerId,
      dashboard: 'usage',
      options: [{ key: 'invoice_type', value: 'USAGE' }],
    });
    expect(body.data).toEqual({ customer: { embeddableDashboardUrl: null } });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message, e.path])).toEqual([
      [
        'BAD_USER_INPUT',
        'dashboard_options[0].key invoice_type is supported for the invoices dashboard only',
        ['customer', 'embeddableDashboardUrl'],
      ],
    ]);
  });

  it('signs each customer’s dashboards with one POST each (Metronome has no batch form), never the same one twice', async () => {
    for (const name of ['Alpha', 'Beta']) await create(server.api, '/v1/customers', { name });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersDashboardsDocument, {});
    expect(body.data!.customers.nodes.map((c) => [c.name, grantOf(c.invoices!).dashboard, grantOf(c.usage!).dashboard])).toEqual([
      ['Alpha', 'invoices', 'usage'],
      ['Beta', 'invoices', 'usage'],
    ]);
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 1, 'POST /v1/dashboards/getEmbeddableUrl': 4 });
  });
});
