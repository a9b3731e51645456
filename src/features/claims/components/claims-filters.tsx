import {
  CLAIM_LENSES as LENSES,
  CLAIM_SORTS as SORTS,
  CLAIM_STAGE_FILTERS as STAGES,
  CLAIM_STATUS_FILTERS as STATUSES,
  type ClaimLens as LensFilter,
  type ClaimSort as Sort,
  type ClaimStageFilter as StageFilter,
  type ClaimStatusFilter as StatusFilter,
} from "@/state/url-schema";
import { Select } from "@/ui/select";
const LENS_LABEL = new Map<LensFilter, string>([
  ["any", "then or since"],
  ["then", "as the report saw it"],
  ["since", "since"],
]);

const STAGE_LABEL: Record<StageFilter, string> = {
  all: "All stages",
  data: "Data",
  compute: "Compute",
  verification: "Verification",
  provenance: "Provenance & identity",
  "report-wide": "Across the report",
};
const STATUS_LABEL: Record<StatusFilter, string> = {
  all: "Any status",
  holds: "holds",
  weakened: "weakened",
  broken: "broken",
  "no-data": "no data",
  "not-testable": "not testable",
};
const SORT_LABEL: Record<Sort, string> = { id: "Report order", asof: "Status then", now: "Status now" };

interface ClaimsFiltersProps {
  asOf: string;
  stage: StageFilter;
  status: StatusFilter;
  lens: LensFilter;
  sort: Sort;
  onChange: (v: { asOf?: string; claimStage?: StageFilter; claimStatus?: StatusFilter; claimLens?: LensFilter; claimSort?: Sort }) => void;
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

export function ClaimsFilters({ asOf, stage, status, lens, sort, onChange }: ClaimsFiltersProps) {
  const select = "rounded border border-line bg-surface px-1.5 py-0.5 text-ink";
  return (
    <div className="flex flex-wrap items-center gap-4 text-xs text-ink-2">
      <label className="inline-flex items-center gap-1.5">
        Report as of
        <input type="date" value={asOf} onChange={(e) => isDay(e.target.value) && onChange({ asOf: e.target.value })} className={select} />
      </label>
      <Select label="Stage" value={stage} options={STAGES} labels={STAGE_LABEL} onChange={(claimStage) => onChange({ claimStage })} />
      <Select
        label="Status"
        value={status}
        options={STATUSES}
        labels={STATUS_LABEL}
        onChange={(claimStatus) => onChange({ claimStatus })}
      />
      <Select label="Status read" value={lens} options={LENSES} labels={LENS_LABEL} onChange={(claimLens) => onChange({ claimLens })} />
      <Select label="Sort" value={sort} options={SORTS} labels={SORT_LABEL} onChange={(claimSort) => onChange({ claimSort })} />
    </div>
  );
}
