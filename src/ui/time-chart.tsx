import { type KeyboardEvent, type PointerEvent, memo, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { setCrosshair, useCrosshair } from "./crosshair";
import { DAY_MS, type ValueKind, isoDay, linearTicks, logTicks, slotStyle, spreadLabels, timeTicks, tooltipFormat } from "./time-axis";

/** One line (structural: the analytics frame's series fit it; ui imports nothing of ours). */
export interface TimeSeriesLine {
  key: string;
  label: string;
  /** Times (ms at 00:00 UTC) and values drawn; NaN breaks the line. */
  xs: readonly number[];
  ys: readonly number[];
  /** Full-resolution points for the tooltip and keyboard crosshair. */
  points: readonly { date: string; value: number }[];
  /** Longest step, in days, that still counts as the same line (a stock's weekend). */
  maxGapDays: number;
  /** Its colour slot (see time-axis.ts); by default its place in `lines`. Slots never repeat among shown lines. */
  slot?: number;
  /** Dashed whatever its colour slot (a different measure: TAO's daily opens). */
  dashed?: boolean;
  /** Thinner (benchmarks), in front (focus) or faded (dim). */
  weight?: "normal" | "thin" | "focus" | "dim";
  /** Starts after the chart's first day: drawn from its own start, marked with a dot and in the legend. */
  late?: boolean;
  first?: string;
}

export interface TimeMarker {
  t: number;
  label?: string;
  tone: "event" | "selected" | "hovered";
  title?: string;
}

export interface TimeBand {
  t0: number;
  t1: number;
  label: string;
}

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
}

/** Plot margins; the event rail under the narrative uses the same so its markers sit under the right day. */
export const TIME_PLOT_LEFT = 64;
export const TIME_PLOT_RIGHT = 64;
const TOP = 12;
// Room for the date ticks, which hang from the axis: 12 px on screen, 0.7rem (~20 px) on a projector.
const BOTTOM = 28;
const BRUSH_MIN_PX = 8;
/** One line of legend (text-xs) before it is measured. */
const LEGEND_GUESS = 18;

interface Scales {
  width: number;
  plotW: number;
  plotH: number;
  x: (t: number) => number;
  tAt: (px: number) => number;
  y: (v: number) => number;
  yTicks: number[];
  xTicks: { t: number; label: string }[];
}

function makeScales(width: number, height: number, t0: number, t1: number, lines: readonly TimeSeriesLine[], log: boolean): Scales {
  const plotW = Math.max(10, width - TIME_PLOT_LEFT - TIME_PLOT_RIGHT);
  const plotH = Math.max(10, height - TOP - BOTTOM);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const l of lines) {
    for (const v of l.ys) {
      if (!Number.isFinite(v) || (log && !(v > 0))) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!Number.isFinite(lo)) {
    lo = log ? 1 : 0;
    hi = log ? 10 : 1;
  }
  if (hi === lo) {
    hi = lo * 1.1 + 1;
    lo = log ? lo / 1.1 : lo - 1;
  }
  const span = Math.max(1, t1 - t0);
  const x = (t: number) => TIME_PLOT_LEFT + ((t - t0) / span) * plotW;
  const tAt = (px: number) => t0 + ((px - TIME_PLOT_LEFT) / plotW) * span;
  let y: (v: number) => number;
  let yTicks: number[];
  if (log) {
    const a = Math.log10(lo) - 0.02 * Math.log10(hi / lo);
    const b = Math.log10(hi) + 0.02 * Math.log10(hi / lo);
    y = (v) => TOP + (1 - (Math.log10(v) - a) / (b - a)) * plotH;
    yTicks = logTicks(10 ** a, 10 ** b);
  } else {
    const pad = (hi - lo) * 0.04;
    const a = lo - pad;
    const b = hi + pad;
    y = (v) => TOP + (1 - (v - a) / (b - a)) * plotH;
    yTicks = linearTicks(a, b, Math.max(3, Math.floor(plotH / 60)));
  }
  return { width, plotW, plotH, x, tAt, y, yTicks, xTicks: timeTicks(t0, t1, Math.floor(plotW / 80)) };
}

