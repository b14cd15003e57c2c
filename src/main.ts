import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createGateway } from './app.js';
import { ConfigError, loadConfig, type GatewayConfig } from './config.js';
import { BearerToken } from './auth/credentials.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const stops: (() => Promise<void>)[] = [];
  let metronome: Pick<GatewayConfig['metronome'], 'baseUrl' | 'bearerToken'>;

  if (config.upstream.kind === 'local') {
    // Imported only here: a gateway serving the real API never loads the Local Metronome.
    const { createLocalMetronome } = await import('./local-metronome/server.js');
    if (config.upstream.dbPath !== ':memory:') mkdirSync(dirname(config.upstream.dbPath), { recursive: true });
    const local = await createLocalMetronome({ dbPath: config.upstream.dbPath, seed: 'demo' });
    const localUrl = await local.start(config.upstream.port);
    stops.push(() => local.stop());
    metronome = { baseUrl: localUrl, bearerToken: new BearerToken(local.bearerToken) };
    console.log(`Local Metronome (demo data, ${config.upstream.dbPath}) at ${localUrl}`);
  } else {
    metronome = { baseUrl: config.upstream.baseUrl, bearerToken: config.upstream.bearerToken };
    console.log(`Serving the Metronome API at ${config.upstream.baseUrl}`);
  }

  const gateway = createGateway(
    { ...config.gateway, metronome: { ...config.gateway.metronome, ...metronome } },
    {
      // Failed upstream attempts only: the operation and outcome, never a header or body.
      onUpstreamAttempt: ({ operation, attempt, status, durationMs, errorCode }) => {
        if (errorCode)
          console.warn(`upstream ${operation} attempt ${attempt}: ${errorCode}${status ? ` (${status})` : ''} after ${Math.round(durationMs)} ms`);
      },
    },
  );
  const url = await gateway.start(config.port, config.host);
  stops.unshift(() => gateway.stop());
  console.log(`GraphQL gateway at ${url}/graphql (health: ${url}/health, ready: ${url}/ready)`);

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
