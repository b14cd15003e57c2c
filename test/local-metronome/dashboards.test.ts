import { beforeAll, describe, expect, it } from 'vitest';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);
let customerId: string;

beforeAll(async () => {
  await api('POST', '/_local/clock', { body: { now: '2025-03-10T12:00:00Z', frozen: true } });
  customerId = (await api('POST', '/v1/customers', { body: { name: 'Dashboard Co', ingest_aliases: ['dash'] } })).body.data.id;
});

async function embeddableUrl(body: Record<string, unknown>) {
  return api('POST', '/v1/dashboards/getEmbeddableUrl', { body: { customer_id: customerId, ...body } });
}

describe('POST /v1/dashboards/getEmbeddableUrl', () => {
  it('answers a URL served by this Local Metronome for the customer and dashboard type', async () => {
    const response = await embeddableUrl({ dashboard: 'invoices' });
    expect(response.status).toBe(200);
    expect(response.body.data.url).toMatch(
      new RegExp(`^${server.local.url.replace(/[.]/g, '\\.')}/embeddable-dashboards/customers/invoices/v1\\?token=[\\w-]+\\.[\\w-]+$`),
    );
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await api('POST', '/v1/dashboards/getEmbeddableUrl', {
      body: { customer_id: '00000000-0000-4000-8000-000000000000', dashboard: 'usage' },
    });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: 'Customer not found: 00000000-0000-4000-8000-000000000000' });
  });

  it('answers 400 for a dashboard type outside the contract', async () => {
    const response = await embeddableUrl({ dashboard: 'revenue' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'dashboard must be one of: invoices, usage, credits, commits_and_credits' });
  });

  it('answers 400 for an option value the option does not take', async () => {
    const response = await embeddableUrl({ dashboard: 'invoices', dashboard_options: [{ key: 'invoice_type', value: 'MONTHLY' }] });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'dashboard_options[0].value is not a valid value for invoice_type: MONTHLY' });
  });

  it('answers 400 for an invoices-only option on another dashboard', async () => {
    const response = await embeddableUrl({ dashboard: 'usage', dashboard_options: [{ key: 'invoice_type', value: 'USAGE' }] });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'dashboard_options[0].key invoice_type is supported for the invoices dashboard only' });
  });

  it('answers 400 for a color that is not hex', async () => {
    const response = await embeddableUrl({ dashboard: 'usage', color_overrides: [{ name: 'UsageLine_0', value: 'red' }] });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'color_overrides[0].value must be a hex color, e.g. #1D4ED8' });
  });
});

describe('the embeddable dashboard page', () => {
  it('serves HTML titled with the dashboard type and the customer name', async () => {
    const url = (await embeddableUrl({ dashboard: 'invoices' })).body.data.url;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Invoices — Dashboard Co</title>');
  });

  it('draws usage with the overridden line color', async () => {
    await api('POST', '/v1/billable-metrics/create', {
      body: { name: 'Calls', aggregation_type: 'COUNT', event_type_filter: { in_values: ['call'] } },
    });
    await api('POST', '/v1/ingest', {
      body: [{ transaction_id: 'd-1', customer_id: 'dash', event_type: 'call', timestamp: '2025-03-09T10:00:00Z', properties: {} }],
    });
    const url = (await embeddableUrl({ dashboard: 'usage', color_overrides: [{ name: 'UsageLine_0', value: '#ff0055' }] })).body.data.url;
    const html = await (await fetch(url)).text();
    expect(html).toContain('<polyline fill="none" stroke="#ff0055"');
    expect(html).toContain('Calls <span class="muted">1 in 30 days</span>');
  });

  it('refuses a tampered token with 403', async () => {
    const url: string = (await embeddableUrl({ dashboard: 'credits' })).body.data.url;
    const page = await fetch(url.replace(/\.([\w-]+)$/, '.x$1'));
    expect(page.status).toBe(403);
  });

  it('refuses a token for another dashboard type with 403', async () => {
    const url: string = (await embeddableUrl({ dashboard: 'credits' })).body.data.url;
    expect((await fetch(url.replace('/customers/credits/', '/customers/invoices/'))).status).toBe(403);
  });

  it('refuses a link once it is a day old', async () => {
    const url = (await embeddableUrl({ dashboard: 'credits' })).body.data.url;
    await api('POST', '/_local/clock', { body: { advance_ms: 24 * 60 * 60 * 1000 } });
    expect((await fetch(url)).status).toBe(403);
  });

  it('does not count its own API reads as upstream requests', async () => {
    const url = (await embeddableUrl({ dashboard: 'commits_and_credits' })).body.data.url;
    await api('DELETE', '/_local/requests');
    await fetch(url);
    expect((await api('GET', '/_local/requests')).body.total).toBe(0);
  });
});
