import { type UseQueryResult, useQueries } from "@tanstack/react-query";
import { type DataMode, type LiveParams, type Series, type SeriesId, priceSeriesQuery } from "./price-series";

export interface SeriesSetState {
  /** The loaded series, in the order asked for. */
  series: Series[];
  byId: Map<SeriesId, Series>;
  /** Nothing at all could be drawn: the first failure, which the panel shows instead of a chart. */
  error: Error | null;
  /** Series that failed with nothing to show while others are drawn: the chart names each and why. */
  failed: { id: SeriesId; error: Error }[];
  /** Every series that failed with nothing to show for it, whether or not others are drawn. */
  errors: { id: SeriesId; error: Error }[];
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
 * The one series loader of every panel: one query per id (cached and shared with every other panel that asks for the
 * same id) in the given data mode, combined into one state. The combined state keeps its identity until a query's
 * result changes (a stable `combine`), so charts memoised on it do not redraw on unrelated renders.
 */
export function useSeriesSet(ids: readonly SeriesId[], mode: DataMode = "sample", live?: LiveParams): SeriesSetState {
  const unique = [...new Set(ids)];
  return useQueries({ queries: unique.map((id) => priceSeriesQuery(id, mode, live)), combine: combinerFor(unique.join(",")) });
}

type Combine = (results: UseQueryResult<Series, Error>[]) => SeriesSetState;

/**
 * One `combine` function per list of ids, so TanStack Query re-runs it only when a result changes (a new function on
 * every render would rebuild the state, and every chart memoised on it, on every render). Panels ask for a few fixed
 * lists and the narrative for the series an analyst toggles: a handful of small entries.
 */
const combiners = new Map<string, Combine>();
function combinerFor(key: string): Combine {
  let fn = combiners.get(key);
  if (!fn) {
    fn = makeCombine(key ? (key.split(",") as SeriesId[]) : []);
    combiners.set(key, fn);
  }
  return fn;
}

/**
 * The combined state as a class instance: TanStack Query passes a plain-object result through `replaceEqualDeep`,
 * which would walk every point of every series (15 × 2,000 objects) on each change to keep identities; an instance
 * is taken as it is. `combine` already runs only when a query's result changes.
 */
class SeriesSet {}

function makeCombine(list: readonly SeriesId[]): Combine {
  return (results) => {
    const byId = new Map<SeriesId, Series>();
    results.forEach((r, i) => {
      if (r.data) byId.set(list[i] as SeriesId, r.data);
    });
    const series = results.flatMap((r) => (r.data ? [r.data] : []));
    const errors = list.flatMap((id, i) => {
      const r = results[i];
      return r?.error && !r.data ? [{ id, error: r.error }] : [];
    });
    const loading = results.some((r) => r.isPending && !r.error);
    // One coin that fails (a 404 at both providers) never blanks the others: the chart is drawn without it.
    const state: SeriesSetState = {
      series,
      byId,
      error: series.length === 0 && !loading ? (errors[0]?.error ?? null) : null,
      failed: series.length > 0 ? errors : [],
      errors,
      stale: results.flatMap((r) => (r.error && r.data ? [{ error: r.error, since: r.dataUpdatedAt }] : [])),
      retrying: results.find((r) => r.isFetching && r.failureCount > 0)?.failureReason ?? null,
      isPending: series.length === 0 && loading,
      waiting: list.filter((_, i) => results[i]?.isPending && !results[i]?.error),
      refetch: () => {
        for (const r of results) if (r.isError || r.isPending || r.failureCount > 0) void r.refetch();
      },
    };
    return Object.assign(new SeriesSet(), state);
  };
}
