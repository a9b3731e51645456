import { useQueries, useQuery } from "@tanstack/react-query";
import { type ReactNode, createContext, useCallback, useContext, useDeferredValue, useEffect, useMemo, useState } from "react";
import { CLAIM_CHECKS, type CheckInput, addDays, type CheckResult, type ClaimCheck, type Lens, checkClaim } from "@/analytics";
import { claims } from "@/content/claims";
import type { Claim } from "@/content/schema";
import { type Series, type SeriesId, priceSeriesQuery, seriesCatalog } from "@/sources/price-series";
import { AKASH_METRICS, akashQueries } from "@/sources/akash";
import { NotRecordedError, demandSeriesQuery, isDemandId, recordedAkashQuery } from "@/sources/demand-series";
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
const NEEDS = new Map<string, readonly string[]>();
for (const c of CLAIM_CHECKS) for (const id of c.claimIds) NEEDS.set(id, [...(NEEDS.get(id) ?? []), ...c.needs]);
const ALL_IDS: readonly string[] = claims.map((c) => c.id);
/**
 * The last day of the embedded crypto files any check reads: the sample's "latest", whichever claims are on screen
 * (stocks run later and are left out). Live mode takes it from the series it has loaded.
 */
const SAMPLE_LATEST = seriesCatalog
  .filter((s) => s.id !== "nvda" && s.id !== "msft" && CLAIM_CHECKS.some((c) => c.needs.includes(s.id)))
  .map((s) => s.last)
  .sort()
  .at(-1);

/** What the provider shares: the checks run so far (one cache per data state), and a way to ask for more claims. */
interface Shared {
  row: (claimId: string) => ClaimRow | undefined;
  asOf: string;
  latest: string;
  loading: boolean;
  failed: { id: string; message: string }[];
  sources: Series[];
  want: (claimIds: readonly string[]) => () => void;
  /** The claims asked for so far: a claim not yet in it has not been fetched for, so it is still loading. */
  wanted: ReadonlyMap<string, number>;
}

const Ctx = createContext<Shared | null>(null);

/**
 * Runs claim checks for the claims on screen, under both lenses, for the overview, the stage panels and the slides.
 * Nothing is fetched or computed until a component asks for a claim: the page's first load pays only for the claims it
 * shows (a stage panel's few), and the sixty checks run when the overview scrolls into view. Each check runs once per
 * data state, whoever asks.
 */
