import { BearerToken } from './auth/credentials.js';
import { DEFAULT_WEBSOCKET_LIMITS, type WebSocketLimits } from './subscriptions/websocket-limits.js';

/** Where the gateway's Metronome API is. */
export type UpstreamConfig =
  | {
      kind: 'remote';
      /** e.g. `https://api.metronome.com`. */
      baseUrl: string;
      bearerToken: BearerToken;
    }
  | {
      /** An embedded Local Metronome with demo data, started beside the gateway. */
      kind: 'local';
      /** SQLite file; the data survives restarts. */
      dbPath: string;
      /** 0 picks a free port. */
      port: number;
    };

/** Everything the process is configured with. Read once, from the environment, by {@link loadConfig}. */
export interface ProcessConfig {
  port: number;
  host: string;
  upstream: UpstreamConfig;
  gateway: Omit<GatewayConfig, 'metronome'> & { metronome: Omit<GatewayConfig['metronome'], 'baseUrl' | 'bearerToken'> };
}

/** What `createGateway` needs: a concrete upstream and the gateway's own settings. */
export interface GatewayConfig {
  metronome: {
    baseUrl: string;
    bearerToken: BearerToken;
    /** Per attempt. */
    timeoutMs: number;
    maxRetries: number;
    /** The wait before the first retry (doubled for each further one), unless Metronome says how long. */
    retryDelayMs: number;
    /** Keep-alive connections to Metronome. */
    connections: number;
  };
  /** Serve GraphiQL on GET `/graphql` from a browser. */
  graphiql: boolean;
  /** Query limits enforced before execution (GraphQL Armor). */
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxCost: number;
  };
  /** Upstream calls one GraphQL operation may have in flight at once. */
  upstreamConcurrency: number;
  /** Live alert subscriptions: where their events travel, how webhooks are verified, how customers are polled. */
  subscriptions: {
    /** Shares events, webhook dedupe, alert states and polling leases between instances; unset: in memory. */
    redisUrl?: string;
    keyPrefix: string;
    /** Verifies `POST /webhooks/metronome`; unset: no webhook receiver (polling alone keeps subscriptions right). */
    webhookSecret?: string;
    pollIntervalMs: number;
    pollConcurrency: number;
    websocket: Required<Omit<WebSocketLimits, 'authenticate'>>;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads the environment (the only place that does) and fails fast, listing every wrong or missing setting with
 * how to fix it:
 *
 * | variable | default | |
 * |---|---|---|
 * | `PORT` | 4000 | the gateway's port |
 * | `HOST` | 0.0.0.0 | the gateway's address |
 * | `METRONOME_API_URL` | unset: a Local Metronome with demo data | the Metronome API base URL |
 * | `METRONOME_BEARER_TOKEN` | required with `METRONOME_API_URL` | the API token |
 * | `METRONOME_TIMEOUT_MS` | 15000 | per-attempt upstream timeout |
 * | `METRONOME_MAX_RETRIES` | 2 | retries of safe calls |
 * | `METRONOME_RETRY_DELAY_MS` | 250 | first retry's backoff |
 * | `METRONOME_CONNECTIONS` | 32 | keep-alive connections |
 * | `LOCAL_METRONOME_DB` | data/local-metronome.db | the Local Metronome's SQLite file |
 * | `LOCAL_METRONOME_PORT` | 4010 | the Local Metronome's port (0: any free port) |
 * | `GRAPHIQL` | true | serve GraphiQL |
 * | `GRAPHQL_MAX_DEPTH` / `_MAX_ALIASES` / `_MAX_TOKENS` / `_MAX_COST` | 12 / 30 / 5000 / 20000 | query limits |
 * | `UPSTREAM_CONCURRENCY` | 16 | upstream calls in flight per operation |
 * | `REDIS_URL` | unset: one instance, in memory | Redis for several instances (`redis://host:6379/0`) |
 * | `REDIS_KEY_PREFIX` | metronome-graphql: | prefix of every Redis key and channel |
 * | `METRONOME_WEBHOOK_SECRET` | unset (local mode: the Local Metronome's) | verifies `POST /webhooks/metronome` |
 * | `ALERT_POLL_INTERVAL_MS` / `ALERT_POLL_CONCURRENCY` | 5000 / 8 | polling of customers with alert subscribers |
 * | `WS_INIT_TIMEOUT_MS` / `WS_MAX_MESSAGE_BYTES` | 10000 / 65536 | graphql-ws connection_init timeout, message size |
 * | `WS_MAX_OPERATIONS_PER_CONNECTION` / `_PER_CREDENTIAL` | 100 / 1000 | subscription caps |
 */
export function loadConfig(env: Env = process.env): ProcessConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const port = read.integer('PORT', 4000, 0, 65535);
  const host = read.string('HOST', '0.0.0.0');

  let upstream: UpstreamConfig;
  const apiUrl = env.METRONOME_API_URL?.trim();
  const token = env.METRONOME_BEARER_TOKEN?.trim();
  if (apiUrl) {
    if (!isHttpUrl(apiUrl))
      problems.push(
        `METRONOME_API_URL must be an http(s) URL such as https://api.metronome.com (got "${apiUrl}"); unset it to use the Local Metronome`,
      );
    if (!token)
      problems.push(
        'METRONOME_BEARER_TOKEN is required when METRONOME_API_URL is set: create an API token in the Metronome app (Connections → API tokens) and export it',
      );
    upstream = { kind: 'remote', baseUrl: apiUrl.replace(/\/+$/, ''), bearerToken: new BearerToken(token ?? '') };
  } else {
    if (token)
      problems.push(
        'METRONOME_BEARER_TOKEN is set but METRONOME_API_URL is not: set METRONOME_API_URL=https://api.metronome.com to use the real API, or unset the token to use the Local Metronome',
      );
    upstream = {
      kind: 'local',
      dbPath: read.string('LOCAL_METRONOME_DB', 'data/local-metronome.db'),
      port: read.integer('LOCAL_METRONOME_PORT', 4010, 0, 65535),
    };
  }

  const gateway: ProcessConfig['gateway'] = {
    metronome: {
      timeoutMs: read.integer('METRONOME_TIMEOUT_MS', 15_000, 100, 120_000),
      maxRetries: read.integer('METRONOME_MAX_RETRIES', 2, 0, 10),
      retryDelayMs: read.integer('METRONOME_RETRY_DELAY_MS', 250, 0, 60_000),
      connections: read.integer('METRONOME_CONNECTIONS', 32, 1, 1024),
    },
    graphiql: read.boolean('GRAPHIQL', true),
    limits: {
      maxDepth: read.integer('GRAPHQL_MAX_DEPTH', 12, 1, 100),
      maxAliases: read.integer('GRAPHQL_MAX_ALIASES', 30, 1, 1000),
      maxTokens: read.integer('GRAPHQL_MAX_TOKENS', 5000, 10, 1_000_000),
      maxCost: read.integer('GRAPHQL_MAX_COST', 20_000, 10, 10_000_000),
    },
    upstreamConcurrency: read.integer('UPSTREAM_CONCURRENCY', 16, 1, 256),
    subscriptions: {
      redisUrl: read.redisUrl('REDIS_URL'),
      keyPrefix: read.string('REDIS_KEY_PREFIX', 'metronome-graphql:'),
      webhookSecret: env.METRONOME_WEBHOOK_SECRET?.trim() || undefined,
      pollIntervalMs: read.integer('ALERT_POLL_INTERVAL_MS', 5_000, 100, 3_600_000),
      pollConcurrency: read.integer('ALERT_POLL_CONCURRENCY', 8, 1, 256),
      websocket: {
        initTimeoutMs: read.integer('WS_INIT_TIMEOUT_MS', DEFAULT_WEBSOCKET_LIMITS.initTimeoutMs, 100, 600_000),
        maxMessageBytes: read.integer('WS_MAX_MESSAGE_BYTES', DEFAULT_WEBSOCKET_LIMITS.maxMessageBytes, 1024, 64 * 1024 * 1024),
        maxSubscriptionsPerConnection: read.integer(
          'WS_MAX_OPERATIONS_PER_CONNECTION',
          DEFAULT_WEBSOCKET_LIMITS.maxSubscriptionsPerConnection,
          1,
          100_000,
        ),
        maxSubscriptionsPerCredential: read.integer(
          'WS_MAX_OPERATIONS_PER_CREDENTIAL',
          DEFAULT_WEBSOCKET_LIMITS.maxSubscriptionsPerCredential,
          1,
          1_000_000,
        ),
      },
    },
  };

  if (problems.length) throw new ConfigError(problems);
  return { port, host, upstream, gateway };
}

/** Gateway settings for tests and embedding: the defaults, with a concrete upstream. */
export function gatewayConfig(
  metronome: { baseUrl: string; bearerToken: string | BearerToken } & Partial<Omit<GatewayConfig['metronome'], 'bearerToken'>>,
  overrides: Partial<Omit<GatewayConfig, 'metronome'>> = {},
): GatewayConfig {
  const defaults = loadConfig({}).gateway;
  return {
    ...defaults,
    ...overrides,
    metronome: {
      ...defaults.metronome,
      ...metronome,
      bearerToken: metronome.bearerToken instanceof BearerToken ? metronome.bearerToken : new BearerToken(metronome.bearerToken),
    },
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  string(name: string, fallback: string): string {
    const value = this.env[name]?.trim();
    return value ? value : fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}"); unset it for the default ${fallback}`);
      return fallback;
    }
    return value;
  }

  redisUrl(name: string): string | undefined {
    const raw = this.env[name]?.trim();
    if (!raw) return undefined;
    try {
      const url = new URL(raw);
      if (url.protocol === 'redis:' || url.protocol === 'rediss:') return raw;
    } catch {
      // reported below
    }
    this.problems.push(`${name} must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379 (got "${raw}"); unset it to run one instance in memory`);
    return undefined;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.env[name]?.trim().toLowerCase();
    if (!raw) return fallback;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}"); unset it for the default ${fallback}`);
    return fallback;
  }
}
