import type { Redis } from 'ioredis';

/**
 * Named leases: a lease is held by at most one holder at a time (a gateway instance) and lapses `ttlMs` after
 * it was last taken or renewed, so that when its holder dies another takes it over. The alert watcher holds one
 * per customer it polls.
 */
export interface Leases {
  /** This holder's id (unique per instance). */
  readonly holderId: string;
  /** How long a lease lasts without renewal. */
  readonly ttlMs: number;
  /**
   * Takes the lease when nobody holds it, renews it when this holder does; true when this holder holds it
   * afterwards, for `ttlMs` from now.
   */
  acquire(name: string): Promise<boolean>;
  /** Gives the lease up if this holder holds it. */
  release(name: string): Promise<void>;
}

/**
 * Leases within this process. Without Redis there is one instance, which always gets them; holders sharing one
 * `leases` map compete as instances do on Redis.
 */
export class MemoryLeases implements Leases {
  constructor(
    readonly holderId: string,
    readonly ttlMs: number,
    private readonly leases: Map<string, { holderId: string; expiresAtMs: number }> = new Map(),
    private readonly nowMs: () => number = Date.now,
  ) {}

  async acquire(name: string): Promise<boolean> {
    const now = this.nowMs();
    const lease = this.leases.get(name);
    if (lease && lease.holderId !== this.holderId && lease.expiresAtMs > now) return false;
    this.leases.set(name, { holderId: this.holderId, expiresAtMs: now + this.ttlMs });
    return true;
  }

  async release(name: string): Promise<void> {
    if (this.leases.get(name)?.holderId === this.holderId) this.leases.delete(name);
  }
}

const ACQUIRE = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** Leases in Redis (`<prefix>lease:<name>` = holder id, expiring with the lease), shared by every instance. */
export class RedisLeases implements Leases {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    readonly holderId: string,
    readonly ttlMs: number,
  ) {}

  async acquire(name: string): Promise<boolean> {
    return (await this.redis.eval(ACQUIRE, 1, this.key(name), this.holderId, String(this.ttlMs))) === 1;
  }

  async release(name: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.key(name), this.holderId);
  }

  private key(name: string): string {
    return `${this.keyPrefix}lease:${name}`;
  }
}
