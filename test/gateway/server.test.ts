import { createClient } from 'graphql-ws';
import { beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

beforeEach(async () => {
  await server.local.reset();
});

describe('HTTP endpoints', () => {
  it('answers /health with 200', async () => {
    const response = await fetch(`${harness.gateway.url}/health`);
    expect(response.status).toBe(200);
  });

  it('answers /ready with 200 when Metronome answers', async () => {
    const response = await fetch(`${harness.gateway.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/services': 1 });
  });

  it('answers /ready with 503 and the reason code when Metronome fails', async () => {
    await server.api('POST', '/_local/faults', { body: { kind: 'error', status: 503, operation: 'GET /v1/services', count: 1 } });
    const response = await fetch(`${harness.gateway.url}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'METRONOME_SERVER_ERROR' });
  });

  it('serves GraphiQL with the example operations to a browser', async () => {
    const response = await fetch(`${harness.gateway.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Metronome GraphQL</title>');
    expect(html).toContain('query PricingUnits');
  });

  it('runs a query sent as GET', async () => {
    const url = new URL(`${harness.gateway.url}/graphql`);
    url.searchParams.set('query', '{ creditTypes(first: 1) { nodes { name } } }');
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    expect(await response.json()).toEqual({ data: { creditTypes: { nodes: [{ name: 'USD (cents)' }] } } });
  });

  it('runs a query over graphql-ws on the same path', async () => {
    const client = createClient({ url: `${harness.gateway.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const result = await new Promise((resolve, reject) => {
        let value: unknown;
        client.subscribe(
          { query: '{ creditTypes(first: 1) { nodes { metronomeId } } }' },
          { next: (data) => (value = data), error: reject, complete: () => resolve(value) },
        );
      });
      expect(result).toEqual({ data: { creditTypes: { nodes: [{ metronomeId: '2714e483-4ff1-48e4-9e25-ac732e8f24f2' }] } } });
    } finally {
      await client.dispose();
    }
  });
});
