import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, body exactly as sent. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The status the receiver answered with. */
  answeredWith: number;
}

/**
 * A real HTTP server on an ephemeral port that records every POST it receives. It answers each request with the
 * next status of `answers` (then 200 once they run out).
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private answers: number[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];
  private server: Server | undefined;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/webhooks`;
  }

  /** Answers the next requests with these statuses, in order. */
  answerWith(...statuses: number[]): void {
    this.answers.push(...statuses);
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const status = this.answers.shift() ?? 200;
        this.received.push({ headers: request.headers, rawBody: Buffer.concat(chunks).toString('utf8'), answeredWith: status });
        response.writeHead(status, { 'content-type': 'application/json' }).end('{}');
        this.waiters = this.waiters.filter((waiter) => {
          if (this.received.length < waiter.count) return true;
          waiter.resolve();
          return false;
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Resolves once `count` requests in all have arrived; rejects after `timeoutMs`. */
  async waitForRequests(count: number, timeoutMs = 5_000): Promise<ReceivedWebhook[]> {
    if (this.received.length < count)
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`Expected ${count} webhook requests, got ${this.received.length}`)),
          timeoutMs,
        );
        this.waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    return this.received.slice(0, count);
  }

  clear(): void {
    this.received.length = 0;
    this.answers = [];
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    await new Promise<void>((resolve) => {
      this.server!.close(() => resolve());
      this.server!.closeAllConnections();
    });
    this.server = undefined;
  }
}
