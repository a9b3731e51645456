import { Suspense, lazy, useMemo } from "react";
import { useUiStore } from "@/state/ui-store";
import type { DayRange } from "@/analytics";
import type { ShownEvent } from "../lib/shown-events";
import type { Series } from "@/sources/price-series";
import { SampleBadge } from "@/ui/badges";
import { formatIndex, formatPct, formatPrice } from "@/ui/format";
import { SourceNote } from "@/ui/source-note";
import { BENCHMARKS, type ScaleMode } from "../config";
import { useRegisterExport } from "@/ui/export/export-context";
import { seriesExportTable } from "@/ui/export/series-table";
import { buildNarrativeView } from "../lib/build-view";
import type { Emphasis } from "../hooks/use-cross-filter";
import { EventRail } from "./event-rail";
import type { NarrativeLine } from "./narrative-chart";
import { plural } from "@/ui/plural";

const NarrativeChart = lazy(() => import("./narrative-chart"));

const PLOT_HEIGHT = 380;
/** Rows on the time axis: about one per two pixels of a wide plot; more would be invisible and slow. */
const MAX_POINTS = 300;

interface PriceChartSectionProps {
  series: readonly Series[];
  range: DayRange;
  mode: ScaleMode;
  log: boolean;
  events: readonly ShownEvent[];
  selected: ShownEvent | undefined;
  emphasis: (s: Series) => Emphasis;
  onSelect: (id: string) => void;
  /** Plot height in pixels; a slide draws taller than the dashboard. */
  plotHeight?: number;
  /** A short overview: no data table or source list (the full view carries them). */
  compact?: boolean;
}

const formats: Record<ScaleMode, (v: number) => string> = {
  rebased: formatIndex,
  pct: (v) => formatPct(v, 0),
  price: formatPrice,
};
const yLabels: Record<ScaleMode, string> = { rebased: "Index", pct: "% change", price: "Price" };

