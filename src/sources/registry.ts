/**
 * The series registry: every series id a panel or a claim check may ask for (typed by content/series.ts) → the source
 * that answers it, its query options in a data mode, and whether its live answers are kept on this device (the
 * persisted query cache, for an offline start, each part with the schema it must pass when read back). A new source is
 * its folder and one line in `SERIES_SOURCES`; the claim checks' loader and the persisted cache follow from it. An id no source answers (Hugging Face and Bittensor counts
 * today) is never requested, and its check says "no data".
 */
import type { SkipToken, UseQueryOptions } from "@tanstack/react-query";
import { type AnySeriesId, isDemandSeriesId, isPriceSeriesId } from "@/content/series";
import type { z } from "@/content/zod";
import { type AkashMetric, akashMetricOf, akashPersisted, akashQueries } from "./akash";
import { coingeckoPersisted } from "./coingecko";
import { feesPersisted } from "./defillama-fees";
import { type DataMode, type LiveParams, demandSeriesQuery, recordedAkashQuery } from "./demand-series";
import { livePricesPersisted } from "./live-prices";
import { priceSeriesQuery } from "./price-series";
import { type PersistedQueries, keyStartsWith } from "./shared/persisted";
import type { SourceMeta } from "./shared/series";

/** What every registered series loads as: dated values with their provenance (a price, a demand or a usage series). */
export interface LoadedSeries {
  id: string;
  points: readonly { date: string; value: number }[];
  meta: SourceMeta;
}

export type SeriesQueryOptions = UseQueryOptions<LoadedSeries>;

/** Query options whose function resolves to a `LoadedSeries`: what a registry line must return, checked by tsc. */
interface LoadsSeries {
  queryKey: readonly unknown[];
  queryFn?: ((...args: never[]) => LoadedSeries | Promise<LoadedSeries>) | SkipToken;
}

interface SeriesSource<Key> {
  /** The source's key for an id it answers (the id itself, or an Akash metric), undefined for any other id. */
  answers: (id: AnySeriesId) => Key | undefined;
  /** Query options for one of its series in a data mode. */
  query: (key: Key, mode: DataMode, live: LiveParams) => LoadsSeries;
  /**
   * The queries of it kept on this device for an offline start, by key prefix, each with the schema its data must pass
   * when read back (declared by the source beside its query keys); empty when nothing of it is worth keeping (embedded
   * files are free to load again).
   */
  persist: readonly PersistedQueries[];
}

/** Keeps each line's key type checked against its own `answers` and `query`. */
const source = <Key>(s: SeriesSource<Key>): SeriesSource<unknown> => s as SeriesSource<unknown>;
const when =
  <Id extends AnySeriesId>(is: (id: string) => id is Id) =>
  (id: AnySeriesId) =>
    is(id) ? id : undefined;

/** One line a source: which ids it answers, its query options, and what of it is kept on the device. */
export const SERIES_SOURCES = [
  // Daily prices: the embedded sample, or live CoinGecko with DefiLlama as fallback (only live answers are kept).
  source({ answers: when(isPriceSeriesId), query: priceSeriesQuery, persist: livePricesPersisted }),
  // Fees (DefiLlama), market caps, FDVs and prices (CoinGecko); sample mode reads the recorded snapshot.
  source({ answers: when(isDemandSeriesId), query: demandSeriesQuery, persist: [...feesPersisted, ...coingeckoPersisted] }),
  // Akash usage: the Console API live, the recorded snapshot in sample mode.
  source({
    answers: akashMetricOf,
    query: (metric: AkashMetric, mode) => (mode === "live" ? akashQueries.series(metric) : recordedAkashQuery(metric)),
    persist: akashPersisted,
  }),
];

/**
 * Query options for a series id in a data mode, or undefined when no source answers it. Every source's data is a
 * `LoadedSeries`, so callers load any mix of ids with one `useQueries`.
 */
export function seriesQuery(id: AnySeriesId, mode: DataMode, live: LiveParams): SeriesQueryOptions | undefined {
  for (const s of SERIES_SOURCES) {
    const key = s.answers(id);
    if (key !== undefined) return s.query(key, mode, live) as SeriesQueryOptions;
  }
  return undefined;
}

const PERSISTED: readonly PersistedQueries[] = SERIES_SOURCES.flatMap((s) => s.persist);

/** The query-key roots whose data the app keeps on this device: built from the registry, never listed by hand. */
export const PERSISTED_QUERY_ROOTS: ReadonlySet<string> = new Set(PERSISTED.flatMap((p) => p.key.slice(0, 1)));

/**
 * The schema a query's data must pass to be kept on this device and read back, found from its key through the
 * registry; undefined for a key no source keeps (its data is neither saved nor restored).
 */
export function persistedDataSchema(queryKey: readonly unknown[]): z.ZodMiniType | undefined {
  return PERSISTED.find((p) => keyStartsWith(queryKey, p.key))?.schema;
}
