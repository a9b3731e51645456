import { type AlignedRow, alignOnDates } from "./align";
import { downsampleM4 } from "./downsample";
import { DAY_MS, type DayRange, clipToRange, lastOnOrBefore } from "./range";
import { pctChange } from "./rebase";
import type { IsoDay, Point } from "./types";

/** Index = 100 at the base date, % change since the base date, or the price itself. */
export type ValueMode = "rebased" | "pct" | "price";

export interface FrameInput {
  key: string;
  points: readonly Point[];
  /**
   * The same asset under a later ticker (RNDR → RENDER): its points continue this series after its last day. The two
   * are joined into one line; the days between them stay a gap (nothing is interpolated) and the seam is reported.
   */
  continuation?: { key: string; points: readonly Point[] };
  /**
   * Longest step in days still drawn as one line: 1 for a daily crypto close (any missing day breaks the line), about
   * 5 for a stock (one trading day's close joins the next across weekends and holidays). Default 1.
   */
  maxGapDays?: number;
}

/** Where a series continues under a new ticker: the last day of the old one and the first of the new. */
export interface Seam {
  key: string;
  fromKey: string;
  toKey: string;
  lastOld: IsoDay;
  firstNew: IsoDay;
}

export interface FrameSeries {
  key: string;
  /** Every point in the range on the chosen scale, full resolution: tooltips, CSV, keyboard crosshair. */
  points: Point[];
  /** What is drawn: times (ms, 00:00 UTC) and values downsampled to the pixel width; NaN marks a break in the line. */
  xs: number[];
  ys: number[];
  first?: IsoDay;
  last?: IsoDay;
  /** The series starts after the first day any series has data (beyond its own gap limit: not a stock's weekend). */
  late: boolean;
  /** The series ends before the frame's end: its change is taken to its own last day. */
  early: boolean;
  /** The day its index is 100 (rebased, pct): the common base date, or its own first day when it has none. */
  baseDay?: IsoDay;
  /** Change from `changeFrom` to `changeTo`, in percent (same for every scale). */
  changePct?: number;
  changeFrom?: IsoDay;
  changeTo?: IsoDay;
  /** Points in range before downsampling. */
  count: number;
  /** Longest step drawn as one line, in days (see FrameInput). */
  maxGapDays: number;
  seam?: Seam;
}

export interface TimeFrame {
  mode: ValueMode;
  range: DayRange;
  /**
   * The common base date: the first day in the range on which every series that reaches it has data (the latest of
   * their first days). Rebased and % change series are 100 and 0 there, so lines compare from one day.
   */
  base?: IsoDay;
  /** The last day any series has data in the range; rankings hold from `base` to `end`. */
  end?: IsoDay;
  series: FrameSeries[];
  /** Days in range (the union over series), before downsampling. */
  days: number;
  /** First and last time drawn (ms). */
  t0: number;
  t1: number;
}

/** "2024-03-08" → ms at 00:00 UTC. Arithmetic rather than Date.parse: a frame converts tens of thousands of days. */
export const dayToMs = (day: IsoDay) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
export const msToDay = (t: number): IsoDay => new Date(t).toISOString().slice(0, 10);

/** Joins a series with its continuation: old points, then the new ticker's points after the old one's last day. */
function joined(input: FrameInput): { points: readonly Point[]; seam?: Seam } {
  const next = input.continuation;
  if (!next || next.points.length === 0) return { points: input.points };
  const lastOld = input.points[input.points.length - 1];
  if (!lastOld) return { points: next.points };
  const after = next.points.filter((p) => p.date > lastOld.date);
  const firstNew = after[0];
  if (!firstNew) return { points: input.points };
  return {
    points: [...input.points, ...after],
    seam: { key: input.key, fromKey: input.key, toKey: next.key, lastOld: lastOld.date, firstNew: firstNew.date },
  };
}

