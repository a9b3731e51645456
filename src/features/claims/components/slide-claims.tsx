import { StatusBadge } from "@/ui/status-badge";
import { useClaimResults } from "../providers/claim-results";

const UNJUDGED = new Set(["no data", "not testable"]);

/**
 * A stage's claims at projector scale: the ones the data can judge, each in a sentence with its two verdicts, largest
 * first; the ones it cannot judge yet are named on one line rather than shown as a column of "no data" badges.
 */
export function SlideClaims({ claimIds, max = 4 }: { claimIds: readonly string[]; max?: number }) {
  const { rows, asOf, loading } = useClaimResults(claimIds);
  if (loading && rows.every((r) => UNJUDGED.has(r.atReport.status) && UNJUDGED.has(r.since.status))) {
    return <p className="text-ink-3">Checking the claims…</p>;
  }
  const judged = rows.filter((r) => !UNJUDGED.has(r.atReport.status) || !UNJUDGED.has(r.since.status));
  const shown = judged.slice(0, max);
  const unjudged = rows.filter((r) => !judged.includes(r));
  const more = judged.length - shown.length;
  return (
    <div className="space-y-[1.2vh]">
      {shown.length > 0 ? (
        <ul aria-label="Testable claims" className="space-y-[1.2vh]">
          {shown.map((r) => (
            <li key={r.claim.id}>
              <p className="leading-snug">
                <span className="font-mono text-[0.8rem] font-semibold text-ink-2">{r.claim.id}</span> {r.claim.text}
              </p>
              <span className="mt-1 inline-flex flex-wrap items-center gap-2">
                <StatusBadge status={r.atReport.status} prefix={`to ${asOf}:`} title={r.atReport.reason} />
                <StatusBadge status={r.since.status} prefix="since:" title={r.since.reason} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {more > 0 ? (
        <p className="text-ink-2">
          {more === 1 ? "1 more claim has a verdict" : `${more} more claims have verdicts`} in the dashboard's Claims overview.
        </p>
      ) : null}
      {unjudged.length > 0 ? (
        <p className="text-ink-2">
          {shown.length === 0 ? "None of this stage's testable claims can be judged on the embedded data yet" : "No data to judge"}
          {": "}
          <span className="font-mono text-[0.8rem]">{unjudged.map((r) => r.claim.id).join(", ")}</span>.
        </p>
      ) : null}
    </div>
  );
}
