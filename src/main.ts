import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createGateway } from './app.js';
import { ConfigError, loadConfig, type GatewayConfig } from './config.js';
import { BearerToken } from './auth/credentials.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const stops: (() => Promise<void>)[] = [];
  let metronome: Pick<GatewayConfig['metronome'], 'baseUrl' | 'bearerToken'>;
  let subscriptions = config.gateway.subscriptions;
  // In local mode the Local Metronome is told, once the gateway listens, to send its alert webhooks there.
  let announceWebhookReceiver: (gatewayUrl: string) => Promise<void> = async () => {};

  if (config.upstream.kind === 'local') {
    // Imported only here: a gateway serving the real API never loads the Local Metronome.
    const { createLocalMetronome } = await import('./local-metronome/server.js');
    if (config.upstream.dbPath !== ':memory:') mkdirSync(dirname(config.upstream.dbPath), { recursive: true });
    const local = await createLocalMetronome({
      dbPath: config.upstream.dbPath,
      seed: 'demo',
      webhookSecret: config.gateway.subscriptions.webhookSecret,
    });
    const localUrl = await local.start(config.upstream.port);
    stops.push(() => local.stop());
    metronome = { baseUrl: localUrl, bearerToken: new BearerToken(local.bearerToken) };
    subscriptions = { ...subscriptions, webhookSecret: local.webhookSecret };
    announceWebhookReceiver = async (gatewayUrl) => {
      const response = await fetch(`${localUrl}/_local/webhooks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${local.bearerToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url: `${gatewayUrl.replace('//localhost:', '//127.0.0.1:')}/webhooks/metronome` }),
      });
      if (!response.ok) throw new Error(`The Local Metronome refused the webhook URL: ${response.status}`);
    };
    console.log(`Local Metronome (demo data, ${config.upstream.dbPath}) at ${localUrl}`);
  } else {
    metronome = { baseUrl: config.upstream.baseUrl, bearerToken: config.upstream.bearerToken };
    console.log(`Serving the Metronome API at ${config.upstream.baseUrl}`);
  }

  const gateway = createGateway(
    { ...config.gateway, subscriptions, metronome: { ...config.gateway.metronome, ...metronome } },
    {
      // Failed upstream attempts only: the operation and outcome, never a header or body.
      onUpstreamAttempt: ({ operation, attempt, status, durationMs, errorCode }) => {
        if (errorCode)
          console.warn(`upstream ${operation} attempt ${attempt}: ${errorCode}${status ? ` (${status})` : ''} after ${Math.round(durationMs)} ms`);
      },
      onBackgroundError: (error) => console.warn(`alert subscriptions: ${error instanceof Error ? error.message : String(error)}`),
    },
  );
  const url = await gateway.start(config.port, config.host);
  stops.unshift(() => gateway.stop());
  await announceWebhookReceiver(url);
  console.log(`GraphQL gateway at ${url}/graphql (health: ${url}/health, ready: ${url}/ready)`);
  console.log(
    `Alert subscriptions: ${subscriptions.redisUrl ? 'shared through Redis' : 'in memory (one instance)'}, ` +
      `webhooks ${subscriptions.webhookSecret ? `at ${url}/webhooks/metronome` : 'off (METRONOME_WEBHOOK_SECRET unset; polling only)'}`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    for (const stop of stops) await stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
