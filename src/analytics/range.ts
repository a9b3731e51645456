import type { IsoDay, Point } from "./types";

export interface DayRange {
  from: IsoDay;
  to: IsoDay;
}

/** The points with from <= date <= to (inclusive both ends). Input must be sorted by date. */
export function clipToRange<P extends { date: IsoDay }>(points: readonly P[], range: DayRange): P[] {
  return points.filter((p) => p.date >= range.from && p.date <= range.to);
}

/** The last point on or before `day`, or undefined if the series starts later. Binary search over sorted dates. */
export function lastOnOrBefore<P extends Point>(points: readonly P[], day: IsoDay): P | undefined {
  let lo = 0;
  let hi = points.length - 1;
  let found: P | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = points[mid] as P;
    if (p.date <= day) {
      found = p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Milliseconds in a UTC calendar day: the one definition for analytics, sources and features (ui keeps its own). */
export const DAY_MS = 86_400_000;

/** Adds `days` calendar days to an ISO day, in UTC. */
export function addDays(day: IsoDay, days: number): IsoDay {
  const t = Date.parse(`${day}T00:00:00Z`) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}
