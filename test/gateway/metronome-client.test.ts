import { readFileSync, readdirSync } from 'node:fs';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BearerToken } from '../../src/auth/credentials.js';
import { MetronomeClient } from '../../src/metronome-client/client.js';
import {
  MetronomeAuthenticationError,
  MetronomeBadRequestError,
  MetronomeConflictError,
  MetronomeConnectionError,
  MetronomeNotFoundError,
  MetronomeRateLimitError,
  MetronomeServerError,
  MetronomeTimeoutError,
} from '../../src/metronome-client/errors.js';
import type { HttpTransportOptions } from '../../src/metronome-client/http-transport.js';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const clients: MetronomeClient[] = [];

function client(options: Partial<HttpTransportOptions> = {}): MetronomeClient {
  const created = new MetronomeClient({
    baseUrl: server.local.url,
    bearerToken: new BearerToken(server.local.bearerToken),
    ...options,
    // Short backoffs keep the suite fast; Retry-After tests set their own.
    retry: { initialDelayMs: 5, maxDelayMs: 20, ...options.retry },
  });
  clients.push(created);
  return created;
}

async function injectFault(fault: Record<string, unknown>): Promise<void> {
  expect((await server.api('POST', '/_local/faults', { body: fault })).status).toBe(200);
}

async function requestCounts(): Promise<Record<string, number>> {
  return (await server.api('GET', '/_local/requests')).body.counts;
}

async function loggedRequests(): Promise<{ operation: string; url: string; at: string; status?: number }[]> {
  return (await server.api('GET', '/_local/requests')).body.requests;
}

