/**
 * Live alert status under load: SUBSCRIBERS concurrent graphql-ws subscribers (one WebSocket each) of one customer
 * on one gateway instance, then ROUNDS webhook notifications, each a move into alarm of another of the customer's
 * alerts. Measures, per round, the time from sending the webhook to each subscriber's event (p50/p99 over every
 * delivery, and the time to the last delivery of a round), and the gateway's memory per subscriber.
 *
 *   npm run bench -- subscriptions
 *   SUBSCRIBERS=5000 ROUNDS=20 REDIS_URL=redis://127.0.0.1:6379 npm run bench -- subscriptions
 *
 * The gateway runs in a child process of its own (`--gateway`), so that its memory is measured alone and the
 * clients do not compete with it for the event loop; the Local Metronome and the clients share this process.
 * With REDIS_URL, events go through Redis as they do between instances (its keys are deleted afterwards).
 * BENCH_TRACE=1 prints progress.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { createLocalMetronome } from '../src/local-metronome/server.js';
import { webhookSignature } from '../src/subscriptions/webhook-signature.js';

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 5_000);
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const CONNECT_BATCH = 100;
const trace = (...args: unknown[]) => process.env.BENCH_TRACE && console.error(...args);

interface GatewayMemory {
  rss: number;
  heapUsed: number;
}

type GatewayMessage = { ready: string } | { memory: GatewayMemory };

/** The child: a gateway (as the tests wire it) against the Local Metronome named in the environment. */
async function runGateway(): Promise<void> {
  const { startSubscriptionGateway } = await import('../test/subscriptions/support/subscription-gateway.js');
  const gateway = await startSubscriptionGateway(
    { url: process.env.LOCAL_URL!, bearerToken: process.env.LOCAL_TOKEN!, webhookSecret: process.env.LOCAL_SECRET! },
    {
      pollIntervalMs: 60_000,
      ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL, keyPrefix: process.env.BENCH_KEY_PREFIX! } : {}),
      limits: { maxSubscriptionsPerCredential: SUBSCRIBERS * 2 },
    },
  );
  process.on('message', (message: string) => {
    if (message === 'memory') {
      globalThis.gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      process.send!({ memory: { rss, heapUsed } } satisfies GatewayMessage);
    }
    if (message === 'stop') void gateway.stop().then(() => process.exit(0));
  });
  // Dies with the benchmark, whichever way it ends.
  process.on('disconnect', () => process.exit(0));
  process.send!({ ready: gateway.url } satisfies GatewayMessage);
}

