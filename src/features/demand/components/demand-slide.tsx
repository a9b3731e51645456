import type { DemandData } from "../hooks/use-demand-data";
import { useDemandView } from "../hooks/use-demand-view";
import { PriceFeesChart } from "./price-fees-chart";
import { Screener, type SortKey } from "./screener";
import { SeriesStatus } from "./series-status";

/** The demand columns: what a room can read beside the chart at 1920×1080. */
const SLIDE_COLUMNS: readonly SortKey[] = ["return", "mcap", "fdv", "pf", "growth"];

/**
 * Where every figure on the slide comes from, one clause per source with the kinds of series it gave and the latest
 * as-of among them. The deck hides the panels' source notes, so the slide says this itself.
 */
export function demandSlideSources(data: DemandData): string {
  const bySource = new Map<string, { kinds: Set<string>; asOf: string; recorded: Set<string> }>();
  for (const t of data.tokens) {
    const loaded = [
      ["prices", t.price.data],
      ["fees", t.fees.data],
      ["market caps", t.mcap.data],
      ["FDV", t.fdv.data],
    ] as const;
    for (const [kind, s] of loaded) {
      if (!s) continue;
      const entry = bySource.get(s.meta.sourceName) ?? { kinds: new Set<string>(), asOf: "", recorded: new Set<string>() };
      entry.kinds.add(kind);
      if (s.meta.asOf > entry.asOf) entry.asOf = s.meta.asOf;
      const recorded = /Recorded by npm run snapshot on (\S+?);/.exec(s.meta.note ?? "")?.[1];
      if (recorded) entry.recorded.add(recorded.slice(0, 10));
      bySource.set(s.meta.sourceName, entry);
    }
  }
  if (bySource.size === 0) return "No demand series loaded.";
  return [...bySource]
    .map(([name, e]) => {
      const recorded = e.recorded.size > 0 ? `, recorded ${[...e.recorded].sort().join(", ")}` : "";
      return `${name} (${[...e.kinds].join(", ")}; as of ${e.asOf}${recorded})`;
    })
    .join("; ");
}

/**
 * The Demand view on a slide: the chosen project's price beside its fees, and the screener, large enough for a
 * projector at 1920×1080, with the sources and as-of of what is shown (sample mode: what the snapshot recorded).
 */
export function DemandSlide({ plotHeight }: { plotHeight: number }) {
  const { data, range, selected, screener } = useDemandView();
  const isSample = data.mode === "sample";
  return (
    <div className="flex h-full flex-col gap-[1vh]">
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_auto] gap-[2vw]">
        {selected ? (
          <div className="min-w-0 [&_figure_h3]:sr-only">
            <PriceFeesChart data={selected} range={range} isSample={isSample} height={plotHeight} />
            <SeriesStatus what={`${selected.token.name} fees`} slot={selected.fees} />
          </div>
        ) : null}
        <section aria-label="Screener" className="min-w-0 [&_table]:min-w-0">
          <Screener {...screener} columns={SLIDE_COLUMNS} />
        </section>
      </div>
      <p data-slide-sources className="text-xs text-ink-2">
        <span className="font-semibold">Sources: </span>
        {demandSlideSources(data)}. {isSample ? "Sample mode: only what the snapshot recorded." : "Live data."} P/F: FDV (else market cap) ÷
        the last 30 days of fees × 365/30; volatility, drawdown, β and correlation are in the Demand view's screener.
      </p>
    </div>
  );
}
