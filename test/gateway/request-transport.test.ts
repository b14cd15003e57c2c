import { describe, expect, it } from 'vitest';
import { RequestTransport } from '../../src/loaders/request-transport.js';
import type { Transport, UpstreamRequest } from '../../src/metronome-client/transport.js';

/** An upstream that answers each call after `delayMs` and records how many were in flight at once. */
function recordingUpstream(delayMs: number) {
  const sent: UpstreamRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const upstream: Transport = {
    async send<T>(request: UpstreamRequest): Promise<T> {
      sent.push(request);
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      inFlight--;
      return { path: request.path } as T;
    },
  };
  return { upstream, sent, maxInFlight: () => maxInFlight };
}

const read = (path: string, body?: unknown, query?: Record<string, string | undefined>): UpstreamRequest => ({
  method: 'POST',
  path,
  template: path,
  body,
  query,
  kind: 'read',
});

describe('RequestTransport', () => {
  it('sends a read once however many resolvers ask for it, and shares the answer', async () => {
    const { upstream, sent } = recordingUpstream(5);
    const transport = new RequestTransport(upstream, 4);
    const answers = await Promise.all([
      transport.send(read('/v1/contracts/list', { customer_id: 'a', include_archived: true })),
      transport.send(read('/v1/contracts/list', { include_archived: true, customer_id: 'a' })),
      transport.send(read('/v1/contracts/list', { customer_id: 'a', include_archived: true, covering_date: undefined })),
    ]);
    expect(sent).toHaveLength(1);
    expect(answers).toEqual([{ path: '/v1/contracts/list' }, { path: '/v1/contracts/list' }, { path: '/v1/contracts/list' }]);
  });

  it('sends reads that differ in body or query separately', async () => {
    const { upstream, sent } = recordingUpstream(1);
    const transport = new RequestTransport(upstream, 4);
    await Promise.all([
      transport.send(read('/v1/contracts/list', { customer_id: 'a' })),
      transport.send(read('/v1/contracts/list', { customer_id: 'b' })),
      transport.send(read('/v1/contracts/list', { customer_id: 'a' }, { next_page: 'x' })),
    ]);
    expect(sent).toHaveLength(3);
  });

  it('sends a read again after a write, so what a mutation reads back is the state after it', async () => {
    const { upstream, sent } = recordingUpstream(1);
    const transport = new RequestTransport(upstream, 4);
    const write: UpstreamRequest = {
      method: 'POST',
      path: '/v1/contract-pricing/rate-cards/update',
      template: '/v1/contract-pricing/rate-cards/update',
      body: { rate_card_id: 'r', name: 'B' },
      kind: 'write',
    };
    await transport.send(read('/v1/contract-pricing/rate-cards/get', { id: 'r' }));
    await transport.send(write);
    await transport.send(read('/v1/contract-pricing/rate-cards/get', { id: 'r' }));
    expect(sent.map((r) => r.path)).toEqual([
      '/v1/contract-pricing/rate-cards/get',
      '/v1/contract-pricing/rate-cards/update',
      '/v1/contract-pricing/rate-cards/get',
    ]);
  });

  it('never deduplicates writes', async () => {
    const { upstream, sent } = recordingUpstream(1);
    const transport = new RequestTransport(upstream, 4);
    const write: UpstreamRequest = { method: 'POST', path: '/v1/customers', template: '/v1/customers', body: { name: 'A' }, kind: 'write' };
    await Promise.all([transport.send(write), transport.send(write)]);
    expect(sent).toHaveLength(2);
  });

  it('keeps at most `concurrency` calls in flight', async () => {
    const { upstream, sent, maxInFlight } = recordingUpstream(10);
    const transport = new RequestTransport(upstream, 3);
    await Promise.all(Array.from({ length: 10 }, (_, i) => transport.send(read(`/v1/p/${i}`))));
    expect(sent).toHaveLength(10);
    expect(maxInFlight()).toBe(3);
  });
});
