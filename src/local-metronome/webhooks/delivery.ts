import type { Db } from '../store/database.js';
import {
  dueDeliveries,
  nextAttemptAtMs,
  recordDelivered,
  recordFailedAttempt,
  type WebhookDelivery,
} from './outbox.js';
import { signedWebhookHeaders } from './signature.js';

/**
 * When a failed delivery is tried again. Metronome retries with exponential backoff until the gap reaches 15
 * minutes, then every 15 minutes until the notification is accepted or two days have passed since the first
 * attempt.
 */
export interface RetryPolicy {
  /** The gap after the first failure; each further failure doubles it. @default 1000 */
  initialDelayMs: number;
  /** The largest gap. @default 900000 (15 minutes) */
  maxDelayMs: number;
  /** Each gap is randomly up to this fraction longer or shorter, so retries to one receiver spread out. @default 0.2 */
  jitter: number;
  /** No attempt is scheduled later than this long after the first one; the delivery is abandoned instead. @default 172800000 (2 days) */
  giveUpAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  initialDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  jitter: 0.2,
  giveUpAfterMs: 2 * 24 * 60 * 60_000,
};

export interface WebhookDeliveryOptions {
  /** Signs every request (`METRONOME_WEBHOOK_SECRET` on the receiving side). */
  secret: string;
  retry?: Partial<RetryPolicy>;
  /** An attempt that has not answered after this long counts as failed. @default 10000 */
  attemptTimeoutMs?: number;
  /** How many due deliveries are attempted at once. @default 16 */
  concurrency?: number;
}

/** The gap before the next attempt after `failures` consecutive failed attempts (1 = the first failed). */
export function retryDelayMs(policy: RetryPolicy, failures: number, random: () => number = Math.random): number {
  const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.max(0, Math.round(base * (1 + policy.jitter * (2 * random() - 1))));
}

/**
 * Sends the outbox's pending deliveries: a signed POST of the stored body; any 2xx answer is success; any other
 * status, a connection failure or a timeout is retried by the retry policy. At least once: a delivery is marked
 * done only after the receiver accepted it, so a receiver that accepted but answered too late sees the same
 * notification (same id) again.
 */
export class WebhookDeliveryWorker {
  private readonly policy: RetryPolicy;
  private readonly attemptTimeoutMs: number;
  private readonly concurrency: number;
  private readonly aborter = new AbortController();
  private running: Promise<void> | undefined;
  private wokenWhileRunning = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly options: WebhookDeliveryOptions,
  ) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? 10_000;
    this.concurrency = options.concurrency ?? 16;
  }

  /** Attempts whatever is due now and arranges to come back when the next pending delivery falls due. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    this.running = this.drain()
      .catch(() => undefined)
      .finally(() => {
        this.running = undefined;
        if (this.wokenWhileRunning) {
          this.wokenWhileRunning = false;
          this.wake();
        } else this.scheduleNextWake();
      });
  }

  /** Abandons attempts in flight (they stay pending, to be sent again after a restart) and stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.aborter.abort();
    await this.running;
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const due = dueDeliveries(this.db, Date.now(), this.concurrency);
      if (due.length === 0) return;
      await Promise.all(due.map((delivery) => this.attempt(delivery)));
    }
  }

  private scheduleNextWake(): void {
    clearTimeout(this.timer);
    if (this.stopped || !this.db.open) return;
    const next = nextAttemptAtMs(this.db);
    if (next === undefined) return;
    this.timer = setTimeout(() => this.wake(), Math.max(0, next - Date.now()));
    this.timer.unref();
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    let status: number | undefined;
    let error: string | undefined;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: signedWebhookHeaders(delivery.body, this.options.secret),
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.any([this.aborter.signal, AbortSignal.timeout(this.attemptTimeoutMs)]),
      });
      status = response.status;
      await response.body?.cancel();
    } catch (cause) {
      error = cause instanceof Error ? describeFailure(cause) : String(cause);
    }
    if (this.stopped) return;
    const atMs = Date.now();
    if (status !== undefined && status >= 200 && status < 300) {
      recordDelivered(this.db, delivery.seq, { atMs, status });
      return;
    }
    const retryAtMs = atMs + retryDelayMs(this.policy, delivery.attempts + 1);
    const firstAttemptAtMs = delivery.first_attempt_at_ms ?? atMs;
    const giveUp = retryAtMs - firstAttemptAtMs > this.policy.giveUpAfterMs;
    recordFailedAttempt(
      this.db,
      delivery.seq,
      { atMs, ...(status !== undefined ? { status } : {}), ...(error !== undefined ? { error } : {}) },
      giveUp ? undefined : retryAtMs,
    );
  }
}

function describeFailure(error: Error): string {
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}
