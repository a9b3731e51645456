import { z } from "@/content/zod";
import { UsageSeriesSchema } from "./usage-series";

/**
 * The file `npm run snapshot` writes for each recorded series (scripts/snapshot/record.ts): the validated domain
 * series exactly as the live adapter returned it, wrapped with the format version and the moment of recording. The
 * envelope is generic (the recorder also wraps CoinGecko's `Series` in it); it lives here because Akash is the only
 * source that reads snapshots back, and would move to sources/shared when a second one does.
 */
export const SNAPSHOT_VERSION = 1;

export const snapshotEnvelopeSchema = <S extends z.ZodMiniType>(series: S) =>
  z.object({ version: z.literal(SNAPSHOT_VERSION), recordedAt: z.iso.datetime(), series });

export const AkashSnapshotRaw = snapshotEnvelopeSchema(UsageSeriesSchema);
export type AkashSnapshotRaw = z.infer<typeof AkashSnapshotRaw>;
