import { MetronomeApi } from '../metronome-client/client.js';
import type { Transport } from '../metronome-client/transport.js';
import { RequestTransport } from '../loaders/request-transport.js';

/**
 * What every resolver gets: the Metronome API as seen by this one operation (reads deduplicated, calls capped
 * in number in flight). DataLoaders live beside it, keyed by this object (Pothos' dataloader plugin), so they
 * are new for every operation and never shared between callers.
 */
export interface GatewayContext {
  api: MetronomeApi;
}

export function createGatewayContext(upstream: Transport, options: { concurrency: number; signal?: AbortSignal }): GatewayContext {
  return { api: new MetronomeApi(new RequestTransport(upstream, options.concurrency, options.signal)) };
}
