import type { Project } from "@/content/schema";
import { Tag } from "@/ui/badges";

/** The stage's projects: the report's own first, then the peers an analyst would set beside them. */
export function ProjectList({ projects }: { projects: readonly Project[] }) {
  const ordered = [...projects].sort((a, b) => Number(b.inReport) - Number(a.inReport));
  return (
    <div>
      <h3 className="text-base font-semibold text-ink">Projects</h3>
      <p className="text-xs text-ink-3">
        {projects.filter((p) => p.inReport).length} named in the report, {projects.filter((p) => !p.inReport).length} peers not in it.
      </p>
      <ul aria-label="Projects" className="mt-2 divide-y divide-line">
        {ordered.map((p) => (
          <li key={p.id} className="py-2">
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <a href={p.homepage} target="_blank" rel="noreferrer" className="font-semibold text-ink hover:text-accent hover:underline">
                {p.name}
              </a>
              {p.ticker ? (
                <span className="font-mono text-xs text-ink-2">{p.ticker}</span>
              ) : (
                <span className="text-xs text-ink-3">no token</span>
              )}
              {p.inReport ? <Tag tone="accent">In the report</Tag> : <Tag>Peer</Tag>}
              {p.coingeckoId ? (
                <span
                  className="font-mono text-[11px] text-ink-3"
                  title={p.coingeckoIdConfirmed ? "CoinGecko id" : "CoinGecko id, unconfirmed"}
                >
                  cg:{p.coingeckoId}
                  {p.coingeckoIdConfirmed ? "" : " (unconfirmed)"}
                </span>
              ) : null}
            </div>
            <p className="mt-0.5 text-sm text-ink-2">{p.what}</p>
            <p className="mt-0.5 text-sm text-ink-3">
              <span className="font-medium text-ink-2">{p.inReport ? "Report's view: " : "Why here: "}</span>
              {p.reportView}
            </p>
            {p.tokenNote ? <p className="mt-0.5 text-xs text-warn">{p.tokenNote}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
