import { type UseQueryResult, useQueries } from "@tanstack/react-query";
import { type DataMode, type LiveParams, type Series, type SeriesId, priceSeriesQuery } from "./price-series";

export interface SeriesSetState {
  /** The loaded series, in the order asked for. */
  series: Series[];
  byId: Map<SeriesId, Series>;
  /** A failure with nothing to show for it: the panel says what happened instead of drawing. */
  error: Error | null;
  /** Each series that failed with nothing to show for it, with its error. */
  errors: { id: SeriesId; error: Error }[];
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
    const state: SeriesSetState = {
      series: results.flatMap((r) => (r.data ? [r.data] : [])),
      byId,
      error: results.find((r) => r.error && !r.data)?.error ?? null,
      errors: results.flatMap((r, i) => (r.error && !r.data ? [{ id: list[i] as SeriesId, error: r.error }] : [])),
      stale: results.flatMap((r) => (r.error && r.data ? [{ error: r.error, since: r.dataUpdatedAt }] : [])),
      retrying: results.find((r) => r.isFetching && r.failureCount > 0)?.failureReason ?? null,
      isPending: results.every((r) => r.isPending),
      waiting: list.filter((_, i) => results[i]?.isPending),
      failed: list.filter((_, i) => results[i]?.error && !results[i]?.data),
      refetch: () => {
        for (const r of results) if (r.isError || r.isPending || r.failureCount > 0) void r.refetch();
      },
    };
    return Object.assign(new SeriesSet(), state);
  };
}
