/**
 * The seam between the Demand view (and the claim checks) and the demand sources: fees per network (DefiLlama),
 * market cap and fully diluted value (CoinGecko), and prices for tokens the embedded sample lacks. Live mode asks
 * the APIs; sample mode reads only what `npm run snapshot` recorded into public/data/snapshot/, listed in its
 * manifest, and says "no data" with the command that records it for everything else. Fixture numbers never reach
 * sample mode.
 */
import { queryOptions } from "@tanstack/react-query";
import type { z } from "@/content/zod";
import { addDays } from "@/analytics";
import {
  type DemandSeriesId,
  type FeesNetworkId,
  type SeriesId,
  type ValuedTokenId,
  isPriceSeriesId,
  parseDemandId,
} from "@/content/series";
import { AkashSnapshotRaw, akashQueries, snapshotEnvelopeSchema } from "./akash";
import type { QueryClient } from "@tanstack/react-query";
import { coingeckoQueries, fdvSeries } from "./coingecko";
import { FEES_PROTOCOLS, FeesSnapshotRaw, type FlaggedDay, SNAPSHOT_COMMAND, feesQueries, feesSnapshotFile } from "./defillama-fees";
import { LIVE_COINGECKO_IDS, LIVE_HISTORY_DAYS } from "./live-prices";
import { fetchJson } from "./shared/http";
import { unwrap } from "./shared/result";
import { SeriesSchema, type SourceMeta } from "./shared/series";
import { SourceError } from "./shared/source-error";

export type DataMode = "sample" | "live";
export interface LiveParams {
  today: string;
  apiKey: string;
  refreshMs: number;
}

/** A demand-side series as panels and checks use it: dated values with their provenance. */
export interface DemandSeries {
  id: DemandSeriesId;
  label: string;
  unit: "USD";
  points: { date: string; value: number }[];
  meta: SourceMeta;
  /** Days left out as implausible (fees only); empty elsewhere. */
  flagged: FlaggedDay[];
}

/** Every token the Demand view covers: the networks DefiLlama has fees for. */
export interface DemandToken {
  id: FeesNetworkId;
  name: string;
  ticker: string;
  coingeckoId: string;
  /** Embedded sample prices for the token, where the sample has them. */
  samplePrice?: SeriesId;
}

export const DEMAND_TOKENS: readonly DemandToken[] = FEES_PROTOCOLS.map((p) => {
  const { id, name, ticker, coingeckoId } = p;
  return { id, name, ticker, coingeckoId, ...(isPriceSeriesId(id) ? { samplePrice: id } : {}) };
});

const FEES_COINS = Object.fromEntries(FEES_PROTOCOLS.map((p) => [p.id, p.coingeckoId])) as Record<FeesNetworkId, string>;

/** CoinGecko ids for every token id a demand series may name (`mcap:<id>`, `fdv:<id>`): a token missing one fails tsc. */
const DEMAND_COINGECKO_IDS: Readonly<Record<ValuedTokenId, string>> = { ...LIVE_COINGECKO_IDS, rndr: "render-token", ...FEES_COINS };

/** "No data" for sample mode, naming the file and the command that records it. */
export class NotRecordedError extends SourceError {
  constructor(file: string, what: string) {
    super({
      sourceId: "snapshot",
      sourceName: "Recorded snapshot",
      url: `data/snapshot/${file}`,
      kind: "empty",
      detail: `${file} is not in the snapshot`,
    });
    this.message = `No data: This build's snapshot has no ${what}. Run ${SNAPSHOT_COMMAND} (needs network) to record it.`;
  }
}

const base = () => {
  const b = import.meta.env.BASE_URL;
  return b.endsWith("/") ? b : `${b}/`;
};

/** Reads one recorded file if the manifest lists it; otherwise "no data" without a request. */
async function recorded<S extends z.ZodMiniType<{ recordedAt: string; series: unknown }>>(
  client: QueryClient,
  file: string,
  schema: S,
  what: string,
  signal: AbortSignal | undefined,
): Promise<z.output<S>> {
  // One manifest request for every series, through the query cache.
  const manifest = await client.fetchQuery(akashQueries.snapshotManifest());
  if (!manifest.files.includes(file)) throw new NotRecordedError(file, what);
  return unwrap(
    await fetchJson({ sourceId: "snapshot", sourceName: `Snapshot (${file})` }, `${base()}data/snapshot/${file}`, schema, { signal }),
  );
}

