import { StatusBadge } from "@/ui/status-badge";
import { useClaimResults } from "../providers/claim-results";
import { TableHead } from "@/ui/table";

const UNJUDGED = new Set(["no data", "not testable"]);

/**
 * The claim checks at projector scale: every claim the data can judge, its verdict then and now, and the numbers; the
 * checked claims it cannot judge yet are named on one line, not tabled as rows of "no data" that ran off the slide.
 */
export function ClaimsSlide() {
  const { rows, asOf, latest, ready } = useClaimResults();
  if (!ready) return <p role="status">Loading the claim checks…</p>;
  const checked = rows.filter((r) => r.check);
  const judged = checked.filter((r) => !UNJUDGED.has(r.atReport.status) || !UNJUDGED.has(r.since.status));
  const unjudged = checked.filter((r) => !judged.includes(r));
  return (
    <div className="space-y-[1.2vh]">
      <table className="w-full text-left text-[0.8rem]">
        <caption className="sr-only">
          Claims the data can judge: verdict to {asOf} and to {latest}
        </caption>
        <TableHead cell="pb-1 font-medium" columns={["Claim", `To ${asOf}`, `To ${latest}`, "What the data shows"]} />
        <tbody>
          {judged.map((r) => (
            <tr key={r.claim.id} className="border-t border-line align-top">
              <th scope="row" className="whitespace-nowrap py-1 pr-3 font-mono font-semibold">
                {r.claim.id}
              </th>
              <td className="py-1 pr-3">
                <StatusBadge status={r.atReport.status} />
              </td>
              <td className="py-1 pr-3">
                <StatusBadge status={r.since.status} />
              </td>
              <td className="py-1 text-[0.7rem] text-ink-2">{r.atReport.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unjudged.length > 0 ? (
        <p className="text-[0.7rem] text-ink-2">
          No data to judge yet ({unjudged.length === 1 ? "1 claim" : `${unjudged.length} claims`}; the Claims overview says what each
          needs): <span className="font-mono">{unjudged.map((r) => r.claim.id).join(", ")}</span>.
        </p>
      ) : null}
    </div>
  );
}