beforeEach(async () => {
  await server.local.reset();
  await server.api('POST', '/_local/latency', { body: { latency_ms: 0, jitter_ms: 0 } });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

describe('reads', () => {
  it('returns the upstream JSON body of a GET', async () => {
    expect(await client().services.list()).toEqual({
      services: [
        { name: 'api', usage: 'accepts_connections_at', ips: ['127.0.0.1', '::1'] },
        { name: 'webhooks', usage: 'makes_connections_from', ips: ['127.0.0.1', '::1'] },
      ],
    });
  });

  it('sends query parameters, dropping the undefined ones', async () => {
    const page = await client().creditTypes.list({ limit: 1, next_page: undefined });
    expect(page.data).toEqual([{ id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2', name: 'USD (cents)', is_currency: true }]);
    expect((await loggedRequests()).map((r) => r.url)).toEqual(['/v1/credit-types/list?limit=1']);
  });

  it('sends array query parameters comma-separated', async () => {
    await client().customers.list({ customer_ids: ['a', 'b'] });
    expect((await loggedRequests()).map((r) => r.url)).toEqual(['/v1/customers?customer_ids=a%2Cb']);
  });

  it('percent-encodes path segments so an id cannot change the route', async () => {
    const error = await client()
      .customers.retrieve({ customer_id: '../services' })
      .catch((e: unknown) => e);
    expect((await loggedRequests()).map((r) => [r.operation, r.url])).toEqual([
      ['GET /v1/customers/{customer_id}', '/v1/customers/..%2Fservices'],
    ]);
    expect(error).toBeInstanceOf(MetronomeBadRequestError);
  });

  it('refuses an empty path segment instead of calling the list endpoint', async () => {
    await expect(client().customers.retrieve({ customer_id: '' })).rejects.toThrow(
      'customer_id must be a non-empty string for /v1/customers/{customer_id}',
    );
    expect(await requestCounts()).toEqual({});
  });

  it('retries a GET answered 503 and returns the result of the attempt that succeeds', async () => {
    await injectFault({ kind: 'error', status: 503, operation: 'GET /v1/services', count: 2 });
    const result = await client().services.list();
    expect(result.services).toHaveLength(2);
    expect(await requestCounts()).toEqual({ 'GET /v1/services': 3 });
  });

  it('retries a read served as POST', async () => {
    await injectFault({ kind: 'error', status: 500, operation: 'POST /v1/contract-pricing/products/list', count: 1 });
    expect(await client().products.list()).toEqual({ data: [], next_page: null });
    expect(await requestCounts()).toEqual({ 'POST /v1/contract-pricing/products/list': 2 });
  });

  it('retries a read whose connection was dropped without an answer', async () => {
    await injectFault({ kind: 'drop', operation: 'GET /v1/services', count: 1 });
    expect((await client().services.list()).services).toHaveLength(2);
    expect(await requestCounts()).toEqual({ 'GET /v1/services': 2 });
  });

  it('gives up after maxRetries with a server error carrying status, upstream message and request id', async () => {
    await injectFault({ kind: 'error', status: 502, operation: 'GET /v1/services' });
    const error = await client({ retry: { maxRetries: 2 } })
      .services.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetronomeServerError);
    const serverError = error as MetronomeServerError;
    expect(serverError.code).toBe('METRONOME_SERVER_ERROR');
    expect(serverError.status).toBe(502);
    expect(serverError.upstreamMessage).toBe('Injected fault: 502');
    expect(serverError.operation).toBe('GET /v1/services');
    expect(serverError.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await requestCounts()).toEqual({ 'GET /v1/services': 3 });
  });

  it('reports a connection that keeps dropping as a connection error', async () => {
    await injectFault({ kind: 'drop', operation: 'GET /v1/services' });
    const error = await client({ retry: { maxRetries: 1 } })
      .services.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetronomeConnectionError);
    expect((error as MetronomeConnectionError).code).toBe('METRONOME_CONNECTION');
    expect(await requestCounts()).toEqual({ 'GET /v1/services': 2 });
  });

  it('does not retry a 404', async () => {
    const error = await client()
      .billableMetrics.retrieve({ billable_metric_id: '5a3e1d0c-43c8-4bd7-9b0a-2b4a2f0c6e11' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetronomeNotFoundError);
    expect((error as MetronomeNotFoundError).status).toBe(404);
    expect(Object.values(await requestCounts())).toEqual([1]);
  });
});

describe('Retry-After', () => {
  it('waits as long as Retry-After says before retrying a 429', async () => {
    await injectFault({ kind: 'rate_limit', retry_after_seconds: 1, operation: 'GET /v1/services', count: 1 });
    const started = Date.now();
    await client({ retry: { initialDelayMs: 1, maxDelayMs: 1 } }).services.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const [first, second] = await loggedRequests();
    expect(first!.status).toBe(429);
    expect(second!.status).toBe(200);
    expect(Date.parse(second!.at) - Date.parse(first!.at)).toBeGreaterThanOrEqual(1000);
  });

  it('returns a 429 at once, with retryAfterMs, when the requested wait is longer than maxRetryAfterMs', async () => {
    await injectFault({ kind: 'rate_limit', retry_after_seconds: 30, operation: 'GET /v1/services', count: 1 });
    const started = Date.now();
    const error = await client({ retry: { maxRetryAfterMs: 5000 } })
      .services.list()
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(MetronomeRateLimitError);
    expect((error as MetronomeRateLimitError).retryAfterMs).toBe(30_000);
    expect(await requestCounts()).toEqual({ 'GET /v1/services': 1 });
  });
});

describe('timeouts', () => {
  // The Local Metronome still serves the abandoned attempts once their latency is over; let them finish so
  // that they cannot take a fault injected by the next test.
  afterEach(() => new Promise((resolve) => setTimeout(resolve, 500)));

  it('abandons an attempt that gets no answer within timeoutMs', async () => {
    await server.api('POST', '/_local/latency', { body: { latency_ms: 400 } });
    const started = Date.now();
    const error = await client({ timeoutMs: 100, retry: { maxRetries: 0 } })
      .services.list()
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(350);
    expect(error).toBeInstanceOf(MetronomeTimeoutError);
    expect((error as MetronomeTimeoutError).code).toBe('METRONOME_TIMEOUT');
    expect((error as MetronomeTimeoutError).message).toBe('GET /v1/services got no response within 100 ms');
  });

  it('retries a read that timed out', async () => {
    await server.api('POST', '/_local/latency', { body: { latency_ms: 400 } });
    const error = await client({ timeoutMs: 100, retry: { maxRetries: 1 } })
      .services.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetronomeTimeoutError);
    expect(await requestCounts()).toEqual({ 'GET /v1/services': 2 });
  });
});

describe('writes', () => {
  it('retries a POST write safely: its Idempotency-Key makes the repeated attempt replay the first result', async () => {
    await injectFault({ kind: 'fail_after_commit', status: 500, operation: 'POST /v1/customers', count: 1 });
    const created = await client().customers.create({ name: 'Acme' });
    const listed = await client().customers.list();
    expect(listed.data.map((c) => [c.id, c.name])).toEqual([[created.data.id, 'Acme']]);
    expect(await requestCounts()).toMatchObject({ 'POST /v1/customers': 2 });
  });

  it('does not retry a POST write sent without an Idempotency-Key', async () => {
    await injectFault({ kind: 'error', status: 503, operation: 'POST /v1/customers', count: 1 });
    const error = await client()
      .customers.create({ name: 'Acme' }, { idempotencyKey: null })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetronomeServerError);
    expect((error as MetronomeServerError).status).toBe(503);
    expect(await requestCounts()).toEqual({ 'POST /v1/customers': 1 });
  });

  it('does not retry a write whose connection dropped after the work was done, when it has no Idempotency-Key', async () => {
    await injectFault({ kind: 'drop_after_commit', operation: 'POST /v1/customers', count: 1 });
    const error = await client()
      .customers.create({ name: 'Acme' }, { idempotencyKey: null })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetronomeConnectionError);
    expect((await client().customers.list()).data.map((c) => c.name)).toEqual(['Acme']);
  });

  it('does not retry a DELETE', async () => {
    await injectFault({
      kind: 'error',
      status: 503,
      operation: 'DELETE /v1/customers/{customer_id}/billing-config/{billing_provider_type}',
    });
    const error = await client()
      .billingConfig.delete({ customer_id: '5a3e1d0c-43c8-4bd7-9b0a-2b4a2f0c6e11', billing_provider_type: 'stripe' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetronomeServerError);
    expect(await requestCounts()).toEqual({
      'DELETE /v1/customers/{customer_id}/billing-config/{billing_provider_type}': 1,
    });
  });

  it('reports an Idempotency-Key reused with another request as a non-transient conflict, without retrying', async () => {
    const metronome = client();
    await metronome.customers.create({ name: 'Acme' }, { idempotencyKey: 'key-1' });
    const error = await metronome.customers.create({ name: 'Other' }, { idempotencyKey: 'key-1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetronomeConflictError);
    expect((error as MetronomeConflictError).code).toBe('METRONOME_CONFLICT');
    expect((error as MetronomeConflictError).transient).toBe(false);
    expect((error as MetronomeConflictError).upstreamMessage).toBe('Idempotency-Key was already used with a different request');
    expect(await requestCounts()).toEqual({ 'POST /v1/customers': 2 });
  });
});

describe('credentials', () => {
  it('answers a wrong token with an authentication error that carries no token, without retrying', async () => {
    const secret = 'sk-wrong-token-123456';
    const error = await client({ bearerToken: new BearerToken(secret) })
      .services.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetronomeAuthenticationError);
    expect((error as MetronomeAuthenticationError).status).toBe(401);
    expect(inspect(error, { depth: 10 })).not.toContain(secret);
    expect(JSON.stringify(error)).not.toContain(secret);
    expect(await requestCounts()).toEqual({ 'GET /v1/services': 1 });
  });

  it('never prints the token of a client', () => {
    const secret = 'sk-live-abcdef';
    const metronome = client({ bearerToken: new BearerToken(secret) });
    expect(inspect(metronome, { depth: 10, showHidden: true })).not.toContain(secret);
    expect(`${new BearerToken(secret)}`).toBe('[redacted]');
    expect(JSON.stringify({ token: new BearerToken(secret) })).toBe('{"token":"[redacted]"}');
  });
});

describe('coverage of the contract', () => {
  it('has exactly one client method for each of the 95 operations of the contract', () => {
    const contract = JSON.parse(readFileSync('src/local-metronome/contract/requests.json', 'utf8')) as {
      operations: { method: string; path: string }[];
    };
    const expected = contract.operations.map((o) => `${o.method} ${o.path}`).sort();
    const resourceDir = 'src/metronome-client/resources';
    const implemented = readdirSync(resourceDir)
      .flatMap((file) => [
        ...readFileSync(`${resourceDir}/${file}`, 'utf8').matchAll(
          /this\.(?:read|write)(?:<[^>]*>)?\(\s*'(GET|POST|DELETE)',\s*(?:'([^']+)'|TEMPLATE)/g,
        ),
      ].map((m) => `${m[1]} ${m[2] ?? '/v1/customers/{customer_id}/billing-config/{billing_provider_type}'}`))
      .sort();
    expect(expected).toHaveLength(95);
    expect(implemented).toEqual(expected);
  });
});

describe('observing attempts', () => {
  it('reports every attempt with its outcome, and nothing secret', async () => {
    await injectFault({ kind: 'error', status: 503, operation: 'GET /v1/services', count: 1 });
    const attempts: unknown[] = [];
    await client({ onAttempt: (attempt) => attempts.push({ ...attempt, durationMs: typeof attempt.durationMs }) }).services.list();
    expect(attempts).toEqual([
      { operation: 'GET /v1/services', attempt: 1, status: 503, durationMs: 'number', errorCode: 'METRONOME_SERVER_ERROR' },
      { operation: 'GET /v1/services', attempt: 2, status: 200, durationMs: 'number', errorCode: undefined },
    ]);
  });
});
