import { BadRequestError } from '../http/api-error.js';

/**
 * Metronome's `next_page` tokens are opaque strings. Ours carry a small JSON position, base64url-encoded, so
 * a client can never construct one and a tampered token is a 400, not a wrong page.
 */
export function encodeCursor(position: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T extends Record<string, unknown>>(token: string | undefined | null): T | undefined {
  if (token === undefined || token === null || token === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as T;
  } catch {
    // fall through to the error below
  }
  throw new BadRequestError('Invalid next_page cursor');
}

export const DEFAULT_PAGE_LIMIT = 100;

export interface Page<T> {
  data: T[];
  next_page: string | null;
}
