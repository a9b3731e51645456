import { addDays, lastOnOrBefore } from "./range";
import { pctChange } from "./rebase";
import type { IsoDay, Point } from "./types";

export interface PeakMove {
  /** The close on the day before the event: the price before the news. */
  before: Point;
  /** The highest close from the event day to `days` days after it. */
  peak: Point;
  changePct: number;
}

/**
 * The move the report describes for WLD (Appendix 2): close on the day before the event against the highest close
 * in the following `days` calendar days, in percent: 100 × (peak / before − 1). Undefined when either side has no
 * data. It measures the best case after the news, as the report's "+50 %" and "nearly 3x" do, not a fixed horizon.
 */
export function peakMoveAfter(points: readonly Point[], eventDate: IsoDay, days: number): PeakMove | undefined {
  const before = lastOnOrBefore(points, addDays(eventDate, -1));
  if (!before || before.date < addDays(eventDate, -4)) return undefined;
  const end = addDays(eventDate, days);
  let peak: Point | undefined;
  for (const p of points) {
    if (p.date < eventDate) continue;
    if (p.date > end) break;
    if (!peak || p.value > peak.value) peak = p;
  }
  const change = peak ? pctChange(before.value, peak.value) : undefined;
  return peak && change !== undefined ? { before, peak, changePct: change } : undefined;
}

/** Close-to-close change from the day before `from` to the close on `to`, percent; undefined without both closes. */
export function changeBetween(
  points: readonly Point[],
  from: IsoDay,
  to: IsoDay,
): { from: Point; to: Point; changePct: number } | undefined {
  const a = lastOnOrBefore(points, addDays(from, -1));
  const b = lastOnOrBefore(points, to);
  if (!a || !b || b.date < from) return undefined;
  const change = pctChange(a.value, b.value);
  return change === undefined ? undefined : { from: a, to: b, changePct: change };
}
