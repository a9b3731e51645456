import type { ReactNode } from "react";
import type { Claim } from "@/content/schema";
import { Tag } from "@/ui/badges";

const testabilityLabel = {
  yes: "Testable on data",
  partly: "Partly testable",
  no: "Opinion or forecast",
} as const;

const testabilityTone = { yes: "accent", partly: "neutral", no: "neutral" } as const;

/** The report's claims for a stage, in our words, each with the numbers and figure it cites and where it stands. */
interface ClaimListProps {
  claims: readonly Claim[];
  heading?: string;
  /** The claim's verdicts, supplied by the app from the claim checks (features never import each other). */
  renderStatus?: ((claimId: string) => ReactNode) | undefined;
}

export function ClaimList({ claims, heading = "Claims", renderStatus }: ClaimListProps) {
  return (
    <div>
      <h3 className="text-base font-semibold text-ink">{heading}</h3>
      <ul aria-label={heading} className="mt-2 space-y-2">
        {claims.map((c) => (
          <li key={c.id} id={`claim-${c.id}`} className="rounded-lg border border-line bg-surface-2/60 p-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-xs font-semibold text-ink">{c.id}</span>
              <Tag tone={testabilityTone[c.testable]}>{testabilityLabel[c.testable]}</Tag>
              {c.figure ? <Tag tone="warn">{c.figure}</Tag> : null}
              {renderStatus?.(c.id)}
              <span className="text-xs text-ink-3">{c.location.section}</span>
            </div>
            <p className="mt-1 text-sm text-ink">{c.text}</p>
            {c.numbers.length > 0 ? (
              <p className="mt-1 text-xs text-ink-2">
                <span className="font-medium">Cites: </span>
                {c.numbers.join(" · ")}
              </p>
            ) : null}
            <p className="mt-1 text-xs text-ink-3">
              <span className="font-medium">How data could test it: </span>
              {c.howToTest}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