async function runBenchmark(): Promise<void> {
  const keyPrefix = `metronome-graphql-bench:${randomUUID()}:`;
  const local = await createLocalMetronome({ dbPath: ':memory:' });
  await local.start(0);
  const rest = async (path: string, body: unknown) => {
    const response = await fetch(`${local.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${local.bearerToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { data: { id: string } };
  };
  const customerId = (await rest('/v1/customers', { name: 'Bench customer' })).data.id;
  const alertIds: string[] = [];
  for (let round = 0; round < ROUNDS; round++)
    alertIds.push((await rest('/v1/alerts/create', { alert_type: 'low_credit_balance_reached', name: `Round ${round}`, threshold: -1, customer_id: customerId })).data.id);

  const child = fork(fileURLToPath(import.meta.url), ['--gateway'], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, LOCAL_URL: local.url, LOCAL_TOKEN: local.bearerToken, LOCAL_SECRET: local.webhookSecret, BENCH_KEY_PREFIX: keyPrefix },
  });
  trace('gateway starting');
  const gatewayUrl = await nextMessage(child, (m): m is { ready: string } => 'ready' in m).then((m) => m.ready);
  const memory = async () => {
    child.send('memory');
    return (await nextMessage(child, (m): m is { memory: GatewayMemory } => 'memory' in m)).memory;
  };

  trace('gateway at', gatewayUrl);
  const before = await memory();
  trace('memory before', before);
  const subscribers: Subscriber[] = [];
  const connectStart = Date.now();
  for (let start = 0; start < SUBSCRIBERS; start += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, SUBSCRIBERS - start) }, () => new Subscriber(gatewayUrl, customerId, ROUNDS));
    await Promise.all(batch.map((subscriber) => subscriber.snapshotReceived));
    subscribers.push(...batch);
    trace('subscribed', subscribers.length);
  }
  const connectSeconds = (Date.now() - connectStart) / 1000;
  const after = await memory();

  const deliveries: number[] = [];
  const lastDeliveries: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const body = JSON.stringify({
      id: randomUUID(),
      type: 'alerts.low_credit_balance_reached',
      properties: { customer_id: customerId, alert_id: alertIds[round], triggered_by: 'bench', timestamp: new Date().toISOString() },
    });
    const date = new Date().toUTCString();
    const sentAt = performance.now();
    const answer = await fetch(`${gatewayUrl}/webhooks/metronome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Metronome-Date': date, 'Metronome-Webhook-Signature': webhookSignature(body, date, local.webhookSecret) },
      body,
    });
    if (answer.status !== 200) throw new Error(`the webhook answered ${answer.status}: ${await answer.text()}`);
    const arrivals = await Promise.all(subscribers.map((subscriber) => subscriber.event(round)));
    const latencies = arrivals.map((at) => at - sentAt);
    deliveries.push(...latencies);
    lastDeliveries.push(Math.max(...latencies));
  }

  const perSubscriber = (bytes: number) => `${((bytes / SUBSCRIBERS) / 1024).toFixed(1)} KiB`;
  console.log(`${SUBSCRIBERS} subscribers, ${ROUNDS} webhook rounds, ${process.env.REDIS_URL ? 'Redis' : 'in-memory'} pub/sub`);
  console.log(`connected and received snapshots in ${connectSeconds.toFixed(1)} s`);
  console.log('| measure | p50 | p99 | max |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| webhook → each delivery | ${ms(percentile(deliveries, 50))} | ${ms(percentile(deliveries, 99))} | ${ms(Math.max(...deliveries))} |`);
  console.log(`| webhook → last delivery of a round | ${ms(percentile(lastDeliveries, 50))} | ${ms(percentile(lastDeliveries, 99))} | ${ms(Math.max(...lastDeliveries))} |`);
  console.log(`gateway memory per subscriber (after GC): heap ${perSubscriber(after.heapUsed - before.heapUsed)}, RSS ${perSubscriber(after.rss - before.rss)}`);

  for (const subscriber of subscribers) subscriber.close();
  child.send('stop');
  await once(child, 'exit');
  await local.stop();
  if (process.env.REDIS_URL) {
    const redis = new Redis(process.env.REDIS_URL);
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
}

/** One graphql-transport-ws connection with one subscription; records when each round's event arrives. */
class Subscriber {
  readonly snapshotReceived: Promise<void>;
  private readonly socket: WebSocket;
  private readonly arrivals: ((at: number) => void)[] = [];
  private readonly arrived: Promise<number>[] = [];
  private received = 0;

  constructor(gatewayUrl: string, customerId: string, rounds: number) {
    for (let round = 0; round < rounds; round++) this.arrived.push(new Promise((resolve) => this.arrivals.push(resolve)));
    this.socket = new WebSocket(`${gatewayUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    this.snapshotReceived = new Promise((resolve, reject) => {
      this.socket.on('open', () => this.socket.send(JSON.stringify({ type: 'connection_init' })));
      this.socket.on('error', reject);
      this.socket.on('message', (data) => {
        const message = JSON.parse(data.toString());
        if (message.type === 'connection_ack')
          this.socket.send(
            JSON.stringify({
              id: '1',
              type: 'subscribe',
              payload: {
                query: `subscription($c: String!) { customerAlertChanged(customerId: $c) { source customerAlert { customerStatus alert { metronomeId name } customer { name } } } }`,
                variables: { c: customerId },
              },
            }),
          );
        else if (message.type === 'next') {
          if (message.payload.errors) return reject(new Error(JSON.stringify(message.payload.errors)));
          if (message.payload.data.customerAlertChanged.source === 'SNAPSHOT') {
            if (++this.received === rounds) resolve();
          } else this.arrivals.shift()?.(performance.now());
        } else if (message.type === 'error') reject(new Error(JSON.stringify(message.payload)));
      });
    });
  }

  event(round: number): Promise<number> {
    return this.arrived[round]!;
  }

  close(): void {
    this.socket.close();
  }
}

function nextMessage<T extends GatewayMessage>(child: ChildProcess, wanted: (message: GatewayMessage) => message is T): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: GatewayMessage) => {
      if (!wanted(message)) return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`the gateway process exited with ${code}`)));
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

if (process.argv.includes('--gateway')) await runGateway();
else await runBenchmark();
