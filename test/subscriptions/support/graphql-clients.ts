import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { afterEach } from 'vitest';
import WebSocket from 'ws';

/** graphql-ws clients for one test, each disposed after it. */
export function useWebSocketClients() {
  const clients: Client[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  return (url: string, connectionParams?: Record<string, unknown>) => {
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, ...(connectionParams ? { connectionParams } : {}) });
    clients.push(client);
    return client;
  };
}

/**
 * A subscription over server-sent events (Yoga's "distinct connections" mode: POST with `Accept:
 * text/event-stream`), read as an async iterator of results; `return()` aborts the request.
 */
export async function subscribeOverSse<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<AsyncIterableIterator<FormattedExecutionResult<T>>> {
  const abort = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`SSE request answered ${response.status}: ${await response.text()}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  const iterator: AsyncIterableIterator<FormattedExecutionResult<T>> = {
    async next() {
      for (;;) {
        const end = buffered.indexOf('\n\n');
        if (end >= 0) {
          const message = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const event = /^event: (.*)$/m.exec(message)?.[1];
          const data = message
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trimStart())
            .join('\n');
          if (event === 'complete') return { value: undefined, done: true };
          if (data) return { value: JSON.parse(data) as FormattedExecutionResult<T>, done: false };
          continue;
        }
        const chunk = await reader.read();
        if (chunk.done) return { value: undefined, done: true };
        buffered += chunk.value;
      }
    },
    async return() {
      abort.abort();
      await reader.cancel().catch(() => undefined);
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
