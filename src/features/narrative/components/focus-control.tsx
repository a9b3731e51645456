import type { ProjectSummary } from "@/content/project-index";
import type { Series } from "@/sources/price-series";

interface FocusControlProps {
  tokens: readonly Series[];
  project: ProjectSummary | undefined;
  onFocus: (ticker: string | null) => void;
  onClear: () => void;
}

/**
 * Focus one token: its line comes to the front, the events narrow to those about it, its project lights up above. A
 * link naming an unknown project is reported once, for every view, by the app's URL notice (state/audit-url.ts).
 */
export function FocusControl({ tokens, project, onFocus, onClear }: FocusControlProps) {
  const tickers = [...new Set(tokens.map((t) => t.ticker))];
  return (
    <div className="flex flex-wrap items-center gap-3 text-xs text-ink-2">
      <label className="inline-flex items-center gap-1.5">
        <span className="font-medium text-ink-3">Focus token</span>
        <select
          value={project?.ticker && tickers.includes(project.ticker) ? project.ticker : ""}
          onChange={(e) => onFocus(e.target.value || null)}
          className="rounded border border-line bg-surface px-1 py-0.5 text-ink"
        >
          <option value="">None</option>
          {tickers.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      {project ? (
        <span className="inline-flex items-center gap-2 rounded-full border border-accent/50 px-2 py-0.5">
          Events about {project.name}
          {project.ticker ? ` (${project.ticker})` : ""}, project highlighted in {project.stage}
          <button type="button" onClick={onClear} className="font-semibold text-accent underline">
            Clear
          </button>
        </span>
      ) : null}
    </div>
  );
}
