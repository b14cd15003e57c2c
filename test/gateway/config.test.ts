import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('starts a Local Metronome on port 4010 and serves on 4000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.upstream).toEqual({ kind: 'local', dbPath: 'data/local-metronome.db', port: 4010 });
    expect(config.gateway.metronome).toEqual({ timeoutMs: 15_000, maxRetries: 2, retryDelayMs: 250, connections: 32 });
  });

  it('serves the real API when its URL and token are set', () => {
    const config = loadConfig({ METRONOME_API_URL: 'https://api.metronome.com/', METRONOME_BEARER_TOKEN: 'sk-1', PORT: '8080' });
    expect(config.port).toBe(8080);
    expect(config.upstream.kind).toBe('remote');
    if (config.upstream.kind !== 'remote') throw new Error('unreachable');
    expect(config.upstream.baseUrl).toBe('https://api.metronome.com');
    expect(config.upstream.bearerToken.reveal()).toBe('sk-1');
  });

  it('fails when the API URL is set without a token, saying where to get one', () => {
    expect(problemsOf({ METRONOME_API_URL: 'https://api.metronome.com' })).toEqual([
      'METRONOME_BEARER_TOKEN is required when METRONOME_API_URL is set: create an API token in the Metronome app (Connections → API tokens) and export it',
    ]);
  });

  it('fails when a token is set without the API URL', () => {
    expect(problemsOf({ METRONOME_BEARER_TOKEN: 'sk-1' })).toEqual([
      'METRONOME_BEARER_TOKEN is set but METRONOME_API_URL is not: set METRONOME_API_URL=https://api.metronome.com to use the real API, or unset the token to use the Local Metronome',
    ]);
  });

  it('lists every wrong setting at once, each with its fix', () => {
    expect(problemsOf({ PORT: 'abc', METRONOME_API_URL: 'ftp://x', METRONOME_BEARER_TOKEN: 't', GRAPHIQL: 'maybe' })).toEqual([
      'PORT must be a whole number from 0 to 65535 (got "abc"); unset it for the default 4000',
      'METRONOME_API_URL must be an http(s) URL such as https://api.metronome.com (got "ftp://x"); unset it to use the Local Metronome',
      'GRAPHIQL must be true or false (got "maybe"); unset it for the default true',
    ]);
  });

  it('never prints the token, whatever prints the config', () => {
    const config = loadConfig({ METRONOME_API_URL: 'https://api.metronome.com', METRONOME_BEARER_TOKEN: 'sk-secret-42' });
    expect(JSON.stringify(config)).not.toContain('sk-secret-42');
    expect(inspect(config, { depth: 10 })).not.toContain('sk-secret-42');
    expect(`${JSON.stringify(config.upstream)}`).toContain('[redacted]');
  });
});
