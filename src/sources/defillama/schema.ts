import { z } from "@/content/zod";

/**
 * GET https://coins.llama.fi/chart/{coins}?start=…&span=…&period=1d answers
 * `{ coins: { "coingecko:bitcoin": { symbol, confidence, decimals?, prices: [{ timestamp, price }] } } }`, timestamps in
 * unix seconds (DefiLlama API docs, https://defillama.com/docs/api, "Get token prices at regular time intervals").
 * We read only the prices; a coin DefiLlama does not know is simply missing from `coins`.
 */
export const LlamaPricePointRaw = z.object({ timestamp: z.number().check(z.int(), z.nonnegative()), price: z.number() });

export const LlamaChartRaw = z.object({
  coins: z.record(z.string(), z.object({ prices: z.array(LlamaPricePointRaw) })),
});
export type LlamaChartRaw = z.infer<typeof LlamaChartRaw>;
