import { createHmac, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_SIGNATURE_HEADER = 'metronome-webhook-signature';
export const WEBHOOK_DATE_HEADER = 'x-metronome-date';

/**
 * Request headers as Node (`IncomingHttpHeaders`, lower-case names) or the Fetch API gives them: a `Headers`,
 * global or a ponyfill's (Yoga's requests carry `@whatwg-node/fetch` ones, which are not global `Headers`).
 */
export type RequestHeaders = Pick<Headers, 'get'> | Record<string, string | string[] | undefined>;

/** A header's value, whatever the case of its name; the first when sent more than once. */
export function headerValue(headers: RequestHeaders, name: string): string | undefined {
  if (typeof headers.get === 'function') return (headers as Pick<Headers, 'get'>).get(name) ?? undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() === lower) return Array.isArray(value) ? value[0] : value;
  return undefined;
}

/**
 * Metronome's webhook signature: the hex HMAC-SHA256, keyed with the webhook secret, of the date header's value, a
 * newline and the raw request body (what `@metronome/sdk`'s `webhooks.verifySignature` recomputes).
 */
export function webhookSignature(rawBody: string, date: string, secret: string): string {
  return createHmac('sha256', secret).update(`${date}\n${rawBody}`).digest('hex');
}

export type SignatureCheck =
  | { valid: true; signedAtMs: number }
  | { valid: false; reason: 'missing_signature' | 'missing_date' | 'bad_date' | 'stale' | 'mismatch' };

export interface SignatureCheckOptions {
  secret: string;
  /** How far the signed date may be from `nowMs`, either way. @default 300000 (5 minutes) */
  toleranceMs?: number;
  nowMs?: number;
}

/**
 * Checks a delivery's signature: the date comes from `X-Metronome-Date`, or from `Date` when that is absent; it
 * must lie within the tolerance of now (an old delivery cannot be replayed), and the signature must match in
 * constant time.
 */
export function checkWebhookSignature(rawBody: string, headers: RequestHeaders, options: SignatureCheckOptions): SignatureCheck {
  const signature = headerValue(headers, WEBHOOK_SIGNATURE_HEADER)?.trim();
  if (!signature) return { valid: false, reason: 'missing_signature' };
  const date = headerValue(headers, WEBHOOK_DATE_HEADER) ?? headerValue(headers, 'date');
  if (!date) return { valid: false, reason: 'missing_date' };
  const signedAtMs = Date.parse(date);
  if (Number.isNaN(signedAtMs)) return { valid: false, reason: 'bad_date' };
  const toleranceMs = options.toleranceMs ?? 5 * 60_000;
  if (Math.abs((options.nowMs ?? Date.now()) - signedAtMs) > toleranceMs) return { valid: false, reason: 'stale' };
  const expected = Buffer.from(webhookSignature(rawBody, date, options.secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'mismatch' };
  return { valid: true, signedAtMs };
}
