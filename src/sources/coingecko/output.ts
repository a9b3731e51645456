import { z } from "@/content/zod";
import { SeriesSchema, SourceMetaSchema } from "@/sources/shared/series";

/**
 * What the CoinGecko adapter hands out, as schemas: the types below are inferred from them, so the shape a fresh
 * answer has and the one a restored (persisted) answer must pass are one definition.
 */

/** One coin's price, market cap and 24h volume over a range, each a daily series (`fetchMarketChart`). */
export const MarketChartSchema = z.lazy(() => z.object({ price: SeriesSchema, marketCap: SeriesSchema, volume: SeriesSchema }));
export type MarketChart = z.infer<typeof MarketChartSchema>;

/** Today's supply and valuation of one coin: what turns a price series into a fully diluted value (`fetchCoinSupply`). */
export const CoinSupplySchema = z.lazy(() =>
  z.object({
    coingeckoId: z.string(),
    circulating: z.nullable(z.number().check(z.positive())),
    total: z.nullable(z.number().check(z.positive())),
    max: z.nullable(z.number().check(z.positive())),
    /** CoinGecko's own FDV in USD, when it gives one. */
    fdvUsd: z.nullable(z.number().check(z.positive())),
    marketCapUsd: z.nullable(z.number().check(z.positive())),
    /**
     * The supply an FDV series multiplies prices by: the maximum supply, else the total supply; null when CoinGecko
     * knows neither, and then no FDV is shown.
     */
    dilutedSupply: z.nullable(z.number().check(z.positive())),
    dilutedBasis: z.nullable(z.enum(["max supply", "total supply"])),
    meta: SourceMetaSchema,
  }),
);
export type CoinSupply = z.infer<typeof CoinSupplySchema>;
