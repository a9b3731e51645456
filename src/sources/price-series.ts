/**
 * The seam between panels and price sources. Panels ask for a series id in a data mode and get query options whose
 * data is always a validated `Series`; adding a live source changes this file, not the panels.
 */
import { type SampleSeriesId, sampleCatalog, samplePricesQueries } from "./sample-prices";

export type DataMode = "sample";
export type SeriesId = SampleSeriesId;

export function priceSeriesQuery(id: SeriesId, _mode: DataMode = "sample") {
  return samplePricesQueries.series(id);
}

export { type SampleSeriesEntry as SeriesEntry, sampleCatalog as seriesCatalog, sampleEntry as seriesEntry } from "./sample-prices";
export type { Series, SeriesPoint, SourceMeta } from "./shared/series";
export { SourceError, isSourceError } from "./shared/source-error";

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
