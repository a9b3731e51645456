import { DAY_MS, type ValueKind } from "./time-axis";
import type { TimeSeriesLine } from "./time-chart-scales";

/** "2024-03-08" → ms at 00:00 UTC, remembered: a zoom converts every day of 15 series, mostly the same days. */
const msByDay = new Map<string, number>();
const dayMs = (day: string) => {
  let ms = msByDay.get(day);
  if (ms === undefined) {
    ms = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
    if (msByDay.size > 50_000) msByDay.clear();
    msByDay.set(day, ms);
  }
  return ms;
};

/**
 * The lines a brush to `from` … `to` shows, made from the lines on screen, so the chart can draw the zoom in the frame
 * after the pointer is released while its caller rebuilds the page. It follows the frame every time chart draws
 * (src/analytics/frame.ts, buildFrame): each line's full-resolution points in the range; the time axis from the first to
 * the last day with data; Index = 100 and % change lines based again on the common base date, the first day every line
 * has data (a line's value on that day, or its last within its gap limit before; its own first day when it has none),
 * which is exact: a rebased value is the price over the base price, so rescaling by the new base's value gives the same
 * numbers up to rounding. Lines with no point in the range drop out; breaks where two points are further apart than
 * the line's gap limit. The caller's frame also thins a line to the window's width (M4, which keeps each column's
 * extremes and ends): the chart reduces to one vertex per pixel column either way, so the pixels match.
 */
export function zoomLines(
  lines: readonly TimeSeriesLine[],
  from: string,
  to: string,
  kind: ValueKind,
): { lines: TimeSeriesLine[]; t0: number; t1: number } | null {
  const clipped = lines.map((l, i) => ({ l, i, pts: clip(l.points, from, to) })).filter((c) => c.pts.length > 0);
  if (clipped.length === 0) return null;
  let rangeFirst = "9999-12-31";
  let base = "";
  let end = "";
  for (const { pts } of clipped) {
    const first = (pts[0] as { date: string }).date;
    const last = (pts[pts.length - 1] as { date: string }).date;
    if (first < rangeFirst) rangeFirst = first;
    if (first > base) base = first;
    if (last > end) end = last;
  }
  const t0 = dayMs(rangeFirst);
  const baseMs = dayMs(base);
  const out = clipped.map(({ l, i, pts }): TimeSeriesLine => {
    const maxGap = l.maxGapDays * DAY_MS;
    const first = pts[0] as { date: string; value: number };
    const asOf = pts[afterDay(pts, base) - 1];
    const basePoint = asOf && baseMs - dayMs(asOf.date) < maxGap ? asOf : first;
    const bv = basePoint.value;
    const rebase =
      kind === "index" && bv > 0
        ? (v: number) => (100 * v) / bv
        : kind === "pct" && bv + 100 > 0
          ? (v: number) => 100 * ((v + 100) / (bv + 100) - 1)
          : (v: number) => v;
    const rebased = () => pts.map((p) => ({ date: p.date, value: rebase(p.value) }));
    const fast = sliceDrawn(l, pts.length, dayMs(from), dayMs(to), rebase);
    // The points (tooltip, keyboard, a next zoom) when first read: the frame after the release, not in it.
    let points = fast ? undefined : rebased();
    const drawn = fast ?? drawnFrom(points ?? rebased(), maxGap);
    return {
      key: l.key,
      label: l.label,
      xs: drawn.xs,
      ys: drawn.ys,
      get points() {
        points ??= rebased();
        return points;
      },
      maxGapDays: l.maxGapDays,
      slot: l.slot ?? i,
      ...(l.dashed === undefined ? {} : { dashed: l.dashed }),
      ...(l.weight === undefined ? {} : { weight: l.weight }),
      late: dayMs(first.date) - t0 >= maxGap,
      first: first.date,
    };
  });
  return { lines: out, t0, t1: dayMs(end) };
}

/** Index of the first point dated after `day` in points sorted by date (binary search). */
function afterDay(points: readonly { date: string }[], day: string): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as { date: string }).date <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The points from `from` to `to` (both included) of points sorted by date. */
function clip<P extends { date: string }>(points: readonly P[], from: string, to: string): readonly P[] {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as P).date < from) lo = mid + 1;
    else hi = mid;
  }
  return points.slice(lo, afterDay(points, to));
}

/** Drawn times and values from points, as the frame makes them: a break (NaN) where two are over `maxGap` apart. */
function drawnFrom(points: readonly { date: string; value: number }[], maxGap: number) {
  const xs: number[] = [];
  const ys: number[] = [];
  let prev: number | undefined;
  for (const p of points) {
    const t = dayMs(p.date);
    if (prev !== undefined && t - prev > maxGap) {
      xs.push((prev + t) / 2);
      ys.push(Number.NaN);
    }
    xs.push(t);
    ys.push(p.value);
    prev = t;
  }
  return { xs, ys };
}

/**
 * The same, faster, from the line's own drawn arrays when they hold every point (not thinned to the window's width):
 * the frame's for a narrower range are a slice of them, breaks included, rebased. Null when thinned.
 */
function sliceDrawn(line: TimeSeriesLine, count: number, tFrom: number, tTo: number, rebase: (v: number) => number) {
  const { xs, ys } = line;
  let finite = 0;
  for (let i = 0; i < ys.length; i++) if (!Number.isNaN(ys[i])) finite += 1;
  if (finite !== line.points.length) return null;
  let a = 0;
  let hi = xs.length;
  while (a < hi) {
    const mid = (a + hi) >> 1;
    if ((xs[mid] as number) < tFrom) a = mid + 1;
    else hi = mid;
  }
  let b = a;
  hi = xs.length;
  while (b < hi) {
    const mid = (b + hi) >> 1;
    if ((xs[mid] as number) <= tTo) b = mid + 1;
    else hi = mid;
  }
  // No break at either end: the range starts and ends on a point.
  while (a < b && Number.isNaN(ys[a])) a += 1;
  while (b > a && Number.isNaN(ys[b - 1])) b -= 1;
  const outY = new Array<number>(b - a);
  let n = 0;
  for (let i = a; i < b; i++) {
    const v = ys[i] as number;
    if (Number.isNaN(v)) outY[i - a] = v;
    else {
      outY[i - a] = rebase(v);
      n += 1;
    }
  }
  return n === count ? { xs: xs.slice(a, b), ys: outY } : null;
}
