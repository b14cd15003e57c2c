import { expect } from 'vitest';
import type { ApiClient } from './local-metronome.js';

/** One usage event as `/v1/ingest` takes it. */
export interface IngestEvent {
  transaction_id: string;
  customer_id: string;
  event_type: string;
  timestamp: string;
  properties?: Record<string, unknown>;
}

/**
 * Small steps the usage and billable metric tests repeat, each through the real HTTP API and each failing loudly
 * (with the response body) when the Local Metronome refuses it.
 */
export function usageFixtures(api: ApiClient) {
  const ok = async <T = any>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await api<T>(method, path, { body });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  };
  return {
    async createCustomer(name: string, ingestAliases?: string[]): Promise<string> {
      const body = await ok('POST', '/v1/customers', { name, ...(ingestAliases ? { ingest_aliases: ingestAliases } : {}) });
      return body.data.id as string;
    },
    async createMetric(definition: Record<string, unknown>): Promise<string> {
      const body = await ok('POST', '/v1/billable-metrics/create', definition);
      return body.data.id as string;
    },
    async ingest(events: IngestEvent[]): Promise<void> {
      await ok('POST', '/v1/ingest', events);
    },
    async freezeClock(now: string): Promise<void> {
      await ok('POST', '/_local/clock', { now, frozen: true });
    },
  };
}

/** `count` events of one type for one customer, one per minute from `from`, with the given properties. */
export function eventsEveryMinute(
  count: number,
  event: { customer_id: string; event_type: string; from: string; prefix: string },
  properties: (i: number) => Record<string, unknown> = () => ({}),
): IngestEvent[] {
  const start = Date.parse(event.from);
  return Array.from({ length: count }, (_, i) => ({
    transaction_id: `${event.prefix}-${i}`,
    customer_id: event.customer_id,
    event_type: event.event_type,
    timestamp: new Date(start + i * 60_000).toISOString(),
    properties: properties(i),
  }));
}