/**
 * The one frame every time-series chart draws (screen, slides, CSV, PNG). Pure, so it is tested without a DOM:
 * 1. each series is clipped to the range (joined to its continuation across a ticker change first, seam reported);
 * 2. the common base date is the latest first day among the series (the first day all of them have data); a series
 *    that starts after the range's first day with data is marked `late` and is drawn from its own start;
 * 3. rebased series are 100 and % change series 0 at the base date (a stock's last close on or before it); a series
 *    with no data on or before the base date (it ended earlier) is based on its own first day instead;
 * 4. changes run from the base date to each series' last day, so a ranking says over which dates it holds;
 * 5. lines break where two points are further apart than `maxGapDays`; they are downsampled to `widthPx` columns.
 */
export function buildFrame(inputs: readonly FrameInput[], range: DayRange, mode: ValueMode, widthPx = Number.POSITIVE_INFINITY): TimeFrame {
  const clipped = inputs.map((input) => {
    const memo = memoFor(input);
    const key = `clip|${range.from}|${range.to}`;
    const hit = memo.get(key) as Clipped | undefined;
    if (hit) return { input, ...hit };
    const { points, seam } = joined(input);
    const inRange = clipToRange(points, range);
    const seamInRange = seam && seam.lastOld >= range.from && seam.firstNew <= range.to ? seam : undefined;
    const out: Clipped = { points: inRange, ...(seamInRange ? { seam: seamInRange } : {}) };
    remember(memo, key, out);
    return { input, ...out };
  });
  const withData = clipped.filter((c) => c.points.length > 0);
  const firsts = withData.map((c) => (c.points[0] as Point).date).sort();
  const lasts = withData.map((c) => (c.points[c.points.length - 1] as Point).date).sort();
  const rangeFirst = firsts[0];
  const base = firsts[firsts.length - 1];
  const end = lasts[lasts.length - 1];
  const t0 = rangeFirst ? dayToMs(rangeFirst) : dayToMs(range.from);
  const t1 = end ? dayToMs(end) : dayToMs(range.to);
  const series = clipped.map(({ input, points, seam }): FrameSeries => {
    // Everything a series' frame depends on besides its own points: a toggle that keeps the common base date and the
    // time span hands back every other series as it was, without rescaling or downsampling it again.
    const key = `series|${input.key}|${range.from}|${range.to}|${mode}|${base}|${rangeFirst}|${end}|${widthPx}|${input.maxGapDays ?? 1}`;
    const memo = memoFor(input);
    const hit = memo.get(key) as FrameSeries | undefined;
    if (hit) return hit;
    const out = frameSeries(input, points, seam, { mode, base, rangeFirst, end, t0, t1, widthPx });
    remember(memo, key, out);
    return out;
  });
  return {
    mode,
    range,
    series,
    // Computed when read (CSV and tables): the union of 15 × 2,000 dates costs more than the rest of a cached frame.
    get days() {
      const seen = new Set<string>();
      for (const c of clipped) for (const p of c.points) seen.add(p.date);
      return seen.size;
    },
    t0,
    t1,
    ...(base ? { base } : {}),
    ...(end ? { end } : {}),
  };
}

interface Clipped {
  points: readonly Point[];
  seam?: Seam;
}

/**
 * Memoised parts of frames, per input (its points and its continuation's, by identity): the clipped points per range
 * and the built series per frame parameters. A cache of pure results, so buildFrame stays a function of its inputs;
 * each input keeps its last few entries (a range, a scale and a toggle back and forth), never more.
 */
const MEMO_ENTRIES = 12;
const memos = new WeakMap<readonly Point[], WeakMap<readonly Point[], Map<string, unknown>>>();
const NO_CONTINUATION: readonly Point[] = [];
function memoFor(input: FrameInput): Map<string, unknown> {
  let byNext = memos.get(input.points);
  if (!byNext) {
    byNext = new WeakMap();
    memos.set(input.points, byNext);
  }
  const next = input.continuation?.points ?? NO_CONTINUATION;
  let memo = byNext.get(next);
  if (!memo) {
    memo = new Map();
    byNext.set(next, memo);
  }
  return memo;
}
function remember(memo: Map<string, unknown>, key: string, value: unknown) {
  if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
  memo.set(key, value);
}

