import { StatusBadge } from "@/ui/status-badge";
import { useClaimResults } from "../providers/claim-results";
import { TableHead } from "@/ui/table";

/** The claim checks at projector scale: every claim with a check, its verdict then and now, and the numbers. */
export function ClaimsSlide() {
  const { rows, asOf, latest, ready } = useClaimResults();
  if (!ready) return <p role="status">Loading the claim checks…</p>;
  const checked = rows.filter((r) => r.check);
  return (
    <table className="w-full text-left text-[0.8rem]">
      <caption className="sr-only">
        Claims with a data check: verdict to {asOf} and to {latest}
      </caption>
      <TableHead cell="pb-1 font-medium" columns={["Claim", `To ${asOf}`, `To ${latest}`, "What the data shows"]} />
      <tbody>
        {checked.map((r) => (
          <tr key={r.claim.id} className="border-t border-line align-top">
            <th scope="row" className="py-1 pr-3 font-mono font-semibold">
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
  );
}
