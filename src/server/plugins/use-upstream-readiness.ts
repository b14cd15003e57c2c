import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { MetronomeApi } from '../../metronome-client/client.js';
import { MetronomeError } from '../../metronome-client/errors.js';

export interface UpstreamReadinessOptions {
  /** The API to probe (the process-wide client, not a per-request one). */
  api: MetronomeApi;
  /**
   * How long the probe may take.
   * @default 3000
   */
  timeoutMs?: number;
  /**
   * Where readiness is served.
   * @default '/ready'
   */
  endpoint?: string;
}

/**
 * `GET /ready`: 200 `{"status":"ready"}` when Metronome answers an authenticated call (`GET /v1/services`),
 * else 503 `{"status":"unavailable","reason":"METRONOME_TIMEOUT"}` — the reason is an error code, never a
 * message, so nothing about the credentials leaks.
 */
export function useUpstreamReadiness({ api, timeoutMs = 3000, endpoint = '/ready' }: UpstreamReadinessOptions): Plugin {
  return useReadinessCheck({
    endpoint,
    async check({ fetchAPI }) {
      try {
        await api.services.list({ timeoutMs, maxRetries: 0 });
        return fetchAPI.Response.json({ status: 'ready' });
      } catch (error) {
        const reason = error instanceof MetronomeError ? error.code : 'UNKNOWN';
        return fetchAPI.Response.json({ status: 'unavailable', reason }, { status: 503 });
      }
    },
  });
}
