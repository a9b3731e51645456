import { readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod/mini";
import { AkashSnapshotRaw, snapshotEnvelopeSchema } from "@/sources/akash";
import { FeesSnapshotRaw } from "@/sources/defillama-fees";
import { summariseIssues } from "@/sources/shared/parse";
import { SeriesSchema, type SourceMeta } from "@/sources/shared/series";

/** A CoinGecko price or market-cap series as recorded: the live adapter's `Series` in the shared envelope. */
export const PriceSnapshotRaw = snapshotEnvelopeSchema(SeriesSchema);

/** What PROVENANCE.md says about one file, read back from the file itself. */
export interface SnapshotFileInfo {
  file: string;
  seriesId: string;
  label: string;
  points: number;
  recordedAt: string;
  meta: SourceMeta;
}

/** `value` is the envelope as the schema output it, so what is written is exactly what passed. */
export type Validated = { ok: true; info: SnapshotFileInfo; value: unknown } | { ok: false; problem: string };

interface SeriesLike {
  id: string;
  label: string;
  points: readonly unknown[];
  meta: SourceMeta;
}

/** Any snapshot envelope schema: Akash usage or a price-shaped series. */
export type EnvelopeSchema = z.ZodMiniType<{ recordedAt: string; series: SeriesLike }>;

/** Validates an envelope with `schema` and describes it; the same check guards writing and reading back. */
export function validateEnvelope(schema: EnvelopeSchema, file: string, value: unknown): Validated {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: `schema drift: ${summariseIssues(parsed.error)}` };
  const { recordedAt, series } = parsed.data;
  const info = { file, seriesId: series.id, label: series.label, points: series.points.length, recordedAt, meta: series.meta };
  return { ok: true, info, value: parsed.data };
}

/** Which envelope a file name promises: Akash usage, DefiLlama fees, else price-shaped series (prices, caps, FDV). */
export const schemaForFile = (file: string): EnvelopeSchema =>
  file.startsWith("akash-") ? AkashSnapshotRaw : file.startsWith("defillama-fees-") ? FeesSnapshotRaw : PriceSnapshotRaw;

/** Indented JSON with one line per `{ date, value }` point: readable diffs, a third of the size. */
export function formatSnapshot(value: unknown): string {
  const indented = JSON.stringify(value, null, 2);
  return `${indented.replace(/\{\s*"date": ("[^"]*"),\s*"value": ([^\s,}]+)\s*\}/g, '{ "date": $1, "value": $2 }')}\n`;
}

/**
 * Writes through a temporary file and a rename, so a crash or a full disk never leaves a half-written file where the
 * app will look for a snapshot (rename is atomic within one directory on POSIX file systems).
 */
export async function writeFileAtomic(dir: string, file: string, text: string): Promise<void> {
  const temp = join(dir, `.${file}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text, "utf8");
    await rename(temp, join(dir, file));
  } finally {
    await rm(temp, { force: true });
  }
}

/** Every snapshot file in `dir`, valid or not, sorted by name: what PROVENANCE.md must account for. */
export async function readSnapshotDir(dir: string): Promise<{ file: string; validated: Validated }[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json") && !f.startsWith(".") && f !== "manifest.json").sort();
  return Promise.all(
    files.map(async (file) => {
      try {
        const value = JSON.parse(await readFile(join(dir, file), "utf8")) as unknown;
        return { file, validated: validateEnvelope(schemaForFile(file), file, value) };
      } catch (error) {
        return { file, validated: { ok: false, problem: error instanceof Error ? error.message : String(error) } as Validated };
      }
    }),
  );
}
