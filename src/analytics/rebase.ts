import { type Index100, type Pct, type Point, type Price, asIndex100, asPct } from "./types";

/**
 * Rebases a price path so its first point is 100: index_t = 100 × price_t / price_0. Comparing tokens whose prices
 * differ by orders of magnitude needs a common start; each series starts at its own first point in the window.
 */
export function rebaseTo100(points: readonly Point<number>[]): Point<Index100>[] {
  const base = points[0]?.value;
  if (base === undefined || !(base > 0)) return [];
  return points.map((p) => ({ date: p.date, value: asIndex100((100 * p.value) / base) }));
}

/** Simple return from `from` to `to` in percent: 100 × (to / from − 1). Undefined unless both prices are positive. */
export function pctChange(from: Price | number, to: Price | number): Pct | undefined {
  if (!(from > 0) || !(to > 0)) return undefined;
  return asPct(100 * (to / from - 1));
}
