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
