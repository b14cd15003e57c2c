import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/app.js';
import { gatewayConfig } from '../../src/config.js';
import { apiErrorFor } from '../../src/metronome-client/errors.js';
import { maskError } from '../../src/schema/errors.js';
import { create, createPricedCustomer } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

// A short timeout so that timeout tests take three attempts of 300 ms.
const harness = useGateway({ timeoutMs: 300 });
const { server } = harness;
const CUSTOMERS = '{ customers(first: 1) { nodes { name } } }';
const REQUEST_ID = expect.stringMatching(/^[0-9a-f-]{36}$/);

async function fault(body: Record<string, unknown>): Promise<void> {
  expect((await server.api('POST', '/_local/faults', { body })).status).toBe(200);
}

beforeEach(async () => {
  await server.local.reset();
  await create(server.api, '/v1/customers', { name: 'Acme' });
  await harness.resetUpstreamCounts();
});

afterEach(async () => {
  await server.api('POST', '/_local/latency', { body: { latency_ms: 0 } });
});

describe('upstream errors become GraphQL errors with extensions.code', () => {
  it('maps a 400 to BAD_USER_INPUT with Metronome’s message, without retrying', async () => {
    await fault({ kind: 'error', status: 400, operation: 'GET /v1/customers', count: 1 });
    const { status, body } = await harness.graphql(CUSTOMERS);
    expect(status).toBe(200);
    expect(body).toEqual({
      data: null,
      errors: [
        {
          message: 'Injected fault: 400',
          locations: [{ line: 1, column: 3 }],
          path: ['customers'],
          extensions: { code: 'BAD_USER_INPUT', upstreamStatus: 400, upstreamRequestId: REQUEST_ID },
        },
      ],
    });
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 1 });
  });

  it('maps a 401 to UPSTREAM_AUTH without saying anything about the credentials', async () => {
    await fault({ kind: 'error', status: 401, operation: 'GET /v1/customers', count: 1 });
    const { body } = await harness.graphql(CUSTOMERS);
    expect(body.errors?.map((e) => [e.message, e.extensions])).toEqual([
      ['Metronome rejected the gateway’s API credentials', { code: 'UPSTREAM_AUTH', upstreamStatus: 401, upstreamRequestId: REQUEST_ID }],
    ]);
  });

  it('maps a 403 to UPSTREAM_AUTH', async () => {
    await fault({ kind: 'error', status: 403, operation: 'GET /v1/customers', count: 1 });
    const { body } = await harness.graphql(CUSTOMERS);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_AUTH']);
  });

  it('maps a 404 on a nullable field to null plus NOT_FOUND, keeping the rest of the data', async () => {
    const existing = await create(server.api, '/v1/customers', { name: 'Beta' });
    const missing = '0b7d9c1e-1111-4222-8333-444455556666';
    const { body } = await harness.graphql(
      `query ($a: String!, $b: String!) { a: customer(metronomeId: $a) { name } b: customer(metronomeId: $b) { name } }`,
      { a: existing, b: missing },
    );
    expect(body).toEqual({
      data: { a: { name: 'Beta' }, b: null },
      errors: [
        {
          message: `Customer not found: ${missing}`,
          locations: [{ line: 1, column: 74 }],
          path: ['b'],
          extensions: { code: 'NOT_FOUND', upstreamStatus: 404, upstreamRequestId: null },
        },
      ],
    });
  });

  it('maps a 404 of Metronome itself to NOT_FOUND with its message', async () => {
    const { body } = await harness.graphql('{ billableMetric(metronomeId: "0b7d9c1e-1111-4222-8333-444455556666") { name } }');
    expect(body.data).toEqual({ billableMetric: null });
    expect(body.errors?.map((e) => [e.extensions?.code, e.extensions?.upstreamStatus])).toEqual([['NOT_FOUND', 404]]);
  });

  it('maps a 409 to CONFLICT, without retrying', async () => {
    await fault({ kind: 'error', status: 409, operation: 'GET /v1/customers', count: 1 });
    const { body } = await harness.graphql(CUSTOMERS);
    expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Injected fault: 409', 'CONFLICT']]);
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 1 });
  });

  it('maps a 429 whose Retry-After is too long to wait for to RATE_LIMITED with retryAfter in seconds', async () => {
    await fault({ kind: 'rate_limit', retry_after_seconds: 30, operation: 'GET /v1/customers', count: 1 });
    const { body } = await harness.graphql(CUSTOMERS);
    expect(body.errors?.map((e) => [e.message, e.extensions])).toEqual([
      [
        'Metronome is rate limiting requests; retry later',
        { code: 'RATE_LIMITED', retryAfter: 30, upstreamStatus: 429, upstreamRequestId: REQUEST_ID },
      ],
    ]);
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 1 });
  });

  it('maps a 429 that outlasts the retries to RATE_LIMITED after three attempts', async () => {
    await fault({ kind: 'rate_limit', retry_after_seconds: 0, operation: 'GET /v1/customers', count: 5 });
    const { body } = await harness.graphql(CUSTOMERS);
    expect(body.errors?.map((e) => [e.extensions?.code, e.extensions?.retryAfter])).toEqual([['RATE_LIMITED', 0]]);
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 3 });
  });

  it('maps 5xx that outlast the retries to UPSTREAM_UNAVAILABLE after three attempts', async () => {
    await fault({ kind: 'error', status: 503, operation: 'GET /v1/customers' });
    const { body } = await harness.graphql(CUSTOMERS);
    expect(body.errors?.map((e) => [e.message, e.extensions])).toEqual([
      [
        'Metronome is unavailable; retry later',
        { code: 'UPSTREAM_UNAVAILABLE', reason: 'METRONOME_SERVER_ERROR', upstreamStatus: 503, upstreamRequestId: REQUEST_ID },
      ],
    ]);
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 3 });
  });

  it('maps timeouts to UPSTREAM_UNAVAILABLE after three attempts', async () => {
    await server.api('POST', '/_local/latency', { body: { latency_ms: 600 } });
    const { body } = await harness.graphql(CUSTOMERS);
    expect(body.errors?.map((e) => e.extensions)).toEqual([{ code: 'UPSTREAM_UNAVAILABLE', reason: 'METRONOME_TIMEOUT' }]);
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 3 });
    // The abandoned attempts are still being served; let them finish before the next test injects faults.
    await new Promise((resolve) => setTimeout(resolve, 700));
  });

  it('maps dropped connections to UPSTREAM_UNAVAILABLE', async () => {
    await fault({ kind: 'drop', operation: 'GET /v1/customers' });
    const { body } = await harness.graphql(CUSTOMERS);
    expect(body.errors?.map((e) => e.extensions)).toEqual([{ code: 'UPSTREAM_UNAVAILABLE', reason: 'METRONOME_CONNECTION' }]);
  });

  it('answers with the data when a retry succeeds', async () => {
    await fault({ kind: 'error', status: 502, operation: 'GET /v1/customers', count: 2 });
    const { body } = await harness.graphql(CUSTOMERS);
    expect(body).toEqual({ data: { customers: { nodes: [{ name: 'Acme' }] } } });
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 3 });
  });

  it('keeps the rest of a nested result when one upstream call fails', async () => {
    const ids = await createPricedCustomer(server.api, 'Zeta');
    await fault({ kind: 'error', status: 503, operation: 'GET /v1/billable-metrics/{billable_metric_id}' });
    const { body } = await harness.graphql(
      `query ($id: String!) { customer(metronomeId: $id) { name contracts { nodes { name rateCard { rates(at: "2025-06-01T00:00:00.000Z") {
        nodes { product { name billableMetric { name } } } } } } } } }`,
      { id: ids.customerId },
    );
    expect(body.data).toEqual({
      customer: {
        name: 'Zeta',
        contracts: { nodes: [{ name: 'Zeta annual', rateCard: { rates: { nodes: [{ product: { name: 'API requests', billableMetric: null } }] } } }] },
      },
    });
    expect(body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['customer', 'contracts', 'nodes', 0, 'rateCard', 'rates', 'nodes', 0, 'product', 'billableMetric'], 'UPSTREAM_UNAVAILABLE'],
    ]);
  });
});

