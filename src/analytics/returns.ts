import { pctChange } from "./rebase";
import { type IsoDay, type Pct, type Point, asPct } from "./types";

/** A usable price: finite and positive. Anything else (0, negative, NaN, ±Infinity) counts as a missing day. */
const isPrice = (v: number) => Number.isFinite(v) && v > 0;

/**
 * Simple daily returns in percent between consecutive points: r_t = 100 × (p_t / p_{t−1} − 1), dated at t. The first
 * point has no return, so n prices give n − 1 returns. Consecutive means consecutive in the array: a hole in the data
 * gives one return spanning the hole (nothing is interpolated). Points whose price is not finite and positive are
 * skipped as if missing, so the next return runs from the last usable price. Input sorted by date.
 */
export function simpleReturns(points: readonly Point[]): Point<Pct>[] {
  const out: Point<Pct>[] = [];
  let prev: number | undefined;
  for (const p of points) {
    if (!isPrice(p.value)) continue;
    if (prev !== undefined) {
      const r = pctChange(prev, p.value);
      if (r !== undefined && Number.isFinite(r)) out.push({ date: p.date, value: r });
    }
    prev = p.value;
  }
  return out;
}

/** One row of two series' returns over the same interval: from the previous common day to `date`, in percent. */
export interface PairedReturn {
  date: IsoDay;
  a: number;
  b: number;
}

/**
 * Percent returns of two series over identical intervals. The calendars are intersected first (a token trades every
 * day, NVDA only on exchange days: the common days are NVDA's trading days on which the token also has a close), then
 * each row holds r = 100 × (p_d / p_prev − 1) for both series, where prev is the previous COMMON day. So a Friday →
 * Monday stock return is paired with the token's Friday → Monday return, never with its Sunday → Monday one. No price
 * is invented or carried forward. Days with an unusable price (not finite and positive) in either series are not
 * common days. Inputs sorted by date with unique days; a repeated day keeps its first point.
 */
export function pairedReturns(a: readonly Point[], b: readonly Point[]): PairedReturn[] {
  const bByDay = new Map<IsoDay, number>();
  for (const p of b) if (isPrice(p.value) && !bByDay.has(p.date)) bByDay.set(p.date, p.value);
  const out: PairedReturn[] = [];
  let prevDate: IsoDay | undefined;
  let prevA = 0;
  let prevB = 0;
  for (const p of a) {
    if (!isPrice(p.value)) continue;
    const pb = bByDay.get(p.date);
    if (pb === undefined || (prevDate !== undefined && p.date <= prevDate)) continue;
    if (prevDate !== undefined) {
      const ra = 100 * (p.value / prevA - 1);
      const rb = 100 * (pb / prevB - 1);
      if (Number.isFinite(ra) && Number.isFinite(rb)) out.push({ date: p.date, a: ra, b: rb });
    }
    prevDate = p.date;
    prevA = p.value;
    prevB = pb;
  }
  return out;
}

/**
 * Compounds percent returns into one period return, in percent: 100 × (Π (1 + r_i / 100) − 1). An empty list gives
 * 0. Compounding a series' consecutive simple returns gives its first → last change (up to rounding).
 */
export function compound(returnsPct: readonly number[]): Pct {
  let gross = 1;
  for (const r of returnsPct) gross *= 1 + r / 100;
  return asPct(100 * (gross - 1));
}
