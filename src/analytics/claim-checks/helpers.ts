import { addDays, clipToRange, lastOnOrBefore } from "../range";
import { pctChange } from "../rebase";
import type { IsoDay, Point } from "../types";

/** Days a boundary may be missed by before a window is called uncovered (weekends, holidays, listing gaps). */
const SLACK_DAYS = 5;

/** First close on or after `day`, within the slack. */
export function firstOnOrAfter(points: readonly Point[], day: IsoDay): Point | undefined {
  const limit = addDays(day, SLACK_DAYS);
  for (const p of points) {
    if (p.date < day) continue;
    return p.date <= limit ? p : undefined;
  }
  return undefined;
}

/** Close on or before `day`, within the slack. */
export function closeAt(points: readonly Point[], day: IsoDay): Point | undefined {
  const p = lastOnOrBefore(points, day);
  return p && p.date >= addDays(day, -SLACK_DAYS) ? p : undefined;
}

/** Return from the first close of the window to its last, percent; undefined when either end is not covered. */
export function windowReturn(points: readonly Point[] | undefined, from: IsoDay, to: IsoDay) {
  if (!points) return undefined;
  const a = firstOnOrAfter(points, from);
  const b = closeAt(points, to);
  if (!a || !b || b.date <= a.date) return undefined;
  const pct = pctChange(a.value, b.value);
  return pct === undefined ? undefined : { from: a, to: b, pct: pct as number };
}

/**
 * Rounds a computed percentage or ratio before it meets a threshold, so floating-point noise (100 → 140 giving
 * 39.99999999999999 %) never flips a verdict at an exact boundary.
 */
export const settle = (x: number) => Math.round(x * 1e9) / 1e9;

export const mean = (xs: readonly number[]) => (xs.length === 0 ? Number.NaN : xs.reduce((s, x) => s + x, 0) / xs.length);

/** A percentage (one decimal unless told) with its sign; one that rounds to zero is shown unsigned ("0.0%", never "−0.0%"). */
export const fmtPct = (v: number, digits = 1) => {
  const s = Math.abs(v).toFixed(digits);
  return `${Number(s) === 0 ? "" : v > 0 ? "+" : "−"}${s}%`;
};
export const fmtX = (ratio: number) => `×${ratio.toFixed(2)}`;

export const sparkOf = (points: readonly Point[] | undefined, from: IsoDay, to: IsoDay): Point[] =>
  points ? clipToRange(points, { from, to }) : [];

/** "1 day", "2 days": a count with its noun. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
