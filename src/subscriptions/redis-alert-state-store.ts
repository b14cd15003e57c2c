import type { Redis } from 'ioredis';
import type { AlertObservation } from './alert-observation.js';
import {
  ALERT_STATE_RETENTION_MS,
  stateOf,
  type AlertStateStore,
  type AppliedObservation,
  type KnownAlertState,
} from './alert-state-tracker.js';

// The rules of AlertStateStore.apply, in one script so that deciding and writing are one atomic step.
// A hash per (customer, alert): s = status ('' when archived), t = triggered_by ('' when none), c = changedAtMs,
// o = observedAtMs, src = source. Returns {outcome, s, t, c, o, src} of the state before (empty when none).
const APPLY = `
local known = redis.call('HMGET', KEYS[1], 's', 't', 'c', 'o', 'src')
local status, triggered, changed, observed, source, ttl = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
if known[1] then
  local before = {known[1], known[2], known[3], known[4], known[5]}
  if known[1] == status then
    redis.call('PEXPIRE', KEYS[1], ttl)
    return {'same', unpack(before)}
  end
  if tonumber(observed) < tonumber(known[4]) then return {'stale', unpack(before)} end
  if source == 'webhook' and tonumber(changed) < tonumber(known[3]) then return {'stale', unpack(before)} end
  redis.call('HSET', KEYS[1], 's', status, 't', triggered, 'c', changed, 'o', observed, 'src', source)
  redis.call('PEXPIRE', KEYS[1], ttl)
  return {'changed', unpack(before)}
end
redis.call('HSET', KEYS[1], 's', status, 't', triggered, 'c', changed, 'o', observed, 'src', source)
redis.call('PEXPIRE', KEYS[1], ttl)
return {'changed'}
`;

// Puts the state before back (ARGV 6..10; none when ARGV[6] is '-') if the state is still the one written (ARGV 1..5).
const UNDO = `
local known = redis.call('HMGET', KEYS[1], 's', 't', 'c', 'o', 'src')
if known[1] ~= ARGV[1] or known[3] ~= ARGV[3] or known[4] ~= ARGV[4] or known[5] ~= ARGV[5] then return 0 end
if ARGV[6] == '-' then
  redis.call('DEL', KEYS[1])
else
  redis.call('HSET', KEYS[1], 's', ARGV[6], 't', ARGV[7], 'c', ARGV[8], 'o', ARGV[9], 'src', ARGV[10])
end
return 1
`;

type Fields = [status: string, triggeredBy: string, changedAtMs: string, observedAtMs: string, source: string];

function toFields(state: KnownAlertState): Fields {
  return [state.status ?? '', state.triggeredBy ?? '', String(state.changedAtMs), String(state.observedAtMs), state.source];
}

function fromFields([status, triggeredBy, changedAtMs, observedAtMs, source]: string[]): KnownAlertState {
  return {
    status: status === '' ? null : (status as KnownAlertState['status']),
    triggeredBy: triggeredBy ? triggeredBy : null,
    changedAtMs: Number(changedAtMs),
    observedAtMs: Number(observedAtMs),
    source: source as KnownAlertState['source'],
  };
}

/** Known states in Redis (`<prefix>alert-state:<customerId>:<alertId>`), shared by every instance. */
export class RedisAlertStateStore implements AlertStateStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly retentionMs: number = ALERT_STATE_RETENTION_MS,
  ) {}

  async apply(observation: AlertObservation): Promise<AppliedObservation> {
    const written = stateOf(observation);
    const [outcome, ...before] = (await this.redis.eval(
      APPLY,
      1,
      this.key(observation),
      ...toFields(written),
      String(this.retentionMs),
    )) as string[];
    const previous = before.length ? fromFields(before) : undefined;
    if (outcome === 'changed') return previous ? { outcome, previous, written } : { outcome, written };
    return { outcome: outcome as 'same' | 'stale', previous: previous! };
  }

  async undo(observation: AlertObservation, applied: Extract<AppliedObservation, { outcome: 'changed' }>): Promise<void> {
    const previous = applied.previous ? toFields(applied.previous) : ['-', '', '', '', ''];
    await this.redis.eval(UNDO, 1, this.key(observation), ...toFields(applied.written), ...previous);
  }

  private key(observation: AlertObservation): string {
    return `${this.keyPrefix}alert-state:${observation.customerId}:${observation.alertId}`;
  }
}
