import type { SeriesId } from "@/sources/price-series";
import { type SeriesSetState, useSeriesSet as useSeriesSetIn } from "@/sources/series-set";
import { useDataMode } from "@/state/use-data-mode";

export type SeriesFrameState = SeriesSetState;

/** The shared series loader (src/sources/series-set.ts) in the current data mode. */
export function useSeriesSet(ids: readonly SeriesId[]): SeriesSetState {
  const { mode, live } = useDataMode();
  return useSeriesSetIn(ids, mode, live);
}
