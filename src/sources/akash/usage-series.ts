import { z } from "@/content/zod";
import { IsoDaySchema, SourceMetaSchema } from "@/sources/shared/series";

/**
 * The domain shape of a usage metric (leases, GPUs, dollars spent per day). Unlike a price, a usage value may be 0:
 * a network can have no GPU leased on a given day, and that is data, not a gap.
 */
export const UsagePointSchema = z.lazy(() => z.object({ date: IsoDaySchema, value: z.number().check(z.nonnegative()) }));
export type UsagePoint = z.infer<typeof UsagePointSchema>;

export const UsageUnitSchema = z.enum(["leases", "GPUs", "USD"]);
export type UsageUnit = z.infer<typeof UsageUnitSchema>;

export const UsageSeriesSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    label: z.string(),
    unit: UsageUnitSchema,
    points: z.array(UsagePointSchema).check(
      z.minLength(1),
      z.refine((pts) => pts.every((p, i) => i === 0 || (pts[i - 1]?.date ?? "") < p.date), "dates must be strictly increasing"),
    ),
    meta: SourceMetaSchema,
  }),
);
export type UsageSeries = z.infer<typeof UsageSeriesSchema>;
