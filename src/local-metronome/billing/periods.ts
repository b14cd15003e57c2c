import { cycleContaining, stepFrom, stepIndexAtOrBefore, type Window } from './recurrence.js';

/** How often a contract issues usage statements (and subscriptions bill). */
export type BillingFrequency = 'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'WEEKLY';

/** A half-open time window `[startingAt, endingBefore)`. */
export type Period = Window;

/**
 * The `n`-th period boundary from `anchor` (n may be negative); see `stepFrom`: an anchor on the 31st falls on
 * the last day of shorter months and returns to the 31st after them, the time of day kept.
 */
export function periodBoundary(anchor: Date, frequency: BillingFrequency, n: number): Date {
  return stepFrom(anchor, frequency, n);
}

/** The billing period of the anchor's cadence that contains `instant`. */
export function periodContaining(anchor: Date, frequency: BillingFrequency, instant: Date): Period {
  return cycleContaining(anchor, frequency, instant);
}

export interface StatementSchedule {
  /** The contract's start: the first statement starts here. */
  startingAt: Date;
  /** The contract's end, when it has one: the last statement ends here. */
  endingBefore?: Date | undefined;
  /** A date on the cadence: statements end on anchor + k × frequency. */
  billingAnchorDate: Date;
  frequency: BillingFrequency;
}

/**
 * The usage statement periods of a contract that have started by `until`: the first runs from the contract
 * start to the next boundary of the anchor's cadence (a short first period when the contract starts mid-cycle),
 * the following ones are whole periods, and the last is cut at the contract end. The last period returned is
 * the open one when `until` falls inside it.
 */
export function statementPeriods(schedule: StatementSchedule, until: Date): Period[] {
  const periods: Period[] = [];
  const end = schedule.endingBefore?.getTime() ?? Number.POSITIVE_INFINITY;
  let n = stepIndexAtOrBefore(schedule.billingAnchorDate, schedule.frequency, schedule.startingAt);
  let start = schedule.startingAt.getTime();
  while (start < end && start <= until.getTime()) {
    const next = periodBoundary(schedule.billingAnchorDate, schedule.frequency, n + 1).getTime();
    const periodEnd = Math.min(next, end);
    periods.push({ startingAt: new Date(start), endingBefore: new Date(periodEnd) });
    start = periodEnd;
    n += 1;
  }
  return periods;
}

/** Whether two half-open windows share any instant. */
export function overlaps(a: Period, b: Period): boolean {
  return a.startingAt.getTime() < b.endingBefore.getTime() && b.startingAt.getTime() < a.endingBefore.getTime();
}

/** The whole periods of the anchor's cadence that overlap `window`, in order. */
export function periodsOverlapping(anchor: Date, frequency: BillingFrequency, window: Period): Period[] {
  const periods: Period[] = [];
  for (let n = stepIndexAtOrBefore(anchor, frequency, window.startingAt); ; n += 1) {
    const startingAt = periodBoundary(anchor, frequency, n);
    if (startingAt.getTime() >= window.endingBefore.getTime()) return periods;
    periods.push({ startingAt, endingBefore: periodBoundary(anchor, frequency, n + 1) });
  }
}
