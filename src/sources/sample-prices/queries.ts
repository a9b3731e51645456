import { queryOptions } from "@tanstack/react-query";
import { unwrap } from "@/sources/shared/result";
import { fetchSampleSeries } from "./adapter";
import type { SampleSeriesId } from "./catalog";

/** Query keys run from the source id to the series; everything the query function reads is in the key. */
export const samplePricesQueries = {
  all: () => ["sample-prices"] as const,
  series: (id: SampleSeriesId) =>
    queryOptions({
      queryKey: [...samplePricesQueries.all(), "series", id] as const,
      queryFn: async ({ signal }) => unwrap(await fetchSampleSeries(id, { signal })),
      // Embedded files never change while the app runs.
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 30 * 60_000,
    }),
};
