import { z } from "@/content/zod";

/**
 * The domain shapes every price source normalises into. Sample and live adapters both validate their output with
 * these schemas, so a panel never knows which transport fed it.
 */
export const IsoDaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const SourceMetaSchema = z.object({
  sourceId: z.string(),
  /** Human name: "Binance spot via RobBudaghyan/mark6". */
  sourceName: z.string(),
  /** Where an analyst can see the origin (repository file, API docs). */
  sourceUrl: z.string().check(z.minLength(1)),
  /** What was requested. */
  requestUrl: z.string(),
  /** Last day the data covers: the data's own "as of", not the fetch time. */
  asOf: IsoDaySchema,
  range: z.object({ from: IsoDaySchema, to: IsoDaySchema }),
  fetchedAt: z.string(),
  isSample: z.boolean(),
  /** Caveats that must travel with the numbers (quote currency, measure, gaps). */
  note: z.optional(z.string()),
});
export type SourceMeta = z.infer<typeof SourceMetaSchema>;

export const SeriesPointSchema = z.object({ date: IsoDaySchema, value: z.number().check(z.positive()) });
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

export const SeriesSchema = z.object({
  id: z.string(),
  ticker: z.string(),
  label: z.string(),
  /** "close" for daily closes; "open" where only opens exist (TAO before its Binance listing). */
  measure: z.enum(["close", "open"]),
  quote: z.enum(["USD", "USDT"]),
  points: z.array(SeriesPointSchema).check(
    z.minLength(1),
    z.refine((pts) => pts.every((p, i) => i === 0 || (pts[i - 1]?.date ?? "") < p.date), "dates must be strictly increasing"),
  ),
  meta: SourceMetaSchema,
});
export type Series = z.infer<typeof SeriesSchema>;

/** A series without its points: for adapters that hold the points to the contract by hand (sample prices). */
export const SeriesHeadSchema = z.omit(SeriesSchema, { points: true });
