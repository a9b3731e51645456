import { queryOptions } from "@tanstack/react-query";
import type { IsoDay } from "@/analytics";
import type { PersistedQueries } from "@/sources/shared/persisted";
import { unwrap } from "@/sources/shared/result";
import { hasApiKey } from "./limits";
import { fetchCoinSupply, fetchMarketChart } from "./load";
import { CoinSupplySchema, MarketChartSchema } from "./output";

/**
 * The CoinGecko requests the Demand view and the claim checks share through the query cache, so a coin's price,
 * market cap and FDV cost one market-chart request and one supply request. market_chart/range is cached by CoinGecko
 * for 12 h beyond 90 days (https://docs.coingecko.com/v3.0.1/reference/coins-id-market-chart-range); five minutes
 * never shows a figure much older than CoinGecko's own cache and keeps refetches inside the request budget.
 */
const FIVE_MINUTES = 5 * 60_000;

export const coingeckoQueries = {
  all: () => ["coingecko"] as const,
  marketChart: ({ coingeckoId, from, to, apiKey }: { coingeckoId: string; from: IsoDay; to: IsoDay; apiKey?: string | undefined }) =>
    queryOptions({
      // Only whether a key is set enters the key; the secret itself never does.
      queryKey: [...coingeckoQueries.all(), "market-chart", { coingeckoId, from, to, keyed: hasApiKey(apiKey) }] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await fetchMarketChart({ coingeckoId, seriesId: coingeckoId, ticker: coingeckoId, label: coingeckoId, from, to, apiKey, signal }),
        ),
      staleTime: FIVE_MINUTES,
    }),
  supply: ({ coingeckoId, apiKey }: { coingeckoId: string; apiKey?: string | undefined }) =>
    queryOptions({
      queryKey: [...coingeckoQueries.all(), "supply", coingeckoId, { keyed: hasApiKey(apiKey) }] as const,
      queryFn: async ({ signal }) => unwrap(await fetchCoinSupply(coingeckoId, { apiKey, signal })),
      staleTime: FIVE_MINUTES,
    }),
};

/** Both answers are kept on the device (live only: CoinGecko has no sample), each checked with its own shape when read back. */
export const coingeckoPersisted: readonly PersistedQueries[] = [
  { key: [...coingeckoQueries.all(), "market-chart"], schema: MarketChartSchema },
  { key: [...coingeckoQueries.all(), "supply"], schema: CoinSupplySchema },
];
