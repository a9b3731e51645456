import { type Point, downsampleAligned, lttb } from "@/analytics";

/** One aligned column: the row key it sits under and the points it was aligned from (which identify its values). */
export interface KeptColumn {
  key: string;
  points: readonly Point[];
}

interface Picks {
  calendar: string;
  threshold: number;
  positions: number[];
}

/** Calendars remembered per column: the current one and the one before, enough for a series toggled off and on. */
const CALENDARS_KEPT = 2;
// The rows LTTB keeps of one column depend only on that column's values and on the row positions, i.e. the calendar
// the columns were aligned on. Toggling one series in or out rarely changes the calendar (every token trades daily),
// so the others' picks are reused rather than recomputed. Keyed weakly on the points array the column was aligned from.
const picksCache = new WeakMap<readonly Point[], Picks[]>();

function columnPicks<T extends { date: string }>(rows: readonly T[], column: KeptColumn, calendar: string, threshold: number): number[] {
  const cached = picksCache.get(column.points) ?? [];
  const hit = cached.find((p) => p.calendar === calendar && p.threshold === threshold);
  if (hit) return hit.positions;
  const positions = lttb(
    rows.map((row, i) => ({ date: row.date, i })),
    threshold,
    ({ i }) => (rows[i] as Record<string, unknown>)[column.key] as number | null,
  ).map(({ i }) => i);
  picksCache.set(column.points, [{ calendar, threshold, positions }, ...cached].slice(0, CALENDARS_KEPT));
  return positions;
}

/**
 * Exactly `downsampleAligned(rows, keys, threshold)`: the union, in row order, of the rows Largest-Triangle-Three-
 * Buckets keeps of each column. Each column's picks are remembered per calendar (the rows' dates) and threshold, so
 * adding or removing one column recomputes at most that column's.
 */
export function keptRows<T extends { date: string }>(rows: readonly T[], columns: readonly KeptColumn[], threshold: number): T[] {
  const t = Math.floor(threshold);
  // Outside LTTB's working range, or with no columns, downsampleAligned's own rules apply (copy, or even thinning).
  if (columns.length === 0 || t < 3 || t >= rows.length) {
    return downsampleAligned(
      rows,
      columns.map((c) => c.key),
      threshold,
    );
  }
  const calendar = rows.map((r) => r.date).join("");
  const keep = new Uint8Array(rows.length);
  for (const column of columns) for (const i of columnPicks(rows, column, calendar, t)) keep[i] = 1;
  return rows.filter((_, i) => keep[i] === 1);
}
