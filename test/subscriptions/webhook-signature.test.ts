import Metronome from '@metronome/sdk';
import { describe, expect, test } from 'vitest';
import { checkWebhookSignature, headerValue, webhookSignature } from '../../src/subscriptions/webhook-signature.js';
import { signedHeaders, WEBHOOK_SECRET } from './support/webhooks.js';

const body = '{"id":"n-1","type":"alerts.spend_threshold_reached","properties":{"customer_id":"c-1"}}';
const signedAt = new Date('2025-03-01T12:00:00.000Z');
const nowMs = signedAt.getTime();
const check = (headers: Record<string, string> | Headers, at = nowMs, rawBody = body) =>
  checkWebhookSignature(rawBody, headers, { secret: WEBHOOK_SECRET, nowMs: at });

describe('the webhook signature', () => {
  test('is the hex HMAC-SHA256 of the date, a newline and the raw body (as openssl computes it)', () => {
    // printf 'Sat, 01 Mar 2025 12:00:00 GMT\n{}' | openssl dgst -sha256 -hmac secret -hex
    expect(webhookSignature('{}', 'Sat, 01 Mar 2025 12:00:00 GMT', 'secret')).toBe(
      'f06f0ae478b2245b97d23ab47f1f412a09667cd0cf1f51b4f5c82230b25ad6cb',
    );
  });

  test("is what @metronome/sdk's webhooks.unwrap accepts, for a delivery signed as the Local Metronome signs it", () => {
    const headers = signedHeaders(body);
    const sdk = new Metronome({ bearerToken: 'unused', webhookSecret: WEBHOOK_SECRET });

    expect(sdk.webhooks.unwrap(body, headers)).toEqual(JSON.parse(body));
    expect(checkWebhookSignature(body, headers, { secret: WEBHOOK_SECRET })).toEqual({
      valid: true,
      signedAtMs: Date.parse(headers['X-Metronome-Date']!),
    });
  });

  test('accepts a delivery signed up to 5 minutes before or after now', () => {
    const headers = signedHeaders(body, signedAt);
    expect(check(headers, nowMs + 5 * 60_000)).toEqual({ valid: true, signedAtMs: nowMs });
    expect(check(headers, nowMs - 5 * 60_000)).toEqual({ valid: true, signedAtMs: nowMs });
  });

  test('rejects a delivery signed more than 5 minutes before or after now, even when the signature matches', () => {
    const headers = signedHeaders(body, signedAt);
    expect(check(headers, nowMs + 5 * 60_000 + 1000)).toEqual({ valid: false, reason: 'stale' });
    expect(check(headers, nowMs - 5 * 60_000 - 1000)).toEqual({ valid: false, reason: 'stale' });
  });

  test('rejects a body changed after signing', () => {
    expect(check(signedHeaders(body, signedAt), nowMs, body.replace('c-1', 'c-2'))).toEqual({ valid: false, reason: 'mismatch' });
  });

  test('rejects a signature made with another secret', () => {
    expect(check(signedHeaders(body, signedAt, 'another-secret'))).toEqual({ valid: false, reason: 'mismatch' });
  });

  test('rejects a date changed after signing', () => {
    const headers = signedHeaders(body, signedAt);
    headers['X-Metronome-Date'] = new Date(nowMs + 1000).toUTCString();
    expect(check(headers)).toEqual({ valid: false, reason: 'mismatch' });
  });

  test('reads the signed date from the Date header when X-Metronome-Date is absent', () => {
    const { 'X-Metronome-Date': date, ...headers } = signedHeaders(body, signedAt);
    expect(check({ ...headers, Date: date! })).toEqual({ valid: true, signedAtMs: nowMs });
  });

  test('prefers X-Metronome-Date over Date', () => {
    const headers = signedHeaders(body, signedAt);
    expect(check({ ...headers, date: new Date(nowMs - 60_000).toUTCString() })).toEqual({ valid: true, signedAtMs: nowMs });
  });

  test('names what is missing or malformed', () => {
    const { 'Metronome-Webhook-Signature': signature, 'X-Metronome-Date': date } = signedHeaders(body, signedAt);
    expect(check({ 'X-Metronome-Date': date! })).toEqual({ valid: false, reason: 'missing_signature' });
    expect(check({ 'Metronome-Webhook-Signature': signature! })).toEqual({ valid: false, reason: 'missing_date' });
    expect(check({ 'Metronome-Webhook-Signature': signature!, 'X-Metronome-Date': 'yesterday' })).toEqual({
      valid: false,
      reason: 'bad_date',
    });
  });

  test('reads headers from Node header objects and Fetch Headers alike, whatever the case of their names', () => {
    const headers = signedHeaders(body, signedAt);
    const lowerCase = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
    expect(check(lowerCase)).toEqual({ valid: true, signedAtMs: nowMs });
    expect(check(new Headers(headers))).toEqual({ valid: true, signedAtMs: nowMs });
    expect(headerValue({ 'x-metronome-date': ['first', 'second'] }, 'X-Metronome-Date')).toBe('first');
  });
});
