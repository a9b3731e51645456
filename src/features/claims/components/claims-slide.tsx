import { StatusBadge } from "@/ui/status-badge";
import { useClaimResults } from "../providers/claim-results";

/** The claim checks at projector scale: every claim with a check, its verdict then and now, and the numbers. */
export function ClaimsSlide() {
  const { rows, asOf, latest } = useClaimResults();
  const checked = rows.filter((r) => r.check);
  return (
    <table className="w-full text-left text-[0.8rem]">
      <caption className="sr-only">
        Claims with a data check: verdict to {asOf} and to {latest}
      </caption>
      <thead className="text-ink-3">
        <tr>
          <th scope="col" className="pb-1 font-medium">
            Claim
          </th>
          <th scope="col" className="pb-1 font-medium">
            To {asOf}
          </th>
          <th scope="col" className="pb-1 font-medium">
            To {latest}
          </th>
          <th scope="col" className="pb-1 font-medium">
            What the data shows
          </th>
        </tr>
      </thead>
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
