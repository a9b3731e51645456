import { queryOptions } from "@tanstack/react-query";
import type { SeriesId } from "@/content/series";
import { fetchMarketChart } from "@/sources/coingecko";
import { fetchLlamaSeries } from "@/sources/defillama";
import { addDays } from "@/analytics";
import type { PersistedQueries } from "@/sources/shared/persisted";
import { type Series, SeriesSchema } from "@/sources/shared/series";
import { SourceError, SourceErrors } from "@/sources/shared/source-error";
import { LIVE_COINGECKO_IDS, LIVE_HISTORY_DAYS, hasLiveSource } from "./catalog";

/**
 * Each live request is abandoned after this long (then the fallback gets the same bound), so a hung API turns into
 * a message within seconds. Tests shorten it.
 */
export const liveRequestConfig = { timeoutMs: 8_000 };

/** Failures a second provider may get round; schema drift or a missing coin would fail there too. */
const FALLBACK_KINDS = new Set(["rate-limited", "http", "timeout", "offline", "malformed"]);

export interface LiveSeriesParams {
  seriesId: SeriesId;
  ticker: string;
  label: string;
  today: string;
  apiKey: string;
  refreshMs: number;
}

/**
 * One live price series: CoinGecko first, DefiLlama's coins API when CoinGecko fails or limits. The series' meta
 * names the provider that answered, so the screen never hides a fallback.
 */
export const livePricesQueries = {
  all: () => ["live-prices"] as const,
  series: ({ seriesId, ticker, label, today, apiKey, refreshMs }: LiveSeriesParams) =>
    queryOptions({
      queryKey: [...livePricesQueries.all(), seriesId, today, apiKey !== ""] as const,
      queryFn: async ({ signal }): Promise<Series> => {
        const coingeckoId = hasLiveSource(seriesId) ? LIVE_COINGECKO_IDS[seriesId] : undefined;
        if (!coingeckoId) {
          // price-series asks only for series with a live source; a SourceError keeps the Register's error type true.
          throw new SourceError({
            sourceId: "live-prices",
            sourceName: "Live prices",
            url: "",
            kind: "empty",
            detail: `${ticker} has no live source`,
          });
        }
        const from = addDays(today, -LIVE_HISTORY_DAYS + 1);
        const common = { coingeckoId, seriesId, ticker, label, from, to: today, signal, timeoutMs: liveRequestConfig.timeoutMs };
        const primary = await fetchMarketChart({ ...common, ...(apiKey ? { apiKey } : {}) });
        if (primary.ok) return primary.data.price;
        if (!FALLBACK_KINDS.has(primary.error.kind)) throw primary.error;
        const fallback = await fetchLlamaSeries(common);
        if (fallback.ok) {
          const note = `CoinGecko failed (${primary.error.message}); DefiLlama answered instead. ${fallback.data.meta.note ?? ""}`.trim();
          return { ...fallback.data, meta: { ...fallback.data.meta, note } };
        }
        // Both failures, in the order tried: the screen names each, and retries stop when DefiLlama's was final.
        throw new SourceErrors([primary.error, fallback.error]);
      },
      staleTime: 5 * 60_000,
      refetchInterval: refreshMs > 0 ? refreshMs : false,
    }),
};

/** Every live price is kept on the device, whichever provider answered: both give a `Series`. */
export const livePricesPersisted: readonly PersistedQueries[] = [{ key: livePricesQueries.all(), schema: SeriesSchema }];
