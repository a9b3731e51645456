import { z } from "@/content/zod";

/**
 * One `[unix ms, value]` pair, as in every array of /coins/{id}/market_chart/range
 * (https://docs.coingecko.com/v3.0.1/reference/coins-id-market-chart-range; example payload:
 * `"prices": [[1755993600000, 4773.88], ...]`).
 */
const TimedValueRaw = z.tuple([z.number().check(z.int(), z.nonnegative()), z.number()]);

/** GET /coins/{id}/market_chart/range?vs_currency=usd&from=…&to=…: the three arrays we read, nothing else. */
export const MarketChartRaw = z.object({
  prices: z.array(TimedValueRaw),
  market_caps: z.array(TimedValueRaw),
  total_volumes: z.array(TimedValueRaw),
});
export type MarketChartRaw = z.infer<typeof MarketChartRaw>;

/**
 * GET /coins/{id}?localization=false&tickers=false&community_data=false&developer_data=false&sparkline=false
 * (https://docs.coingecko.com/v3.0.1/reference/coins-id): the supply and valuation fields of `market_data`, nothing
 * else. `fully_diluted_valuation` is an object keyed by currency and may be empty; supplies are null where CoinGecko
 * does not know them (no max supply is common: GRT, LPT, ICP, NEAR have none).
 */
export const CoinRaw = z.object({
  id: z.string(),
  last_updated: z.optional(z.nullable(z.string())),
  market_data: z.object({
    market_cap: z.record(z.string(), z.nullable(z.number())),
    fully_diluted_valuation: z.optional(z.record(z.string(), z.nullable(z.number()))),
    circulating_supply: z.nullable(z.number()),
    total_supply: z.nullable(z.number()),
    max_supply: z.nullable(z.number()),
  }),
});
export type CoinRaw = z.infer<typeof CoinRaw>;
