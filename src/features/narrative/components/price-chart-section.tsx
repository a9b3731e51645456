import { useDeferredValue, useMemo, useRef, useState } from "react";
import { useUiStore } from "@/state/ui-store";
import { type DayRange, type TimeFrame, dayToMs, frameRows, rankByChange } from "@/analytics";
import type { ShownEvent } from "../lib/shown-events";
import { type PriceChartFrame, type Series, chartFrame } from "@/sources/price-series";
import { SampleBadge } from "@/ui/badges";
import { formatIndex, formatPct, formatPrice } from "@/ui/format";
import { SourceNote } from "@/ui/source-note";
import { BENCHMARKS, type ScaleMode } from "../config";
import { useRegisterExport } from "@/ui/export/export-context";
import { seriesExportTable } from "@/ui/export/series-table";
import { TIME_PLOT_RIGHT, TimeChart, type TimeMarker, type TimeSeriesLine } from "@/ui/time-chart";
import type { ValueKind } from "@/ui/time-axis";
import type { Emphasis } from "../hooks/use-cross-filter";
import { colourSlots } from "../lib/colour-slots";
import { EventRail } from "./event-rail";
import { plural } from "@/ui/plural";

const PLOT_HEIGHT = 380;

interface PriceChartSectionProps {
  series: readonly Series[];
  /** Every loaded series, so a shown one joins its continuation under a later ticker (RNDR → RENDER). */
  available?: ReadonlyMap<string, Series>;
  range: DayRange;
  mode: ScaleMode;
  log: boolean;
  events: readonly ShownEvent[];
  selected: ShownEvent | undefined;
  emphasis: (s: Series) => Emphasis;
  onSelect: (id: string) => void;
  /** Brushing the chart zooms to the chosen days (a history entry: Back undoes it). */
  onZoom?: (range: DayRange) => void;
  /** Plot height in pixels; a slide draws taller than the dashboard. */
  plotHeight?: number;
  /** A short overview: no data table or source list (the full view carries them). */
  compact?: boolean;
  /** Hides a series from the chart's legend: the same toggle as the series chips. Without it the legend is text. */
  onToggleSeries?: (id: string) => void;
}

const formats: Record<ScaleMode, (v: number) => string> = {
  rebased: formatIndex,
  pct: (v) => formatPct(v, 0),
  price: formatPrice,
};
const yLabels: Record<ScaleMode, string> = { rebased: "Index", pct: "% change", price: "Price" };
const kinds: Record<ScaleMode, ValueKind> = { rebased: "index", pct: "pct", price: "price" };
const NO_SERIES: ReadonlyMap<string, Series> = new Map();

export { narrativeChartState } from "./narrative-chart-state";

