import { createClient, type Client } from 'graphql-ws';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { useLocalMetronome } from '../support/local-metronome.js';
import { usageAlertScenario } from './support/alert-scenario.js';
import { read, settle } from './support/collector.js';
import { useSubscriptionGateways, type SubscriptionGateway } from './support/gateway.js';

const server = useLocalMetronome();
const gateway = useSubscriptionGateways(() => server.local);

const LIMITS = {
  initTimeoutMs: 300,
  maxMessageBytes: 4096,
  maxSubscriptionsPerConnection: 2,
  maxSubscriptionsPerCredential: 3,
  /** Two API keys, and one whose check fails the way a broken credential store would. */
  authenticate: (payload: Record<string, unknown> | undefined) => {
    if (payload?.authorization === 'Bearer explode') throw new Error('connect ECONNREFUSED credentials-db.internal:5432');
    if (payload?.authorization === 'Bearer key-a') return 'key-a';
    if (payload?.authorization === 'Bearer key-b') return 'key-b';
    return false as const;
  },
};

let guarded: SubscriptionGateway;
let customerId: string;

beforeAll(async () => {
  customerId = (await usageAlertScenario(server.api)).customerId;
  guarded = await gateway({ pollIntervalMs: 60_000, limits: LIMITS });
});

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

function client(authorization?: string): Client {
  const created = createClient({
    url: guarded.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    ...(authorization ? { connectionParams: { authorization } } : {}),
  });
  clients.push(created);
  return created;
}

const WATCH = `subscription($customerId: String!) { customerAlertChanged(customerId: $customerId) { source } }`;

/** Subscribes and waits for the first result: the snapshot, or the errors the server answered with. */
async function subscribe(on: Client) {
  const results = on.iterate({ query: WATCH, variables: { customerId } });
  try {
    await read(results, 1);
    return { results, errors: undefined };
  } catch (errors) {
    return { results, errors: (errors as { message: string; extensions?: unknown }[]).map(({ message, extensions }) => ({ message, extensions })) };
  }
}

/** A raw graphql-transport-ws connection; resolves with how the server closed it. */
function rawConnection(send: (socket: WebSocket) => void): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(guarded.wsUrl, 'graphql-transport-ws');
    socket.once('open', () => send(socket));
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.once('error', reject);
  });
}

describe('graphql-ws connections', () => {
  test('are admitted with credentials the check accepts', async () => {
    const { errors } = await subscribe(client('Bearer key-a'));
    expect(errors).toBeUndefined();
  });

  test('are closed with 4403 when connection_init carries no or wrong credentials', async () => {
    const closed = await rawConnection((socket) => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer nope' } })));
    const anonymous = await rawConnection((socket) => socket.send(JSON.stringify({ type: 'connection_init' })));
    expect([closed, anonymous]).toEqual([
      { code: 4403, reason: 'Forbidden' },
      { code: 4403, reason: 'Forbidden' },
    ]);
  });

  test('are closed with 4500 and no internals when the credential check fails', async () => {
    const closed = await rawConnection((socket) => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer explode' } })));
    expect(closed).toEqual({ code: 4500, reason: 'Internal server error' });
  });

  test('are closed with 4408 when connection_init does not come in time', async () => {
    const openedAt = Date.now();
    const closed = await rawConnection(() => undefined);
    expect(closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
    expect(Date.now() - openedAt).toBeGreaterThanOrEqual(LIMITS.initTimeoutMs - 20);
  });

  test('are closed with 1009 when a message is larger than allowed', async () => {
    const closed = await rawConnection((socket) =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer key-a', padding: 'x'.repeat(LIMITS.maxMessageBytes) } })),
    );
    expect(closed.code).toBe(1009);
  });

  test('are closed with the protocol codes for a subscribe before the acknowledgement, a second init, and a bad message', async () => {
    const early = await rawConnection((socket) =>
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: WATCH, variables: { customerId } } })),
    );
    const twice = await rawConnection((socket) => {
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer key-a' } }));
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer key-a' } }));
    });
    const garbage = await rawConnection((socket) => socket.send('{"type": "nonsense"'));
    expect([early, twice, garbage]).toEqual([
      { code: 4401, reason: 'Unauthorized' },
      { code: 4429, reason: 'Too many initialisation requests' },
      { code: 4400, reason: 'Invalid message received' },
    ]);
  });
});

describe('operations over graphql-ws', () => {
  const limitError = (message: string) => [{ message, extensions: { code: 'SUBSCRIPTION_LIMIT' } }];

  test('beyond the per-connection cap are refused, and the connection carries on', async () => {
    const connection = client('Bearer key-a');
    const first = await subscribe(connection);
    await subscribe(connection);
    const third = await subscribe(connection);

    expect(third.errors).toEqual(limitError('Too many operations on this connection: at most 2 may run at once'));
    await first.results.return!();
    await settle(); // the server frees the slot once it has the client's `complete`
    expect((await subscribe(connection)).errors).toBeUndefined();
  });

  test('beyond the per-credential cap are refused across connections, other credentials unaffected', async () => {
    const [one, two] = [client('Bearer key-a'), client('Bearer key-a')];
    await subscribe(one);
    await subscribe(one);
    await subscribe(two);
    const fourth = await subscribe(two);
    const otherKey = await subscribe(client('Bearer key-b'));

    expect(fourth.errors).toEqual(limitError('Too many operations for these credentials: at most 3 may run at once'));
    expect(otherKey.errors).toBeUndefined();
  });

  test('free their slots for the credential when their connection closes', async () => {
    const leaving = client('Bearer key-a');
    await subscribe(leaving);
    await subscribe(leaving);
    await leaving.dispose();
    await settle(); // the server frees the slots once it sees the connection close
    const staying = client('Bearer key-a');
    await subscribe(staying);
    expect((await subscribe(staying)).errors).toBeUndefined();
  });
});
