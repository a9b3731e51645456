import { useQueries, useQuery } from "@tanstack/react-query";
import { type ReactNode, createContext, useContext, useMemo } from "react";
import { CLAIM_CHECKS, type CheckInput, type CheckResult, type ClaimCheck, type Lens, checkClaim } from "@/analytics";
import { claims } from "@/content/claims";
import type { Claim } from "@/content/schema";
import { type Series, type SeriesId, priceSeriesQuery, seriesCatalog } from "@/sources/price-series";
import { AKASH_METRICS, akashQueries } from "@/sources/akash";
import { sampleEventsQueries } from "@/sources/sample-events";
import { useDataMode } from "@/state/use-data-mode";
import { useViewState, viewSlice } from "@/state/use-view-state";

export interface ClaimRow {
  claim: Claim;
  check: ClaimCheck | undefined;
  /** As the report saw it: data up to the as-of date. */
  atReport: CheckResult;
  since: CheckResult;
}

export interface ClaimResults {
  rows: ClaimRow[];
  byId: Map<string, ClaimRow>;
  asOf: string;
  latest: string;
  loading: boolean;
  failed: { id: string; message: string }[];
  /** Where the series behind the checks come from, for the overview's source notes. */
  sources: Series[];
}

const SLICE = viewSlice(["asof"]);
const CATALOG_IDS = new Set<string>(seriesCatalog.map((s) => s.id));
/** The price series any check reads and this data mode has; the others (Akash, Hugging Face...) stay absent. */
const NEEDED = [...new Set(CLAIM_CHECKS.flatMap((c) => c.needs))].filter((id): id is SeriesId => CATALOG_IDS.has(id));

const Ctx = createContext<ClaimResults | null>(null);

/** Runs every claim's check under both lenses once, for the overview and the stage panels alike. */
export function ClaimResultsProvider({ children }: { children: ReactNode }) {
  const [{ asof }] = useViewState(SLICE);
  const { mode, live } = useDataMode();
  const queries = useQueries({ queries: NEEDED.map((id) => priceSeriesQuery(id, mode, live)) });
  const events = useQuery(sampleEventsQueries.list());
  // Akash usage exists only in live mode; the checks that read it say "no data" otherwise.
  const akash = useQueries({ queries: mode === "live" ? AKASH_METRICS.map((m) => akashQueries.series(m)) : [] });
  const signature = `${[...queries, ...akash].map((q) => `${q.status}:${q.dataUpdatedAt}`).join("|")}|${events.status}:${events.dataUpdatedAt}`;

  const value = useMemo<ClaimResults>(() => {
    const loaded = queries.flatMap((q) => (q.data ? [q.data] : []));
    const input: CheckInput = {
      series: Object.fromEntries([
        ...loaded.map((s) => [s.id, s.points] as const),
        ...akash.flatMap((q) => (q.data ? [[q.data.id, q.data.points] as const] : [])),
      ]),
      events: events.data?.events ?? [],
    };
    // Stocks run to a later date than the crypto files; "latest" is the crypto data's last day.
    const latest = [asof, ...loaded.filter((s) => s.id !== "nvda" && s.id !== "msft").map((s) => s.meta.asOf)].sort().at(-1) ?? asof;
    const then: Lens = { kind: "then", asOf: asof, latest };
    const since: Lens = { kind: "since", asOf: asof, latest };
    const rows = claims.map((claim) => {
      const a = checkClaim(claim, input, then);
      const b = checkClaim(claim, input, since);
      return { claim, check: a.check, atReport: a, since: b };
    });
    return {
      rows,
      byId: new Map(rows.map((r) => [r.claim.id, r])),
      asOf: asof,
      latest,
      loading: queries.some((q) => q.isPending) || events.isPending,
      failed: [
        ...queries.flatMap((q, i) => (q.error ? [{ id: NEEDED[i] ?? "?", message: q.error.message }] : [])),
        ...(events.error ? [{ id: "events", message: events.error.message }] : []),
      ],
      sources: loaded,
    };
  }, [signature, asof]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useClaimResults(): ClaimResults {
  const v = useContext(Ctx);
  if (!v) throw new Error("useClaimResults needs ClaimResultsProvider above it");
  return v;
}
