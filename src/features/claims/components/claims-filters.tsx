import { CLAIM_LENSES, CLAIM_SORTS, CLAIM_STAGE_FILTERS, CLAIM_STATUS_FILTERS } from "@/state/url-schema";

type StageFilter = (typeof CLAIM_STAGE_FILTERS)[number];
type StatusFilter = (typeof CLAIM_STATUS_FILTERS)[number];
type Sort = (typeof CLAIM_SORTS)[number];
type LensFilter = (typeof CLAIM_LENSES)[number];
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
  onChange: (v: { asof?: string; cstage?: StageFilter; cstatus?: StatusFilter; clens?: LensFilter; csort?: Sort }) => void;
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

export function ClaimsFilters({ asOf, stage, status, lens, sort, onChange }: ClaimsFiltersProps) {
  const select = "rounded border border-line bg-surface px-1.5 py-0.5 text-ink";
  return (
    <div className="flex flex-wrap items-center gap-4 text-xs text-ink-2">
      <label className="inline-flex items-center gap-1.5">
        Report as of
        <input type="date" value={asOf} onChange={(e) => isDay(e.target.value) && onChange({ asof: e.target.value })} className={select} />
      </label>
      <label className="inline-flex items-center gap-1.5">
        Stage
        <select value={stage} onChange={(e) => onChange({ cstage: e.target.value as StageFilter })} className={select}>
          {CLAIM_STAGE_FILTERS.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-flex items-center gap-1.5">
        Status
        <select value={status} onChange={(e) => onChange({ cstatus: e.target.value as StatusFilter })} className={select}>
          {CLAIM_STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-flex items-center gap-1.5">
        Status read
        <select value={lens} onChange={(e) => onChange({ clens: e.target.value as LensFilter })} className={select}>
          {CLAIM_LENSES.map((l) => (
            <option key={l} value={l}>
              {LENS_LABEL.get(l)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-flex items-center gap-1.5">
        Sort
        <select value={sort} onChange={(e) => onChange({ csort: e.target.value as Sort })} className={select}>
          {CLAIM_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
