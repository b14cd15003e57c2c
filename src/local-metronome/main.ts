import { parseArgs } from 'node:util';
import { DEFAULT_BEARER_TOKEN } from './config.js';
import { createLocalMetronome } from './server.js';

const usage = `Usage: npm run local-metronome -- [--port 4010] [--host 127.0.0.1] [--db PATH|:memory:] [--seed demo|none]
                                  [--latency-ms N] [--jitter-ms N] [--webhook-url URL ...]`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.LOCAL_METRONOME_PORT ?? '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: process.env.LOCAL_METRONOME_DB ?? 'data/local-metronome.db' },
    seed: { type: 'string', default: 'demo' },
    'latency-ms': { type: 'string', default: '0' },
    'jitter-ms': { type: 'string', default: '0' },
    'webhook-url': { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a TCP port, got ${values.port}`);
if (values.seed !== 'demo' && values.seed !== 'none') fail(`--seed must be demo or none, got ${values.seed}`);
const latencyMs = Number(values['latency-ms']);
const jitterMs = Number(values['jitter-ms']);
if (!(latencyMs >= 0) || !(jitterMs >= 0)) fail('--latency-ms and --jitter-ms must be non-negative numbers');

if (values.db !== ':memory:') {
  const { mkdirSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  mkdirSync(dirname(values.db), { recursive: true });
}

const local = await createLocalMetronome({
  dbPath: values.db,
  seed: values.seed,
  latencyMs,
  latencyJitterMs: jitterMs,
  bearerToken: process.env.METRONOME_BEARER_TOKEN ?? DEFAULT_BEARER_TOKEN,
  webhookSecret: process.env.METRONOME_WEBHOOK_SECRET,
  webhookUrls: values['webhook-url'],
});
const url = await local.start(port, values.host);
console.log(`Local Metronome listening on ${url} (database ${values.db}, token from METRONOME_BEARER_TOKEN or "${DEFAULT_BEARER_TOKEN}")`);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void local.stop().then(() => process.exit(0));
  });
