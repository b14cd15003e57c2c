import { afterAll } from 'vitest';
import type { LocalMetronome } from '../../../src/local-metronome/server.js';
import { startSubscriptionGateway, type SubscriptionGateway, type SubscriptionGatewayOptions } from './subscription-gateway.js';

export { QUERY_LIMITS, type SubscriptionGateway } from './subscription-gateway.js';

/** Gateways started for one test file, stopped after it. */
export function useSubscriptionGateways(local: () => LocalMetronome) {
  const started: SubscriptionGateway[] = [];
  afterAll(async () => {
    await Promise.all(started.map((gateway) => gateway.stop()));
  });
  return async (options: SubscriptionGatewayOptions = {}) => {
    const gateway = await startSubscriptionGateway(local(), options);
    started.push(gateway);
    return gateway;
  };
}
