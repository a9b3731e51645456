import { memo, startTransition, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { END_LABEL_DX, slotStyle, type ValueKind } from "./time-axis";
import { Axes, Backdrop, MarkerLabels, type TimeBand, type TimeMarker } from "./time-chart-axes";
import { CrosshairMark, CrosshairTooltip } from "./time-chart-crosshair";
import { LinesCanvas, type LinesCanvasHandle } from "./time-chart-lines";
import { PathCache, TIME_PLOT_LEFT, TOP, type TimeSeriesLine, makeScales } from "./time-chart-scales";
import { zoomLines } from "./time-chart-zoom";
import { BRUSH_MIN_PX, useTimeChartInput } from "./use-time-chart-input";
import { placeLineEndLabels, useEndLabelMargin } from "./use-end-labels";
import { useObservedSize } from "./use-observed-size";

export type { TimeBand, TimeMarker } from "./time-chart-axes";
export { TIME_PLOT_LEFT, TIME_PLOT_RIGHT, type TimeSeriesLine, valueAt } from "./time-chart-scales";

export interface TimeChartProps {
  /** Names the chart for keyboard and screen-reader users ("AI tokens against BTC"). */
  title: string;
  lines: readonly TimeSeriesLine[];
  t0: number;
  t1: number;
  kind: ValueKind;
  log?: boolean;
  yLabel: string;
  /** Axis label format. */
  formatValue: (v: number) => string;
  /** The whole chart's height in px, legend included: the plot takes what the legend leaves. */
  height: number;
  markers?: readonly TimeMarker[];
  /** Shaded spans: a ticker change's seam, where the line is left open. */
  bands?: readonly TimeBand[];
  /** Drag across the plot to zoom: called with the first and last day chosen. Without it, no brush. */
  onBrush?: (from: string, to: string) => void;
  /**
   * Turns each legend entry into a toggle (pressed: drawn) that calls this with its line's key, as the caller's own
   * series chips do. Without it, the legend is plain text; hovering an entry highlights its line either way.
   */
  onToggleSeries?: (key: string) => void;
  /** Told the plot's right margin, in px, when it changes (it grows to fit the end labels): the event rail follows. */
  onPlotRight?: (px: number) => void;
}

/** One line of legend (text-xs) before it is measured. */
const LEGEND_GUESS = 18;

/**
 * The time-series chart of every panel: stage charts, the narrative and its glance, slides, presenter view and PNG
 * export. The lines on one canvas (time-chart-lines: each series' path at one vertex per pixel column, from
 * time-chart-scales.ts), between two SVGs: the grid, bands and markers under it, the rest over it. Parts in files of
 * their own: axes and markers (time-chart-axes), lines (time-chart-lines), a brush's zoom (time-chart-zoom), crosshair
 * and tooltip, the only parts that follow the pointer (time-chart-crosshair), pointer, brush and keyboard
 * (use-time-chart-input), the end labels' margin and places (use-end-labels). One crosshair shared by every time chart
 * on the page
 * (by date), one tooltip sorted by value with one number format, hover highlights the nearest line, drag to zoom,
 * arrow keys move the crosshair a day and announce the values, end-of-line labels and a legend that exports with it.
 */
export const TimeChart = memo(function TimeChart(props: TimeChartProps) {
  const { title, kind, log = false, yLabel, formatValue, height, markers = NONE, bands = NO_BANDS, onBrush } = props;
  const { onToggleSeries, onPlotRight } = props;
  // A brush zooms the chart itself, with lines made from those on screen (time-chart-zoom.ts): the canvas in the
  // release's own event, the rest of the chart a frame later (brushTo); the caller's onBrush follows, and its lines,
  // once they come, replace these (the same pixels).
  const [zoom, setZoom] = useState<{ of: readonly TimeSeriesLine[]; t0: number; t1: number; lines: TimeSeriesLine[] } | null>(null);
  const zoomed = zoom && zoom.of === props.lines ? zoom : null;
  const lines = zoomed ? zoomed.lines : props.lines;
  const t0 = zoomed ? zoomed.t0 : props.t0;
  const t1 = zoomed ? zoomed.t1 : props.t1;
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(800);
  useObservedSize(box, (el) => {
    if (el.clientWidth > 0) setWidth(el.clientWidth);
  });
  // `height` is the whole chart's, legend included, so the box reserved before the chart arrives is the box it takes
  // (no layout shift); the plot takes what the legend leaves (one or two lines of it).
  const legend = useRef<HTMLUListElement>(null);
  const [legendH, setLegendH] = useState(LEGEND_GUESS);
  useObservedSize(legend, (el) => setLegendH(el.offsetHeight || LEGEND_GUESS));
  const plotHeight = Math.max(120, height - legendH);

  const { lasts, texts, labelFont, plotRight } = useEndLabelMargin(lines, log, width, svg);
  const scales = useMemo(
    () => makeScales(width, plotHeight, t0, t1, lines, log, plotRight),
    [width, plotHeight, t0, t1, lines, log, plotRight],
  );
  const colours = useMemo(() => lines.map((l, i) => ({ key: l.key, ...slotStyle(l.slot ?? i), dashed: l.dashed })), [lines]);
  const endLabels = useMemo(() => placeLineEndLabels(lines, lasts, texts, scales, labelFont), [lines, lasts, texts, scales, labelFont]);
  useLayoutEffect(() => onPlotRight?.(plotRight), [plotRight, onPlotRight]);

  const [hl, setHl] = useState<string | null>(null);
  const source = `chart-${id}`;
  // Per-chart line vertices, kept while a line's pixels do not change (see PathCache).
  const [cache] = useState(() => new PathCache());
  const linesCanvas = useRef<LinesCanvasHandle>(null);
  const brushes = useRef(0);
  const brushTo = useMemo(() => {
    if (!onBrush) return undefined;
    return (from: string, to: string) => {
      const z = zoomLines(lines, from, to, kind);
      const seq = ++brushes.current;
      if (z) {
        // The zoomed lines now, in this event, at the scales the chart will have: the frame after the release shows
        // them. The rest of the chart (axes, end labels, crosshair) renders them after that frame, then hands the
        // canvas the same vertices, so nothing is drawn twice.
        const zs = makeScales(width, plotHeight, z.t0, z.t1, z.lines, log, plotRight);
        linesCanvas.current?.drawNow({ lines: z.lines, scales: zs, log, cache, highlight: null, height: plotHeight });
        afterFrames(1, () => {
          if (seq !== brushes.current) return;
          linesCanvas.current?.release();
          setZoom({ of: props.lines, ...z });
        });
      }
      // The caller (URL, the rest of the page) a frame later still, in a transition: its rebuild (~20 ms for the
      // narrative) then holds up no frame that shows the zoom.
      afterFrames(2, () => startTransition(() => onBrush(from, to)));
    };
  }, [onBrush, lines, kind, props.lines, width, plotHeight, log, plotRight, cache]);
  const { brush, announce, svgHandlers, onKeyDown } = useTimeChartInput({
    lines,
    scales,
    t0,
    t1,
    kind,
    log,
    source,
    onBrush: brushTo,
    setHl,
  });
  // A highlighted line that was just toggled off (its legend entry clicked) fades nothing.
  const highlight = hl !== null && lines.some((l) => l.key === hl) ? hl : null;

  // A legend entry clicked away takes its button with it: focus moves to the entry now in its place, or the plot.
  const refocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = refocus.current;
    if (at === null) return;
    refocus.current = null;
    const buttons = legend.current?.querySelectorAll<HTMLButtonElement>("button");
    const next = buttons?.[Math.min(at, buttons.length - 1)];
    (next ?? box.current)?.focus();
  }, [lines]);

  const clip = `clip-${id.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const crosshairProps = { lines, colours, scales, t0, t1, kind, log };

  return (
    <div className="ts-chart-wrap" data-time-chart="">
      <ul ref={legend} className="ts-legend flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-ink-2" aria-label={`Series in ${title}`}>
        {lines.map((l, i) => {
          const c = colours[i];
          const entry = (
            <>
              <svg aria-hidden="true" width="18" height="8" className="shrink-0">
                <line x1="0" y1="4" x2="18" y2="4" stroke={c?.color} strokeWidth="2.5" strokeDasharray={l.dashed ? "2 3" : c?.dash} />
              </svg>
              {l.label}
              {l.late && l.first ? <span className="text-ink-3"> (from {l.first})</span> : null}
            </>
          );
          return (
            <li
              key={l.key}
              className="inline-flex items-center gap-1"
              onPointerEnter={() => setHl(l.key)}
              onPointerLeave={() => setHl(null)}
            >
              {onToggleSeries ? (
                <button
                  type="button"
                  aria-pressed={true}
                  title={`${l.label}: click to hide this line; hover to bring it forward`}
                  className="inline-flex cursor-pointer items-center gap-1 rounded hover:text-ink"
                  onClick={() => {
                    refocus.current = i;
                    setHl(null);
                    onToggleSeries(l.key);
                  }}
                  // From the keyboard only: the focus a click leaves behind highlights nothing.
                  onFocus={(e) => {
                    if (e.currentTarget.matches(":focus-visible")) setHl(l.key);
                  }}
                  onBlur={() => setHl(null)}
                >
                  {entry}
                </button>
              ) : (
                entry
              )}
            </li>
          );
        })}
      </ul>
      <div
        ref={box}
        className="relative select-none"
        style={{ height: plotHeight, touchAction: onBrush ? "pan-y" : "auto" }}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the plot is a keyboard crosshair (arrow keys), announced below
        tabIndex={0}
        role="application"
        aria-roledescription="time chart"
        aria-label={`${title}. Arrow keys move the crosshair by a day, Page Up and Down by 30 days, and read out the values; a click pins the day on every time chart, Escape frees it${onBrush ? "; drag across the plot to zoom" : ""}.`}
        onKeyDown={onKeyDown}
      >
        {/* Under the lines: grid, axis rules, bands and event markers. Over them (the SVG below): everything else. */}
        <svg className="ts-chart-back pointer-events-none absolute top-0 left-0 block" width={width} height={plotHeight} aria-hidden="true">
          <defs>
            <clipPath id={clip}>
              <rect x={TIME_PLOT_LEFT} y={TOP - 2} width={scales.plotW + 1} height={scales.plotH + 4} />
            </clipPath>
          </defs>
          <Axes scales={scales} yLabel={yLabel} formatValue={formatValue} part="rules" />
          <g clipPath={`url(#${clip})`}>
            <Backdrop scales={scales} bands={bands} markers={markers} kind={kind} log={log} />
          </g>
        </svg>
        <LinesCanvas ref={linesCanvas} lines={lines} scales={scales} log={log} cache={cache} highlight={highlight} height={plotHeight} />
        <svg ref={svg} className="ts-chart relative block" width={width} height={plotHeight} aria-hidden="true" {...svgHandlers}>
          <Axes scales={scales} yLabel={yLabel} formatValue={formatValue} part="labels" />
          <g clipPath={`url(#${clip})`}>
            {lines.map((l, i) =>
              l.late ? (
                <circle
                  key={`late-${l.key}`}
                  cx={scales.x(l.xs[0] as number)}
                  cy={scales.y(l.ys[0] as number)}
                  r={3}
                  fill="var(--surface)"
                  stroke={colours[i]?.color}
                  strokeWidth={1.5}
                />
              ) : null,
            )}
          </g>
          <MarkerLabels scales={scales} markers={markers} />
          <g className="ts-end-labels">
            {endLabels.map((e) => (
              <g key={e.key}>
                {e.leader ? (
                  <line
                    className="ts-end-leader"
                    x1={e.x - END_LABEL_DX + 2}
                    y1={e.lineY}
                    x2={e.x - 2}
                    y2={e.y}
                    stroke={colours[e.index]?.color}
                    strokeWidth={1}
                  />
                ) : null}
                <text x={e.x} y={e.y} dy="0.32em" className="ts-end-label" fill={colours[e.index]?.color} fontWeight={600}>
                  {e.label}
                </text>
              </g>
            ))}
          </g>
          <CrosshairMark {...crosshairProps} />
          {brush && onBrush && Math.abs(brush.x1 - brush.x0) >= BRUSH_MIN_PX ? (
            <rect
              className="ts-brush"
              x={Math.min(brush.x0, brush.x1)}
              width={Math.abs(brush.x1 - brush.x0)}
              y={TOP}
              height={scales.plotH}
              fill="var(--accent)"
              fillOpacity={0.15}
              pointerEvents="none"
            />
          ) : null}
          {/* The pointer surface: the whole plot, so hovering between lines still moves the crosshair. */}
          <rect x={TIME_PLOT_LEFT} y={TOP} width={scales.plotW} height={scales.plotH} fill="transparent" />
        </svg>
        <CrosshairTooltip {...crosshairProps} source={source} />
        <p className="sr-only" aria-live="polite">
          {announce}
        </p>
      </div>
    </div>
  );
});

/** Runs `fn` in a task after `n` frames are painted (the task queued from the n-th animation frame runs after it). */
function afterFrames(n: number, fn: () => void) {
  if (n <= 1) requestAnimationFrame(() => setTimeout(fn, 0));
  else requestAnimationFrame(() => afterFrames(n - 1, fn));
}

const NONE: readonly TimeMarker[] = [];
const NO_BANDS: readonly TimeBand[] = [];