export function ClaimResultsProvider({ children }: { children: ReactNode }) {
  const [{ asof }] = useViewState(SLICE);
  const { mode, live } = useDataMode();
  // Which claims are on screen, counted per claim so that one component leaving does not drop another's.
  const [wanted, setWanted] = useState<ReadonlyMap<string, number>>(() => new Map());
  const want = useCallback((ids: readonly string[]) => {
    setWanted((m) => adjust(m, ids, +1));
    return () => setWanted((m) => adjust(m, ids, -1));
  }, []);
  const needed = useMemo(() => {
    const ids = new Set<string>();
    for (const claimId of wanted.keys()) for (const id of NEEDS.get(claimId) ?? []) ids.add(id);
    return ids;
  }, [wanted]);
  const priceIds = [...needed].filter((id): id is SeriesId => CATALOG_IDS.has(id)).sort();
  const queries = useQueries({ queries: priceIds.map((id) => priceSeriesQuery(id, mode, live)) });
  const events = useQuery({ ...sampleEventsQueries.list(), enabled: wanted.size > 0 });
  // Akash usage: the Console API in live mode, what `npm run snapshot` recorded in sample mode ("no data" without it).
  const akashNeeded = [...needed].some((id) => id.startsWith("akash-"));
  const akash = useQueries({
    queries: akashNeeded ? AKASH_METRICS.map((m) => (mode === "live" ? akashQueries.series(m) : recordedAkashQuery(m))) : [],
  });
  // Fees, market caps and FDVs (`fees:akt`, `mcap:tao`, `fdv:wld`): live APIs, or the recorded snapshot in sample mode.
  const demandIds = [...needed].filter(isDemandId).sort();
  const demand = useQueries({ queries: demandIds.map((id) => demandSeriesQuery(id, mode, live)) });
  const signature = `${priceIds.join(",")}|${demandIds.join(",")}|${[...queries, ...akash, ...demand].map((q) => `${q.status}:${q.dataUpdatedAt}`).join("|")}|${events.status}:${events.dataUpdatedAt}`;

  const value = useMemo<Omit<Shared, "want" | "wanted">>(() => {
    const loaded = queries.flatMap((q) => (q.data ? [q.data] : []));
    const input: CheckInput = {
      series: Object.fromEntries([
        ...loaded.map((s) => [s.id, s.points] as const),
        ...akash.flatMap((q) => (q.data ? [[q.data.id, q.data.points] as const] : [])),
        ...demand.flatMap((q) => (q.data ? [[q.data.id, q.data.points] as const] : [])),
      ]),
      events: events.data?.events ?? [],
    };
    // "latest" is the crypto data's last day (stocks run later). It must not depend on which claims are mounted, or a
    // stage panel's usage checks would judge "since" at another date than the overview's.
    const liveDays = loaded.filter((s) => s.id !== "nvda" && s.id !== "msft").map((s) => s.meta.asOf);
    const fallback = mode === "live" ? addDays(live.today, -1) : SAMPLE_LATEST;
    const latest = [asof, ...(mode === "live" ? liveDays : []), ...(fallback ? [fallback] : [])].sort().at(-1) ?? asof;
    const then: Lens = { kind: "then", asOf: asof, latest };
    const since: Lens = { kind: "since", asOf: asof, latest };
    const cache = new Map<string, ClaimRow>();
    const byId = new Map(claims.map((c) => [c.id, c]));
    return {
      row: (claimId) => {
        const hit = cache.get(claimId);
        if (hit) return hit;
        const claim = byId.get(claimId);
        if (!claim) return undefined;
        const a = checkClaim(claim, input, then);
        const row = { claim, check: a.check, atReport: a, since: checkClaim(claim, input, since) };
        cache.set(claimId, row);
        return row;
      },
      asOf: asof,
      latest,
      // Counts wait for every series a wanted check reads, the demand and Akash ones included.
      loading: [...queries, ...akash, ...demand].some((q) => q.isPending),
      failed: [
        ...queries.flatMap((q, i) => (q.error ? [{ id: priceIds[i] ?? "?", message: q.error.message }] : [])),
        // A series the snapshot lacks is "no data" on its claim, not a failed source.
        ...demand.flatMap((q, i) =>
          q.error && !(q.error instanceof NotRecordedError) ? [{ id: demandIds[i] ?? "?", message: q.error.message }] : [],
        ),
        ...(events.error ? [{ id: "events", message: events.error.message }] : []),
      ],
      sources: loaded,
    };
  }, [signature, asof, mode, live.today]);
  // Read here, with the current `wanted`: the memo above does not re-run when only the wanted claims change.
  const eventsPending = wanted.size > 0 && events.isPending;
  const shared = useMemo(() => ({ ...value, loading: value.loading || eventsPending, want, wanted }), [value, eventsPending, want, wanted]);
  return <Ctx.Provider value={shared}>{children}</Ctx.Provider>;
}

function adjust(m: ReadonlyMap<string, number>, ids: readonly string[], by: 1 | -1): ReadonlyMap<string, number> {
  const next = new Map(m);
  for (const id of ids) {
    const n = (next.get(id) ?? 0) + by;
    if (n > 0) next.set(id, n);
    else next.delete(id);
  }
  return next;
}

/**
 * The results for `claimIds` (every claim when omitted). The checks run in a deferred render, so new data never
 * blocks a frame with sixty checks: until they have run, the previous results (or "loading") stay on screen.
 */
export function useClaimResults(claimIds: readonly string[] = ALL_IDS): ClaimResults {
  const shared = useContext(Ctx);
  if (!shared) throw new Error("useClaimResults needs ClaimResultsProvider above it");
  const key = claimIds.join(",");
  const { want } = shared;
  useEffect(() => want(claimIds), [want, key]);
  const s = useDeferredValue(shared);
  return useMemo(() => {
    const rows = claimIds.flatMap((id) => {
      const r = s.row(id);
      return r ? [r] : [];
    });
    return {
      rows,
      byId: new Map(rows.map((r) => [r.claim.id, r])),
      asOf: s.asOf,
      latest: s.latest,
      loading: s.loading || claimIds.some((id) => !s.wanted.has(id)),
      failed: s.failed,
      sources: s.sources,
    };
  }, [s, key]);
}
