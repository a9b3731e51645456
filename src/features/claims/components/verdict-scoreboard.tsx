import type { MouseEvent } from "react";
import type { ClaimStatus } from "@/analytics";
import type { StageId } from "@/content/schema";
import { type ClaimStageFilter as StageFilter, type ClaimStatusFilter, urlKeyOf } from "@/state/url-schema";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { plural } from "@/ui/plural";
import { type ClaimRow, useClaimResults } from "../providers/claim-results";

type Lens = "then" | "since";

export const STATUSES: readonly ClaimStatus[] = ["holds", "weakened", "broken", "no data", "not testable"];
const STATUS_FILTER: Record<ClaimStatus, ClaimStatusFilter> = {
  holds: "holds",
  weakened: "weakened",
  broken: "broken",
  "no data": "no-data",
  "not testable": "not-testable",
};
const ICON: Record<ClaimStatus, string> = { holds: "✓", weakened: "◐", broken: "✗", "no data": "∅", "not testable": "—" };
const TONE: Record<ClaimStatus, string> = {
  holds: "text-good",
  weakened: "text-warn",
  broken: "text-bad",
  "no data": "text-ink-3",
  "not testable": "text-ink-3",
};
const ROWS: { id: StageFilter; label: string }[] = [
  { id: "data", label: "Data" },
  { id: "compute", label: "Compute" },
  { id: "verification", label: "Verification" },
  { id: "provenance", label: "Provenance" },
  { id: "report-wide", label: "Report-wide" },
];
const SLICE = viewSlice(["view", "claimStage", "claimStatus", "claimLens", "claimSort"]);

const inStage = (r: ClaimRow, stage: StageFilter) =>
  stage === "all" || (stage === "report-wide" ? r.claim.stage === null : r.claim.stage === stage);
const lensOf = (r: ClaimRow, lens: Lens) => (lens === "then" ? r.atReport : r.since).status;

/** Opens the claims view filtered to one stage, status and lens: a real link, and one history entry on a plain click. */
function useFilterLink() {
  const [, setUrl] = useViewState(SLICE);
  return (stage: StageFilter, status: ClaimStatus, lens: Lens) => {
    const params = new URLSearchParams(typeof window === "undefined" ? "" : window.location.search);
    params.set("view", "claims");
    params.delete("panel");
    if (stage === "all") params.delete(urlKeyOf("claimStage"));
    else params.set(urlKeyOf("claimStage"), stage);
    params.set(urlKeyOf("claimStatus"), STATUS_FILTER[status]);
    params.set(urlKeyOf("claimLens"), lens);
    return {
      href: `?${params}`,
      onClick: (e: MouseEvent<HTMLAnchorElement>) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        void setUrl({ view: "claims", claimStage: stage, claimStatus: STATUS_FILTER[status], claimLens: lens });
        window.scrollTo({ top: 0 });
      },
    };
  };
}

/**
 * Where the report's thesis stands: how many claims hold, weaken, break, lack data or cannot be tested, as the report
 * saw it (data to its as-of date) and since (data to the latest day), in all and per stage. Every count opens the
 * claims it counts.
 */
