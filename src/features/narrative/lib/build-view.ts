import { type AlignedRow, type DayRange, type Point, addDays, alignOnDates, clipToRange, pctChange, rebaseTo100 } from "@/analytics";
import type { Series } from "@/sources/price-series";
import type { RangePresetId, ScaleMode } from "../config";
import { REPORT_WINDOW } from "../config";
import { keptRows } from "./kept-rows";

export interface ChartRow extends AlignedRow {
  /** Milliseconds since the epoch at 00:00 UTC: the numeric time axis, so gaps and downsampling keep true spacing. */
  t: number;
}

export interface SeriesSummary {
  id: string;
  ticker: string;
  first?: string;
  last?: string;
  changePct?: number;
  points: number;
}

export interface NarrativeView {
  rows: ChartRow[];
  summaries: SeriesSummary[];
  range: DayRange;
  /** Points before downsampling, for the text alternative and the bench. */
  rawPoints: number;
}

/** Resolves a preset against the data: 1Y and YTD end at the latest day of the shown AI tokens (the data's "as of"). */
export function resolveRange(preset: RangePresetId, asOf: string, custom: DayRange): DayRange {
  switch (preset) {
    case "report":
      return { ...REPORT_WINDOW };
    case "1y":
      return { from: addDays(asOf, -365), to: asOf };
    case "ytd":
      return { from: `${asOf.slice(0, 4)}-01-01`, to: asOf };
    case "all":
      return { from: "2016-01-01", to: asOf > "2099-01-01" ? asOf : "2099-12-31" };
    case "custom":
      return custom.from <= custom.to ? custom : { from: custom.to, to: custom.from };
  }
}

const toValue = (mode: ScaleMode) => (points: { date: string; value: number }[]) => {
  if (mode === "price") return points;
  const rebased = rebaseTo100(points);
  return mode === "rebased" ? rebased : rebased.map((p) => ({ date: p.date, value: p.value - 100 }));
};

/** One series clipped to a range and put on a scale: what the chart draws of it and what its summary reads. */
interface ScaledSeries {
  points: Point[];
  first: string | undefined;
  last: string | undefined;
  changePct: number | undefined;
  count: number;
}

/** Range and scale combinations remembered per series: the presets and scales an analyst flips between. */
const SCALINGS_KEPT = 4;
// A series' points come from the query cache and never change in place, so the array identifies its contents. Toggling
// one series then rescales none of the others; a refetch gives a new array and a fresh entry.
const scaledCache = new WeakMap<readonly Point[], Map<string, ScaledSeries>>();

function scaleSeries(points: readonly Point[], range: DayRange, mode: ScaleMode): ScaledSeries {
  let byKey = scaledCache.get(points);
  if (!byKey) {
    byKey = new Map();
    scaledCache.set(points, byKey);
  }
  const key = `${range.from}/${range.to}/${mode}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const clipped = clipToRange(points, range);
  const first = clipped[0];
  const last = clipped[clipped.length - 1];
  const scaled: ScaledSeries = {
    points: toValue(mode)(clipped),
    first: first?.date,
    last: last?.date,
    changePct: first && last ? pctChange(first.value, last.value) : undefined,
    count: clipped.length,
  };
  byKey.set(key, scaled);
  if (byKey.size > SCALINGS_KEPT) {
    const oldest = byKey.keys().next().value;
    if (oldest !== undefined) byKey.delete(oldest);
  }
  return scaled;
}

/**
 * Builds what the narrative chart draws: each shown series clipped to the range, put on the chosen scale
 * (index = 100 at each series' first day in range; % change from that day; or price), aligned on the union of days
 * without filling, then downsampled so no line carries more points than the plot has pixels. Each series' clipped and
 * scaled points, and the rows downsampling keeps of it, are remembered (`scaleSeries`, `keptRows`), so a change to the
 * set of series rescales and resamples only the new one.
 */
export function buildNarrativeView(series: readonly Series[], range: DayRange, mode: ScaleMode, maxPoints: number): NarrativeView {
  const scaled = series.map((s) => ({ s, scaled: scaleSeries(s.points, range, mode) }));
  const aligned = alignOnDates(scaled.map(({ s, scaled }) => ({ key: s.id, points: scaled.points }))) as ChartRow[];
  const keys = series.map((s) => s.id);
  // Rows carry every series, so the union of per-series picks grows with the number of series: give each series a
  // share of the row budget. Every line is then drawn through all kept rows, its own picks (peaks and troughs) and
  // the others', so each keeps far more detail than its share.
  const perSeries = Math.max(24, Math.floor(maxPoints / Math.max(1, keys.length)));
  const rows = keptRows(
    aligned,
    scaled.map(({ s, scaled }) => ({ key: s.id, points: scaled.points })),
    perSeries,
  );
  // Only the kept rows need their time; downsampling keeps the row objects themselves.
  for (const row of rows) row.t = Date.parse(`${row.date}T00:00:00Z`);
  const summaries = scaled.map(
    ({ s, scaled: { first, last, changePct, count } }): SeriesSummary => ({
      id: s.id,
      ticker: s.ticker,
      points: count,
      ...(first ? { first } : {}),
      ...(last ? { last } : {}),
      ...(changePct === undefined ? {} : { changePct }),
    }),
  );
  return { rows, summaries, range, rawPoints: aligned.length };
}
