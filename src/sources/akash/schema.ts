import { z } from "@/content/zod";

/**
 * One day of `GET /v1/graph-data/{dataName}` or `/v1/provider-graph-data/{dataName}` on console-api.akash.network.
 * Days come as midnight-UTC timestamps ("2024-01-15T00:00:00.000Z"); the graph-data route may end with the latest
 * indexed block's own timestamp for the day in progress. Source: akash-network/console,
 * apps/api/src/dashboard/http-schemas/graph-data/graph-data.schema.ts and
 * apps/api/src/provider/http-schemas/provider-graph-data.schema.ts.
 */
export const GraphSnapshotRaw = z.object({ date: z.iso.datetime(), value: z.number() });
export type GraphSnapshotRaw = z.infer<typeof GraphSnapshotRaw>;

/** Both routes answer `{ currentValue, compareValue, snapshots }`; we read only the daily snapshots. */
export const GraphDataRaw = z.object({ snapshots: z.array(GraphSnapshotRaw) });
export type GraphDataRaw = z.infer<typeof GraphDataRaw>;
