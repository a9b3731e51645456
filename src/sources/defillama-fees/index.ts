export { fetchProtocolFees } from "./load";
export { type FeesPoint, type FeesSeries, FeesSeriesSchema, type FlaggedDay, describeFlagged } from "./fees-series";
export { FEES_PROTOCOLS, FEES_PROTOCOL_IDS, type FeesProtocol, feesProtocol } from "./protocols";
export { feesPersisted, feesQueries } from "./queries";
export { FeesSnapshotRaw, SNAPSHOT_COMMAND, feesSnapshotFile, feesSnapshotUrl, fetchFeesSnapshot } from "./snapshot";
