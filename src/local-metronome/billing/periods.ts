/** How often a contract issues usage statements (and subscriptions bill). */
export type BillingFrequency = 'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'WEEKLY';

/** A half-open time window `[startingAt, endingBefore)`. */
export interface Period {
  startingAt: Date;
  endingBefore: Date;
}

const DAY_MS = 86_400_000;
const MONTHS: Record<Exclude<BillingFrequency, 'WEEKLY'>, number> = { MONTHLY: 1, QUARTERLY: 3, ANNUAL: 12 };

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * The `n`-th period boundary from `anchor` (n may be negative). Months are counted from the anchor itself, not
 * from the previous boundary, so an anchor on the 31st falls on the last day of shorter months and returns to
 * the 31st after them (Jan 31 → Feb 29 → Mar 31), the time of day kept.
 */
export function periodBoundary(anchor: Date, frequency: BillingFrequency, n: number): Date {
  if (frequency === 'WEEKLY') return new Date(anchor.getTime() + n * 7 * DAY_MS);
  const months = anchor.getUTCMonth() + n * MONTHS[frequency];
  const year = anchor.getUTCFullYear() + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const day = Math.min(anchor.getUTCDate(), daysInMonth(year, month));
  return new Date(
    Date.UTC(year, month, day, anchor.getUTCHours(), anchor.getUTCMinutes(), anchor.getUTCSeconds(), anchor.getUTCMilliseconds()),
  );
}

/** The index of the last boundary at or before `instant`. */
function boundaryIndexAtOrBefore(anchor: Date, frequency: BillingFrequency, instant: Date): number {
  const t = instant.getTime();
  const stepMs = frequency === 'WEEKLY' ? 7 * DAY_MS : MONTHS[frequency] * 28 * DAY_MS;
  let n = Math.floor((t - anchor.getTime()) / stepMs);
  while (periodBoundary(anchor, frequency, n).getTime() > t) n -= 1;
  while (periodBoundary(anchor, frequency, n + 1).getTime() <= t) n += 1;
  return n;
}

/** The billing period of the anchor's cadence that contains `instant`. */
export function periodContaining(anchor: Date, frequency: BillingFrequency, instant: Date): Period {
  const n = boundaryIndexAtOrBefore(anchor, frequency, instant);
  return { startingAt: periodBoundary(anchor, frequency, n), endingBefore: periodBoundary(anchor, frequency, n + 1) };
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
  let n = boundaryIndexAtOrBefore(schedule.billingAnchorDate, schedule.frequency, schedule.startingAt);
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

/** Whether `instant` lies in `[startingAt, endingBefore)`. */
export function contains(period: Period, instant: Date): boolean {
  return period.startingAt.getTime() <= instant.getTime() && instant.getTime() < period.endingBefore.getTime();
}

/** The whole periods of the anchor's cadence that overlap `window`, in order. */
export function periodsOverlapping(anchor: Date, frequency: BillingFrequency, window: Period): Period[] {
  const periods: Period[] = [];
  for (let n = boundaryIndexAtOrBefore(anchor, frequency, window.startingAt); ; n += 1) {
    const startingAt = periodBoundary(anchor, frequency, n);
    if (startingAt.getTime() >= window.endingBefore.getTime()) return periods;
    periods.push({ startingAt, endingBefore: periodBoundary(anchor, frequency, n + 1) });
  }
}
