import type { Server } from 'node:http';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { webSocketMaxPayload, withWebSocketLimits, type WebSocketLimits } from '../subscriptions/websocket-limits.js';
import type { GatewayYoga } from './yoga.js';

/**
 * graphql-ws on the same server and path as HTTP (`ws://…/graphql`), executing through Yoga's envelop so that
 * WebSocket operations get the same context, limits and error masking as HTTP ones, within the connection limits
 * (init timeout, message size, subscription caps, masked callback errors). Returns its teardown.
 */
export function serveGraphqlOverWebSocket(server: Server, yoga: GatewayYoga, limits: WebSocketLimits = {}): () => Promise<void> {
  const sockets = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: webSocketMaxPayload(limits) });
  const disposable = useServer(
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
  return async () => {
    await disposable.dispose();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  };
}
