import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { signedWebhookHeaders } from '../../../src/local-metronome/webhooks/signature.js';
import type { WebhookHandler } from '../../../src/subscriptions/webhook-receiver.js';

export const WEBHOOK_SECRET = 'whsec-test-secret';

/** A notification envelope as the Local Metronome's alert evaluator writes it. */
export function alertNotification(
  customerId: string,
  alertId: string,
  overrides: { id?: string; type?: string; properties?: Record<string, unknown> } = {},
) {
  return {
    id: overrides.id ?? '0f5f1a3e-8f33-4a64-9d54-1e1c1b2a3c4d',
    type: overrides.type ?? 'alerts.spend_threshold_reached',
    properties: {
      customer_id: customerId,
      alert_id: alertId,
      alert_name: 'Spend over $100',
      threshold: 10000,
      triggered_by: 'usage',
      timestamp: '2025-03-01T12:00:00.000Z',
      ...overrides.properties,
    },
  };
}

/** Headers of a delivery signed exactly as the Local Metronome signs it (its own signing function). */
export function signedHeaders(rawBody: string, at: Date = new Date(), secret = WEBHOOK_SECRET): Record<string, string> {
  return signedWebhookHeaders(rawBody, secret, at);
}

/**
 * Mounts a webhook handler on a real `node:http` server on port 0 for the test file, as a router would: the raw
 * body and Node's headers go in, the status and JSON body come out. `handler` is asked for on every request.
 */
export function serveWebhooks(handler: () => WebhookHandler): { url: () => string } {
  let server: Server | undefined;
  beforeAll(async () => {
    server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const answer = await handler()(Buffer.concat(chunks), request.headers);
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return { url: () => `http://127.0.0.1:${(server!.address() as AddressInfo).port}/webhooks/metronome` };
}
