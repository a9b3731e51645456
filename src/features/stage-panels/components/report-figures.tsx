import type { ReportFigure } from "@/content/schema";

/**
 * Numbers the report itself cites, shown as the report's (with who it attributes them to and when), never as
 * Mirage's measurements.
 */
export function ReportFigures({ figures, heading = "The report's figures" }: { figures: readonly ReportFigure[]; heading?: string }) {
  if (figures.length === 0) return null;
  return (
    <div>
      <h3 className="text-base font-semibold text-ink">{heading}</h3>
      <p className="text-xs text-ink-3">As printed in the report; not measured by Mirage.</p>
      <ul aria-label={heading} className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
        {figures.map((f) => (
          <li key={f.id} className="rounded-lg border border-line p-3">
            <p className="text-2xl font-semibold tabular-nums tracking-tight text-ink">{f.value}</p>
            <p className="text-sm text-ink-2">{f.label}</p>
            <p className="mt-1 text-xs text-ink-3">
              {f.attributedTo}; {f.asOf}. <span className="font-mono">{f.claimId}</span>
              {f.figure ? `, ${f.figure}` : ""}.
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
