import { z } from "zod";

/**
 * One `[unix ms, value]` pair, as in every array of /coins/{id}/market_chart/range
 * (https://docs.coingecko.com/v3.0.1/reference/coins-id-market-chart-range; example payload:
 * `"prices": [[1755993600000, 4773.88], ...]`).
 */
const TimedValueRaw = z.tuple([z.number().int().nonnegative(), z.number()]);

/** GET /coins/{id}/market_chart/range?vs_currency=usd&from=…&to=…: the three arrays we read, nothing else. */
export const MarketChartRaw = z.object({
  prices: z.array(TimedValueRaw),
  market_caps: z.array(TimedValueRaw),
  total_volumes: z.array(TimedValueRaw),
});
export type MarketChartRaw = z.infer<typeof MarketChartRaw>;

/**
 * One entry of GET /coins/categories (https://docs.coingecko.com/demo/reference/coins-categories). The market
 * figures are nullable: CoinGecko sends null market fields for entries it has no market data for (as in its
 * /coins/markets payloads), and a category with no priced coins would have none. `market_cap_change_24h` is a
 * percentage (-1.29 for a 1.3 trillion category in published examples), not a USD amount.
 */
export const CategoryRaw = z.object({
  id: z.string(),
  name: z.string(),
  market_cap: z.number().nullable(),
  market_cap_change_24h: z.number().nullable(),
  volume_24h: z.number().nullable(),
  updated_at: z.string(),
});
export type CategoryRaw = z.infer<typeof CategoryRaw>;

export const CategoriesRaw = z.array(CategoryRaw);

/**
 * GET /coins/{id}?localization=false&tickers=false&community_data=false&developer_data=false&sparkline=false
 * (https://docs.coingecko.com/v3.0.1/reference/coins-id): the supply and valuation fields of `market_data`, nothing
 * else. `fully_diluted_valuation` is an object keyed by currency and may be empty; supplies are null where CoinGecko
 * does not know them (no max supply is common: GRT, LPT, ICP, NEAR have none).
 */
export const CoinRaw = z.object({
  id: z.string(),
  last_updated: z.string().nullable().optional(),
  market_data: z.object({
    market_cap: z.record(z.string(), z.number().nullable()),
    fully_diluted_valuation: z.record(z.string(), z.number().nullable()).optional(),
    circulating_supply: z.number().nullable(),
    total_supply: z.number().nullable(),
    max_supply: z.number().nullable(),
  }),
});
export type CoinRaw = z.infer<typeof CoinRaw>;
