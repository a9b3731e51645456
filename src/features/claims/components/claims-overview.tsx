import type { ClaimStatus } from "@/analytics";
import type { CLAIM_SORTS } from "@/state/url-schema";
import { report } from "@/content/report";
import { MAX_VALUE_LENGTH } from "@/state/parsers";
import { useViewState, viewSlice } from "@/state/use-view-state";
import type { ExportTable } from "@/ui/export/csv";
import { useRegisterExport } from "@/ui/export/export-context";
import { Panel } from "@/ui/panel";
import { Sparkline } from "@/ui/sparkline";
import { StatusBadge } from "@/ui/status-badge";
import { type ClaimRow, useClaimResults } from "../providers/claim-results";
import { ClaimsFilters } from "./claims-filters";

const SLICE = viewSlice(["asOf", "claimStage", "claimStatus", "claimSort", "claimLens", "claimOpen"]);
const ORDER: Record<ClaimStatus, number> = { broken: 0, weakened: 1, holds: 2, "no data": 3, "not testable": 4 };
const SECTION_LABEL: Record<string, string> = { TREND: "Trends", SCOPE: "Scope", NARR: "Narrative", CONCL: "Conclusion" };
const STAGE_LABEL: Record<string, string> = {
  data: "Data",
  compute: "Compute",
  verification: "Verification",
  provenance: "Provenance & identity",
};

const stageOf = (r: ClaimRow) => (r.claim.stage ? STAGE_LABEL[r.claim.stage] : SECTION_LABEL[r.claim.section]) ?? r.claim.section;

