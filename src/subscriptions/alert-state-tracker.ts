import type { AlertObservation, AlertObservationSink } from './alert-observation.js';
import type { AlertPubSub, CustomerAlertEvent, CustomerAlertStatus } from './pubsub.js';

/** The last status the gateway knows of for one customer on one alert. */
export interface KnownAlertState {
  status: CustomerAlertStatus;
  triggeredBy: string | null;
  /** Metronome's time of the change, epoch milliseconds. */
  changedAtMs: number;
  /** Gateway time of the view it came from (see {@link AlertObservation.observedAtMs}). */
  observedAtMs: number;
  source: AlertObservation['source'];
}

/** What applying an observation did; `previous` is the state before (absent when there was none). */
export type AppliedObservation =
  | { outcome: 'changed'; previous?: KnownAlertState; written: KnownAlertState }
  | { outcome: 'same' | 'stale'; previous: KnownAlertState };

/** How long a known state is kept after it was last confirmed. @default 7 days */
export const ALERT_STATE_RETENTION_MS = 7 * 24 * 60 * 60_000;

/**
 * The known states of every (customer, alert), shared by every instance when on Redis. `apply` decides and
 * writes atomically, by these rules:
 *
 * 1. nothing known yet: the observation is the state (`changed`, no `previous`);
 * 2. the same status: `same` (nothing is written; the state's retention restarts);
 * 3. an older view of Metronome than the known state's (`observedAtMs` earlier, e.g. a poll sent before the
 *    webhook that set the state was received): `stale`;
 * 4. a webhook announcing a change older than the known state's (`changedAt` earlier: a late redelivery of a
 *    notification that a poll has since superseded): `stale`;
 * 5. otherwise `changed`.
 *
 * Polls are authoritative for the present and webhooks for the moment they announce; comparing gateway times
 * (rule 3) assumes the instances' clocks agree to well within a polling interval.
 */
export interface AlertStateStore {
  apply(observation: AlertObservation): Promise<AppliedObservation>;
  /**
   * Undoes a `changed` outcome whose event could not be published, unless another observation has changed the
   * state since, so that the next observation of the same status is a change again (and published).
   */
  undo(observation: AlertObservation, applied: Extract<AppliedObservation, { outcome: 'changed' }>): Promise<void>;
}

/** The state an observation describes. */
export function stateOf(observation: AlertObservation): KnownAlertState {
  return {
    status: observation.status,
    triggeredBy: observation.triggeredBy,
    changedAtMs: Date.parse(observation.changedAt),
    observedAtMs: observation.observedAtMs,
    source: observation.source,
  };
}

/** The rules of {@link AlertStateStore.apply}, for a store that decides in TypeScript. */
export function decide(known: KnownAlertState | undefined, observation: AlertObservation): AppliedObservation {
  const observed = stateOf(observation);
  if (!known) return { outcome: 'changed', written: observed };
  if (known.status === observed.status) return { outcome: 'same', previous: known };
  if (observed.observedAtMs < known.observedAtMs) return { outcome: 'stale', previous: known };
  if (observed.source === 'webhook' && observed.changedAtMs < known.changedAtMs) return { outcome: 'stale', previous: known };
  return { outcome: 'changed', previous: known, written: observed };
}

/** Known states in this process, each forgotten `retentionMs` after it was last confirmed. */
export class MemoryAlertStateStore implements AlertStateStore {
  /** In order of last confirmation, which is expiry order. */
  private readonly states = new Map<string, { state: KnownAlertState; expiresAtMs: number }>();

  constructor(
    private readonly retentionMs: number = ALERT_STATE_RETENTION_MS,
    private readonly nowMs: () => number = Date.now,
  ) {}

  async apply(observation: AlertObservation): Promise<AppliedObservation> {
    const now = this.nowMs();
    this.forgetExpired(now);
    const key = keyOf(observation);
    const applied = decide(this.states.get(key)?.state, observation);
    if (applied.outcome === 'stale') return applied;
    const state = applied.outcome === 'changed' ? applied.written : applied.previous;
    this.states.delete(key);
    this.states.set(key, { state, expiresAtMs: now + this.retentionMs });
    return applied;
  }

  async undo(observation: AlertObservation, applied: Extract<AppliedObservation, { outcome: 'changed' }>): Promise<void> {
    const key = keyOf(observation);
    const current = this.states.get(key);
    if (!current || !sameState(current.state, applied.written)) return;
    if (applied.previous) current.state = applied.previous;
    else this.states.delete(key);
  }

  private forgetExpired(now: number): void {
    for (const [key, { expiresAtMs }] of this.states) {
      if (expiresAtMs > now) return;
      this.states.delete(key);
    }
  }
}

function keyOf(observation: AlertObservation): string {
  return `${observation.customerId}:${observation.alertId}`;
}

function sameState(a: KnownAlertState, b: KnownAlertState): boolean {
  return a.status === b.status && a.changedAtMs === b.changedAtMs && a.observedAtMs === b.observedAtMs && a.source === b.source;
}

/**
 * Turns webhook notifications and polled customer alerts into transitions: each observation is applied to the
 * known state ({@link AlertStateStore}), and only a change is published — once, whichever source and instance
 * saw it first. An observation of an alert nothing was known of is published too (with no `previousStatus`):
 * it may be news to a subscriber whose snapshot is older; subscribers drop what they already have.
 */
export class AlertStateTracker implements AlertObservationSink {
  constructor(
    private readonly store: AlertStateStore,
    private readonly pubsub: AlertPubSub,
  ) {}

  async observe(observation: AlertObservation): Promise<CustomerAlertEvent | null> {
    const applied = await this.store.apply(observation);
    if (applied.outcome !== 'changed') return null;
    const event: CustomerAlertEvent = {
      customerId: observation.customerId,
      alertId: observation.alertId,
      status: observation.status,
      ...(applied.previous ? { previousStatus: applied.previous.status } : {}),
      triggeredBy: observation.triggeredBy,
      changedAt: observation.changedAt,
      source: observation.source,
      ...(observation.customerAlert ? { customerAlert: observation.customerAlert } : {}),
      ...(observation.notificationId ? { notificationId: observation.notificationId } : {}),
    };
    try {
      await this.pubsub.publish(event);
    } catch (error) {
      await this.store.undo(observation, applied).catch(() => undefined);
      throw error;
    }
    return event;
  }
}
