import { afterAll, beforeAll } from 'vitest';
import type { LocalMetronomeOptions } from '../../src/local-metronome/config.js';
import { createLocalMetronome, type LocalMetronome } from '../../src/local-metronome/server.js';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  /** Array values are sent comma-separated, as the official client sends them. */
  query?: Record<string, string | number | boolean | string[] | undefined>;
  headers?: Record<string, string>;
  /** Send no Authorization header (or the given token instead of the server's). */
  token?: string | null;
}

export type ApiClient = <T = any>(method: string, path: string, options?: RequestOptions) => Promise<ApiResponse<T>>;

export function apiClient(baseUrl: () => string, defaultToken: () => string): ApiClient {
  return async (method, path, options = {}) => {
    const url = new URL(path, baseUrl());
    for (const [name, value] of Object.entries(options.query ?? {}))
      if (value !== undefined) url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
    const token = options.token === undefined ? defaultToken() : options.token;
    const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
}

/**
 * Starts a Local Metronome on an ephemeral port for the enclosing test file, stopped after it. The returned
 * object's fields are filled in by `beforeAll`.
 */
export function useLocalMetronome(options: LocalMetronomeOptions = {}): { local: LocalMetronome; api: ApiClient } {
  const handle = { local: undefined as unknown as LocalMetronome, api: undefined as unknown as ApiClient };
  handle.api = apiClient(
    () => handle.local.url,
    () => handle.local.bearerToken,
  );
  beforeAll(async () => {
    handle.local = await createLocalMetronome({ dbPath: ':memory:', ...options });
    await handle.local.start(0);
  });
  afterAll(async () => {
    await handle.local?.stop();
  });
  return handle;
}