export function PriceChartSection({
  series: seriesNow,
  available: availableNow = NO_SERIES,
  range: rangeNow,
  mode,
  log,
  events,
  selected,
  emphasis,
  onSelect,
  onZoom,
  plotHeight = PLOT_HEIGHT,
  compact = false,
  onToggleSeries,
}: PriceChartSectionProps) {
  // A series toggled on or off redraws in a deferred render: the click paints its chip at once (the next frame), and
  // the chart, its caption and table follow in a render React may interrupt, rather than inside the click's task. A
  // range or scale redraws at once: deferring it cost a frame (React paints the urgent part first), and the chart is
  // what those controls are for.
  const series = useDeferredValue(seriesNow);
  const available = useDeferredValue(availableNow);
  // A brushed range is already on screen (the chart draws it in the release's own frame): the rest of the section (the
  // frame, rail and caption for it) follows in a deferred render too, not in a task that holds up the next frames.
  // Only while the range is the brushed one: any other range (a preset, a typed date) redraws at once.
  const brushed = useRef<DayRange | null>(null);
  const deferredRange = useDeferredValue(rangeNow);
  const b = brushed.current;
  const range = b && b.from === rangeNow.from && b.to === rangeNow.to ? deferredRange : rangeNow;
  // Hover is ephemeral UI state: it never reaches the URL, and only this section listens to it.
  const hoveredId = useUiStore((s) => s.hoveredEventId);
  const setHoveredId = useUiStore((s) => s.setHoveredEvent);
  const chart = useMemo(() => chartFrame(series, available, range, mode), [series, available, range, mode]);
  const { joined, frame, shownInFrame, drawn, seams: bands } = chart;
  // "Download CSV" writes every day of the range, as the chart shows it (the frame keeps full-resolution points).
  useRegisterExport(
    () => {
      const units =
        mode === "price"
          ? "price per token or share (crypto USDT or USD, stocks USD)"
          : mode === "pct"
            ? `% change since the common base date ${frame.base ?? ""}`
            : `index, common base date ${frame.base ?? ""} = 100`;
      return seriesExportTable(frameRows(frame), shownInFrame, mode, units);
    },
    { chart: true },
  );
  const domain = useMemo((): [number, number] => [frame.t0, frame.t1], [frame.t0, frame.t1]);
  const inDomain = useMemo(() => eventsInDomain(events, domain), [events, domain]);
  const hovered = inDomain.find((e) => e.id === hoveredId);
  const selectedDay = selected && inDomain.includes(selected) ? selected.date : undefined;
  const markers = useMemo((): TimeMarker[] => {
    const out: TimeMarker[] = [];
    if (hovered && hovered.date !== selectedDay) out.push({ t: dayToMs(hovered.date), tone: "hovered" });
    if (selectedDay) out.push({ t: dayToMs(selectedDay), tone: "selected", label: selectedDay });
    return out;
  }, [hovered, selectedDay]);
  const emphases = joined.map((j) => emphasis(j.series)).join(",");
  const lines = useMemo(() => narrativeLines(chart, emphasis), [chart, emphases]);
  const sources = useMemo(() => drawn.map((s) => ({ label: `${s.ticker} (${s.label})`, meta: s.meta })), [drawn]);
  const onBrush = useMemo(
    () =>
      onZoom
        ? (from: string, to: string) => {
            brushed.current = { from, to };
            onZoom({ from, to });
          }
        : undefined,
    [onZoom],
  );
  const empty = frame.series.every((s) => s.count === 0);
  // The chart's right margin grows to fit its end labels (on a projector): the rail under it follows.
  const [plotRight, setPlotRight] = useState(TIME_PLOT_RIGHT);
  const labelOf = (key: string) => joined.find((j) => j.input.key === key)?.label ?? key;

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
            ? `index, ${frame.base ?? "the common base date"} = 100 for every series (the first day all have data)`
            : `% change since ${frame.base ?? "the common base date"} (the first day all shown series have data)`}
        {log && mode !== "pct" ? ", log scale" : ""}. Markers under the plot are AI news events
        {/* Only where the plot zooms: a slide has no brush, and a room watching a projector cannot drag. */}
        {onBrush ? "; drag across the plot to zoom." : "."}
      </p>
      <div className="mt-2" style={{ height: plotHeight }}>
        {empty ? (
          <p className="flex h-full items-center justify-center rounded-lg bg-surface-2 text-sm text-ink-3">
            No data for the chosen series in this range.
          </p>
        ) : (
          <TimeChart
            title="AI tokens against BTC, ETH and AI stocks"
            lines={lines}
            t0={frame.t0}
            t1={frame.t1}
            kind={kinds[mode]}
            log={log && mode !== "pct"}
            yLabel={yLabels[mode]}
            formatValue={formats[mode]}
            height={plotHeight}
            markers={markers}
            bands={bands}
            {...(onBrush ? { onBrush } : {})}
            {...(onToggleSeries ? { onToggleSeries } : {})}
            onPlotRight={setPlotRight}
          />
        )}
      </div>
      <EventRail
        events={inDomain}
        domain={domain}
        selectedId={selected?.id ?? null}
        onSelect={onSelect}
        onHover={setHoveredId}
        plotRight={plotRight}
      />
      {hovered ? (
        <p className="text-xs text-ink-2" aria-hidden="true">
          {hovered.date}: {hovered.title}
        </p>
      ) : null}
      <figcaption id="narrative-chart-summary" className="mt-2 text-sm text-ink-2">
        {describe(frame, labelOf)} {plural(inDomain.length, "event")} in range.
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
                  Change (from, to)
                </th>
                <th scope="col" className="text-right">
                  Days
                </th>
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {frame.series.map((s) => (
                <tr key={s.key} className="border-t border-line">
                  <th scope="row" className="py-0.5 font-medium">
                    {labelOf(s.key)}
                  </th>
                  <td>{s.first ?? "no data"}</td>
                  <td>{s.last ?? "no data"}</td>
                  <td className="text-right">
                    {s.changePct === undefined ? "–" : `${formatPct(s.changePct)} (${s.changeFrom} to ${s.changeTo})`}
                  </td>
                  <td className="text-right">{s.count}</td>
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

function eventsInDomain(events: readonly ShownEvent[], [from, to]: [number, number]): ShownEvent[] {
  return events.filter((e) => {
    const t = dayToMs(e.date);
    return t >= from && t <= to;
  });
}

function narrativeLines(chart: PriceChartFrame, emphasis: (s: Series) => Emphasis): TimeSeriesLine[] {
  const slots = colourSlots(chart.joined.map((j) => j.series.id));
  return chart.plotted.map(({ index, series, line }) => {
    const e = emphasis(series);
    const benchmark = BENCHMARKS.includes(series.id as (typeof BENCHMARKS)[number]);
    return {
      ...line,
      slot: slots.get(series.id) ?? index,
      dashed: series.measure === "open",
      weight: e === "normal" ? (benchmark ? "thin" : "normal") : e,
    };
  });
}

/**
 * The caption: over which dates the ranking holds (from the common base date to the last day), best to worst; series
 * that end earlier or could not be based on the common date say their own dates.
 */
export function describe(frame: TimeFrame, labelOf: (key: string) => string): string {
  if (!frame.base || !frame.end) return "No data in the selected range.";
  return [commonBaseSentence(frame, labelOf), rankingSentences(frame, labelOf)].filter(Boolean).join(" ");
}

function commonBaseSentence(frame: TimeFrame, labelOf: (key: string) => string): string {
  const late = frame.series.filter((s) => s.late && s.first === frame.base).map((s) => labelOf(s.key));
  const why = late.length > 0 ? ` (${late.join(", ")} ${late.length === 1 ? "starts" : "start"} then)` : "";
  return `Common base date ${frame.base}${why}: every series is compared from that day.`;
}

/**
 * Best to worst, grouped by the dates each change holds over: from the common base date to the last day of the series
 * (crypto files and stock files end on different days), then any series measured over its own dates.
 */
function rankingSentences(frame: TimeFrame, labelOf: (key: string) => string): string {
  const ranked = rankByChange(frame);
  const groups = new Map<string, string[]>();
  const own: string[] = [];
  for (const s of ranked) {
    const text = `${labelOf(s.key)} ${formatPct(s.changePct ?? 0, 0)}`;
    if (s.changeFrom === frame.base && s.changeTo) groups.set(s.changeTo, [...(groups.get(s.changeTo) ?? []), text]);
    else own.push(`${text} (${s.changeFrom} to ${s.changeTo})`);
  }
  const byCount = [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? 1 : -1));
  const missing = frame.series.filter((s) => s.changePct === undefined).map((s) => labelOf(s.key));
  return [
    ...byCount.map(([to, parts]) => `From ${frame.base} to ${to}, best to worst: ${parts.join(", ")}.`),
    own.length > 0 ? `Over their own dates: ${own.join(", ")}.` : "",
    missing.length > 0 ? `No data in range: ${missing.join(", ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