export function VerdictScoreboard() {
  const { rows: all, asOf, latest, checking, ready } = useClaimResults();
  // Counts cover the claims whose data is in; the rest are said to be still checking (a slow live API).
  const rows = all.filter((r) => !checking.has(r.claim.id));
  const loading = rows.length === 0;
  const link = useFilterLink();
  const tally = (stage: StageFilter, status: ClaimStatus, lens: Lens) =>
    rows.filter((r) => inStage(r, stage) && lensOf(r, lens) === status).length;
  const cell = (stage: StageFilter, label: string, status: ClaimStatus, lens: Lens, big = false) => {
    // Until the checks have their data every claim reads "no data": show no count rather than a wrong one.
    if (loading)
      return (
        <span className={`text-ink-3 ${big ? "text-[13px] xl:text-xl" : ""}`} aria-hidden="true">
          …
        </span>
      );
    const n = tally(stage, status, lens);
    const when = lens === "then" ? `as the report saw it (to ${asOf})` : `since (to ${latest})`;
    const name = `${label}: ${n} ${n === 1 ? "claim" : "claims"} ${status} ${when}`;
    if (n === 0)
      return (
        <span role="img" aria-label={name} className={`tabular-nums text-ink-3 ${big ? "text-[13px] tracking-tight xl:text-xl" : ""}`}>
          0
        </span>
      );
    const l = link(stage, status, lens);
    return (
      <a
        href={l.href}
        onClick={l.onClick}
        aria-label={name}
        title={`Show the ${n} ${label === "All claims" ? "" : `${label} `}${n === 1 ? "claim" : "claims"} ${status} ${when}`}
        className={`rounded font-semibold tabular-nums underline decoration-dotted underline-offset-4 hover:bg-surface-2 ${TONE[status]} ${big ? "text-[13px] tracking-tight xl:px-0.5 xl:text-xl" : "px-0.5"}`}
      >
        {n}
      </a>
    );
  };
  return (
    <section aria-labelledby="scoreboard-title" className="min-w-0 rounded-xl border border-line bg-surface p-3 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="scoreboard-title" className="text-base font-semibold text-ink">
          {/* The count is known once the claims' code is in (a moment after the first paint). */}
          {ready ? `Where the report's ${all.length} claims stand` : "Where the report's claims stand"}
        </h2>
        {/* Always its own line: the counts' longer status would otherwise wrap under the heading when they arrive and push
            the table and the tiles below down (a layout shift). */}
        <p className="basis-full text-xs text-ink-3" aria-live="polite">
          {loading
            ? "Checking against data…"
            : checking.size > 0
              ? `${plural(checking.size, "claim")} still being checked; counts cover the other ${rows.length}`
              : `then: data to ${asOf} · since: to ${latest}`}
        </p>
      </div>
      <table className="mt-1 w-full table-fixed text-sm" aria-busy={loading}>
        <caption className="sr-only">
          Claims per verdict, as the report saw it and since; each number opens those claims in the Claims view
        </caption>
        <thead>
          <tr className="text-xs text-ink-3">
            <th scope="col" className="w-[20%] xl:w-[17%] py-1 text-left font-medium">
              <span className="sr-only">Stage</span>
            </th>
            {STATUSES.map((s) => (
              <th key={s} scope="col" className="py-1 text-center text-[11px] font-medium leading-tight xl:px-0.5 xl:text-xs">
                <span aria-hidden="true" className={TONE[s]}>
                  {ICON[s]}
                </span>{" "}
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="border-t border-line">
            <th scope="row" className="py-1.5 text-left text-xs font-semibold text-ink">
              All claims
              <span className="block font-normal text-ink-3">then → since</span>
            </th>
            {STATUSES.map((s) => (
              <td key={s} className="whitespace-nowrap py-1 text-center xl:px-0.5">
                {cell("all", "All claims", s, "then", true)}
                <span aria-hidden="true" className="px-0.5 text-ink-3">
                  →
                </span>
                {cell("all", "All claims", s, "since", true)}
              </td>
            ))}
          </tr>
          {ROWS.map((row) => (
            <tr key={row.id} className="border-t border-line">
              <th scope="row" className="truncate py-0.5 text-left text-xs font-medium text-ink-2">
                {row.label}
              </th>
              {STATUSES.map((s) => (
                <td key={s} className="whitespace-nowrap px-0.5 py-0.5 text-center text-xs">
                  {cell(row.id, row.label, s, "then")}
                  <span aria-hidden="true" className="px-0.5 text-ink-3">
                    →
                  </span>
                  {cell(row.id, row.label, s, "since")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 hidden text-xs text-ink-3 xl:block">
        "Then" judges each claim on data up to the report's as-of date; "since" re-judges claims about a period on everything after. A claim
        about a moment keeps its verdict.
      </p>
    </section>
  );
}

/** A stage's verdicts in one line, for its tile: each status with its count then → since, where there is any. */
export function StageVerdicts({ stage }: { stage: StageId }) {
  const { rows, checking, ready } = useClaimResults();
  const mine = rows.filter((r) => r.claim.stage === stage && !checking.has(r.claim.id));
  const loading = !ready || (mine.length === 0 && rows.some((r) => r.claim.stage === stage));
  const link = useFilterLink();
  const parts = STATUSES.flatMap((s) => {
    const then = mine.filter((r) => r.atReport.status === s).length;
    const since = mine.filter((r) => r.since.status === s).length;
    return then + since === 0 ? [] : [{ s, then, since }];
  });
  if (loading) return <p className="text-xs text-ink-3">Checking the claims against data…</p>;
  return (
    <ul aria-label="Verdicts, as the report saw it then since" className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      {parts.map(({ s, then, since }) => {
        const l = link(stage, s, "since");
        return (
          <li key={s} className={TONE[s]}>
            <a href={l.href} onClick={l.onClick} className="hover:underline">
              <span aria-hidden="true">{ICON[s]}</span> {s}{" "}
              <span className="tabular-nums">{then === since ? then : `${then} → ${since}`}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** How many of the report's claims are about a stage ("12 claims"), for its tile; "… claims" until the claims are in. */
export function StageClaimCount({ stage }: { stage: StageId }) {
  const { rows, ready } = useClaimResults();
  return <>{ready ? plural(rows.filter((r) => r.claim.stage === stage).length, "claim") : "… claims"}</>;
}