const recordedNote = (recordedAt: string, note: string | undefined) =>
  `Recorded by ${SNAPSHOT_COMMAND} on ${recordedAt}; not live. ${note ?? ""}`.trim();

const PriceFile = snapshotEnvelopeSchema(SeriesSchema);

/** The live CoinGecko window: the past year up to today (the adapter clamps it to complete days). */
const liveWindow = (live: LiveParams) => ({ from: addDays(live.today, -(LIVE_HISTORY_DAYS - 1)), to: live.today });

const coinFile = (cg: string, kind: "mcap" | "fdv" | "price") =>
  kind === "price" ? `coingecko-${cg}.json` : kind === "mcap" ? `coingecko-${cg}-market-cap.json` : `coingecko-${cg}-fdv.json`;

/** Query options for one demand series in a data mode; the data is always a `DemandSeries`. */
export function demandSeriesQuery(id: DemandSeriesId, mode: DataMode, live: LiveParams) {
  const parsed = parseDemandId(id);
  return queryOptions({
    queryKey: ["demand", id, mode, mode === "live" ? live.today : "", mode === "live" && live.apiKey !== ""] as const,
    queryFn: async ({ signal, client }): Promise<DemandSeries> => {
      if (!parsed) throw new Error(`unknown demand series "${id}"`);
      const { kind, token } = parsed;
      if (kind === "fees") {
        const name = FEES_PROTOCOLS.find((p) => p.id === token)?.name ?? token;
        if (mode === "live") {
          // Through the query cache, so the persisted live cache restores it after a reload.
          const s = await client.fetchQuery(feesQueries.live(token));
          return { ...s, id };
        }
        const file = feesSnapshotFile(token);
        const { recordedAt, series } = await recorded(client, file, FeesSnapshotRaw, `${name} daily fees`, signal);
        return { ...series, id, meta: { ...series.meta, isSample: true, note: recordedNote(recordedAt, series.meta.note) } };
      }
      const cg = DEMAND_COINGECKO_IDS[token];
      if (!cg) throw new Error(`no CoinGecko id for "${token}"`);
      if (mode === "live") {
        // Through the query cache: price, market cap and FDV of a coin share one market-chart request and one budget slot.
        const apiKey = live.apiKey || undefined;
        const chart = await client.fetchQuery(coingeckoQueries.marketChart({ coingeckoId: cg, ...liveWindow(live), apiKey }));
        if (kind === "price") return { ...chart.price, id, unit: "USD", flagged: [] };
        if (kind === "mcap") return { ...chart.marketCap, id, unit: "USD", flagged: [] };
        const supply = await client.fetchQuery(coingeckoQueries.supply({ coingeckoId: cg, apiKey }));
        const fdv = fdvSeries(chart.price, supply);
        if (!fdv)
          throw new SourceError({
            ...supply.meta,
            url: supply.meta.requestUrl,
            kind: "empty",
            detail: `CoinGecko gives no maximum or total supply for ${cg}: no FDV`,
          });
        return { ...fdv, id, unit: "USD", flagged: [] };
      }
      const what =
        kind === "price"
          ? `${token.toUpperCase()} price`
          : kind === "mcap"
            ? `${token.toUpperCase()} market cap`
            : `${token.toUpperCase()} fully diluted value`;
      const { recordedAt, series } = await recorded(client, coinFile(cg, kind), PriceFile, what, signal);
      return {
        ...series,
        id,
        unit: "USD",
        flagged: [],
        meta: { ...series.meta, isSample: true, note: recordedNote(recordedAt, series.meta.note) },
      };
    },
    staleTime: mode === "live" ? 5 * 60_000 : Number.POSITIVE_INFINITY,
    retry: (count, error) => !(error instanceof NotRecordedError) && !(error instanceof SourceError && !error.retryable) && count < 2,
  });
}

/** Recorded Akash usage for sample mode (COMPUTE checks): the same manifest gate and "no data" wording. */
export function recordedAkashQuery(metric: string) {
  return queryOptions({
    queryKey: ["demand", "akash-recorded", metric] as const,
    queryFn: async ({ signal, client }) => {
      const { recordedAt, series } = await recorded(client, `akash-${metric}.json`, AkashSnapshotRaw, `Akash ${metric}`, signal);
      return { ...series, meta: { ...series.meta, isSample: true, note: recordedNote(recordedAt, series.meta.note) } };
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
