import {
  type ReactNode,
  Suspense,
  createContext,
  lazy,
  startTransition,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from "react";
import type { CheckResult, ClaimCheck } from "@/analytics";
import type { Claim } from "@/content/schema";
import type { Series } from "@/sources/price-series";

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
  /** False until the checks' code (claims, checks, analytics) has loaded: nothing is known yet, not even the claims. */
  ready: boolean;
  /**
   * Claims whose check still waits for a series (a slow live API behind a request budget): the rest are judged on
   * data already in, so a count can show them and say how many are still being checked.
   */
  checking: ReadonlySet<string>;
  failed: { id: string; message: string }[];
  /** Where the series behind the checks come from, for the overview's source notes. */
  sources: Series[];
}

/** What the engine (claim-engine.tsx, loaded on first use) hands the provider each time its data changes. */
export interface EngineValue {
  allIds: readonly string[];
  needs: (claimId: string) => readonly string[];
  row: (claimId: string) => ClaimRow | undefined;
  asOf: string;
  latest: string;
  loading: boolean;
  eventsPending: boolean;
  failed: { id: string; message: string }[];
  sources: Series[];
  /** Series a check reads that are still loading: a claim that needs one is still being checked. */
  pendingSeries: ReadonlySet<string>;
}

/** Wanted by a component that shows every claim (the scoreboard, the claims view): the engine expands it. */
export const ALL_CLAIMS = "*";

/** What the provider shares: the engine's value once loaded, and a way to ask for claims. */
interface Shared {
  engine: EngineValue | null;
  want: (claimIds: readonly string[]) => () => void;
  /** The claims asked for so far: a claim not yet in it has not been fetched for, so it is still loading. */
  wanted: ReadonlyMap<string, number>;
}

const Ctx = createContext<Shared | null>(null);
const NO_ROWS: ClaimRow[] = [];

/** The engine's code; the claims view and the slides load it with their own, so they rarely wait for it. */
export const loadClaimEngine = () => import("./claim-engine");
const ClaimEngine = lazy(() => loadClaimEngine().then((m) => ({ default: m.ClaimEngine })));

/**
 * Runs claim checks for the claims on screen, under both lenses, for the overview, the stage panels and the slides.
 * Nothing is loaded, fetched or computed until a component asks for a claim: then the engine's code (the claims, the
 * checks and their analytics, kept out of the first load) arrives, fetches the series those claims read, and runs each
 * check once per data state, whoever asks.
 */
export function ClaimResultsProvider({ children }: { children: ReactNode }) {
  // Which claims are on screen, counted per claim so that one component leaving does not drop another's.
  const [wanted, setWanted] = useState<ReadonlyMap<string, number>>(() => new Map());
  // In a transition: asking is the first step of work that shows later anyway (loading the engine, fetching, checking),
  // so the render it starts (the provider and every claim reader) may be interrupted rather than run as one task.
  const want = useCallback((ids: readonly string[]) => {
    startTransition(() => setWanted((m) => adjust(m, ids, +1)));
    return () => startTransition(() => setWanted((m) => adjust(m, ids, -1)));
  }, []);
  const [engine, setEngine] = useState<EngineValue | null>(null);
  const shared = useMemo(() => ({ engine, want, wanted }), [engine, want, wanted]);
  return (
    <Ctx.Provider value={shared}>
      {children}
      {wanted.size > 0 || engine !== null ? (
        <Suspense fallback={null}>
          <ClaimEngine wanted={wanted} publish={setEngine} />
        </Suspense>
      ) : null}
    </Ctx.Provider>
  );
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
export function useClaimResults(claimIds?: readonly string[]): ClaimResults {
  const shared = useContext(Ctx);
  if (!shared) throw new Error("useClaimResults needs ClaimResultsProvider above it");
  const asked = claimIds ?? [ALL_CLAIMS];
  const key = asked.join(",");
  const { want } = shared;
  useEffect(() => want(asked), [want, key]);
  const s = useDeferredValue(shared);
  return useMemo(() => {
    const e = s.engine;
    if (e === null)
      return {
        rows: NO_ROWS,
        byId: new Map(),
        asOf: "",
        latest: "",
        loading: true,
        ready: false,
        checking: new Set(claimIds ?? []),
        failed: [],
        sources: [],
      };
    const ids = claimIds ?? e.allIds;
    const wantedAll = s.wanted.has(ALL_CLAIMS);
    const isWanted = (id: string) => wantedAll || s.wanted.has(id);
    const loading = e.loading || e.eventsPending;
    const rows = ids.flatMap((id) => {
      const r = e.row(id);
      return r ? [r] : [];
    });
    return {
      rows,
      byId: new Map(rows.map((r) => [r.claim.id, r])),
      asOf: e.asOf,
      latest: e.latest,
      loading: loading || ids.some((id) => !isWanted(id)),
      ready: true,
      // Loading with no series pending means the events list is still on its way: every check waits for it.
      checking: new Set(
        ids.filter(
          (id) => (loading && e.pendingSeries.size === 0) || !isWanted(id) || e.needs(id).some((need) => e.pendingSeries.has(need)),
        ),
      ),
      failed: e.failed,
      sources: e.sources,
    };
  }, [s, key]);
}
