import { queryOptions } from "@tanstack/react-query";
import type { PersistedQueries } from "@/sources/shared/persisted";
import { unwrap } from "@/sources/shared/result";
import { FeesSeriesSchema } from "./fees-series";
import { fetchProtocolFees } from "./load";
import { feesProtocol } from "./protocols";
import { fetchFeesSnapshot } from "./snapshot";

/**
 * DefiLlama recomputes daily fees once a day (its adapters run per UTC day), so an hour is fresh enough and keeps
 * requests few.
 */
const ONE_HOUR = 60 * 60_000;

export const feesQueries = {
  all: () => ["defillama-fees"] as const,
  live: (protocolId: string) =>
    queryOptions({
      queryKey: [...feesQueries.all(), "live", protocolId] as const,
      queryFn: async ({ signal }) => unwrap(await fetchProtocolFees(protocolId, { signal })),
      staleTime: ONE_HOUR,
    }),
  /** The recorded series served with the app (sample mode): part of the build, never stale. */
  snapshot: (protocolId: string) =>
    queryOptions({
      queryKey: [...feesQueries.all(), "snapshot", protocolId] as const,
      queryFn: async ({ signal }) =>
        unwrap(await fetchFeesSnapshot(protocolId, { signal, name: feesProtocol(protocolId)?.name ?? protocolId })),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

/** The live answers are kept on the device; the recorded snapshot is part of the build and loads again for free. */
export const feesPersisted: readonly PersistedQueries[] = [{ key: [...feesQueries.all(), "live"], schema: FeesSeriesSchema }];
