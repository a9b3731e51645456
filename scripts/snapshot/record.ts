import { mkdir } from "node:fs/promises";
import { addDays } from "@/analytics";
import { type AkashMetric, AkashSnapshotRaw, SNAPSHOT_VERSION, akashSnapshotFile, fetchAkashSeries } from "@/sources/akash";
import { fdvSeries, fetchCoinSupply, fetchMarketChart } from "@/sources/coingecko";
import { FEES_PROTOCOLS, FeesSnapshotRaw, feesSnapshotFile, fetchProtocolFees } from "@/sources/defillama-fees";
import { LIVE_COINGECKO_IDS, LIVE_HISTORY_DAYS } from "@/sources/live-prices/catalog";
import { isSampleSeriesId, sampleEntry } from "@/sources/sample-prices/catalog";
import { type Result, ok } from "@/sources/shared/result";
import {
  type EnvelopeSchema,
  PriceSnapshotRaw,
  type SnapshotFileInfo,
  formatSnapshot,
  readSnapshotDir,
  validateEnvelope,
  writeFileAtomic,
} from "./files";
import { renderProvenance } from "./provenance";

/** The Akash usage the report plots (Figures 3 and 4), and the providers' GPU capacity COMPUTE-1 reads. */
export const DEFAULT_AKASH_METRICS: readonly AkashMetric[] = ["active-leases", "leased-gpus", "daily-spend-usd", "available-gpus"];
/** Every coin live mode can chart, and the tokens of the networks with DefiLlama fees (the Demand view). */
export const DEFAULT_COINS: readonly string[] = [
  ...new Set([...Object.values(LIVE_COINGECKO_IDS), ...FEES_PROTOCOLS.map((p) => p.coingeckoId)]),
];
/** Every network DefiLlama has fees for among the report's projects and peers (src/sources/defillama-fees). */
export const DEFAULT_FEES: readonly string[] = FEES_PROTOCOLS.map((p) => p.id);

export interface RecordOptions {
  outDir: string;
  /** The clock for `recordedAt`, the adapters' `fetchedAt` and CoinGecko's 365-day window. */
  now: () => Date;
  metrics?: readonly AkashMetric[];
  /** CoinGecko ids. */
  coins?: readonly string[];
  /** DefiLlama fees protocol ids. */
  fees?: readonly string[];
}

export interface SnapshotSummary {
  recordedAt: string;
  written: SnapshotFileInfo[];
  /** Valid files from earlier runs that this run did not replace. */
  kept: SnapshotFileInfo[];
  failed: { id: string; message: string }[];
}

/** One file a job feeds: the series as the live adapter returned it, and the envelope schema it must pass. */
interface RecordedSeries {
  file: string;
  series: unknown;
  schema: EnvelopeSchema;
}

/** One request to one source, yielding the files it feeds: all of them or none. */
interface Job {
  id: string;
  run: () => Promise<Result<RecordedSeries[]>>;
}

type Outcome = { written: SnapshotFileInfo[] } | { failed: { id: string; message: string } };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function akashJob(metric: AkashMetric, now: () => Date): Job {
  return {
    id: `akash-${metric}`,
    run: async () => {
      const result = await fetchAkashSeries(metric, { now });
      return result.ok ? ok([{ file: akashSnapshotFile(metric), series: result.data, schema: AkashSnapshotRaw }]) : result;
    },
  };
}

/** The names live mode gives a coin (catalog id, ticker, label), so a recorded series reads like a live one. */
function coinNames(coingeckoId: string): { seriesId: string; ticker: string; label: string } {
  const seriesId = Object.entries(LIVE_COINGECKO_IDS).find(([, id]) => id === coingeckoId)?.[0] ?? coingeckoId;
  if (isSampleSeriesId(seriesId)) {
    const entry = sampleEntry(seriesId);
    return { seriesId, ticker: entry.ticker, label: entry.label };
  }
  return { seriesId, ticker: coingeckoId.toUpperCase(), label: coingeckoId };
}

