import { StatusBadge } from "@/ui/status-badge";
import { useClaimResults } from "../providers/claim-results";

/** The two verdicts beside a claim in a stage panel: as the report saw it, and on the latest data. */
export function ClaimStatusPair({ claimId }: { claimId: string }) {
  const { byId, asOf, loading, ready } = useClaimResults([claimId]);
  const row = byId.get(claimId);
  if (!ready) return <span className="text-xs text-ink-3">checking…</span>;
  if (!row) return null;
  if (loading && row.check) return <span className="text-xs text-ink-3">checking…</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <StatusBadge
        status={row.atReport.status}
        prefix={`to ${asOf}:`}
        title={`${row.atReport.reason}${row.check ? ` ${row.check.thresholds}` : ""}`}
      />
      <StatusBadge status={row.since.status} prefix="since:" title={`${row.since.reason}${row.check ? ` ${row.check.thresholds}` : ""}`} />
    </span>
  );
}
