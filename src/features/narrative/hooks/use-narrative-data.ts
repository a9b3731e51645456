import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { type Series, type SeriesId, priceSeriesQuery } from "@/sources/price-series";
import { sampleEventsQueries } from "@/sources/sample-events";
import { useDataMode } from "@/state/use-data-mode";

export interface NarrativeSeriesState {
  byId: Map<SeriesId, Series>;
  errors: { id: SeriesId; error: Error }[];
  pending: SeriesId[];
  refetchFailed: () => void;
}

/**
 * Loads the series the panel needs: those shown, plus those the analyses need (the study benchmark, BTC for the
 * down-day table, WLD for the Appendix 2 check). Each is its own query, cached and shared with the stage panels, so one
 * failing file marks that series, not the panel.
 */
export function useNarrativeSeries(ids: readonly SeriesId[]): NarrativeSeriesState {
  const unique = [...new Set(ids)];
  const { mode, live } = useDataMode();
  const results = useQueries({ queries: unique.map((id) => priceSeriesQuery(id, mode, live)) });
  // The query results array is new on every render; key the derived maps on what actually changed so the chart's
  // memoised frame is rebuilt only when data arrives or the set of series changes.
  const signature = results.map((r, i) => `${unique[i]}:${r.status}:${r.dataUpdatedAt}:${r.errorUpdatedAt}`).join("|");
  return useMemo(() => {
    const byId = new Map<SeriesId, Series>();
    const errors: { id: SeriesId; error: Error }[] = [];
    const pending: SeriesId[] = [];
    results.forEach((r, i) => {
      const id = unique[i] as SeriesId;
      if (r.data) byId.set(id, r.data);
      if (r.error) errors.push({ id, error: r.error });
      if (r.isPending) pending.push(id);
    });
    return {
      byId,
      errors,
      pending,
      refetchFailed: () => {
        for (const r of results) if (r.isError) void r.refetch();
      },
    };
  }, [signature]);
}

export function useAiEvents() {
  return useQuery(sampleEventsQueries.list());
}