describe('credentials', () => {
  it('never shows a wrong token, in the error or anywhere in the response', async () => {
    const token = 'sk-leaky-token-000111';
    const gateway = createGateway(gatewayConfig({ baseUrl: server.local.url, bearerToken: token, retryDelayMs: 5 }));
    try {
      const url = await gateway.start(0);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CUSTOMERS }),
      });
      const text = await response.text();
      expect(text).not.toContain(token);
      expect(JSON.parse(text).errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['UPSTREAM_AUTH']);
      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'METRONOME_AUTHENTICATION' });
    } finally {
      await gateway.stop();
    }
  });
});

describe('maskError', () => {
  const details = { upstreamMessage: 'lock held', requestId: 'r-1', retryAfterMs: undefined };

  it('keeps a conflict Metronome marks retryable apart from a uniqueness conflict', () => {
    const transient = apiErrorFor('POST /v1/contracts/amend', { ...details, status: 409, headers: { 'x-should-retry': 'true' } });
    const uniqueness = apiErrorFor('POST /v1/contracts/create', { ...details, status: 409, headers: {} });
    expect((maskError(new GraphQLError('x', { originalError: transient }), 'Unexpected error.') as GraphQLError).extensions).toEqual({
      code: 'TRANSIENT_CONFLICT',
      retryable: true,
      upstreamStatus: 409,
      upstreamRequestId: 'r-1',
    });
    expect((maskError(new GraphQLError('x', { originalError: uniqueness }), 'Unexpected error.') as GraphQLError).extensions.code).toBe(
      'CONFLICT',
    );
  });

  it('masks an unexpected error: generic message, INTERNAL_SERVER_ERROR, nothing of the original', () => {
    const secret = new Error('database password is hunter2');
    const masked = maskError(new GraphQLError(secret.message, { originalError: secret, path: ['customers'] }), 'Unexpected error.');
    expect((masked as GraphQLError).toJSON()).toEqual({
      message: 'Unexpected error.',
      path: ['customers'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect((masked as GraphQLError).originalError).toBeUndefined();
  });
});