/** Every claim of the report with its verdict then and now, the numbers both rest on, and where each comes from. */
export function ClaimsOverview() {
  const [url, setUrl] = useViewState(SLICE);
  const { rows, asOf, latest, loading, failed, sources, ready } = useClaimResults();
  // The expanded rows live in the URL (`copen=`), so Copy link and a saved view open them expanded. Opening one is a
  // disclosure, not a new view: it replaces the history entry. The oldest fall out when the list would be too long.
  const expanded = new Set(url.claimOpen);
  const toggle = (id: string) => {
    const next = url.claimOpen.includes(id) ? url.claimOpen.filter((x) => x !== id) : [...url.claimOpen, id];
    while (next.join(".").length > MAX_VALUE_LENGTH) next.shift();
    void setUrl({ claimOpen: next }, { history: "replace" });
  };
  const statusWord = url.claimStatus.replace("-", " ");
  const shown = rows
    .filter(
      (r) => url.claimStage === "all" || (url.claimStage === "report-wide" ? r.claim.stage === null : r.claim.stage === url.claimStage),
    )
    .filter(
      (r) =>
        url.claimStatus === "all" ||
        (url.claimLens !== "since" && r.atReport.status === statusWord) ||
        (url.claimLens !== "then" && r.since.status === statusWord),
    )
    .sort((a, b) =>
      url.claimSort === "asof"
        ? ORDER[a.atReport.status] - ORDER[b.atReport.status]
        : url.claimSort === "now"
          ? ORDER[a.since.status] - ORDER[b.since.status]
          : 0,
    );
  const exportTable = (): ExportTable => ({
    columns: [
      "id",
      "claim",
      "stage",
      "cites",
      "figure",
      `status to ${asOf}`,
      `reason to ${asOf}`,
      `status to ${latest}`,
      `reason to ${latest}`,
      "thresholds",
      "where in the report",
    ],
    rows: shown.map((r) => [
      r.claim.id,
      r.claim.text,
      stageOf(r),
      r.claim.numbers.join("; "),
      r.claim.figure ?? "",
      r.atReport.status,
      r.atReport.reason,
      r.since.status,
      r.since.reason,
      r.check?.thresholds ?? "",
      `${r.claim.location.section}, lines ${r.claim.location.lines} of the translation`,
    ]),
    sources: [`${report.title} (${report.publisher}, ${report.publishedApprox}); checks on the data mode's price series and events`],
    asOf: latest,
    isSample: !sources.some((s) => !s.meta.isSample),
  });
  const counts = (lens: "atReport" | "since") =>
    (["holds", "weakened", "broken", "no data", "not testable"] as const)
      .map((s) => `${rows.filter((r) => r[lens].status === s).length} ${s}`)
      .join(", ");

  return (
    <Panel
      exportable
      title="Claims overview"
      anchor="claims"
      subtitle={
        ready
          ? `Does each of the report's ${rows.length} claims hold on the data? As the report saw it (data to ${asOf}) and since (data to ${latest}).`
          : "Does each of the report's claims hold on the data? Loading the checks…"
      }
    >
      <RegisterExport getter={exportTable} />
      <ClaimsFilters
        asOf={url.asOf}
        stage={url.claimStage}
        status={url.claimStatus}
        lens={url.claimLens}
        sort={url.claimSort}
        onChange={(v) => void setUrl(v)}
      />
      <p className="mt-2 text-xs text-ink-3">
        Then: {counts("atReport")}. Since: {counts("since")}. {loading ? "Loading data…" : ""}
      </p>
      {failed.length > 0 ? (
        <p role="alert" className="mt-2 rounded border border-bad/40 bg-bad-bg p-2 text-sm">
          Some data could not be loaded, so the checks that need it say "no data": {failed.map((f) => `${f.id} (${f.message})`).join("; ")}
        </p>
      ) : null}
      <div className="mt-3 max-h-[calc(100vh-15rem)] min-h-80 overflow-auto rounded-lg border border-line" data-scroll-list>
        <table className="w-full min-w-[52rem] table-fixed text-left text-xs">
          <caption className="sr-only">
            The report's claims, one per row, with the verdict as the report saw it and since and the key number; expand a row for the
            evidence
          </caption>
          <colgroup>
            <col className="w-8" />
            <col className="w-24" />
            <col className="w-28" />
            <col />
            <col className="w-32" />
            <col className="w-32" />
            <col className="w-56" />
          </colgroup>
          <thead className="sticky top-0 z-10 bg-surface-2 text-ink-2 shadow-[0_1px_0_var(--line)]">
            <tr>
              <th scope="col" className="px-1 py-1.5">
                <span className="sr-only">Details</span>
              </th>
              <SortHeader label="Claim" sort="id" current={url.claimSort} onSort={(claimSort) => void setUrl({ claimSort })} />
              <th scope="col" className="px-1 py-1.5 font-semibold">
                Stage
              </th>
              <th scope="col" className="px-1 py-1.5 font-semibold">
                What the report says
              </th>
              <SortHeader
                label={`Then (to ${asOf})`}
                sort="asof"
                current={url.claimSort}
                onSort={(claimSort) => void setUrl({ claimSort })}
              />
              <SortHeader
                label={`Since (to ${latest})`}
                sort="now"
                current={url.claimSort}
                onSort={(claimSort) => void setUrl({ claimSort })}
              />
              <th scope="col" className="px-1 py-1.5 font-semibold">
                Key number: report vs data
              </th>
            </tr>
          </thead>
          {shown.map((r) => (
            <ClaimRowView key={r.claim.id} row={r} stage={stageOf(r)} open={expanded.has(r.claim.id)} onToggle={() => toggle(r.claim.id)} />
          ))}
        </table>
        {shown.length === 0 ? <p className="p-3 text-sm text-ink-3">No claim matches these filters.</p> : null}
      </div>
    </Panel>
  );
}

/** Registers the overview's rows with the panel's "Download CSV" (the hook must run inside the panel). */
function RegisterExport({ getter }: { getter: () => ExportTable }) {
  useRegisterExport(getter);
  return null;
}

type Sort = (typeof CLAIM_SORTS)[number];

