import { z } from "@/content/zod";
import { IsoDaySchema, SourceMetaSchema } from "@/sources/shared/series";

/**
 * The domain shape of a day-by-day demand series (fees in USD). A day of zero fees is data; negative days and days
 * above the protocol's plausible bound are not drawn: they travel beside the points in `flagged`, so a panel can say
 * how many it left out and why.
 */
export const FeesPointSchema = z.lazy(() => z.object({ date: IsoDaySchema, value: z.number().check(z.nonnegative()) }));
export type FeesPoint = z.infer<typeof FeesPointSchema>;

export const FlaggedDaySchema = z.lazy(() =>
  z.object({
    date: IsoDaySchema,
    value: z.number(),
    reason: z.enum(["negative", "above-bound"]),
  }),
);
export type FlaggedDay = z.infer<typeof FlaggedDaySchema>;

export const FeesSeriesSchema = z.lazy(() =>
  z.object({
    /** `fees:<protocol id>`. */
    id: z.string().check(z.regex(/^fees:[a-z0-9-]+$/)),
    label: z.string(),
    unit: z.literal("USD"),
    points: z.array(FeesPointSchema).check(
      z.minLength(1),
      z.refine((pts) => pts.every((p, i) => i === 0 || (pts[i - 1]?.date ?? "") < p.date), "dates must be strictly increasing"),
    ),
    flagged: z.array(FlaggedDaySchema),
    meta: SourceMetaSchema,
  }),
);
export type FeesSeries = z.infer<typeof FeesSeriesSchema>;

/** "2 days flagged" / "1 day flagged": one sentence for the panel, right for every count. */
export function describeFlagged(flagged: readonly FlaggedDay[], bound: number): string | undefined {
  if (flagged.length === 0) return undefined;
  const neg = flagged.filter((f) => f.reason === "negative").length;
  const high = flagged.length - neg;
  const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;
  const parts = [
    ...(neg > 0 ? [`${days(neg)} with negative fees`] : []),
    ...(high > 0 ? [`${days(high)} above the plausible bound of $${Math.round(bound).toLocaleString("en-US")}`] : []),
  ];
  return `Left out and not drawn: ${parts.join(" and ")} (${flagged.map((f) => f.date).join(", ")}).`;
}
