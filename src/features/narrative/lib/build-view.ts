import { type AlignedRow, type DayRange, addDays, alignOnDates, clipToRange, downsampleAligned, pctChange, rebaseTo100 } from "@/analytics";
import type { Series } from "@/sources/price-series";
import type { RangePresetId, ScaleMode } from "../config";
import { REPORT_WINDOW } from "../config";

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

/**
 * Builds what the narrative chart draws: each shown series clipped to the range, put on the chosen scale
 * (index = 100 at each series' first day in range; % change from that day; or price), aligned on the union of days
 * without filling, then downsampled so no line carries more points than the plot has pixels.
 */
export function buildNarrativeView(series: readonly Series[], range: DayRange, mode: ScaleMode, maxPoints: number): NarrativeView {
  const clipped = series.map((s) => ({ s, points: clipToRange(s.points, range) }));
  const scaled = clipped.map(({ s, points }) => ({ key: s.id, points: toValue(mode)(points) }));
  const aligned = alignOnDates(scaled) as ChartRow[];
  for (const row of aligned) row.t = Date.parse(`${row.date}T00:00:00Z`);
  const keys = series.map((s) => s.id);
  // Rows carry every series, so the union of per-series picks grows with the number of series: give each series a
  // share of the row budget. Every line is then drawn through all kept rows, its own picks (peaks and troughs) and
  // the others', so each keeps far more detail than its share.
  const perSeries = Math.max(24, Math.floor(maxPoints / Math.max(1, keys.length)));
  const rows = downsampleAligned(aligned, keys, perSeries) as ChartRow[];
  const summaries = clipped.map(({ s, points }): SeriesSummary => {
    const first = points[0];
    const last = points[points.length - 1];
    const change = first && last ? pctChange(first.value, last.value) : undefined;
    return {
      id: s.id,
      ticker: s.ticker,
      points: points.length,
      ...(first ? { first: first.date } : {}),
      ...(last ? { last: last.date } : {}),
      ...(change === undefined ? {} : { changePct: change }),
    };
  });
  return { rows, summaries, range, rawPoints: aligned.length };
}
