import { createHmac, timingSafeEqual } from 'node:crypto';

/** The request body of `POST /v1/dashboards/getEmbeddableUrl`. */
export interface EmbeddableDashboardPayload {
  customer_id: string;
  dashboard: 'invoices' | 'usage' | 'credits' | 'commits_and_credits';
  dashboard_options?: { key: string; value: string }[];
  color_overrides?: { name?: string; value?: string }[];
  bm_group_key_overrides?: { group_key_name: string; display_name?: string; value_display_names?: Record<string, unknown> }[];
}

/** What an embeddable dashboard URL grants: one customer's dashboard of one type, as configured, until `exp`. */
export interface DashboardGrant extends Required<EmbeddableDashboardPayload> {
  /** Expiry, epoch milliseconds of the Local Metronome's clock. */
  exp: number;
}

/** How long an embeddable URL stays valid. */
export const DASHBOARD_URL_TTL_MS = 24 * 60 * 60 * 1000;

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function encodeDashboardGrant(grant: DashboardGrant, secret: string): string {
  const payload = Buffer.from(JSON.stringify(grant)).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The grant, or undefined when the token is malformed, tampered with, or expired at `nowMs`. */
export function decodeDashboardGrant(token: string, secret: string, nowMs: number): DashboardGrant | undefined {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return undefined;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as DashboardGrant;
    return grant.exp > nowMs ? grant : undefined;
  } catch {
    return undefined;
  }
}
