import { useQueries, useQuery } from "@tanstack/react-query";
import { startTransition, useEffect, useMemo, useRef } from "react";
import { addDays } from "@/analytics";
import { CLAIM_CHECKS, type CheckInput, type Lens, checkClaim } from "@/analytics/claim-checks";
import { claims } from "@/content/claims";
import { type AnySeriesId, seriesKind } from "@/content/series";
import { NotRecordedError } from "@/sources/demand-series";
import { type Series, seriesCatalog } from "@/sources/price-series";
import { seriesQuery } from "@/sources/registry";
import { sampleEventsQueries } from "@/sources/sample-events";
import { useDataMode } from "@/state/use-data-mode";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { useStaggered } from "@/ui/use-staggered";
import { ALL_CLAIMS, type ClaimRow, type EngineValue } from "./claim-results";

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

/**
 * The claim checks themselves, loaded with their data (the 60 claims, the checks and the analytics they use) once a
 * component asks for a claim: fetches the series the wanted claims read and hands the provider (claim-results.tsx) a
 * way to run each check, once per data state, whoever asks. Renders nothing.
 */
export function ClaimEngine({ wanted, publish }: { wanted: ReadonlyMap<string, number>; publish: (value: EngineValue) => void }) {
  const [{ asOf: asof }] = useViewState(SLICE);
  const { mode, live } = useDataMode();
  const needed = useMemo(() => {
    const ids = new Set<AnySeriesId>();
    const claimIds = wanted.has(ALL_CLAIMS) ? ALL_IDS : [...wanted.keys()];
    for (const claimId of claimIds) for (const id of NEEDS.get(claimId) ?? []) ids.add(id);
    return ids;
  }, [wanted]);
  // Every series a wanted check reads, from whichever source the registry names; ids no source answers stay "no data".
  const loadable = [...needed].sort().flatMap((id) => {
    const options = seriesQuery(id, mode, live);
    return options ? [{ id, options }] : [];
  });
  const ids = loadable.map((l) => l.id);
  // Started a few at a time, a task apart: a first visit asks for some thirty series, and starting every request (and
  // every observer) in one go was one long task of about 60 ms on a laptop, 250 ms on a throttled phone.
  const started = useStaggered(loadable.length, 4, mode);
  const queries = useQueries({ queries: loadable.map((l, i) => ({ ...l.options, enabled: i < started })) });
  const events = useQuery({ ...sampleEventsQueries.list(), enabled: wanted.size > 0 });
  const signature = `${ids.join(",")}|${queries.map((q) => `${q.status}:${q.dataUpdatedAt}`).join("|")}|${events.status}:${events.dataUpdatedAt}`;

  // A check reads only the series it needs: its row is kept while those (and the dates and events) are unchanged, so a
  // series arriving re-runs the checks that read it, not all sixty.
  const rowCache = useRef(new Map<string, { key: string; row: ClaimRow }>());
  const value = useMemo<Omit<EngineValue, "eventsPending">>(() => {
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
    const byId = new Map(claims.map((c) => [c.id, c]));
    const stateOf = new Map(ids.map((id, i) => [id, `${queries[i]?.status}:${queries[i]?.dataUpdatedAt}`]));
    const common = `${asof}|${latest}|${mode}|${events.status}:${events.dataUpdatedAt}`;
    const cache = rowCache.current;
    // Rows already answered for this data state: every reader asks on every render, so a hit skips the key building.
    const answered = new Map<string, ClaimRow>();
    return {
      allIds: ALL_IDS,
      needs: (claimId) => NEEDS.get(claimId) ?? [],
      row: (claimId) => {
        const known = answered.get(claimId);
        if (known) return known;
        const key = `${common}|${(NEEDS.get(claimId) ?? []).map((id) => stateOf.get(id) ?? "none").join(",")}`;
        const hit = cache.get(claimId);
        if (hit?.key === key) {
          answered.set(claimId, hit.row);
          return hit.row;
        }
        const claim = byId.get(claimId);
        if (!claim) return undefined;
        const a = checkClaim(claim, input, then);
        const row = { claim, check: a.check, atReport: a, since: checkClaim(claim, input, since) };
        cache.set(claimId, { key, row });
        answered.set(claimId, row);
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
  const full = useMemo(() => ({ ...value, eventsPending }), [value, eventsPending]);
  // Run the wanted checks before handing them over, a few at a time between yields to the browser, so sixty checks
  // (about 100 ms on a phone) never block input as one long task; the components then only read the cached rows.
  useEffect(() => {
    const ids = wanted.has(ALL_CLAIMS) ? ALL_IDS : [...wanted.keys()];
    let i = 0;
    const step = () => {
      const start = performance.now();
      while (i < ids.length && performance.now() - start < SLICE_MS) full.row(ids[i++] as string);
      if (i < ids.length) timer = setTimeout(step, 0);
      // A transition: the claims on screen re-render in slices too, not as one long task.
      else startTransition(() => publish(full));
    };
    // The first slice waits for a task of its own as well, rather than adding to the commit that brought the data.
    let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [publish, full, wanted]);
  return null;
}

/**
 * How long one slice of checks may run before the engine yields to the browser: a long task is 50 ms, a phone runs
 * about four times slower than this machine, and a slice overruns by the check it is in (up to ~3 ms here).
 */
const SLICE_MS = 4;
