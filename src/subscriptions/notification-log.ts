import type { Redis } from 'ioredis';

/** How long a handled notification id is remembered: longer than Metronome retries a delivery (two days). */
export const NOTIFICATION_RETENTION_MS = 72 * 60 * 60_000;

/**
 * The webhook notification ids already handled, so that a notification Metronome delivers again (it delivers at
 * least once) is acknowledged without being handled twice. Shared by every instance when on Redis.
 */
export interface NotificationLog {
  /** Records the id; true when it was not recorded yet (the caller handles the notification), false otherwise. */
  claim(notificationId: string): Promise<boolean>;
  /** Forgets a claimed id whose handling failed, so that the next delivery of it is handled. */
  release(notificationId: string): Promise<void>;
}

/** Ids kept in this process for `retentionMs`. */
export class MemoryNotificationLog implements NotificationLog {
  /** id → when it is forgotten; in claim order, which is expiry order. */
  private readonly expiries = new Map<string, number>();

  constructor(
    private readonly retentionMs: number = NOTIFICATION_RETENTION_MS,
    private readonly nowMs: () => number = Date.now,
  ) {}

  async claim(notificationId: string): Promise<boolean> {
    const now = this.nowMs();
    this.forgetExpired(now);
    if (this.expiries.has(notificationId)) return false;
    this.expiries.set(notificationId, now + this.retentionMs);
    return true;
  }

  async release(notificationId: string): Promise<void> {
    this.expiries.delete(notificationId);
  }

  private forgetExpired(now: number): void {
    for (const [id, expiresAt] of this.expiries) {
      if (expiresAt > now) return;
      this.expiries.delete(id);
    }
  }
}

/** Ids kept in Redis (`<prefix>webhook-notification:<id>`, `SET NX PX`), expiring after `retentionMs`. */
export class RedisNotificationLog implements NotificationLog {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly retentionMs: number = NOTIFICATION_RETENTION_MS,
  ) {}

  async claim(notificationId: string): Promise<boolean> {
    return (await this.redis.set(this.key(notificationId), '1', 'PX', this.retentionMs, 'NX')) === 'OK';
  }

  async release(notificationId: string): Promise<void> {
    await this.redis.del(this.key(notificationId));
  }

  private key(notificationId: string): string {
    return `${this.keyPrefix}webhook-notification:${notificationId}`;
  }
}
