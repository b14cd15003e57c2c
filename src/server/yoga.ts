import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayConfig } from '../config.js';
import type { MetronomeApi } from '../metronome-client/client.js';
import { createGatewayContext, type GatewayContext } from '../schema/context.js';
import { maskError } from '../schema/errors.js';
import { exampleOperations } from './example-operations.js';
import type { AlertSubscriptions } from '../subscriptions/alert-subscriptions.js';
import { useAlertSubscriptions } from '../subscriptions/use-alert-subscriptions.js';
import { useUpstreamReadiness } from './plugins/use-upstream-readiness.js';

export interface ServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
}

export type GatewayYoga = YogaServerInstance<ServerContext, GatewayContext>;

export interface YogaOptions {
  schema: GraphQLSchema;
  config: GatewayConfig;
  /**
   * The process-wide client, for the readiness probe; each operation wraps its transport in its own deduplicating
   * one.
   */
  api: MetronomeApi;
  /** Live alert status: `customerAlertChanged` and `POST /webhooks/metronome`. */
  alerts: AlertSubscriptions;
}

/**
 * The GraphQL HTTP handler: `/graphql` (GET, POST, SSE; GraphiQL with the example operations), `/health`,
 * `/ready`, and `POST /webhooks/metronome` (Metronome's alert notifications). Errors are mapped and masked in one place (`schema/errors.ts`); GraphQL Armor rejects oversized
 * operations before they run.
 */
export function createYogaServer({ schema, config, api, alerts }: YogaOptions): GatewayYoga {
  return createYoga<ServerContext, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: false,
    graphiql: config.graphiql
      ? {
          title: 'Metronome GraphQL',
          defaultTabs: exampleOperations.map(({ query, variables }) => ({
            query,
            variables: variables ? JSON.stringify(variables, null, 2) : null,
          })),
        }
      : false,
    // GraphiQL's scripts and styles are served inline from the package, not from a CDN: it works offline.
    renderGraphiQL,
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    context: ({ request }) =>
      createGatewayContext(api.transport, { concurrency: config.upstreamConcurrency, signal: request?.signal }),
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: config.limits.maxDepth },
        maxAliases: { n: config.limits.maxAliases },
        maxTokens: { n: config.limits.maxTokens },
        costLimit: { maxCost: config.limits.maxCost },
        maxDirectives: { n: 50 },
        blockFieldSuggestion: { enabled: true },
      }),
      useUpstreamReadiness({ api }),
      useAlertSubscriptions({ alerts }),
    ],
  });
}
