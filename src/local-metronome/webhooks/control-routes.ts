import type { FastifyInstance } from 'fastify';
import { alertingOf } from '../alerts/alerting.js';
import { BadRequestError } from '../http/api-error.js';
import type { LocalMetronome } from '../server.js';
import { listDeliveries } from './outbox.js';

/**
 * `/_local/webhooks` control endpoints, registered inside the `/_local` scope (same bearer token):
 *
 * - `GET /_local/webhooks` → `{urls}`: where notifications go.
 * - `POST /_local/webhooks` `{url}` → `{urls}`: adds a URL (notifications created from now on go there too).
 * - `DELETE /_local/webhooks` `{url?}` → `{urls}`: removes one URL, or every URL without a body.
 * - `GET /_local/webhooks/deliveries` → `{data}`: every delivery of every notification, oldest first, with its
 *   notification, attempts, last status or error, and when it was delivered or abandoned.
 */
export function registerWebhookControlRoutes(control: FastifyInstance, local: LocalMetronome): void {
  const endpoints = () => {
    const alerting = alertingOf(local.db);
    if (!alerting) throw new Error('Alerting is not running for this Local Metronome');
    return alerting.endpoints;
  };
  const urlOf = (body: unknown): string | undefined => {
    const url = (body ?? {}) as { url?: unknown };
    if (url.url === undefined) return undefined;
    if (typeof url.url !== 'string') throw new BadRequestError('url must be a string');
    return url.url;
  };

  control.get('/webhooks', async () => ({ urls: endpoints().list() }));
  control.post('/webhooks', async (request) => {
    const url = urlOf(request.body);
    if (url === undefined) throw new BadRequestError('url is required');
    endpoints().add(url);
    return { urls: endpoints().list() };
  });
  control.delete('/webhooks', async (request) => {
    const url = urlOf(request.body);
    if (url === undefined) endpoints().clear();
    else endpoints().remove(url);
    return { urls: endpoints().list() };
  });
  control.get('/webhooks/deliveries', async () => ({
    data: listDeliveries(local.db).map(({ body, next_attempt_at_ms, first_attempt_at_ms, ...delivery }) => ({
      ...delivery,
      notification: JSON.parse(body) as unknown,
      next_attempt_at: delivery.delivered_at || delivery.abandoned_at ? null : new Date(next_attempt_at_ms).toISOString(),
      first_attempt_at: first_attempt_at_ms === null ? null : new Date(first_attempt_at_ms).toISOString(),
    })),
  }));
}
