/**
 * The seam between the rest of the app and the sources (README: "Layers"). Panels ask for a series id in a data mode and get query options whose
 * data is always a validated `Series`; which transport answers (embedded files, CoinGecko, DefiLlama) is decided
 * here and named in the series' own meta, never in a panel. The shell takes the catalog, the data's as-of date, the
 * SourceError type and the retry policy from here too, so nothing outside sources/ reaches into a source's files.
 */
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
    if (entry.kind === "stock") stocks = entry.last > stocks ? entry.last : stocks;
    else crypto = entry.last > crypto ? entry.last : crypto;
  }
  return { crypto, stocks };
}