interface FrameContext {
  mode: ValueMode;
  base: IsoDay | undefined;
  rangeFirst: IsoDay | undefined;
  end: IsoDay | undefined;
  t0: number;
  t1: number;
  widthPx: number;
}

function frameSeries(input: FrameInput, points: readonly Point[], seam: Seam | undefined, ctx: FrameContext): FrameSeries {
  const { mode, base, rangeFirst, end, t0, t1, widthPx } = ctx;
  const first = points[0];
  const last = points[points.length - 1];
  // The base value: this series' close on the common base date or its last before it; its own first point when it
  // has none (it ended before the base date).
  const maxGap = (input.maxGapDays ?? 1) * DAY_MS;
  const asOf = base ? lastOnOrBefore(points, base) : undefined;
  const atBase = asOf && base && dayToMs(base) - dayToMs(asOf.date) < maxGap ? asOf : undefined;
  const basePoint = atBase ?? first;
  const baseValue = basePoint?.value;
  const scaled =
    mode === "price" || baseValue === undefined || !(baseValue > 0)
      ? points.map((p) => ({ date: p.date, value: p.value }))
      : points.map((p) => ({ date: p.date, value: mode === "rebased" ? (100 * p.value) / baseValue : 100 * (p.value / baseValue - 1) }));
  const change = basePoint && last && last.date > basePoint.date ? pctChange(basePoint.value, last.value) : undefined;
  const xs: number[] = [];
  const ys: number[] = [];
  let prev: number | undefined;
  for (const p of scaled) {
    const t = dayToMs(p.date);
    if (prev !== undefined && t - prev > maxGap) {
      xs.push((prev + t) / 2);
      ys.push(Number.NaN);
    }
    xs.push(t);
    ys.push(p.value);
    prev = t;
  }
  const drawn = Number.isFinite(widthPx) ? downsampleM4(xs, ys, t0, t1, Math.max(1, Math.floor(widthPx))) : { xs, ys };
  return {
    key: input.key,
    points: scaled,
    xs: drawn.xs,
    ys: drawn.ys,
    count: points.length,
    maxGapDays: input.maxGapDays ?? 1,
    late: !!first && !!rangeFirst && dayToMs(first.date) - dayToMs(rangeFirst) >= maxGap,
    early: !!last && !!end && last.date < end,
    ...(first ? { first: first.date } : {}),
    ...(last ? { last: last.date } : {}),
    ...(mode !== "price" && basePoint ? { baseDay: basePoint.date } : {}),
    ...(change === undefined || !basePoint || !last ? {} : { changePct: change, changeFrom: basePoint.date, changeTo: last.date }),
    ...(seam ? { seam } : {}),
  };
}

/** The frame as rows, one per day with data, one column per series (null where it has none): for CSV and tables. */
export function frameRows(frame: TimeFrame): AlignedRow[] {
  return alignOnDates(frame.series.map((s) => ({ key: s.key, points: s.points })));
}

/** Series with a change, best to worst: what a caption ranks, with the dates each change holds over. */
export function rankByChange(frame: TimeFrame): FrameSeries[] {
  return frame.series.filter((s) => s.changePct !== undefined).sort((a, b) => (b.changePct ?? 0) - (a.changePct ?? 0));
}

/** The value each series has on `day`: its point that day, or a stock's last close before a weekend; full resolution. */
export function valuesOn(frame: TimeFrame, day: IsoDay): { key: string; value: number; date: IsoDay }[] {
  const out: { key: string; value: number; date: IsoDay }[] = [];
  for (const s of frame.series) {
    const p = lastOnOrBefore(s.points, day);
    if (p && dayToMs(day) - dayToMs(p.date) < s.maxGapDays * DAY_MS) out.push({ key: s.key, value: p.value, date: p.date });
  }
  return out;
}
