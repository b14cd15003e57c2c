import { describe, expect, it } from 'vitest';
import {
  MetronomeConflictError,
  MetronomeConnectionError,
  MetronomeServerError,
  MetronomeTimeoutError,
  apiErrorFor,
} from '../../src/metronome-client/errors.js';
import { requestedRetryDelayMs, RetryPolicy } from '../../src/metronome-client/retry-policy.js';

function upstream(status: number, headers: Record<string, string> = {}) {
  return apiErrorFor('GET /v1/services', {
    status,
    upstreamMessage: 'm',
    requestId: undefined,
    headers,
    retryAfterMs: requestedRetryDelayMs(headers),
  });
}

describe('RetryPolicy', () => {
  const noJitter = new RetryPolicy({ initialDelayMs: 100, maxDelayMs: 1000, jitter: 0.25 }, () => 0);

  it('doubles the wait for each retry, up to maxDelayMs', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => noJitter.backoff(n))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('removes at most the jitter share of each wait', () => {
    expect(new RetryPolicy({ initialDelayMs: 400, jitter: 0.25 }, () => 1).backoff(0)).toBe(300);
  });

  it('retries connection errors, timeouts, 408, 429 and 5xx', () => {
    const retryable = [
      new MetronomeConnectionError('x', 'GET /v1/services'),
      new MetronomeTimeoutError('GET /v1/services', 10),
      upstream(408),
      upstream(429),
      upstream(500),
      upstream(503),
    ];
    expect(retryable.map((e) => noJitter.decide(e, 0, true))).toEqual(retryable.map(() => ({ retry: true, delayMs: 100 })));
  });

  it('does not retry 400, 401, 403, 404, 422 or a plain 409', () => {
    expect([400, 401, 403, 404, 422, 409].map((s) => noJitter.decide(upstream(s), 0, true).retry)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('obeys x-should-retry in both directions', () => {
    const transient = upstream(409, { 'x-should-retry': 'true' });
    expect(transient).toBeInstanceOf(MetronomeConflictError);
    expect((transient as MetronomeConflictError).transient).toBe(true);
    expect(noJitter.decide(transient, 0, true).retry).toBe(true);
    expect(noJitter.decide(upstream(503, { 'x-should-retry': 'false' }), 0, true).retry).toBe(false);
  });

  it('never retries a call that is not safe to repeat', () => {
    expect(noJitter.decide(upstream(503), 0, false)).toEqual({ retry: false });
  });

  it('stops after maxRetries', () => {
    expect(new RetryPolicy({ maxRetries: 2 }).decide(upstream(500), 2, true)).toEqual({ retry: false });
  });

  it('waits exactly the requested Retry-After, and not at all beyond maxRetryAfterMs', () => {
    const policy = new RetryPolicy({ maxRetryAfterMs: 5000 });
    expect(policy.decide(upstream(429, { 'retry-after': '2' }), 0, true)).toEqual({ retry: true, delayMs: 2000 });
    expect(policy.decide(upstream(429, { 'retry-after': '6' }), 0, true)).toEqual({ retry: false });
  });

  it('classifies a status it has no class for by its family', () => {
    expect(upstream(502)).toBeInstanceOf(MetronomeServerError);
  });
});

describe('requestedRetryDelayMs', () => {
  it('prefers retry-after-ms to Retry-After', () => {
    expect(requestedRetryDelayMs({ 'retry-after-ms': '250', 'retry-after': '3' })).toBe(250);
  });

  it('reads Retry-After in seconds', () => {
    expect(requestedRetryDelayMs({ 'retry-after': '1.5' })).toBe(1500);
  });

  it('reads Retry-After as an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(requestedRetryDelayMs({ 'retry-after': 'Wed, 01 Jan 2025 00:00:04 GMT' }, now)).toBe(4000);
  });

  it('is undefined without either header', () => {
    expect(requestedRetryDelayMs({})).toBeUndefined();
  });
});