function coingeckoJob(coingeckoId: string, now: () => Date): Job {
  return {
    id: `coingecko-${coingeckoId}`,
    run: async () => {
      // Live mode's window: the past LIVE_HISTORY_DAYS days up to yesterday, the last complete UTC day.
      const today = now().toISOString().slice(0, 10);
      const range = { from: addDays(today, -(LIVE_HISTORY_DAYS - 1)), to: addDays(today, -1) };
      const result = await fetchMarketChart({ coingeckoId, ...coinNames(coingeckoId), ...range, now });
      if (!result.ok) return result;
      const files: RecordedSeries[] = [
        { file: `coingecko-${coingeckoId}.json`, series: result.data.price, schema: PriceSnapshotRaw },
        { file: `coingecko-${coingeckoId}-market-cap.json`, series: result.data.marketCap, schema: PriceSnapshotRaw },
      ];
      // FDV = each close × today's max (else total) supply; a coin without either gets no FDV file, and says why.
      const supply = await fetchCoinSupply(coingeckoId, { now });
      if (!supply.ok) return supply;
      const fdv = fdvSeries(result.data.price, supply.data);
      if (fdv) files.push({ file: `coingecko-${coingeckoId}-fdv.json`, series: fdv, schema: PriceSnapshotRaw });
      return ok(files);
    },
  };
}

function feesJob(protocolId: string, now: () => Date): Job {
  return {
    id: `defillama-fees-${protocolId}`,
    run: async () => {
      const result = await fetchProtocolFees(protocolId, { now });
      return result.ok ? ok([{ file: feesSnapshotFile(protocolId), series: result.data, schema: FeesSnapshotRaw }]) : result;
    },
  };
}

/**
 * Records every requested series through the live adapters into `outDir`, one `{ version, recordedAt, series }` file
 * per series, and rewrites `outDir/PROVENANCE.md`. A source that fails is reported in the summary and in
 * PROVENANCE.md and skipped: its earlier file, if any, stays as it was, and no partial or invalid file is written.
 */
export async function recordSnapshot({
  outDir,
  now,
  metrics = DEFAULT_AKASH_METRICS,
  coins = DEFAULT_COINS,
  fees = DEFAULT_FEES,
}: RecordOptions): Promise<SnapshotSummary> {
  const recordedAt = now().toISOString();
  await mkdir(outDir, { recursive: true });
  const jobs: Job[] = [
    ...metrics.map((m) => akashJob(m, now)),
    ...coins.map((c) => coingeckoJob(c, now)),
    ...fees.map((f) => feesJob(f, now)),
  ];

  // All at once: CoinGecko's module-level budget queues its calls at 20 a minute, Akash has no documented limit.
  const outcomes = await Promise.all(
    jobs.map(async (job): Promise<Outcome> => {
      try {
        const result = await job.run();
        if (!result.ok) {
          const { message, detail } = result.error;
          return { failed: { id: job.id, message: detail ? `${message} (${detail})` : message } };
        }
        // Validate every file of the job before writing any, so a source is recorded whole or not at all.
        const checked: { file: string; value: unknown; info: SnapshotFileInfo }[] = [];
        for (const { file, series, schema } of result.data) {
          const validated = validateEnvelope(schema, file, { version: SNAPSHOT_VERSION, recordedAt, series });
          if (!validated.ok) return { failed: { id: job.id, message: `${file}: ${validated.problem}` } };
          checked.push({ file, value: validated.value, info: validated.info });
        }
        for (const c of checked) await writeFileAtomic(outDir, c.file, formatSnapshot(c.value));
        return { written: checked.map((c) => c.info) };
      } catch (error) {
        return { failed: { id: job.id, message: `unexpected error: ${errorText(error)}` } };
      }
    }),
  );

  const written = outcomes.flatMap((o) => ("written" in o ? o.written : []));
  const failed = outcomes.flatMap((o) => ("failed" in o ? [o.failed] : []));
  const present = await readSnapshotDir(outDir);
  const files = present.flatMap(({ validated }) => (validated.ok ? [validated.info] : []));
  const invalid = present.flatMap(({ file, validated }) => (validated.ok ? [] : [{ file, problem: validated.problem }]));
  const writtenNames = new Set(written.map((w) => w.file));
  await writeFileAtomic(outDir, "PROVENANCE.md", renderProvenance({ recordedAt, files, failed, invalid }));
  // The app reads this list first, so it never asks for a file that is not there.
  await writeFileAtomic(
    outDir,
    "manifest.json",
    `${JSON.stringify({ version: 1, recordedAt, files: files.map((f) => f.file).sort() }, null, 2)}\n`,
  );
  return { recordedAt, written, kept: files.filter((f) => !writtenNames.has(f.file)), failed };
}
