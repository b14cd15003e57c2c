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
    expect(html).toContain('query CustomersAndContracts');
    expect(html).toContain('query PricingUnits');
  });

  it('runs a query sent as GET', async () => {
    const url = new URL(`${harness.gateway.url}/graphql`);
    url.searchParams.set('query', '{ creditTypes(first: 1) { nodes { name } } }');
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    expect(await response.json()).toEqual({ data: { creditTypes: { nodes: [{ name: 'USD (cents)' }] } } });
  });

  it('streams a query result as server-sent events on the same path', async () => {
    const response = await fetch(`${harness.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: '{ creditTypes(first: 1) { nodes { name } } }' }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const text = await response.text();
    expect(text).toContain('event: next\ndata: {"data":{"creditTypes":{"nodes":[{"name":"USD (cents)"}]}}}');
    expect(text).toContain('event: complete');
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

describe('operation limits', () => {
  it('rejects an operation deeper than 12 levels before calling Metronome', async () => {
    await harness.resetUpstreamCounts();
    const nested = (depth: number): string =>
      depth === 0 ? 'name' : `contracts { nodes { customer { ${nested(depth - 1)} } } }`;
    const { status, body } = await harness.graphql(`{ customers { nodes { ${nested(4)} } } }`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { message: 'Syntax Error: Query depth limit of 12 exceeded, found 15.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
    expect(await harness.upstreamCounts()).toEqual({});
  });

  it('rejects an operation with more than 30 aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: creditTypes { nodes { name } }`).join(' ');
    const { status, body } = await harness.graphql(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Syntax Error: Aliases limit of 30 exceeded, found 31.', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
  });

  it('runs an operation within the depth limit', async () => {
    const { body } = await harness.graphql('{ customers { nodes { contracts { nodes { customer { name } } } } } }');
    expect(body).toEqual({ data: { customers: { nodes: [] } } });
  });
});
