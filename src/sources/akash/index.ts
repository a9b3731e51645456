export { AKASH, AKASH_API_BASE, akashSeriesUrl, fetchAkashSeries } from "./adapter";
export { AKASH_METRICS, type AkashMetric, type AkashMetricEntry, akashMetricOf, akashMetrics } from "./metrics";
export { akashPersisted, akashQueries, akashRequestConfig } from "./queries";
export {
  type AkashSnapshotOptions,
  type SnapshotManifest,
  SnapshotManifestRaw,
  akashSnapshotFile,
  akashSnapshotUrl,
  fetchAkashSnapshot,
  fetchSnapshotManifest,
} from "./snapshot";
export { AkashSnapshotRaw, SNAPSHOT_VERSION, snapshotEnvelopeSchema } from "./snapshot-schema";
export { type UsageSeries, UsageSeriesSchema } from "./usage-series";