/** A column header that sorts the grid by it (in the URL, so the order travels with a link). */
function SortHeader({ label, sort, current, onSort }: { label: string; sort: Sort; current: Sort; onSort: (s: Sort) => void }) {
  const active = current === sort;
  return (
    <th scope="col" aria-sort={active ? "ascending" : "none"} className="px-1 py-1.5">
      <button type="button" onClick={() => onSort(sort)} className="font-semibold hover:text-accent">
        {label}
        <span aria-hidden="true" className={active ? "text-accent" : "text-ink-3"}>
          {active ? " ▲" : " ↕"}
        </span>
      </button>
    </th>
  );
}

/** One claim: a dense row, and when expanded its evidence, sparkline, thresholds, reasons and place in the report. */
function ClaimRowView({ row: r, stage, open, onToggle }: { row: ClaimRow; stage: string; open: boolean; onToggle: () => void }) {
  const key = r.atReport.evidence[0] ?? r.since.evidence[0];
  const detailsId = `claim-details-${r.claim.id}`;
  const sameReason = r.since.reason === r.atReport.reason;
  return (
    <tbody className="border-t border-line">
      <tr className={`align-top ${open ? "bg-surface-2" : "hover:bg-surface-2"}`}>
        <td className="px-1 py-1">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={`${open ? "Hide" : "Show"} the evidence for ${r.claim.id}`}
            onClick={onToggle}
            className="h-6 w-6 rounded text-ink-2 hover:bg-surface hover:text-ink"
          >
            <span aria-hidden="true">{open ? "▾" : "▸"}</span>
          </button>
        </td>
        <th scope="row" className="px-1 py-1.5 font-mono font-semibold text-ink">
          {r.claim.id}
        </th>
        <td className="px-1 py-1.5 text-ink-2">{stage}</td>
        <td className="px-1 py-1.5 text-ink">
          <span className={open ? "" : "line-clamp-2"}>{r.claim.text}</span>
        </td>
        <td className="px-1 py-1.5" title={r.atReport.reason}>
          <StatusBadge status={r.atReport.status} />
        </td>
        <td className="px-1 py-1.5" title={r.since.reason}>
          <StatusBadge status={r.since.status} />
        </td>
        <td className="px-1 py-1.5 text-ink-2">
          {key ? (
            <span className="line-clamp-2">
              <span className="text-ink-3">{key.label}:</span> {key.report} vs {key.data}
            </span>
          ) : (
            <span className="text-ink-3">{r.claim.numbers[0] ?? "–"}</span>
          )}
        </td>
      </tr>
      {open ? (
        <tr id={detailsId} className="bg-surface-2">
          <td />
          <td colSpan={6} className="px-1 pb-3">
            <div className="grid gap-3 md:grid-cols-2">
              <div className="space-y-1">
                <p>
                  <span className="font-semibold text-ink">As the report saw it: </span>
                  {r.atReport.reason}
                </p>
                <p>
                  <span className="font-semibold text-ink">Since: </span>
                  {sameReason ? "the same reasoning holds on the later data." : r.since.reason}
                </p>
                {r.check ? (
                  <p className="text-ink-3">
                    <span className="font-semibold text-ink-2">Thresholds: </span>
                    {r.check.thresholds}
                  </p>
                ) : null}
                <p className="text-ink-3">
                  Cites: {r.claim.numbers.join(" · ") || "no figure"}
                  {r.claim.figure ? ` (${r.claim.figure})` : ""}. In the report: {r.claim.location.section}.
                </p>
              </div>
              <div>
                {r.atReport.evidence.length > 0 ? (
                  <ul className="space-y-0.5">
                    {r.atReport.evidence.map((e) => (
                      <li key={e.label}>
                        <span className="text-ink-3">{e.label}:</span> report {e.report}; data {e.data}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-ink-3">No evidence from data for this claim.</p>
                )}
                {r.atReport.sparkline.length > 1 ? (
                  <Sparkline values={r.atReport.sparkline.map((p) => p.value)} width={240} height={40} />
                ) : null}
                {r.check && r.check.needs.length > 0 ? (
                  <p className="mt-1 text-ink-3">
                    Data: {r.check.needs.slice(0, 8).join(", ")}
                    {r.check.needs.length > 8 ? "…" : ""}
                  </p>
                ) : null}
              </div>
            </div>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}
