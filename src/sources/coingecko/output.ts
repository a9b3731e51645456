import { z } from "zod";
import { SeriesSchema, SourceMetaSchema } from "@/sources/shared/series";

/**
 * What the CoinGecko adapter hands out, as schemas: the types below are inferred from them, so the shape a fresh
 * answer has and the one a restored (persisted) answer must pass are one definition.
 */

/** One coin's price, market cap and 24h volume over a range, each a daily series (`fetchMarketChart`). */
export const MarketChartSchema = z.object({ price: SeriesSchema, marketCap: SeriesSchema, volume: SeriesSchema });
export type MarketChart = z.infer<typeof MarketChartSchema>;

/** Today's supply and valuation of one coin: what turns a price series into a fully diluted value (`fetchCoinSupply`). */
export const CoinSupplySchema = z.object({
  coingeckoId: z.string(),
  circulating: z.number().positive().nullable(),
  total: z.number().positive().nullable(),
  max: z.number().positive().nullable(),
  /** CoinGecko's own FDV in USD, when it gives one. */
  fdvUsd: z.number().positive().nullable(),
  marketCapUsd: z.number().positive().nullable(),
  /**
   * The supply an FDV series multiplies prices by: the maximum supply, else the total supply; null when CoinGecko
   * knows neither, and then no FDV is shown.
   */
  dilutedSupply: z.number().positive().nullable(),
  dilutedBasis: z.enum(["max supply", "total supply"]).nullable(),
  meta: SourceMetaSchema,
});
export type CoinSupply = z.infer<typeof CoinSupplySchema>;
