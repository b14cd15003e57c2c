import type { ApiClient } from '../support/local-metronome.js';

/**
 * Builds billing scenarios over real HTTP: a customer, a usage product on a SUM metric (event type `api`,
 * property `n`), a fixed product for commits and charges, a rate card pricing the usage product, and contracts.
 */
export function billingFixtures(api: ApiClient) {
  async function ok<T = any>(method: string, path: string, body?: unknown, query?: Record<string, string | number | boolean | string[] | undefined>): Promise<T> {
    const response = await api<T>(method, path, { ...(body === undefined ? {} : { body }), ...(query ? { query } : {}) });
    if (response.status !== 200) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async function setClock(now: string): Promise<void> {
    await ok('POST', '/_local/clock', { now, frozen: true });
  }

  async function customer(name = 'Acme', alias = 'acme'): Promise<string> {
    return (await ok<{ data: { id: string } }>('POST', '/v1/customers', { name, ingest_aliases: [alias] })).data.id;
  }

  async function metric(name = 'calls', eventType = 'api', extra: Record<string, unknown> = {}): Promise<string> {
    return (
      await ok<{ data: { id: string } }>('POST', '/v1/billable-metrics/create', {
        name,
        event_type_filter: { in_values: [eventType] },
        aggregation_type: 'SUM',
        aggregation_key: 'n',
        property_filters: [{ name: 'n', exists: true }],
        ...extra,
      })
    ).data.id;
  }

  async function product(body: Record<string, unknown>): Promise<string> {
    return (await ok<{ data: { id: string } }>('POST', '/v1/contract-pricing/products/create', body)).data.id;
  }

  async function rateCard(name = 'Standard', extra: Record<string, unknown> = {}): Promise<string> {
    return (await ok<{ data: { id: string } }>('POST', '/v1/contract-pricing/rate-cards/create', { name, ...extra })).data.id;
  }

  async function addRate(rateCardId: string, productId: string, rate: Record<string, unknown>, startingAt = '2025-01-01T00:00:00Z'): Promise<void> {
    await ok('POST', '/v1/contract-pricing/rate-cards/addRate', {
      rate_card_id: rateCardId,
      product_id: productId,
      starting_at: startingAt,
      entitled: true,
      ...rate,
    });
  }

  async function contract(body: Record<string, unknown>): Promise<string> {
    return (await ok<{ data: { id: string } }>('POST', '/v1/contracts/create', body)).data.id;
  }

  async function ingest(events: { n?: number; at: string; alias?: string; type?: string; properties?: Record<string, unknown> }[]): Promise<void> {
    await ok(
      'POST',
      '/v1/ingest',
      events.map((e, i) => ({
        transaction_id: `${e.at}-${i}-${Math.random()}`,
        customer_id: e.alias ?? 'acme',
        event_type: e.type ?? 'api',
        timestamp: e.at,
        properties: { ...(e.n !== undefined ? { n: e.n } : {}), ...e.properties },
      })),
    );
  }

  /** A customer on a contract from 2025-01-01 whose rate card prices `calls` (FLAT 2.5 unless told otherwise). */
  async function standardWorld(options: { rate?: Record<string, unknown>; contract?: Record<string, unknown>; usageProduct?: Record<string, unknown> } = {}) {
    const customerId = await customer();
    const metricId = await metric();
    const usageProductId = await product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId, ...options.usageProduct });
    const fixedProductId = await product({ name: 'Prepaid commit', type: 'FIXED' });
    const rateCardId = await rateCard();
    await addRate(rateCardId, usageProductId, options.rate ?? { rate_type: 'FLAT', price: 2.5 });
    const contractId = await contract({ customer_id: customerId, starting_at: '2025-01-01T00:00:00Z', rate_card_id: rateCardId, ...options.contract });
    return { customerId, metricId, usageProductId, fixedProductId, rateCardId, contractId };
  }

  function commit(productId: string, amount: number, extra: Record<string, unknown> = {}, window = { starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }) {
    return { type: 'PREPAID', product_id: productId, priority: 1, access_schedule: { schedule_items: [{ amount, ...window }] }, ...extra };
  }

  async function invoices(customerId: string, query: Record<string, string | number | boolean | undefined> = {}) {
    return ok<{ data: any[]; next_page: string | null }>('GET', `/v1/customers/${customerId}/invoices`, undefined, query);
  }

  return { ok, setClock, customer, metric, product, rateCard, addRate, contract, ingest, standardWorld, commit, invoices };
}

/** The line items of an invoice as [type, name, quantity, total] rows, for exact comparisons. */
export function lineRows(invoice: { line_items: any[] }): [string, string, number | undefined, number][] {
  return invoice.line_items.map((l) => [l.type, l.name, l.quantity, l.total]);
}
