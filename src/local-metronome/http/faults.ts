import { BadRequestError } from './api-error.js';

/**
 * What an injected fault does to a request:
 * - `error`: answer `status` (500, 503, ...) without doing the work;
 * - `rate_limit`: answer 429 with `Retry-After: retry_after_seconds`, without doing the work;
 * - `drop`: destroy the connection without answering, without doing the work;
 * - `fail_after_commit`: do and commit the work, then answer `status` (default 500) — the case that proves a
 *   client's retries safe;
 * - `drop_after_commit`: do and commit the work, then destroy the connection.
 */
export type FaultKind = 'error' | 'rate_limit' | 'drop' | 'fail_after_commit' | 'drop_after_commit';

export interface FaultRule {
  id: number;
  kind: FaultKind;
  /** `POST /v1/contracts/list`; absent: every `/v1` operation. */
  operation?: string;
  status: number;
  retry_after_seconds: number;
  /** Share of matching requests hit, 0..1. */
  probability: number;
  /** How many more requests this rule may hit; absent: unlimited. */
  remaining?: number;
}

export interface FaultRuleInput {
  kind: FaultKind;
  operation?: string;
  status?: number;
  retry_after_seconds?: number;
  probability?: number;
  count?: number;
}

const KINDS: FaultKind[] = ['error', 'rate_limit', 'drop', 'fail_after_commit', 'drop_after_commit'];

export class FaultInjector {
  private rules: FaultRule[] = [];
  private nextId = 1;

  add(input: FaultRuleInput): FaultRule {
    if (!KINDS.includes(input.kind)) throw new BadRequestError(`kind must be one of: ${KINDS.join(', ')}`);
    const probability = input.probability ?? 1;
    if (!(probability >= 0 && probability <= 1)) throw new BadRequestError('probability must be between 0 and 1');
    if (input.count !== undefined && !(Number.isInteger(input.count) && input.count > 0))
      throw new BadRequestError('count must be a positive integer');
    const rule: FaultRule = {
      id: this.nextId++,
      kind: input.kind,
      operation: input.operation,
      status: input.status ?? (input.kind === 'rate_limit' ? 429 : 500),
      retry_after_seconds: input.retry_after_seconds ?? 1,
      probability,
      remaining: input.count,
    };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules;
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault that hits this request, if any; counts it against its rule. */
  take(operation: string, random: () => number = Math.random): FaultRule | undefined {
    const rule = this.rules.find((r) => (r.operation === undefined || r.operation === operation) && random() < r.probability);
    if (!rule) return undefined;
    if (rule.remaining !== undefined && --rule.remaining === 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule;
  }
}

/** Simulated network round trip: every `/v1` request waits `latencyMs` ± up to `jitterMs`. */
export interface LatencySettings {
  latencyMs: number;
  jitterMs: number;
}

export function latencyDelay({ latencyMs, jitterMs }: LatencySettings, random: () => number = Math.random): number {
  return Math.max(0, latencyMs + (jitterMs ? (random() * 2 - 1) * jitterMs : 0));
}
