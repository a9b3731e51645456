import { queryOptions } from "@tanstack/react-query";
import { unwrap } from "@/sources/shared/result";
import { AI_CATEGORY_ID, fetchAiCategory, fetchCoinSupply, fetchMarketChart, hasApiKey } from "./adapter";
import type { IsoDay } from "@/analytics";

/**
 * CoinGecko caches its answers for minutes to hours: categories every 5 minutes
 * (https://docs.coingecko.com/demo/reference/coins-categories); market_chart/range 30 s for a 1-day range, 30 min
 * for 2 to 90 days and 12 h beyond (https://docs.coingecko.com/v3.0.1/reference/coins-id-market-chart-range). Five
 * minutes never shows a figure much older than CoinGecko's own cache and keeps refetches well inside the budget.
 */
const FIVE_MINUTES = 5 * 60_000;

export interface MarketChartQuery {
  coingeckoId: string;
  from: IsoDay;
  to: IsoDay;
  /** Only whether a key is set enters the query key; the secret itself never does. */
  apiKey?: string | undefined;
  /** Names carried into the series; they default to the CoinGecko id. */
  seriesId?: string;
  ticker?: string;
  label?: string;
}

/** Keys run from the source id to the request; everything the query function reads is in the key, except the secret. */
export const coingeckoQueries = {
  all: () => ["coingecko"] as const,
  marketCharts: () => [...coingeckoQueries.all(), "market-chart"] as const,
  marketChart: ({ coingeckoId, from, to, apiKey, seriesId = coingeckoId, ticker = coingeckoId, label = coingeckoId }: MarketChartQuery) =>
    queryOptions({
      queryKey: [...coingeckoQueries.marketCharts(), { coingeckoId, from, to, seriesId, ticker, label, keyed: hasApiKey(apiKey) }] as const,
      queryFn: async ({ signal }) => unwrap(await fetchMarketChart({ coingeckoId, seriesId, ticker, label, from, to, apiKey, signal })),
      staleTime: FIVE_MINUTES,
    }),
  aiCategory: ({ apiKey }: { apiKey?: string | undefined } = {}) =>
    queryOptions({
      queryKey: [...coingeckoQueries.all(), "category", AI_CATEGORY_ID, { keyed: hasApiKey(apiKey) }] as const,
      queryFn: async ({ signal }) => unwrap(await fetchAiCategory({ apiKey, signal })),
      staleTime: FIVE_MINUTES,
    }),
  supply: ({ coingeckoId, apiKey }: { coingeckoId: string; apiKey?: string | undefined }) =>
    queryOptions({
      queryKey: [...coingeckoQueries.all(), "supply", coingeckoId, { keyed: hasApiKey(apiKey) }] as const,
      queryFn: async ({ signal }) => unwrap(await fetchCoinSupply(coingeckoId, { apiKey, signal })),
      staleTime: FIVE_MINUTES,
    }),
};
