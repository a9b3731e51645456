export { SAMPLE_PRICES, fetchSampleSeries, sampleSeriesUrl } from "./adapter";
export { type SampleSeriesEntry, type SampleSeriesId, isSampleSeriesId, sampleCatalog, sampleEntry, upstreamUrl } from "./catalog";
export { samplePricesQueries } from "./queries";
