import { createGateway } from '../../../src/app.js';
import { BearerToken } from '../../../src/auth/credentials.js';
import { gatewayConfig, type GatewayConfig } from '../../../src/config.js';
import { MetronomeClient } from '../../../src/metronome-client/client.js';
import type { AlertSubscriptions, AlertSubscriptionsOptions } from '../../../src/subscriptions/alert-subscriptions.js';
import { DEFAULT_WEBSOCKET_LIMITS, type WebSocketLimits } from '../../../src/subscriptions/websocket-limits.js';

/** A Metronome client for the Local Metronome, as a gateway builds one (no retries: tests see failures at once). */
export function localMetronomeClient(local: { url: string; bearerToken: string }): MetronomeClient {
  return new MetronomeClient({ baseUrl: local.url, bearerToken: new BearerToken(local.bearerToken), timeoutMs: 2_000, retry: { maxRetries: 0 } });
}

export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 5000, maxCost: 20_000 };

export interface SubscriptionGateway {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly wsUrl: string;
  readonly alerts: AlertSubscriptions;
  stop(): Promise<void>;
}

export interface SubscriptionGatewayOptions extends Partial<Omit<AlertSubscriptionsOptions, 'metronome'>> {
  limits?: Omit<WebSocketLimits, 'authenticate'>;
}

/**
 * The gateway itself (`createGateway`), on port 0 against a Local Metronome, with the alert machinery configured as
 * the test asks: what `npm start` runs, so these tests prove the real wiring. Free of vitest, so that the benchmark
 * runs it too.
 */
export async function startSubscriptionGateway(
  local: { url: string; bearerToken: string; webhookSecret: string },
  options: SubscriptionGatewayOptions = {},
): Promise<SubscriptionGateway> {
  const { limits, instanceId, leaseTtlMs, pollMaxBackoffMs, onError, ...alertOptions } = options;
  const defaults = gatewayConfig({ baseUrl: local.url, bearerToken: local.bearerToken });
  const subscriptions: GatewayConfig['subscriptions'] = {
    ...defaults.subscriptions,
    // Asking for `webhookSecret: undefined` builds a gateway without a webhook receiver.
    webhookSecret: 'webhookSecret' in alertOptions ? alertOptions.webhookSecret : local.webhookSecret,
    ...(alertOptions.redisUrl !== undefined ? { redisUrl: alertOptions.redisUrl } : {}),
    ...(alertOptions.keyPrefix !== undefined ? { keyPrefix: alertOptions.keyPrefix } : {}),
    ...(alertOptions.pollIntervalMs !== undefined ? { pollIntervalMs: alertOptions.pollIntervalMs } : {}),
    ...(alertOptions.pollConcurrency !== undefined ? { pollConcurrency: alertOptions.pollConcurrency } : {}),
    websocket: { ...DEFAULT_WEBSOCKET_LIMITS, ...limits },
  };
  const config = gatewayConfig(
    { baseUrl: local.url, bearerToken: local.bearerToken, timeoutMs: 2_000, maxRetries: 0 },
    { subscriptions, limits: QUERY_LIMITS, upstreamConcurrency: alertOptions.upstreamConcurrency ?? 16 },
  );
  const gateway = createGateway(config, {
    ...(onError ? { onBackgroundError: onError } : {}),
    alerts: {
      ...(instanceId !== undefined ? { instanceId } : {}),
      ...(leaseTtlMs !== undefined ? { leaseTtlMs } : {}),
      ...(pollMaxBackoffMs !== undefined ? { pollMaxBackoffMs } : {}),
    },
  });
  const url = await gateway.start(0, '127.0.0.1');
  return {
    url,
    wsUrl: `${url.replace('http:', 'ws:')}/graphql`,
    alerts: gateway.alerts,
    stop: () => gateway.stop(),
  };
}
