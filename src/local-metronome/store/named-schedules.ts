import type { Db } from './database.js';

/**
 * Named schedules: per owner (a customer, a contract or a rate card), named timelines of values. A schedule is a
 * list of segments `[starting_at, ending_before)` in time order that never overlap; a segment without
 * `ending_before` runs forever. All three owners share this one store (table `named_schedules`).
 */
export interface ScheduleSegment {
  starting_at: string;
  ending_before?: string;
  value: unknown;
}

export interface ScheduleOwner {
  kind: 'customer' | 'contract' | 'rate_card';
  id: string;
}

export const namedScheduleSchema = {
  name: 'named-schedules',
  sql: `
    CREATE TABLE IF NOT EXISTS named_schedules (
      owner_kind TEXT NOT NULL,
      owner_id TEXT NOT NULL,
      name TEXT NOT NULL,
      properties TEXT NOT NULL,
      segments TEXT NOT NULL,
      PRIMARY KEY (owner_kind, owner_id, name, properties)
    );
  `,
};

/**
 * Contract schedules may be qualified by `properties`; schedules with different properties are different
 * schedules. Keys are sorted so that `{a, b}` and `{b, a}` name the same one.
 */
function propertiesKey(properties: Record<string, string> | undefined): string {
  const entries = Object.entries(properties ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}

/** The schedule's segments in time order; empty when nothing was ever set. */
export function namedScheduleSegments(
  db: Db,
  owner: ScheduleOwner,
  name: string,
  properties?: Record<string, string>,
): ScheduleSegment[] {
  const segments = db
    .prepare('SELECT segments FROM named_schedules WHERE owner_kind = ? AND owner_id = ? AND name = ? AND properties = ?')
    .pluck()
    .get(owner.kind, owner.id, name, propertiesKey(properties)) as string | undefined;
  return segments === undefined ? [] : (JSON.parse(segments) as ScheduleSegment[]);
}

const endOf = (segment: ScheduleSegment) =>
  segment.ending_before === undefined ? Number.POSITIVE_INFINITY : Date.parse(segment.ending_before);

/** The segment in force at `at`, if any. */
export function segmentCovering(segments: readonly ScheduleSegment[], at: Date): ScheduleSegment | undefined {
  const t = at.getTime();
  return segments.find((s) => Date.parse(s.starting_at) <= t && t < endOf(s));
}

/**
 * The schedule after `update` is laid over it: the update's window takes the new value, segments it partly
 * covers are cut back to the part outside the window (a segment that spans the whole window is split in two),
 * segments wholly inside it are replaced.
 */
export function overlaySegment(segments: readonly ScheduleSegment[], update: ScheduleSegment): ScheduleSegment[] {
  const start = Date.parse(update.starting_at);
  const end = endOf(update);
  const result: ScheduleSegment[] = [];
  for (const segment of segments) {
    const segmentStart = Date.parse(segment.starting_at);
    const segmentEnd = endOf(segment);
    if (segmentEnd <= start || segmentStart >= end) {
      result.push(segment);
      continue;
    }
    if (segmentStart < start) result.push({ starting_at: segment.starting_at, ending_before: update.starting_at, value: segment.value });
    if (segmentEnd > end)
      result.push({
        starting_at: update.ending_before!,
        ...(segment.ending_before === undefined ? {} : { ending_before: segment.ending_before }),
        value: segment.value,
      });
  }
  result.push(update);
  return result.sort((a, b) => Date.parse(a.starting_at) - Date.parse(b.starting_at));
}

/** Sets `value` over `[starting_at, ending_before)` (to forever without `ending_before`) in the named schedule. */
export function updateNamedSchedule(
  db: Db,
  owner: ScheduleOwner,
  name: string,
  update: ScheduleSegment,
  properties?: Record<string, string>,
): ScheduleSegment[] {
  const segments = overlaySegment(namedScheduleSegments(db, owner, name, properties), update);
  db.prepare(
    `INSERT INTO named_schedules (owner_kind, owner_id, name, properties, segments) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (owner_kind, owner_id, name, properties) DO UPDATE SET segments = excluded.segments`,
  ).run(owner.kind, owner.id, name, propertiesKey(properties), JSON.stringify(segments));
  return segments;
}
