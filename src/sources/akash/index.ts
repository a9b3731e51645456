export { AKASH_API_BASE, fetchAkashSeries } from "./adapter";
export { AKASH_METRICS, type AkashMetric } from "./metrics";
export { akashQueries } from "./queries";
export { akashSnapshotFile, fetchAkashSnapshot } from "./snapshot";
export { AkashSnapshotRaw, SNAPSHOT_VERSION, snapshotEnvelopeSchema } from "./snapshot-schema";
export type { UsageSeries } from "./usage-series";
