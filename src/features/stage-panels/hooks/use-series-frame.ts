import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import { type DayRange, type ValueMode, buildComparisonFrame } from "@/analytics";
import { type DataMode, type Series, type SeriesId, priceSeriesQuery } from "@/sources/price-series";

export interface SeriesFrameState {
  series: Series[];
  error: Error | null;
  isPending: boolean;
  refetch: () => void;
}

/**
 * Loads several price series at once (one query each, shared with every other panel that asks for the same id)
 * and combines them into one state for the chart.
 */
export function useSeriesSet(ids: readonly SeriesId[], mode: DataMode = "sample"): SeriesFrameState {
  return useQueries({
    queries: ids.map((id) => priceSeriesQuery(id, mode)),
    combine: (results) => ({
      series: results.flatMap((r) => (r.data ? [r.data] : [])),
      error: results.find((r) => r.error)?.error ?? null,
      isPending: results.some((r) => r.isPending),
      refetch: () => {
        for (const r of results) if (r.isError || r.isPending) void r.refetch();
      },
    }),
  });
}

export function useComparisonFrame(series: readonly Series[], range: DayRange, mode: ValueMode) {
  return useMemo(
    () =>
      buildComparisonFrame(
        series.map((s) => ({ key: s.id, points: s.points })),
        range,
        mode,
      ),
    [series, range, mode],
  );
}
