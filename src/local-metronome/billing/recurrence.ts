/**
 * Calendar steps for the things a contract repeats: recurring invoice schedules, subscription billing cycles,
 * usage statement anchors. All arithmetic is in UTC.
 */
export type RecurrenceFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'SEMI_ANNUAL' | 'ANNUAL';

/** A half-open window `[startingAt, endingBefore)`. */
export interface Window {
  startingAt: Date;
  endingBefore: Date;
}

const DAY_MS = 86_400_000;
const MONTHS_PER_STEP: Partial<Record<RecurrenceFrequency, number>> = {
  MONTHLY: 1,
  QUARTERLY: 3,
  SEMI_ANNUAL: 6,
  ANNUAL: 12,
};

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * The `n`-th step from `anchor` (n may be negative). Months count from the anchor itself rather than from the
 * previous step, so an anchor on the 31st lands on the last day of shorter months and comes back to the 31st
 * (Jan 31 → Feb 29 → Mar 31); the time of day is kept.
 */
export function stepFrom(anchor: Date, frequency: RecurrenceFrequency, n: number): Date {
  if (frequency === 'DAILY') return new Date(anchor.getTime() + n * DAY_MS);
  if (frequency === 'WEEKLY') return new Date(anchor.getTime() + n * 7 * DAY_MS);
  const months = anchor.getUTCMonth() + n * MONTHS_PER_STEP[frequency]!;
  const year = anchor.getUTCFullYear() + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const day = Math.min(anchor.getUTCDate(), daysInMonth(year, month));
  return new Date(
    Date.UTC(
      year,
      month,
      day,
      anchor.getUTCHours(),
      anchor.getUTCMinutes(),
      anchor.getUTCSeconds(),
      anchor.getUTCMilliseconds(),
    ),
  );
}

/** The index of the last step from `anchor` at or before `instant`. */
export function stepIndexAtOrBefore(anchor: Date, frequency: RecurrenceFrequency, instant: Date): number {
  const t = instant.getTime();
  const approximateStepMs =
    frequency === 'DAILY' ? DAY_MS : frequency === 'WEEKLY' ? 7 * DAY_MS : MONTHS_PER_STEP[frequency]! * 28 * DAY_MS;
  let n = Math.floor((t - anchor.getTime()) / approximateStepMs);
  while (stepFrom(anchor, frequency, n).getTime() > t) n -= 1;
  while (stepFrom(anchor, frequency, n + 1).getTime() <= t) n += 1;
  return n;
}

/** The whole cycle of `anchor`'s cadence that contains `instant`. */
export function cycleContaining(anchor: Date, frequency: RecurrenceFrequency, instant: Date): Window {
  const n = stepIndexAtOrBefore(anchor, frequency, instant);
  return { startingAt: stepFrom(anchor, frequency, n), endingBefore: stepFrom(anchor, frequency, n + 1) };
}

/** Midnight UTC on the first day of `instant`'s month. */
export function firstOfMonth(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), 1));
}

/** The instants `start`, `start + 1 step`, ... strictly before `endingBefore`. */
export function occurrences(start: Date, frequency: RecurrenceFrequency, endingBefore: Date): Date[] {
  const dates: Date[] = [];
  for (let n = 0; ; n += 1) {
    const date = stepFrom(start, frequency, n);
    if (date.getTime() >= endingBefore.getTime()) return dates;
    dates.push(date);
  }
}
