import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import { type DayRange, type ValueMode, buildComparisonFrame } from "@/analytics";
import { type Series, type SeriesId, priceSeriesQuery } from "@/sources/price-series";
import { useDataMode } from "@/state/use-data-mode";

export interface SeriesFrameState {
  series: Series[];
  /** A failure with nothing to show for it: the panel says what happened instead of drawing. */
  error: Error | null;
  /** Failures while older data is still on screen: shown as a "stale since" badge beside the chart. */
  stale: { error: Error; since: number }[];
  /** A retry under way after a failure (rate limit, 5xx): the panel says so while it waits. */
  retrying: Error | null;
  /** Nothing to draw yet: every series is still loading. */
  isPending: boolean;
  /** Series that failed with nothing to show for them. */
  failed: SeriesId[];
  /** Series still loading while others are drawn (one slow or queued request never holds the rest back). */
  waiting: SeriesId[];
  refetch: () => void;
}

/**
 * Loads several price series at once (one query each, shared with every other panel that asks for the same id)
 * in the current data mode, and combines them into one state for the chart.
 */
export function useSeriesSet(ids: readonly SeriesId[]): SeriesFrameState {
  const { mode, live } = useDataMode();
  return useQueries({
    queries: ids.map((id) => priceSeriesQuery(id, mode, live)),
    combine: (results) => ({
      series: results.flatMap((r) => (r.data ? [r.data] : [])),
      error: results.find((r) => r.error && !r.data)?.error ?? null,
      stale: results.flatMap((r) => (r.error && r.data ? [{ error: r.error, since: r.dataUpdatedAt }] : [])),
      retrying: results.find((r) => r.isFetching && r.failureCount > 0)?.failureReason ?? null,
      isPending: results.every((r) => r.isPending),
      waiting: ids.filter((_, i) => results[i]?.isPending),
      failed: ids.filter((_, i) => results[i]?.error && !results[i]?.data),
      refetch: () => {
        for (const r of results) if (r.isError || r.isPending || r.failureCount > 0) void r.refetch();
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
