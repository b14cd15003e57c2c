/** How a Local Metronome is built. Every field has a default, so `createLocalMetronome()` runs as is. */
export interface LocalMetronomeOptions {
  /**
   * SQLite database: a file path that survives restarts, or `:memory:`.
   * @default ':memory:'
   */
  dbPath?: string;
  /**
   * The bearer token requests must carry.
   * @default 'local-dev-token'
   */
  bearerToken?: string;
  /**
   * `demo` loads the demo data set when the database is empty; `none` starts empty.
   * @default 'none'
   */
  seed?: 'demo' | 'none';
  /**
   * Simulated round trip added to every `/v1` request, in milliseconds.
   * @default 0
   */
  latencyMs?: number;
  /**
   * Up to this many milliseconds more or less than `latencyMs`, at random.
   * @default 0
   */
  latencyJitterMs?: number;
  /**
   * The largest request body accepted, in bytes; larger bodies answer 413.
   * @default 4 MiB
   */
  bodyLimitBytes?: number;
  /**
   * Where alert notifications are POSTed (more can be added at run time through `/_local/webhooks`).
   * @default []
   */
  webhookUrls?: string[];
  /**
   * Signs webhook notifications.
   * @default 'local-webhook-secret'
   */
  webhookSecret?: string;
  /**
   * The public base URL, for links the API returns (embeddable dashboards). Defaults to the listening address.
   */
  publicUrl?: string;
  /** Log requests to stdout. @default false */
  logRequests?: boolean;
}

export const DEFAULT_BEARER_TOKEN = 'local-dev-token';
export const DEFAULT_WEBHOOK_SECRET = 'local-webhook-secret';
