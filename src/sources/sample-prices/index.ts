export { type SampleSeriesEntry, type SampleSeriesId, isSampleSeriesId, sampleCatalog, sampleEntry } from "./catalog";
export { samplePricesQueries } from "./queries";