export function PriceChartSection({
  series,
  range,
  mode,
  log,
  events,
  selected,
  emphasis,
  onSelect,
  plotHeight = PLOT_HEIGHT,
  compact = false,
}: PriceChartSectionProps) {
  // Hover is ephemeral UI state: it never reaches the URL, and only this section listens to it.
  const hoveredId = useUiStore((s) => s.hoveredEventId);
  const setHoveredId = useUiStore((s) => s.setHoveredEvent);
  const view = useMemo(() => buildNarrativeView(series, range, mode, MAX_POINTS), [series, range, mode]);
  // "Download CSV" writes every day of the range, as the chart shows it, rather than the downsampled drawing.
  useRegisterExport(
    () => {
      const full = buildNarrativeView(series, range, mode, Number.POSITIVE_INFINITY);
      const shown = series.filter((s) => full.summaries.some((x) => x.id === s.id && x.points > 0));
      const units =
        mode === "price"
          ? "price per token or share (crypto USDT or USD, stocks USD)"
          : mode === "pct"
            ? "% change since each series' first day"
            : "index, each series' first day = 100";
      return seriesExportTable(full.rows, shown, mode, units);
    },
    { chart: true },
  );
  const first = view.rows[0];
  const last = view.rows[view.rows.length - 1];
  // Everything the chart and the rail receive keeps its identity while its value does not change, so their memo holds
  // on the renders that change nothing they draw (a hover, a URL flush, a change further down the panel).
  const t0 = first?.t ?? 0;
  const t1 = last?.t ?? 1;
  const domain = useMemo((): [number, number] => [t0, t1], [t0, t1]);
  const inDomain = useMemo(() => eventsInDomain(events, domain), [events, domain]);
  const hovered = inDomain.find((e) => e.id === hoveredId);
  const hoveredT = hovered ? dayMs(hovered.date) : undefined;
  const hoveredLine = useMemo(() => (hoveredT === undefined ? undefined : { t: hoveredT }), [hoveredT]);
  const selectedDay = selected && inDomain.includes(selected) ? selected.date : undefined;
  const selectedLine = useMemo(
    () => (selectedDay === undefined ? undefined : { t: dayMs(selectedDay), label: selectedDay }),
    [selectedDay],
  );
  const drawn = useMemo(() => series.filter((s) => view.summaries.some((v) => v.id === s.id && v.points > 0)), [series, view.summaries]);
  const lines = useStableJson(narrativeLines(drawn, emphasis));
  const sources = useMemo(() => drawn.map((s) => ({ label: `${s.ticker} (${s.label})`, meta: s.meta })), [drawn]);

  return (
    <figure aria-labelledby="narrative-chart-title" aria-describedby="narrative-chart-summary" className="min-w-0">
      <div className={compact ? "sr-only" : "flex items-center justify-between gap-2"}>
        <h3 id="narrative-chart-title" className="text-base font-semibold text-ink">
          AI tokens against BTC, ETH and AI stocks
        </h3>
        {compact ? null : <SampleBadge />}
      </div>
      <p className="text-xs text-ink-3">
        {compact ? (
          <span className="mr-2 align-middle">
            <SampleBadge />
          </span>
        ) : null}
        Units:{" "}
        {mode === "price"
          ? "price per token or share (crypto in USDT, stocks in USD)"
          : mode === "rebased"
            ? "index, each series' first day in the range = 100"
            : "% change since each series' first day in the range"}
        {log && mode !== "pct" ? ", log scale" : ""}. Markers under the plot are AI news events.
      </p>
      <div className="mt-2" style={{ height: plotHeight }}>
        {view.rows.length === 0 ? (
          <p className="flex h-full items-center justify-center rounded-lg bg-surface-2 text-sm text-ink-3">
            No data for the chosen series in this range.
          </p>
        ) : (
          <Suspense
            fallback={
              <div role="status" className="flex h-full items-center justify-center rounded-lg bg-surface-2 text-sm text-ink-3">
                Loading chart…
              </div>
            }
          >
            <NarrativeChart
              rows={view.rows}
              domain={domain}
              log={log && mode !== "pct"}
              height={plotHeight}
              formatValue={formats[mode]}
              yLabel={yLabels[mode]}
              selected={selectedLine}
              hovered={hoveredLine}
              lines={lines}
            />
          </Suspense>
        )}
      </div>
      <EventRail events={inDomain} domain={domain} selectedId={selected?.id ?? null} onSelect={onSelect} onHover={setHoveredId} />
      {hovered ? (
        <p className="text-xs text-ink-2" aria-hidden="true">
          {hovered.date}: {hovered.title}
        </p>
      ) : null}
      <figcaption id="narrative-chart-summary" className="mt-2 text-sm text-ink-2">
        {describe(view.summaries, first?.date, last?.date)} {plural(inDomain.length, "event")} in range.
      </figcaption>
      {compact ? null : (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-ink-3 hover:text-ink">Data table</summary>
          <table className="mt-2 w-full text-left text-xs">
            <caption className="sr-only">First and last close of each shown series in the range</caption>
            <thead className="text-ink-3">
              <tr>
                <th scope="col">Series</th>
                <th scope="col">First day</th>
                <th scope="col">Last day</th>
                <th scope="col" className="text-right">
                  Change
                </th>
                <th scope="col" className="text-right">
                  Days
                </th>
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {view.summaries.map((s) => (
                <tr key={s.id} className="border-t border-line">
                  <th scope="row" className="py-0.5 font-medium">
                    {s.ticker}
                  </th>
                  <td>{s.first ?? "no data"}</td>
                  <td>{s.last ?? "no data"}</td>
                  <td className="text-right">{s.changePct === undefined ? "–" : formatPct(s.changePct)}</td>
                  <td className="text-right">{s.points}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {compact ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-ink-3 hover:text-ink">Sources of the {drawn.length} series</summary>
          <SourceNote items={sources} />
        </details>
      ) : (
        <SourceNote items={sources} />
      )}
    </figure>
  );
}

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

function eventsInDomain(events: readonly ShownEvent[], [from, to]: [number, number]): ShownEvent[] {
  return events.filter((e) => {
    const t = dayMs(e.date);
    return t >= from && t <= to;
  });
}

function narrativeLines(drawn: readonly Series[], emphasis: (s: Series) => Emphasis): NarrativeLine[] {
  return drawn.map((s) => ({
    key: s.id,
    label: s.measure === "open" ? `${s.ticker} (open)` : s.ticker,
    color: `var(--s-${s.id})`,
    dashed: s.measure === "open",
    benchmark: BENCHMARKS.includes(s.id as (typeof BENCHMARKS)[number]),
    emphasis: emphasis(s),
    tradingDays: s.id === "nvda" || s.id === "msft",
  }));
}

/** The same object back for as long as its JSON does not change: for small specs rebuilt from scratch on every render. */
function useStableJson<T>(value: T): T {
  const json = JSON.stringify(value);
  return useMemo(() => JSON.parse(json) as T, [json]);
}

function describe(summaries: ReturnType<typeof buildNarrativeView>["summaries"], from?: string, to?: string): string {
  if (!from || !to) return "No data in the selected range.";
  const ranked = summaries.filter((s) => s.changePct !== undefined).sort((a, b) => (b.changePct ?? 0) - (a.changePct ?? 0));
  const parts = ranked.map((s) => `${s.ticker} ${formatPct(s.changePct ?? 0, 0)}`);
  const missing = summaries.filter((s) => s.changePct === undefined).map((s) => s.ticker);
  return `From ${from} to ${to}, best to worst: ${parts.join(", ")}.${missing.length ? ` No data in range: ${missing.join(", ")}.` : ""}`;
}
