import type { ReactNode } from "react";
import { claims } from "@/content/claims";
import type { ClaimSection } from "@/content/schema";
import { Panel } from "@/ui/panel";
import { ClaimList } from "./claim-list";
import { plural } from "@/ui/plural";

const GROUPS: readonly { section: ClaimSection; title: string }[] = [
  { section: "NARR", title: "Trading the AI narrative" },
  { section: "TREND", title: "Main AI trends" },
  { section: "SCOPE", title: "Scoping the opportunity" },
  { section: "CONCL", title: "Conclusion" },
];

/** The claims that belong to no single stage: trends, scope, the trading narrative and the conclusion. */
export function ReportWideClaims({ renderClaimStatus }: { renderClaimStatus?: (claimId: string) => ReactNode }) {
  return (
    <Panel
      title="Across the report"
      subtitle="Claims that belong to no single stage: the trends, the scope, the trading narrative and the conclusion"
      anchor="report-wide"
    >
      <div className="space-y-3">
        {GROUPS.map((g) => {
          const group = claims.filter((c) => c.section === g.section);
          return (
            <details key={g.section} className="rounded-lg border border-line" open={g.section === "NARR"}>
              <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-ink">
                {g.title} <span className="font-normal text-ink-3">({plural(group.length, "claim")})</span>
              </summary>
              <div className="px-3 pb-3">
                <ClaimList claims={group} heading={`${g.title} claims`} renderStatus={renderClaimStatus} />
              </div>
            </details>
          );
        })}
      </div>
    </Panel>
  );
}
