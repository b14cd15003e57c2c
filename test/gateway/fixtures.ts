import { expect } from 'vitest';
import type { ApiClient } from '../support/local-metronome.js';

export const USD_CENTS = '2714e483-4ff1-48e4-9e25-ac732e8f24f2';

/** Creates through the Local Metronome's REST API and returns `data.id`, failing loudly on a non-200. */
export async function create(api: ApiClient, path: string, body: unknown): Promise<string> {
  const response = await api('POST', path, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}

export interface PricedCustomer {
  customerId: string;
  metricId: string;
  usageProductId: string;
  commitProductId: string;
  creditProductId: string;
  rateCardId: string;
  contractId: string;
  commitId: string;
  creditId: string;
}

export const CONTRACT_START = '2025-01-01T00:00:00.000Z';
export const CONTRACT_END = '2026-01-01T00:00:00.000Z';

/**
 * One customer on one contract: a COUNT metric priced FLAT 5 cents by a usage product on a rate card, a
 * prepaid commit and a credit.
 */
export async function createPricedCustomer(api: ApiClient, name = 'Acme'): Promise<PricedCustomer> {
  const metricId = await create(api, '/v1/billable-metrics/create', {
    name: 'API requests',
    event_type_filter: { in_values: ['api_request'] },
    aggregation_type: 'COUNT',
    property_filters: [{ name: 'endpoint', exists: true }],
    group_keys: [['endpoint']],
  });
  const usageProductId = await create(api, '/v1/contract-pricing/products/create', {
    name: 'API requests',
    type: 'USAGE',
    billable_metric_id: metricId,
    tags: ['usage'],
  });
  const commitProductId = await create(api, '/v1/contract-pricing/products/create', { name: 'Prepaid commit', type: 'FIXED' });
  const creditProductId = await create(api, '/v1/contract-pricing/products/create', { name: 'Promotional credit', type: 'FIXED' });
  const rateCardId = await create(api, '/v1/contract-pricing/rate-cards/create', {
    name: 'Standard pricing',
    description: 'List prices',
  });
  const rates = await api('POST', '/v1/contract-pricing/rate-cards/addRates', {
    body: {
      rate_card_id: rateCardId,
      rates: [{ product_id: usageProductId, starting_at: CONTRACT_START, entitled: true, rate_type: 'FLAT', price: 5 }],
    },
  });
  expect(rates.status, JSON.stringify(rates.body)).toBe(200);
  const customerId = await create(api, '/v1/customers', { name, ingest_aliases: [name.toLowerCase()] });
  const schedule = (amount: number) => ({
    credit_type_id: USD_CENTS,
    schedule_items: [{ amount, starting_at: CONTRACT_START, ending_before: CONTRACT_END }],
  });
  const contractId = await create(api, '/v1/contracts/create', {
    customer_id: customerId,
    name: `${name} annual`,
    rate_card_id: rateCardId,
    starting_at: CONTRACT_START,
    ending_before: CONTRACT_END,
    commits: [
      {
        type: 'PREPAID',
        name: 'Annual commit',
        product_id: commitProductId,
        access_schedule: schedule(100_000),
        invoice_schedule: { credit_type_id: USD_CENTS, schedule_items: [{ amount: 100_000, timestamp: CONTRACT_START }] },
        priority: 1,
      },
    ],
    credits: [
      { name: 'Welcome credit', product_id: creditProductId, access_schedule: schedule(5_000), applicable_product_tags: ['usage'], priority: 0 },
    ],
  });
  const contract = await api('POST', '/v1/contracts/get', { body: { customer_id: customerId, contract_id: contractId } });
  return {
    customerId,
    metricId,
    usageProductId,
    commitProductId,
    creditProductId,
    rateCardId,
    contractId,
    commitId: contract.body.data.current.commits[0].id,
    creditId: contract.body.data.current.credits[0].id,
  };
}