/** SVG path data: one subpath per unbroken run (NaN breaks it); a lone point draws as a dot-length segment. */
function pathOf(line: TimeSeriesLine, s: Scales, log: boolean): string {
  let d = "";
  let pen = false;
  const { xs, ys } = line;
  for (let i = 0; i < xs.length; i++) {
    const v = ys[i] as number;
    if (!Number.isFinite(v) || (log && !(v > 0))) {
      pen = false;
      continue;
    }
    // Tenths of a pixel, without toFixed (the costliest part of building a path of thousands of points).
    const px = Math.round(s.x(xs[i] as number) * 10) / 10;
    const py = Math.round(s.y(v) * 10) / 10;
    if (pen) d += `L${px} ${py}`;
    else {
      d += `M${px} ${py}`;
      const next = ys[i + 1];
      if (next === undefined || !Number.isFinite(next)) d += "h0.1";
    }
    pen = true;
  }
  return d;
}

/** The value a line has at day `t`: its point that day, or within its gap limit before (a stock at a weekend). */
export function valueAt(line: TimeSeriesLine, t: number): number | undefined {
  const day = isoDay(t);
  const pts = line.points;
  let lo = 0;
  let hi = pts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((pts[mid] as { date: string }).date <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const p = pts[found];
  if (!p) return undefined;
  return t - Date.parse(`${p.date}T00:00:00Z`) < line.maxGapDays * DAY_MS ? p.value : undefined;
}

const snapDay = (t: number) => Math.round(t / DAY_MS) * DAY_MS;

const Lines = memo(function Lines({ lines, scales, log }: { lines: readonly TimeSeriesLine[]; scales: Scales; log: boolean }) {
  return (
    <g className="ts-lines" clipPath="inherit">
      {lines.map((l, i) => {
        const style = slotStyle(l.slot ?? i);
        const w = l.weight ?? "normal";
        return (
          <path
            key={l.key}
            className="ts-line"
            data-key={l.key}
            d={pathOf(l, scales, log)}
            fill="none"
            stroke={style.color}
            strokeWidth={w === "focus" ? 3 : w === "thin" ? 1.25 : 1.75}
            strokeOpacity={w === "dim" ? 0.3 : 1}
            strokeDasharray={l.dashed ? "2 3" : style.dash}
            strokeLinejoin="round"
          >
            <title>{l.label}</title>
          </path>
        );
      })}
    </g>
  );
});

/**
 * The time-series chart of every panel: stage charts, the narrative and its glance, slides, presenter view and PNG
 * export. Drawn as plain SVG (one path per series, downsampled to the pixel width by the frame builder), so a reaction
 * redraws a handful of paths rather than a component per point. One crosshair shared by every time chart on the page
 * (by date), one tooltip sorted by value with one number format, hover highlights the nearest line, drag to zoom,
 * arrow keys move the crosshair a day and announce the values, end-of-line labels and a legend that exports with it.
 */
export const TimeChart = memo(function TimeChart(props: TimeChartProps) {
  const { title, lines, t0, t1, kind, log = false, yLabel, formatValue, height, markers = NONE, bands = NO_BANDS, onBrush } = props;
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(800);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth > 0) setWidth(el.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // `height` is the whole chart's, legend included, so the box reserved before the chart arrives is the box it takes
  // (no layout shift); the plot takes what the legend leaves (one or two lines of it).
  const legend = useRef<HTMLUListElement>(null);
  const [legendH, setLegendH] = useState(LEGEND_GUESS);
  useLayoutEffect(() => {
    const el = legend.current;
    if (!el) return;
    const measure = () => setLegendH(el.offsetHeight || LEGEND_GUESS);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const plotHeight = Math.max(120, height - legendH);
  const scales = useMemo(() => makeScales(width, plotHeight, t0, t1, lines, log), [width, plotHeight, t0, t1, lines, log]);
  const colours = useMemo(() => lines.map((l, i) => ({ key: l.key, ...slotStyle(l.slot ?? i), dashed: l.dashed })), [lines]);
  const endLabels = useMemo(() => {
    const ends = lines.map((l) => {
      for (let i = l.ys.length - 1; i >= 0; i--) {
        const v = l.ys[i] as number;
        if (Number.isFinite(v) && (!log || v > 0)) return { x: scales.x(l.xs[i] as number), y: scales.y(v) };
      }
      return undefined;
    });
    const placed = spreadLabels(
      ends.map((e) => e?.y ?? 0),
      12,
      TOP + 4,
      TOP + scales.plotH,
    );
    return lines.flatMap((l, i) => {
      const e = ends[i];
      if (!e) return [];
      return [{ key: l.key, label: l.label.split(" ")[0] ?? l.label, x: e.x + 4, y: placed[i] as number, i }];
    });
  }, [lines, scales, log]);

  const crosshair = useCrosshair();
  const [hl, setHl] = useState<string | null>(null);
  const [brush, setBrush] = useState<{ x0: number; x1: number } | null>(null);
  const [announce, setAnnounce] = useState("");
  const source = `chart-${id}`;
  const inDomain = crosshair.t !== null && crosshair.t >= t0 && crosshair.t <= t1;
  const cx = inDomain ? scales.x(crosshair.t as number) : null;

  const readout = useMemo(() => {
    if (!inDomain) return null;
    const t = crosshair.t as number;
    const rows = lines.flatMap((l, i) => {
      const v = valueAt(l, t);
      return v === undefined ? [] : [{ key: l.key, label: l.label, value: v, i }];
    });
    rows.sort((a, b) => b.value - a.value);
    const fmt = tooltipFormat(
      kind,
      rows.map((r) => r.value),
    );
    return { day: isoDay(t), rows: rows.map((r) => ({ ...r, text: fmt(r.value) })) };
  }, [inDomain, crosshair.t, lines, kind]);

  useLayoutEffect(() => {
    const el = svg.current;
    if (!el) return;
    for (const p of el.querySelectorAll<SVGPathElement>("path.ts-line"))
      p.classList.toggle("ts-faded", hl !== null && p.dataset.key !== hl);
  }, [hl, lines]);

  const pointerT = (e: PointerEvent) => {
    const rect = (e.currentTarget as Element).getBoundingClientRect();
    const px = e.clientX - rect.left;
    return { px, py: e.clientY - rect.top, t: snapDay(Math.min(t1, Math.max(t0, scales.tAt(px)))) };
  };
  const onMove = (e: PointerEvent) => {
    const { px, py, t } = pointerT(e);
    if (!crosshair.pinned || brush) setCrosshair(t, source);
    if (brush) setBrush({ x0: brush.x0, x1: Math.min(TIME_PLOT_LEFT + scales.plotW, Math.max(TIME_PLOT_LEFT, px)) });
    // Highlight the line nearest the pointer, if one is within 16 px.
    let best: string | null = null;
    let bestD = 16;
    for (const l of lines) {
      const v = valueAt(l, t);
      if (v === undefined || (log && !(v > 0))) continue;
      const d = Math.abs(scales.y(v) - py);
      if (d < bestD) {
        bestD = d;
        best = l.key;
      }
    }
    setHl(best);
  };
  const onLeave = () => {
    if (brush) return;
    setHl(null);
    if (!crosshair.pinned) setCrosshair(null, null);
  };
  const onDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const { px } = pointerT(e);
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    setBrush({ x0: px, x1: px });
  };
  const onUp = (e: PointerEvent) => {
    const { t } = pointerT(e);
    const dragged = brush !== null && Math.abs(brush.x1 - brush.x0) >= BRUSH_MIN_PX;
    setBrush(null);
    if (!dragged) {
      // A click pins the crosshair on that day (on every time chart, in every view); a click on the pinned day frees it.
      const same = crosshair.pinned && crosshair.t === t;
      setCrosshair(t, source, !same);
      return;
    }
    if (!onBrush || !brush) return;
    const a = snapDay(scales.tAt(Math.min(brush.x0, brush.x1)));
    const b = snapDay(scales.tAt(Math.max(brush.x0, brush.x1)));
    if (b > a) onBrush(isoDay(a), isoDay(b));
  };
  const onKey = (e: KeyboardEvent) => {
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageUp: -30, PageDown: 30 };
    let t: number | undefined;
    if (e.key in steps) {
      const from = inDomain ? (crosshair.t as number) : e.key === "ArrowLeft" || e.key === "PageUp" ? t1 + DAY_MS : t0 - DAY_MS;
      t = Math.min(t1, Math.max(t0, snapDay(from + (steps[e.key] as number) * DAY_MS)));
    } else if (e.key === "Home") t = t0;
    else if (e.key === "End") t = t1;
    else if (e.key === "Escape") {
      setCrosshair(null, null);
      return;
    } else return;
    e.preventDefault();
    setCrosshair(t, source, true);
    const rows = lines.flatMap((l) => {
      const v = valueAt(l, t as number);
      return v === undefined ? [] : [{ label: l.label, value: v }];
    });
    rows.sort((a, b) => b.value - a.value);
    const fmt = tooltipFormat(
      kind,
      rows.map((r) => r.value),
    );
    setAnnounce(rows.length ? `${isoDay(t)}: ${rows.map((r) => `${r.label} ${fmt(r.value)}`).join(", ")}` : `${isoDay(t)}: no data`);
  };

  // The chart under the pointer (or that pinned the day) shows the tooltip; the others show the crosshair and dots.
  const own = crosshair.source === source;
  const hlLine = hl ? lines.find((l) => l.key === hl) : undefined;
  const clip = `clip-${id.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const tipLeft = cx !== null && cx > width / 2;

  return (
    <div className="ts-chart-wrap" data-time-chart="">
      <ul ref={legend} className="ts-legend flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-ink-2" aria-label={`Series in ${title}`}>
        {lines.map((l, i) => {
          const c = colours[i];
          return (
            <li
              key={l.key}
              className="inline-flex items-center gap-1"
              onPointerEnter={() => setHl(l.key)}
              onPointerLeave={() => setHl(null)}
            >
              <svg aria-hidden="true" width="18" height="8" className="shrink-0">
                <line x1="0" y1="4" x2="18" y2="4" stroke={c?.color} strokeWidth="2.5" strokeDasharray={l.dashed ? "2 3" : c?.dash} />
              </svg>
              {l.label}
              {l.late && l.first ? <span className="text-ink-3"> (from {l.first})</span> : null}
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
        onKeyDown={onKey}
      >
        <svg
          ref={svg}
          className="ts-chart block"
          width={width}
          height={plotHeight}
          aria-hidden="true"
          onPointerMove={onMove}
          onPointerLeave={onLeave}
          onPointerDown={onDown}
          onPointerUp={onUp}
          onPointerCancel={() => setBrush(null)}
        >
          <defs>
            <clipPath id={clip}>
              <rect x={TIME_PLOT_LEFT} y={TOP - 2} width={scales.plotW + 1} height={scales.plotH + 4} />
            </clipPath>
          </defs>
          <g className="ts-grid">
            {scales.yTicks.map((v) => (
              <g key={v}>
                <line x1={TIME_PLOT_LEFT} x2={TIME_PLOT_LEFT + scales.plotW} y1={scales.y(v)} y2={scales.y(v)} stroke="var(--grid)" />
                <text x={TIME_PLOT_LEFT - 6} y={scales.y(v)} dy="0.32em" textAnchor="end" className="ts-text">
                  {formatValue(v)}
                </text>
              </g>
            ))}
            <line
              x1={TIME_PLOT_LEFT}
              x2={TIME_PLOT_LEFT + scales.plotW}
              y1={TOP + scales.plotH}
              y2={TOP + scales.plotH}
              stroke="var(--line)"
            />
            {scales.xTicks.map((tk) => (
              <g key={tk.t}>
                <line x1={scales.x(tk.t)} x2={scales.x(tk.t)} y1={TOP + scales.plotH} y2={TOP + scales.plotH + 4} stroke="var(--line)" />
                <text
                  x={scales.x(tk.t)}
                  y={TOP + scales.plotH + 6}
                  textAnchor="middle"
                  dominantBaseline="hanging"
                  className="ts-text ts-x-tick"
                >
                  {tk.label}
                </text>
              </g>
            ))}
            <text transform={`translate(12 ${TOP + scales.plotH / 2}) rotate(-90)`} textAnchor="middle" className="ts-text">
              {yLabel}
            </text>
          </g>
          <g clipPath={`url(#${clip})`}>
            {bands.map((b) => (
              <rect
                key={`${b.t0}-${b.label}`}
                className="ts-band"
                x={scales.x(b.t0)}
                width={Math.max(2, scales.x(b.t1) - scales.x(b.t0))}
                y={TOP}
                height={scales.plotH}
                fill="var(--ink-3)"
                fillOpacity={0.12}
              >
                <title>{b.label}</title>
              </rect>
            ))}
            {!log && (kind === "index" || kind === "pct") ? (
              <line
                x1={TIME_PLOT_LEFT}
                x2={TIME_PLOT_LEFT + scales.plotW}
                y1={scales.y(kind === "index" ? 100 : 0)}
                y2={scales.y(kind === "index" ? 100 : 0)}
                stroke="var(--ink-3)"
                strokeOpacity={0.5}
              />
            ) : null}
            {markers.map((m) => (
              <line
                key={`${m.tone}-${m.t}-${m.label ?? ""}`}
                className={`ts-marker ts-marker-${m.tone}`}
                x1={scales.x(m.t)}
                x2={scales.x(m.t)}
                y1={TOP}
                y2={TOP + scales.plotH}
                stroke={m.tone === "selected" ? "var(--accent)" : m.tone === "hovered" ? "var(--ink-2)" : "var(--ink-3)"}
                strokeWidth={m.tone === "selected" ? 2 : 1}
                strokeDasharray={m.tone === "selected" ? undefined : "3 3"}
              />
            ))}
            <Lines lines={lines} scales={scales} log={log} />
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
          {markers
            .filter((m) => m.label)
            .map((m, i) => (
              <text
                key={`label-${m.t}-${m.label}`}
                x={scales.x(m.t) + (i % 2 === 0 ? -4 : 4)}
                y={TOP - 2}
                textAnchor={i % 2 === 0 ? "end" : "start"}
                className="ts-text"
                fill={m.tone === "selected" ? "var(--accent)" : undefined}
              >
                {m.label}
              </text>
            ))}
          <g className="ts-end-labels">
            {endLabels.map((e) => (
              <text key={e.key} x={e.x} y={e.y} dy="0.32em" className="ts-end-label" fill={colours[e.i]?.color} fontWeight={600}>
                {e.label}
              </text>
            ))}
          </g>
          {hlLine ? (
            <path
              className="ts-highlight"
              d={pathOf(hlLine, scales, log)}
              fill="none"
              stroke={colours[lines.indexOf(hlLine)]?.color}
              strokeWidth={3}
              clipPath={`url(#${clip})`}
              pointerEvents="none"
            />
          ) : null}
          {cx !== null ? (
            <g className="ts-crosshair" data-day={readout?.day} pointerEvents="none">
              <line x1={cx} x2={cx} y1={TOP} y2={TOP + scales.plotH} stroke="var(--ink-2)" strokeWidth={1} />
              {readout?.rows.map((r) =>
                log && !(r.value > 0) ? null : (
                  <circle key={r.key} cx={cx} cy={scales.y(r.value)} r={3} fill={colours[r.i]?.color} stroke="var(--surface)" />
                ),
              )}
            </g>
          ) : null}
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
        {own && readout && cx !== null && readout.rows.length > 0 ? (
          <div
            className="ts-tooltip pointer-events-none absolute top-2 z-10 rounded-lg border border-line bg-surface px-2 py-1 text-xs text-ink shadow"
            style={tipLeft ? { right: width - cx + 12 } : { left: cx + 12 }}
            data-export-hide=""
          >
            <p className="font-semibold">{readout.day}</p>
            <table className="tabular-nums">
              <tbody>
                {readout.rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row" className="pr-2 text-left font-normal">
                      <span className="mr-1 inline-block h-2 w-2 rounded-full" style={{ background: colours[r.i]?.color }} />
                      {r.label}
                    </th>
                    <td className="text-right">{r.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <p className="sr-only" aria-live="polite">
          {announce}
        </p>
      </div>
    </div>
  );
});

const NONE: readonly TimeMarker[] = [];
const NO_BANDS: readonly TimeBand[] = [];
