import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { CloseCode, type Context, type ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';

export interface WebSocketLimits {
  /**
   * Checks the credentials `connection_init` carries (its payload, e.g. `{ "authorization": "Bearer …" }`), as
   * the HTTP endpoint checks a request's; returns the key the per-credential cap counts under, or `false` to
   * refuse the connection (closed with 4403 Forbidden). Without it every connection is admitted and counted
   * under its client address.
   */
  authenticate?: (payload: Record<string, unknown> | undefined, request: IncomingMessage) => string | false | Promise<string | false>;
  /** A connection that has not sent `connection_init` by then is closed with 4408. @default 10000 */
  initTimeoutMs?: number;
  /**
   * The largest message a client may send; a larger one closes the connection with 1009 (Message Too Big).
   * Enforced by the `ws` server: pass {@link webSocketMaxPayload} as its `maxPayload`.
   * @default 65536
   */
  maxMessageBytes?: number;
  /** Operations one connection may have running at once. @default 100 */
  maxSubscriptionsPerConnection?: number;
  /** Operations all connections of one credential may have running at once. @default 1000 */
  maxSubscriptionsPerCredential?: number;
}

export const DEFAULT_WEBSOCKET_LIMITS = {
  initTimeoutMs: 10_000,
  maxMessageBytes: 64 * 1024,
  maxSubscriptionsPerConnection: 100,
  maxSubscriptionsPerCredential: 1_000,
} as const;

/** The `maxPayload` of the `ws` server that enforces `maxMessageBytes`. */
export function webSocketMaxPayload(limits: WebSocketLimits = {}): number {
  return limits.maxMessageBytes ?? DEFAULT_WEBSOCKET_LIMITS.maxMessageBytes;
}

const INTERNAL_ERROR = 'Internal server error';

/**
 * What the client is told of an error thrown while preparing an operation. A GraphQL error (a syntax error, a
 * query limit) is about the operation and is passed on — rebuilt, because it may come from another copy of
 * `graphql` (GraphQL Armor loads the CommonJS one) whose errors graphql-ws would not recognise. Anything else is
 * masked.
 */
function clientError(error: unknown): GraphQLError {
  if (error instanceof Error && error.name === 'GraphQLError') {
    const { extensions } = error as Error & { extensions?: Record<string, unknown> };
    return new GraphQLError(error.message, extensions ? { extensions } : {});
  }
  return new GraphQLError(INTERNAL_ERROR, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/**
 * graphql-ws server options with the gateway's WebSocket limits around them:
 *
 * - `connection_init` must come within `initTimeoutMs` (else 4408), and its credentials pass `authenticate` (else
 *   4403); a second `connection_init` is 4429, a subscribe before the acknowledgement 4401, a reused operation
 *   id 4409, an unparsable message 4400 — the protocol's own codes.
 * - An operation beyond the per-connection or per-credential cap is refused with a GraphQL error
 *   (`extensions.code` `SUBSCRIPTION_LIMIT`); the connection and its other operations carry on.
 * - An error thrown by a callback (yours or the wrapped options') never reaches the client: a GraphQL error of
 *   the operation's own (a syntax error) is sent as is, anything else as "Internal server error" — the close
 *   reason of a failed connect included, whatever `NODE_ENV` says.
 */
export function withWebSocketLimits<P extends Record<string, unknown> | undefined, E extends Extra>(
  options: ServerOptions<P, E>,
  limits: WebSocketLimits = {},
): ServerOptions<P, E> {
  const perConnection = limits.maxSubscriptionsPerConnection ?? DEFAULT_WEBSOCKET_LIMITS.maxSubscriptionsPerConnection;
  const perCredential = limits.maxSubscriptionsPerCredential ?? DEFAULT_WEBSOCKET_LIMITS.maxSubscriptionsPerCredential;
  const connections = new WeakMap<Context<P, E>, { credential: string; running: Set<string> }>();
  const runningPerCredential = new Map<string, number>();

  const release = (ctx: Context<P, E>, id: string) => {
    const connection = connections.get(ctx);
    if (!connection?.running.delete(id)) return;
    const remaining = (runningPerCredential.get(connection.credential) ?? 1) - 1;
    if (remaining > 0) runningPerCredential.set(connection.credential, remaining);
    else runningPerCredential.delete(connection.credential);
  };
  const refuse = (message: string) => [new GraphQLError(message, { extensions: { code: 'SUBSCRIPTION_LIMIT' } })];

  return {
    ...options,
    connectionInitWaitTimeout: limits.initTimeoutMs ?? DEFAULT_WEBSOCKET_LIMITS.initTimeoutMs,
    async onConnect(ctx) {
      try {
        const request = ctx.extra.request;
        const credential = limits.authenticate
          ? await limits.authenticate(ctx.connectionParams as Record<string, unknown> | undefined, request)
          : `address:${request.socket.remoteAddress ?? 'unknown'}`;
        if (credential === false) return false;
        const accepted = await options.onConnect?.(ctx);
        if (accepted === false) return false;
        connections.set(ctx, { credential, running: new Set() });
        return accepted;
      } catch {
        ctx.extra.socket.close(CloseCode.InternalServerError, INTERNAL_ERROR);
        return false;
      }
    },
    async onSubscribe(ctx, id, payload) {
      const connection = connections.get(ctx);
      if (!connection) return [new GraphQLError(INTERNAL_ERROR, { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
      if (connection.running.size >= perConnection)
        return refuse(`Too many operations on this connection: at most ${perConnection} may run at once`);
      if ((runningPerCredential.get(connection.credential) ?? 0) >= perCredential)
        return refuse(`Too many operations for these credentials: at most ${perCredential} may run at once`);
      connection.running.add(id);
      runningPerCredential.set(connection.credential, (runningPerCredential.get(connection.credential) ?? 0) + 1);
      try {
        const result = await options.onSubscribe?.(ctx, id, payload);
        if (Array.isArray(result)) release(ctx, id);
        return result;
      } catch (error) {
        release(ctx, id);
        return [clientError(error)];
      }
    },
    async onComplete(ctx, id, payload) {
      release(ctx, id);
      await options.onComplete?.(ctx, id, payload);
    },
    async onClose(ctx, code, reason) {
      const connection = connections.get(ctx);
      for (const id of [...(connection?.running ?? [])]) release(ctx, id);
      connections.delete(ctx);
      await options.onClose?.(ctx, code, reason);
    },
  };
}
