/**
 * The seam between the rest of the app and the sources (README: "Layers"). Panels ask for a series id in a data mode and get query options whose
 * data is always a validated `Series`; which transport answers (embedded files, CoinGecko, DefiLlama) is decided
 * here and named in the series' own meta, never in a panel. The shell takes the catalog, the data's as-of date, the
 * SourceError type and the retry policy from here too, so nothing outside sources/ reaches into a source's files.
 */
import { type DayRange, type ValueMode, buildFrame, dayToMs } from "@/analytics";
import { tradesOnExchangeDays } from "@/content/series";
import type { FrameInput } from "@/analytics";
import type { Series } from "./shared/series";
import { hasLiveSource, livePricesQueries } from "./live-prices";
import { type SampleSeriesId, sampleCatalog, sampleEntry, samplePricesQueries } from "./sample-prices";

export type DataMode = "sample" | "live";
export type SeriesId = SampleSeriesId;

export interface LiveParams {
  today: string;
  apiKey: string;
  refreshMs: number;
}

/** Live mode uses a live source where one exists; the rest (stocks, historical-only files) stay sample, marked. */
export function priceSeriesQuery(id: SeriesId, mode: DataMode = "sample", live?: LiveParams) {
  if (mode === "live" && live && hasLiveSource(id)) {
    const entry = sampleEntry(id);
    return livePricesQueries.series({ seriesId: id, ticker: entry.ticker, label: entry.label, ...live });
  }
  return samplePricesQueries.series(id);
}

export { type SampleSeriesEntry as SeriesEntry, sampleCatalog as seriesCatalog, sampleEntry as seriesEntry } from "./sample-prices";
export { type Series, type SeriesPoint, type SourceMeta, SeriesSchema, SourceMetaSchema } from "./shared/series";
export { SourceError, isSourceError } from "./shared/source-error";
/** How the app's query client retries any source: Retry-After first, then backoff with jitter; never schema drift. */
export { retryDelayMs, shouldRetrySource } from "./shared/retry";

/** The last day of embedded data, per asset kind: the sample mode's "as of". */
export function dataAsOf(): { crypto: string; stocks: string } {
  let crypto = "";
  let stocks = "";
  for (const entry of sampleCatalog) {
    if (entry.kind !== "token") stocks = entry.last > stocks ? entry.last : stocks;
    else crypto = entry.last > crypto ? entry.last : crypto;
  }
  return { crypto, stocks };
}

/** A series that continues under a new ticker: Render's RNDR (Yahoo, to 2024-07-13) became RENDER (Binance). */
export const CONTINUES_AS: Partial<Record<SeriesId, SeriesId>> = { rndr: "render" };
const CONTINUED = new Set(Object.values(CONTINUES_AS));

/** What a chart draws of one or two series: the frame input, and the series it came from (for labels and sources). */
export interface ChartSeries {
  input: FrameInput;
  /** The series drawn, and its continuation when joined. */
  series: Series;
  continuation?: Series;
  label: string;
}

/**
 * Turns the shown series into the frame builder's inputs: a stock's line joins one trading day to the next (at most
 * five days apart); a series with a later ticker is joined to it (RNDR → RENDER, seam marked, gap left open), and the
 * later ticker is not drawn again on its own. `available` holds every loaded series, so RENDER joins RNDR even when
 * only RNDR is toggled on.
 */
export function chartSeries(shown: readonly Series[], available: ReadonlyMap<string, Series>): ChartSeries[] {
  const ids = new Set(shown.map((s) => s.id));
  const out: ChartSeries[] = [];
  for (const s of shown) {
    const id = s.id as SeriesId;
    if (CONTINUED.has(id) && Object.entries(CONTINUES_AS).some(([from, to]) => to === id && ids.has(from))) continue;
    const nextId = CONTINUES_AS[id];
    const next = nextId ? available.get(nextId) : undefined;
    const stock = tradesOnExchangeDays(id);
    const base = s.measure === "open" ? `${s.ticker} (open)` : s.ticker;
    out.push({
      input: {
        key: s.id,
        points: s.points,
        ...(stock ? { maxGapDays: 5 } : {}),
        ...(next ? { continuation: { key: next.id, points: next.points } } : {}),
      },
      series: s,
      ...(next ? { continuation: next } : {}),
      label: next ? `${s.ticker} → ${next.ticker}` : base,
    });
  }
  return out;
}

/** Chart width in pixels for the frame's downsampling: the window's width, at least 320 (1600 outside a browser). */
const drawWidth = () => (typeof window === "undefined" ? 1600 : Math.max(320, window.innerWidth));

/**
 * What a price chart draws, for the narrative and the stage charts alike: the shown series joined across ticker
 * changes (chartSeries), their frame over the range in the scale asked for, the series with points in it (a
 * continuation counted as its own series), and a band over each ticker change's gap, left open.
 */
export function chartFrame(shown: readonly Series[], available: ReadonlyMap<string, Series>, range: DayRange, mode: ValueMode) {
  const joined = chartSeries(shown, available);
  const frame = buildFrame(
    joined.map((j) => j.input),
    range,
    mode,
    drawWidth(),
  );
  const inFrame = joined.filter((_, i) => (frame.series[i]?.count ?? 0) > 0);
  const drawn = inFrame.flatMap((j) => (j.continuation ? [j.series, j.continuation] : [j.series]));
  const seams = frame.series.flatMap((f, i) => {
    const j = joined[i];
    if (!f.seam || !j) return [];
    const { lastOld, firstNew } = f.seam;
    return [
      {
        t0: dayToMs(lastOld),
        t1: dayToMs(firstNew),
        label: `${j.label}: ticker change, no data between ${lastOld} and ${firstNew} (left open)`,
      },
    ];
  });
  // Each line with points in the range: what any chart draws of it (its own colour, dash and weight added by the caller).
  const plotted = frame.series.flatMap((f, index) => {
    const j = joined[index];
    if (!j || f.count === 0) return [];
    const line = { key: f.key, label: j.label, xs: f.xs, ys: f.ys, points: f.points, maxGapDays: f.maxGapDays, late: f.late };
    return [{ index, series: j.series, line: f.first ? { ...line, first: f.first } : line }];
  });
  return { joined, frame, shownInFrame: inFrame.map((j) => j.series), drawn, seams, plotted };
}

export type PriceChartFrame = ReturnType<typeof chartFrame>;
