import { z } from "@/content/zod";

/**
 * GET https://api.llama.fi/summary/fees/{slug}?dataType=dailyFees — DefiLlama's keyless "summary" of one protocol's
 * (or chain's) fees. We read only the daily chart: `totalDataChart`, an array of `[unix seconds at 00:00 UTC, USD]`
 * pairs, one per day (DefiLlama/docs and the API's clients, see README.md). `name` is only used to say which listing
 * answered. Values may be negative: some adapters subtract withdrawals (dimension-adapters fees/aethir/index.ts), so
 * the schema accepts any finite number and the adapter flags what is not plausible.
 */
const DayValueRaw = z.tuple([z.number().check(z.int(), z.nonnegative()), z.number()]);

export const FeesSummaryRaw = z.object({
  name: z.optional(z.string()),
  totalDataChart: z.array(DayValueRaw),
});
export type FeesSummaryRaw = z.infer<typeof FeesSummaryRaw>;
