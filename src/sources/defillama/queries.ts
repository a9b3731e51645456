import { queryOptions } from "@tanstack/react-query";
import type { IsoDay } from "@/analytics";
import { unwrap } from "@/sources/shared/result";
import { fetchLlamaSeries } from "./adapter";

/** The chart handler answers with a one-hour cache (successResponse(…, 3600) in DefiLlama/defillama-server's coins API). */
const ONE_HOUR = 60 * 60_000;

export interface LlamaSeriesQuery {
  coingeckoId: string;
  from: IsoDay;
  to: IsoDay;
  /** Names carried into the series; they default to the CoinGecko id. */
  seriesId?: string;
  ticker?: string;
  label?: string;
}

/** Keys run from the source id to the request; everything the query function reads is in the key. */
export const defillamaQueries = {
  all: () => ["defillama"] as const,
  series: ({ coingeckoId, from, to, seriesId = coingeckoId, ticker = coingeckoId, label = coingeckoId }: LlamaSeriesQuery) =>
    queryOptions({
      queryKey: [...defillamaQueries.all(), "series", { coingeckoId, from, to, seriesId, ticker, label }] as const,
      queryFn: async ({ signal }) => unwrap(await fetchLlamaSeries({ coingeckoId, seriesId, ticker, label, from, to, signal })),
      staleTime: ONE_HOUR,
    }),
};
