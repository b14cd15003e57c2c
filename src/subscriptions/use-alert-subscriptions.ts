import type { Plugin } from 'graphql-yoga';
import type { AlertSubscriptions } from './alert-subscriptions.js';

export interface UseAlertSubscriptionsOptions {
  alerts: AlertSubscriptions;
  /** Where Metronome POSTs notifications. @default '/webhooks/metronome' */
  webhookPath?: string;
  /** The largest notification body accepted; larger ones answer 413. @default 1048576 (1 MiB) */
  maxWebhookBytes?: number;
}

/** What the plugin adds to every operation's context (HTTP, SSE and WebSocket alike). */
export interface AlertSubscriptionsContext {
  alertSubscriptions: AlertSubscriptions;
}

/**
 * Live alert status in Yoga: serves Metronome's webhook notifications at `webhookPath` (POST only; the raw body
 * goes to the receiver, whose status and JSON body are the answer; 404 when no webhook secret is configured),
 * and puts the {@link AlertSubscriptions} in the context, where the `customerAlertChanged` subscription finds it.
 */
export function useAlertSubscriptions({
  alerts,
  webhookPath = '/webhooks/metronome',
  maxWebhookBytes = 1024 * 1024,
}: UseAlertSubscriptionsOptions): Plugin<AlertSubscriptionsContext> {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== webhookPath) return;
      const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
        endResponse(fetchAPI.Response.json(body, { status, headers }));
      if (!alerts.receiveWebhook) return answer(404, { message: 'Webhooks are not configured on this gateway' });
      if (request.method !== 'POST') return answer(405, { message: 'Use POST' }, { allow: 'POST' });
      if (Number(request.headers.get('content-length') ?? 0) > maxWebhookBytes)
        return answer(413, { message: 'The notification is too large' });
      const rawBody = await request.text();
      if (Buffer.byteLength(rawBody) > maxWebhookBytes) return answer(413, { message: 'The notification is too large' });
      const response = await alerts.receiveWebhook(rawBody, request.headers);
      return answer(response.status, response.body);
    },
    onContextBuilding({ extendContext }) {
      extendContext({ alertSubscriptions: alerts });
    },
  };
}
