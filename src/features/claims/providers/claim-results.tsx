import { useQueries, useQuery } from "@tanstack/react-query";
import { type ReactNode, createContext, useCallback, useContext, useDeferredValue, useEffect, useMemo, useState } from "react";
import { CLAIM_CHECKS, type CheckInput, addDays, type CheckResult, type ClaimCheck, type Lens, checkClaim } from "@/analytics";
import { claims } from "@/content/claims";
import type { Claim } from "@/content/schema";
import { type AnySeriesId, seriesKind } from "@/content/series";
import { type Series, seriesCatalog } from "@/sources/price-series";
import { NotRecordedError } from "@/sources/demand-series";
import { seriesQuery } from "@/sources/registry";
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
  /**
   * Claims whose check still waits for a series (a slow live API behind a request budget): the rest are judged on
   * data already in, so a count can show them and say how many are still being checked.
   */
  checking: ReadonlySet<string>;
  failed: { id: string; message: string }[];
  /** Where the series behind the checks come from, for the overview's source notes. */
  sources: Series[];
}

const SLICE = viewSlice(["asOf"]);
const NEEDS = new Map<string, readonly AnySeriesId[]>();
for (const c of CLAIM_CHECKS) for (const id of c.claimIds) NEEDS.set(id, [...(NEEDS.get(id) ?? []), ...c.needs]);
const ALL_IDS: readonly string[] = claims.map((c) => c.id);
/**
 * The last day of the embedded crypto files any check reads: the sample's "latest", whichever claims are on screen
 * (stocks run later and are left out). Live mode takes it from the series it has loaded.
 */
const SAMPLE_LATEST = seriesCatalog
  .filter((s) => s.kind === "token" && CLAIM_CHECKS.some((c) => c.needs.includes(s.id)))
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
  /** Series a check reads that are still loading: a claim that needs one is still being checked. */
  pendingSeries: ReadonlySet<string>;
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
  const [{ asOf: asof }] = useViewState(SLICE);
  const { mode, live } = useDataMode();
  // Which claims are on screen, counted per claim so that one component leaving does not drop another's.
  const [wanted, setWanted] = useState<ReadonlyMap<string, number>>(() => new Map());
  const want = useCallback((ids: readonly string[]) => {
    setWanted((m) => adjust(m, ids, +1));
    return () => setWanted((m) => adjust(m, ids, -1));
  }, []);
  const needed = useMemo(() => {
    const ids = new Set<AnySeriesId>();
    for (const claimId of wanted.keys()) for (const id of NEEDS.get(claimId) ?? []) ids.add(id);
    return ids;
  }, [wanted]);
  // Every series a wanted check reads, from whichever source the registry names; ids no source answers stay "no data".
  const loadable = [...needed].sort().flatMap((id) => {
    const options = seriesQuery(id, mode, live);
    return options ? [{ id, options }] : [];
  });
  const ids = loadable.map((l) => l.id);
  const queries = useQueries({ queries: loadable.map((l) => l.options) });
  const events = useQuery({ ...sampleEventsQueries.list(), enabled: wanted.size > 0 });
  const signature = `${ids.join(",")}|${queries.map((q) => `${q.status}:${q.dataUpdatedAt}`).join("|")}|${events.status}:${events.dataUpdatedAt}`;

  const value = useMemo<Omit<Shared, "want" | "wanted">>(() => {
    const loaded = queries.flatMap((q) => (q.data ? [q.data] : []));
    const input: CheckInput = {
      series: Object.fromEntries(loaded.map((s) => [s.id, s.points] as const)),
      events: events.data?.events ?? [],
    };
    // The price series (the ones with a kind), for "latest" and the overview's source notes.
    const prices = loaded.filter((s): s is Series => seriesKind(s.id) !== undefined);
    // "latest" is the crypto data's last day (stocks run later). It must not depend on which claims are mounted, or a
    // stage panel's usage checks would judge "since" at another date than the overview's.
    const liveDays = prices.filter((s) => seriesKind(s.id) === "token").map((s) => s.meta.asOf);
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
      // Counts wait for every series a wanted check reads.
      loading: queries.some((q) => q.isPending),
      pendingSeries: new Set(ids.filter((_, i) => queries[i]?.isPending)),
      failed: [
        // A series the snapshot lacks is "no data" on its claim, not a failed source.
        ...queries.flatMap((q, i) =>
          q.error && !(q.error instanceof NotRecordedError) ? [{ id: ids[i] ?? "?", message: q.error.message }] : [],
        ),
        ...(events.error ? [{ id: "events", message: events.error.message }] : []),
      ],
      sources: prices,
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
      // Loading with no series pending means the events list is still on its way: every check waits for it.
      checking: new Set(
        claimIds.filter(
          (id) =>
            (s.loading && s.pendingSeries.size === 0) ||
            !s.wanted.has(id) ||
            (NEEDS.get(id) ?? []).some((need) => s.pendingSeries.has(need)),
        ),
      ),
      failed: s.failed,
      sources: s.sources,
    };
  }, [s, key]);
}
