import { expect } from 'vitest';
import type { ApiClient } from './local-metronome.js';

export const USD = { id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2', name: 'USD (cents)' };
export const UNKNOWN_ID = '6f4e3c1a-4a0e-4bd6-9d5c-2f6b1c7e8a90';

type CustomerStatus = 'ok' | 'in_alarm' | 'evaluating' | null;

/** Requests the alert tests make over and over, through the real HTTP API. */
export function alertFixtures(api: ApiClient) {
  async function ok<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await api<T>(method, path, body === undefined ? {} : { body });
    expect(response.status, `${method} ${path} answered ${JSON.stringify(response.body)}`).toBe(200);
    return response.body;
  }

  const fixtures = {
    ok,
    freezeClock: (now: string) => ok('POST', '/_local/clock', { now, frozen: true }),
    createCustomer: async (name: string, ingestAliases: string[] = []) =>
      (await ok('POST', '/v1/customers', { name, ingest_aliases: ingestAliases })).data.id as string,
    createCountMetric: async (name: string, eventType: string) =>
      (await ok('POST', '/v1/billable-metrics/create', { name, event_type_filter: { in_values: [eventType] }, aggregation_type: 'COUNT' }))
        .data.id as string,
    createContract: async (customerId: string, startingAt: string, terms: Record<string, unknown> = {}) =>
      (await ok('POST', '/v1/contracts/create', { customer_id: customerId, starting_at: startingAt, ...terms })).data.id as string,
    createProduct: async (name: string) =>
      (await ok('POST', '/v1/contract-pricing/products/create', { name, type: 'FIXED' })).data.id as string,
    ingest: (events: { transaction_id: string; customer_id: string; event_type: string; timestamp: string }[]) =>
      ok('POST', '/v1/ingest', events.map((event) => ({ properties: {}, ...event }))),
    createAlert: async (body: Record<string, unknown>) => (await ok('POST', '/v1/alerts/create', body)).data.id as string,
    customerAlert: async (customerId: string, alertId: string, extra: Record<string, unknown> = {}) =>
      (await ok('POST', '/v1/customer-alerts/get', { customer_id: customerId, alert_id: alertId, ...extra })).data,

    /**
     * Polls the customer's status on the alert until it is `status`; fails when it is not within `withinMs`.
     * The Local Metronome re-evaluates within a second of a change; tests of that promise pass 1000, the others
     * leave room for a machine busy with other suites.
     */
    async expectStatus(customerId: string, alertId: string, status: CustomerStatus, withinMs = 3_000) {
      const deadline = Date.now() + withinMs;
      let view = await fixtures.customerAlert(customerId, alertId);
      while (view.customer_status !== status && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        view = await fixtures.customerAlert(customerId, alertId);
      }
      expect(view.customer_status).toBe(status);
      return view;
    },

    /** Waits until every webhook delivery has been delivered or abandoned. */
    async settleDeliveries(withinMs = 5_000) {
      const deadline = Date.now() + withinMs;
      for (;;) {
        const { data } = await ok<{ data: { delivered_at: string | null; abandoned_at: string | null }[] }>('GET', '/_local/webhooks/deliveries');
        if (data.every((d) => d.delivered_at !== null || d.abandoned_at !== null) || Date.now() > deadline) return data;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
  return fixtures;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
