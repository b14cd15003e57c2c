import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);

beforeEach(async () => {
  await server.local.reset();
});

describe('authentication', () => {
  it('answers 401 with a message when the Authorization header is missing', async () => {
    const response = await api('GET', '/v1/credit-types/list', { token: null });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ message: 'Missing Authorization: Bearer <token> header' });
  });

  it('answers 401 when the bearer token is wrong', async () => {
    const response = await api('GET', '/v1/credit-types/list', { token: 'not-the-token' });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ message: 'Invalid bearer token' });
  });

  it('guards the control endpoints with the same token', async () => {
    expect((await api('GET', '/_local/clock', { token: null })).status).toBe(401);
  });
});

describe('request validation against the contract', () => {
  it('answers 400 naming the query parameter that is out of range', async () => {
    const response = await api('GET', '/v1/credit-types/list', { query: { limit: 0 } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'limit must be >= 1' });
  });

  it('answers 400 for a next_page token it did not issue', async () => {
    const response = await api('GET', '/v1/credit-types/list', { query: { next_page: 'garbage' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'Invalid next_page cursor' });
  });

  it('answers 404 with a message for a path outside the contract', async () => {
    const response = await api('GET', '/v1/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: 'No route for GET /v1/no-such-thing' });
  });
});

describe('pricing units and services', () => {
  it('lists USD (cents) first, then pricing units in creation order, paged', async () => {
    await api('POST', '/_local/credit-types', { body: { name: 'cloud consumption units' } });
    const first = await api('GET', '/v1/credit-types/list', { query: { limit: 1 } });
    expect(first.body.data).toEqual([{ id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2', name: 'USD (cents)', is_currency: true }]);
    const second = await api('GET', '/v1/credit-types/list', { query: { limit: 1, next_page: first.body.next_page } });
    expect(second.body.data).toMatchObject([{ name: 'cloud consumption units', is_currency: false }]);
    expect(second.body.next_page).toBeNull();
  });

  it('lists the services a firewall must allow', async () => {
    const response = await api('GET', '/v1/services');
    expect(response.body.services.map((s: { name: string }) => s.name)).toEqual(['api', 'webhooks']);
  });
});

describe('control endpoints', () => {
  it('freezes the clock at a given instant and advances it on request', async () => {
    await api('POST', '/_local/clock', { body: { now: '2025-01-01T00:00:00Z', frozen: true } });
    const moved = await api('POST', '/_local/clock', { body: { advance_ms: 3_600_000 } });
    expect(moved.body).toEqual({ now: '2025-01-01T01:00:00.000Z', frozen: true });
  });

  it('counts requests per contract operation', async () => {
    await api('GET', '/v1/services');
    await api('GET', '/v1/services');
    await api('GET', '/v1/credit-types/list');
    const log = await api('GET', '/_local/requests');
    expect(log.body.counts).toEqual({ 'GET /v1/credit-types/list': 1, 'GET /v1/services': 2 });
    expect(log.body.total).toBe(3);
  });

  it('injects a 503 for the next matching request only', async () => {
    await api('POST', '/_local/faults', { body: { kind: 'error', status: 503, operation: 'GET /v1/services', count: 1 } });
    expect((await api('GET', '/v1/services')).status).toBe(503);
    expect((await api('GET', '/v1/services')).status).toBe(200);
  });

  it('injects a 429 carrying Retry-After', async () => {
    await api('POST', '/_local/faults', { body: { kind: 'rate_limit', retry_after_seconds: 7, count: 1 } });
    const response = await api('GET', '/v1/services');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
  });

  it('drops the connection without answering', async () => {
    await api('POST', '/_local/faults', { body: { kind: 'drop', count: 1 } });
    await expect(api('GET', '/v1/services')).rejects.toThrow();
  });
});
