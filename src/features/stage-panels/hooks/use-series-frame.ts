import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import { type DayRange, type ValueMode, buildComparisonFrame } from "@/analytics";
import { type Series, type SeriesId, priceSeriesQuery } from "@/sources/price-series";
import { useDataMode } from "@/state/use-data-mode";

export interface SeriesFrameState {
  series: Series[];
  /** Nothing at all could be drawn: the first failure, which the panel shows instead of a chart. */
  error: Error | null;
  /** Series that failed with nothing to show while others are drawn: the chart names each and why. */
  failed: { id: SeriesId; error: Error }[];
  /** Failures while older data is still on screen: shown as a "stale since" badge beside the chart. */
  stale: { error: Error; since: number }[];
  /** A retry under way after a failure (rate limit, 5xx): the panel says so while it waits. */
  retrying: Error | null;
  /** Nothing to draw yet: no series has data and some are still loading. */
  isPending: boolean;
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
    combine: (results) => {
      const series = results.flatMap((r) => (r.data ? [r.data] : []));
      const failed = ids.flatMap((id, i) => {
        const r = results[i];
        return r?.error && !r.data ? [{ id, error: r.error }] : [];
      });
      const loading = results.some((r) => r.isPending && !r.error);
      // One coin that fails (a 404 at both providers) never blanks the others: the chart is drawn without it.
      return {
        series,
        error: series.length === 0 && !loading ? (failed[0]?.error ?? null) : null,
        failed: series.length > 0 ? failed : [],
        stale: results.flatMap((r) => (r.error && r.data ? [{ error: r.error, since: r.dataUpdatedAt }] : [])),
        retrying: results.find((r) => r.isFetching && r.failureCount > 0)?.failureReason ?? null,
        isPending: series.length === 0 && loading,
        waiting: ids.filter((_, i) => results[i]?.isPending && !results[i]?.error),
        refetch: () => {
          for (const r of results) if (r.isError || r.isPending || r.failureCount > 0) void r.refetch();
        },
      };
    },
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
