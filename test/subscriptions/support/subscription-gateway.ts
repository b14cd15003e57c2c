// The subscription schema module registers its types on the shared builder; it must load before the schema is built.
import '../../../src/schema/customer-alert-subscription.js';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga } from 'graphql-yoga';
import { useServer } from 'graphql-ws/use/ws';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { createGatewayContext, type GatewayContext } from '../../../src/schema/context.js';
import { maskError } from '../../../src/schema/errors.js';
import { schema } from '../../../src/schema/index.js';
import { createAlertSubscriptions, type AlertSubscriptions, type AlertSubscriptionsOptions } from '../../../src/subscriptions/alert-subscriptions.js';
import { useAlertSubscriptions } from '../../../src/subscriptions/use-alert-subscriptions.js';
import { webSocketMaxPayload, withWebSocketLimits, type WebSocketLimits } from '../../../src/subscriptions/websocket-limits.js';
import { BearerToken } from '../../../src/auth/credentials.js';
import { MetronomeClient } from '../../../src/metronome-client/client.js';

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
  limits?: WebSocketLimits;
}

/**
 * A gateway serving the schema with `customerAlertChanged`, wired as `src/app.ts` is to be: Yoga (masked errors,
 * GraphQL Armor, SSE) with `useAlertSubscriptions`, graphql-ws through Yoga's envelop with the WebSocket limits,
 * and the alert machinery started. On port 0, against a Local Metronome; stopped by `stop()`. Free of vitest, so
 * that the benchmark runs it too.
 */
export async function startSubscriptionGateway(
  local: { url: string; bearerToken: string; webhookSecret: string },
  options: SubscriptionGatewayOptions = {},
): Promise<SubscriptionGateway> {
  const { limits, ...alertOptions } = options;
  const metronome = localMetronomeClient(local);
  const alerts = createAlertSubscriptions({ metronome, webhookSecret: local.webhookSecret, ...alertOptions });
  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    logging: false,
    landingPage: false,
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    context: ({ request }) => createGatewayContext(metronome.transport, { concurrency: 16, signal: request?.signal }),
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: QUERY_LIMITS.maxDepth },
        maxAliases: { n: QUERY_LIMITS.maxAliases },
        maxTokens: { n: QUERY_LIMITS.maxTokens },
        costLimit: { maxCost: QUERY_LIMITS.maxCost },
        blockFieldSuggestion: { enabled: true },
      }),
      useAlertSubscriptions({ alerts }),
    ],
  });
  const server = createServer(yoga);
  const sockets = new WebSocketServer({ server, path: '/graphql', maxPayload: webSocketMaxPayload(limits) });
  const graphqlWs = useServer(
    withWebSocketLimits(
      {
        execute: (args: any) => args.rootValue.execute(args),
        subscribe: (args: any) => args.rootValue.subscribe(args),
        onSubscribe: async (ctx, _id, params) => {
          const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
            ...ctx,
            req: ctx.extra.request,
            socket: ctx.extra.socket,
            params,
          });
          const args = {
            schema,
            operationName: params.operationName,
            document: parse(params.query),
            variableValues: params.variables,
            contextValue: await contextFactory(),
            rootValue: { execute, subscribe },
          };
          const errors = validate(args.schema, args.document);
          if (errors.length) return errors;
          return args;
        },
      },
      limits,
    ),
    sockets,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  alerts.start();
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    alerts,
    async stop() {
      await graphqlWs.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await alerts.stop();
      await metronome.close();
    },
  };
}

