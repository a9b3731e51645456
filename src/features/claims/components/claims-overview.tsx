import type { ClaimStatus } from "@/analytics";
import { report } from "@/content/report";
import { useViewState, viewSlice } from "@/state/use-view-state";
import type { ExportTable } from "@/ui/export/csv";
import { useRegisterExport } from "@/ui/export/export-context";
import { Panel } from "@/ui/panel";
import { Sparkline } from "@/ui/sparkline";
import { StatusBadge } from "@/ui/status-badge";
import { type ClaimRow, useClaimResults } from "../providers/claim-results";
import { ClaimsFilters } from "./claims-filters";

const SLICE = viewSlice(["asof", "cstage", "cstatus", "csort"]);
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
  const { rows, asOf, latest, loading, failed, sources } = useClaimResults();
  const statusWord = url.cstatus.replace("-", " ");
  const shown = rows
    .filter((r) => url.cstage === "all" || (url.cstage === "report-wide" ? r.claim.stage === null : r.claim.stage === url.cstage))
    .filter((r) => url.cstatus === "all" || r.atReport.status === statusWord || r.since.status === statusWord)
    .sort((a, b) =>
      url.csort === "asof"
        ? ORDER[a.atReport.status] - ORDER[b.atReport.status]
        : url.csort === "now"
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
      `${r.claim.location.section}, seed ${r.claim.location.lines}`,
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
      subtitle={`Does each of the report's ${rows.length} claims hold on the data? As the report saw it (data to ${asOf}) and since (data to ${latest}).`}
    >
      <RegisterExport getter={exportTable} />
      <ClaimsFilters asOf={url.asof} stage={url.cstage} status={url.cstatus} sort={url.csort} onChange={(v) => void setUrl(v)} />
      <p className="mt-2 text-xs text-ink-3">
        Then: {counts("atReport")}. Since: {counts("since")}. {loading ? "Loading data…" : ""}
      </p>
      {failed.length > 0 ? (
        <p role="alert" className="mt-2 rounded border border-bad/40 bg-bad-bg p-2 text-sm">
          Some data could not be loaded, so the checks that need it say "no data": {failed.map((f) => `${f.id} (${f.message})`).join("; ")}
        </p>
      ) : null}
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[64rem] text-left text-xs">
          <caption className="sr-only">The report's claims with their status as the report saw it and since, and the evidence</caption>
          <thead className="text-ink-3">
            <tr>
              <th scope="col" className="py-1 pr-2 font-medium">
                Claim
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                Stage
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                Cites
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                As the report saw it
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                Since
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                Evidence: report vs data
              </th>
              <th scope="col" className="py-1 font-medium">
                Source
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.claim.id} className="border-t border-line align-top">
                <th scope="row" className="max-w-[22rem] py-2 pr-2 font-normal text-ink">
                  <span className="font-mono font-semibold">{r.claim.id}</span> {r.claim.text}
                </th>
                <td className="py-2 pr-2">{stageOf(r)}</td>
                <td className="max-w-[10rem] py-2 pr-2">
                  {r.claim.numbers.join(" · ") || "–"}
                  {r.claim.figure ? ` (${r.claim.figure})` : ""}
                </td>
                <td className="max-w-[14rem] py-2 pr-2">
                  <StatusBadge status={r.atReport.status} />
                  <p className="mt-1 text-ink-2">{r.atReport.reason}</p>
                </td>
                <td className="max-w-[14rem] py-2 pr-2">
                  <StatusBadge status={r.since.status} />
                  <p className="mt-1 text-ink-2">{r.since.reason}</p>
                </td>
                <td className="max-w-[16rem] py-2 pr-2">
                  {r.atReport.evidence.length > 0 ? (
                    <ul className="space-y-0.5">
                      {r.atReport.evidence.map((e) => (
                        <li key={e.label}>
                          <span className="text-ink-3">{e.label}:</span> report {e.report}; data {e.data}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "–"
                  )}
                  {r.atReport.sparkline.length > 1 ? <Sparkline values={r.atReport.sparkline.map((p) => p.value)} /> : null}
                  {r.check ? <p className="mt-1 text-ink-3">{r.check.thresholds}</p> : null}
                </td>
                <td className="max-w-[12rem] py-2 text-ink-3">
                  <cite className="not-italic">{report.title}</cite>, {r.claim.location.section}, seed {r.claim.location.lines}
                  {r.check && r.check.needs.length > 0
                    ? `. Data: ${r.check.needs.slice(0, 6).join(", ")}${r.check.needs.length > 6 ? "…" : ""} (embedded sample)`
                    : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="mt-2 text-sm text-ink-3">No claim matches these filters.</p> : null}
      </div>
    </Panel>
  );
}

/** Registers the overview's rows with the panel's "Download CSV" (the hook must run inside the panel). */
function RegisterExport({ getter }: { getter: () => ExportTable }) {
  useRegisterExport(getter);
  return null;
}
