import { createHmac } from 'node:crypto';

export const WEBHOOK_DATE_HEADER = 'X-Metronome-Date';
export const WEBHOOK_SIGNATURE_HEADER = 'Metronome-Webhook-Signature';

/**
 * Metronome's webhook signature: the hex HMAC-SHA256, keyed with the webhook secret, of the date header's value,
 * a newline, and the raw request body — what `@metronome/sdk`'s `webhooks.verifySignature` recomputes.
 */
export function webhookSignature(rawBody: string, date: string, secret: string): string {
  return createHmac('sha256', secret).update(`${date}\n${rawBody}`).digest('hex');
}

/**
 * The headers of one delivery attempt. The date is the real time of the attempt (an HTTP date), not the Local
 * Metronome clock: receivers reject signatures more than five minutes old, so every retry is signed afresh.
 */
export function signedWebhookHeaders(rawBody: string, secret: string, at: Date = new Date()): Record<string, string> {
  const date = at.toUTCString();
  return {
    'content-type': 'application/json',
    [WEBHOOK_DATE_HEADER]: date,
    [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(rawBody, date, secret),
  };
}
