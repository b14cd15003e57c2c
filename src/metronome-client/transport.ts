/** A query string value; arrays are sent comma-separated, as the official client sends them. */
export type QueryValue = string | number | boolean | readonly string[] | null | undefined;

/** One call of the Metronome REST API, as a resource method describes it. */
export interface UpstreamRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** The concrete path with encoded segments, e.g. `/v1/customers/3f2c...`. */
  path: string;
  /** The contract's path template, e.g. `/v1/customers/{customer_id}`: names the call in errors and logs. */
  template: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /**
   * `read` calls change nothing, whatever their method (Metronome serves many reads as POST), and are retried.
   * `write` calls are retried only when `idempotent`.
   */
  kind: 'read' | 'write';
  /**
   * The write is safe to repeat by its own contract (ingest deduplicates on `transaction_id`). POST writes are
   * also made safe by the `Idempotency-Key` the transport sends with them.
   */
  idempotent?: boolean;
}

/** Per-call options every resource method takes last. */
export interface CallOptions {
  /**
   * The `Idempotency-Key` for a POST write. The transport generates one per call when absent and keeps it across
   * retries; `null` sends none, which makes the write unsafe to retry (so it is not retried).
   */
  idempotencyKey?: string | null;
  /** Overrides the transport's per-attempt timeout. */
  timeoutMs?: number;
  /** Overrides the transport's retry count; 0 disables retries. */
  maxRetries?: number;
  /** Abandons the call (e.g. when the GraphQL request is cancelled). */
  signal?: AbortSignal;
}

/**
 * Sends Metronome calls. `HttpTransport` talks HTTP; the per-request layer in `src/loaders` wraps one to
 * deduplicate reads. Resource methods only ever see this interface.
 */
export interface Transport {
  send<T>(request: UpstreamRequest, options?: CallOptions): Promise<T>;
}
