import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { createGateway, type Gateway } from '../../src/app.js';
import { gatewayConfig, type GatewayConfig } from '../../src/config.js';
import { useLocalMetronome } from './local-metronome.js';

export interface GraphQLResponse<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export interface GatewayHarness {
  /** The Local Metronome the gateway talks to, and its REST client. */
  server: ReturnType<typeof useLocalMetronome>;
  gateway: Gateway;
  /** POSTs an operation to the gateway over HTTP. */
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** POSTs a typed document (from `test/gateway/__generated__`), typing `data` by it. */
  execute<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>>;
  /** Upstream calls per operation (`GET /v1/customers`: 3) since the last `resetUpstreamCounts()`. */
  upstreamCounts(): Promise<Record<string, number>>;
  resetUpstreamCounts(): Promise<void>;
}

/**
 * A Local Metronome and a gateway pointed at it, both on ephemeral ports, for the enclosing test file. The
 * gateway retries with short backoffs so fault tests stay fast.
 */
export function useGateway(overrides: Partial<GatewayConfig['metronome']> & { gateway?: Partial<Omit<GatewayConfig, 'metronome'>> } = {}): GatewayHarness {
  const server = useLocalMetronome();
  const { gateway: gatewayOverrides, ...metronomeOverrides } = overrides;
  const harness: GatewayHarness = {
    server,
    gateway: undefined as unknown as Gateway,
    async graphql(query, variables) {
      const response = await fetch(`${harness.gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
    },
    execute(document, variables) {
      return harness.graphql(print(document), variables);
    },
    async upstreamCounts() {
      return (await server.api('GET', '/_local/requests')).body.counts;
    },
    async resetUpstreamCounts() {
      await server.api('DELETE', '/_local/requests');
    },
  };
  beforeAll(async () => {
    harness.gateway = createGateway(
      gatewayConfig(
        { baseUrl: server.local.url, bearerToken: server.local.bearerToken, timeoutMs: 2000, retryDelayMs: 5, ...metronomeOverrides },
        gatewayOverrides,
      ),
    );
    await harness.gateway.start(0);
  });
  afterAll(async () => {
    await harness.gateway?.stop();
  });
  return harness;
}
