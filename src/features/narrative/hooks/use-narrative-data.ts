import { useQuery } from "@tanstack/react-query";
import type { SeriesId } from "@/sources/price-series";
import { type SeriesSetState, useSeriesSet } from "@/sources/series-set";
import { sampleEventsQueries } from "@/sources/sample-events";
import { useDataMode } from "@/state/use-data-mode";

/**
 * Loads the series the panel needs: those shown, plus those the analyses need (the study benchmark, BTC for the
 * down-day table, WLD for the Appendix 2 check), through the shared series loader: one query each, cached and shared
 * with the stage panels, so one failing file marks that series, not the panel.
 */
export function useNarrativeSeries(ids: readonly SeriesId[]): SeriesSetState {
  const { mode, live } = useDataMode();
  return useSeriesSet(ids, mode, live);
}

export function useAiEvents() {
  return useQuery(sampleEventsQueries.list());
}
