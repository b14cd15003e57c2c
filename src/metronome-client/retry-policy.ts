import { MetronomeApiError, MetronomeConnectionError, MetronomeTimeoutError } from './errors.js';

/** When and how long to wait before repeating a failed call. */
export interface RetryPolicyOptions {
  /**
   * Retries after the first attempt.
   * @default 2
   */
  maxRetries?: number;
  /**
   * The wait before the first retry; doubled for each further one.
   * @default 250
   */
  initialDelayMs?: number;
  /**
   * The longest computed wait between attempts.
   * @default 4000
   */
  maxDelayMs?: number;
  /**
   * Share of each computed wait removed at random (0..1), so that clients that failed together retry apart.
   * @default 0.25
   */
  jitter?: number;
  /**
   * Metronome's `retry-after-ms` / `Retry-After` is obeyed exactly, up to this long; a longer requested wait is
   * not waited for and the error is returned at once (the caller can report when to come back).
   * @default 10000
   */
  maxRetryAfterMs?: number;
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/**
 * Which failures are worth another attempt: no answer (connection error, timeout), and the statuses that say
 * "try again" — 408, 429, 5xx, and whatever Metronome marks with `x-should-retry: true` (a transient 409).
 * `x-should-retry: false` always wins. Only calls that are safe to repeat are ever retried.
 */
export class RetryPolicy {
  readonly maxRetries: number;
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly jitter: number;
  private readonly maxRetryAfterMs: number;

  constructor(options: RetryPolicyOptions = {}, private readonly random: () => number = Math.random) {
    this.maxRetries = options.maxRetries ?? 2;
    this.initialDelayMs = options.initialDelayMs ?? 250;
    this.maxDelayMs = options.maxDelayMs ?? 4000;
    this.jitter = options.jitter ?? 0.25;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 10_000;
  }

  /**
   * @param retriesDone how many retries were already made for this call.
   * @param safeToRepeat the call is a read or an idempotent write.
   */
  decide(error: unknown, retriesDone: number, safeToRepeat: boolean, maxRetries = this.maxRetries): RetryDecision {
    if (!safeToRepeat || retriesDone >= maxRetries || !isRetryable(error)) return { retry: false };
    const requested = error instanceof MetronomeApiError ? error.retryAfterMs : undefined;
    if (requested !== undefined) {
      return requested <= this.maxRetryAfterMs ? { retry: true, delayMs: Math.max(0, requested) } : { retry: false };
    }
    return { retry: true, delayMs: this.backoff(retriesDone) };
  }

  /** Exponential backoff with jitter for the retry after `retriesDone` retries. */
  backoff(retriesDone: number): number {
    const delay = Math.min(this.initialDelayMs * 2 ** retriesDone, this.maxDelayMs);
    return Math.round(delay * (1 - this.random() * this.jitter));
  }
}

function isRetryable(error: unknown): boolean {
  if (error instanceof MetronomeConnectionError || error instanceof MetronomeTimeoutError) return true;
  if (!(error instanceof MetronomeApiError)) return false;
  const shouldRetry = error.headers['x-should-retry'];
  if (shouldRetry === 'true') return true;
  if (shouldRetry === 'false') return false;
  return error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * How long the server asked us to wait: `retry-after-ms` (milliseconds), else `Retry-After` (seconds, or an
 * HTTP date). Undefined when neither is present or parseable.
 */
export function requestedRetryDelayMs(headers: Record<string, string>, now = Date.now()): number | undefined {
  const milliseconds = Number.parseFloat(headers['retry-after-ms'] ?? '');
  if (Number.isFinite(milliseconds)) return milliseconds;
  const header = headers['retry-after'];
  if (header === undefined) return undefined;
  const seconds = Number.parseFloat(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
