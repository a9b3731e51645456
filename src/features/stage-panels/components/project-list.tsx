import { useQuery } from "@tanstack/react-query";
import type { Project } from "@/content/schema";
import { sameAssetTickers } from "@/content/tickers";
import { sampleEventsQueries } from "@/sources/sample-events";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { Tag } from "@/ui/badges";
import { seriesForProject } from "../lib/project-focus";
import { plural } from "@/ui/plural";

/** The stage's projects: the report's own first, then the peers an analyst would set beside them. */
const SLICE = viewSlice(["project", "tokens", "event", "view"]);

export function ProjectList({ projects }: { projects: readonly Project[] }) {
  const ordered = [...projects].sort((a, b) => Number(b.inReport) - Number(a.inReport));
  const [url, setUrl] = useViewState(SLICE);
  const events = useQuery(sampleEventsQueries.list());
  const selectedEvent = url.event ? events.data?.events.find((e) => e.id === url.event) : undefined;
  const namedByEvent = (p: Project) => !!p.ticker && !!selectedEvent?.tokens.some((t) => sameAssetTickers(p.ticker ?? "").includes(t));

  // Cross-filter: selecting a project puts its token on the narrative chart and narrows the events to it, in one
  // history entry, so Back undoes both.
  const select = (p: Project) => {
    const add = seriesForProject(p).filter((id) => !url.tokens.includes(id));
    void setUrl({ project: p.id, tokens: [...url.tokens, ...add] });
  };
  // Two controls: one selects or clears, the other takes the reader to the narrative with the project selected.
  const toggle = (p: Project) => (url.project === p.id ? void setUrl({ project: null }) : select(p));
  // Opens the Narrative view with the project selected, in one history entry (Back returns to this stage).
  const showInNarrative = (p: Project) => {
    const add = seriesForProject(p).filter((id) => !url.tokens.includes(id));
    void setUrl({ project: p.id, tokens: [...url.tokens, ...add], view: "narrative" });
    window.scrollTo({ top: 0 });
  };
  return (
    <div>
      <h3 className="text-base font-semibold text-ink">Projects</h3>
      <p className="text-xs text-ink-3">
        {projects.filter((p) => p.inReport).length} named in the report, {plural(projects.filter((p) => !p.inReport).length, "peer")} not in
        it.
      </p>
      <ul aria-label="Projects" className="mt-2 divide-y divide-line">
        {ordered.map((p) => (
          <li key={p.id} className={`py-2 ${url.project === p.id ? "-mx-2 rounded-md bg-surface-2 px-2 ring-2 ring-accent" : ""}`}>
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
              {namedByEvent(p) ? <Tag tone="warn">Named by the selected event</Tag> : null}
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
            {/* Compact by default: the report's view (or why a peer is here) and the token's history open on demand. */}
            <details className="group mt-0.5 text-sm">
              <summary className="cursor-pointer text-xs font-medium text-accent hover:underline">
                {p.inReport ? "The report's view" : "Why it is here"}
                {p.tokenNote ? " and a note on the token" : ""}
              </summary>
              <p className="mt-0.5 text-ink-3">{p.reportView}</p>
              {p.tokenNote ? <p className="mt-0.5 text-xs text-warn">{p.tokenNote}</p> : null}
            </details>
            <div className="mt-1 flex flex-wrap items-center gap-x-3 text-xs">
              <button
                type="button"
                aria-label={url.project === p.id ? `Clear selection of ${p.name}` : `Select ${p.name}`}
                onClick={() => toggle(p)}
                className="font-semibold text-accent underline"
              >
                {url.project === p.id ? "Clear selection" : "Select"}
              </button>
              {seriesForProject(p).length > 0 ? (
                <button
                  type="button"
                  aria-label={`Show in the narrative: ${p.name}`}
                  onClick={() => showInNarrative(p)}
                  className="font-semibold text-accent underline"
                >
                  Show in the narrative
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
