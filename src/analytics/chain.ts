import type { IsoDay, Point } from "./types";

export interface ChainedSeries {
  points: Point[];
  /** The days between the last close of the old ticker and the first of the new, when they do not meet; no point in between. */
  gap: { lastOld: IsoDay; firstNew: IsoDay } | undefined;
}

/**
 * One asset across a ticker change (1:1 swap, e.g. Render's RNDR → RENDER): the old ticker's closes up to its last
 * day, then the new ticker's closes after that. Nothing is interpolated: a gap between the two stays empty, so a return
 * across it runs from the last old close to the first new one. `gap` names it when the two do not meet day to day.
 */
export function chainTickerChange(older: readonly Point[] | undefined, newer: readonly Point[] | undefined): ChainedSeries {
  const a = older ?? [];
  const last = a.at(-1);
  const b = last ? (newer ?? []).filter((p) => p.date > last.date) : [...(newer ?? [])];
  const first = b[0];
  const nextDay = last ? new Date(Date.parse(`${last.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : undefined;
  return {
    points: [...a, ...b],
    gap: last && first && first.date > (nextDay as string) ? { lastOld: last.date, firstNew: first.date } : undefined,
  };
}
