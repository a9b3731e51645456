import { queryOptions } from "@tanstack/react-query";
import type { PersistedQueries } from "@/sources/shared/persisted";
import { unwrap } from "@/sources/shared/result";
import { fetchAkashSeries } from "./adapter";
import type { AkashMetric } from "./metrics";
import { SnapshotManifestRaw, fetchAkashSnapshot, fetchSnapshotManifest } from "./snapshot";
import { UsageSeriesSchema } from "./usage-series";

/**
 * Ten minutes: the history is one point per UTC day, read from the indexer's `day` table, so it changes once a day;
 * only the latest day moves (it is the latest indexed block, and provider data is memoised for 5 minutes server-side
 * in provider-graph-data.service.ts). The route itself sends `Cache-Control: public, no-store`, so the browser
 * cache does not help.
 */
const AKASH_STALE_MS = 10 * 60_000;

/** Each Console API request is abandoned after 8 s (the README's contract for live requests). Tests may shorten it. */
export const akashRequestConfig = { timeoutMs: 8_000 };

export const akashQueries = {
  all: () => ["akash"] as const,
  series: (metric: AkashMetric) =>
    queryOptions({
      queryKey: [...akashQueries.all(), "series", metric] as const,
      queryFn: async ({ signal }) => unwrap(await fetchAkashSeries(metric, { signal, timeoutMs: akashRequestConfig.timeoutMs })),
      staleTime: AKASH_STALE_MS,
    }),
  /** Which recorded files this build carries. */
  snapshotManifest: () =>
    queryOptions({
      queryKey: [...akashQueries.all(), "snapshot-manifest"] as const,
      queryFn: async ({ signal }) => unwrap(await fetchSnapshotManifest({ signal })),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  /** The recorded series served with the app (sample mode): a file of the build, so it never goes stale. */
  snapshot: (metric: AkashMetric) =>
    queryOptions({
      queryKey: [...akashQueries.all(), "snapshot", metric] as const,
      queryFn: async ({ signal }) => unwrap(await fetchAkashSnapshot(metric, { signal })),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

/** Every Akash answer is kept on the device: the live series, and the recorded ones with the manifest naming them. */
export const akashPersisted: readonly PersistedQueries[] = [
  { key: [...akashQueries.all(), "series"], schema: UsageSeriesSchema },
  { key: [...akashQueries.all(), "snapshot"], schema: UsageSeriesSchema },
  { key: [...akashQueries.all(), "snapshot-manifest"], schema: SnapshotManifestRaw },
];
