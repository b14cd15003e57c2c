import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayConfig } from './config.js';
import { MetronomeClient } from './metronome-client/client.js';
import type { UpstreamAttempt } from './metronome-client/http-transport.js';
import { schema } from './schema/index.js';
import { serveGraphqlOverWebSocket } from './server/websocket.js';
import { createYogaServer, type GatewayYoga } from './server/yoga.js';
import {
  createAlertSubscriptions,
  type AlertSubscriptions,
  type AlertSubscriptionsOptions,
} from './subscriptions/alert-subscriptions.js';

export interface Gateway {
  /** `http://host:port` once started. */
  readonly url: string;
  /** The Yoga instance; `yoga.fetch()` runs a request in process. */
  readonly yoga: GatewayYoga;
  /** The process-wide Metronome client. */
  readonly metronome: MetronomeClient;
  /** Live alert status: pub/sub, webhook receiver, polling watcher. */
  readonly alerts: AlertSubscriptions;
  /** Listens (port 0: any free port); resolves to the base URL. */
  start(port?: number, host?: string): Promise<string>;
  /** Closes connections and the upstream pool. */
  stop(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

export interface GatewayOptions {
  /** Told about every upstream attempt (for logs/metrics); carries no secret. */
  onUpstreamAttempt?: (attempt: UpstreamAttempt) => void;
  /** Told of failures the alert machinery recovers from (polling errors, Redis hiccups). */
  onBackgroundError?: (error: unknown) => void;
  /** Tuning of the alert machinery beyond the configuration (tests and benchmarks shorten leases and backoffs). */
  alerts?: Pick<AlertSubscriptionsOptions, 'instanceId' | 'leaseTtlMs' | 'pollMaxBackoffMs'>;
}

/** Builds the gateway. Nothing listens until `start()`. */
export function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Gateway {
  const metronome = new MetronomeClient({
    baseUrl: config.metronome.baseUrl,
    bearerToken: config.metronome.bearerToken,
    timeoutMs: config.metronome.timeoutMs,
    retry: { maxRetries: config.metronome.maxRetries, initialDelayMs: config.metronome.retryDelayMs },
    connections: config.metronome.connections,
    onAttempt: options.onUpstreamAttempt,
  });
  const alerts = createAlertSubscriptions({
    metronome,
    upstreamConcurrency: config.upstreamConcurrency,
    webhookSecret: config.subscriptions.webhookSecret,
    redisUrl: config.subscriptions.redisUrl,
    keyPrefix: config.subscriptions.keyPrefix,
    pollIntervalMs: config.subscriptions.pollIntervalMs,
    pollConcurrency: config.subscriptions.pollConcurrency,
    onError: options.onBackgroundError,
    ...options.alerts,
  });
  const yoga = createYogaServer({ schema, config, api: metronome, alerts });
  let server: Server | undefined;
  let closeWebSockets: (() => Promise<void>) | undefined;
  let url = '';

  return {
    get url() {
      if (!url) throw new Error('The gateway has not been started');
      return url;
    },
    yoga,
    metronome,
    alerts,
    async start(port = 0, host = '127.0.0.1') {
      server = createServer(yoga);
      closeWebSockets = serveGraphqlOverWebSocket(server, yoga, config.subscriptions.websocket);
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, host, () => resolve());
      });
      const address = server.address() as AddressInfo;
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      url = `http://${shownHost}:${address.port}`;
      alerts.start();
      return url;
    },
    async stop() {
      await closeWebSockets?.();
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server!.close(() => resolve()));
      }
      await alerts.stop();
      await metronome.close();
    },
    [Symbol.asyncDispose]() {
      return this.stop();
    },
  };
}
