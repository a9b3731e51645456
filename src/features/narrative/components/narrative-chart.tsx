import { memo, useCallback, useMemo } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow } from "../lib/build-view";
import { PLOT_LEFT, PLOT_RIGHT } from "../lib/plot-margins";

export interface NarrativeLine {
  key: string;
  label: string;
  color: string;
  dashed: boolean;
  /** Benchmarks are drawn thinner so the AI tokens stay in front. */
  benchmark: boolean;
  /** Cross-filtering: the selected project's or event's tokens in front, the rest faded. */
  emphasis: "normal" | "focus" | "dim";
  /**
   * Stocks have no close at weekends and holidays: their line runs from one trading day's close to the next, as every
   * stock chart does, rather than breaking five days in seven. No value is invented; crypto gaps still break.
   */
  tradingDays?: boolean;
}

export interface NarrativeChartProps {
  rows: readonly ChartRow[];
  lines: readonly NarrativeLine[];
  domain: [number, number];
  log: boolean;
  formatValue: (v: number) => string;
  yLabel: string;
  height: number;
  /** The selected event (solid) and the hovered or focused one (dashed). */
  selected?: { t: number; label: string } | undefined;
  hovered?: { t: number } | undefined;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function tickFormat(span: number) {
  const short = span < 300 * 86_400_000;
  return (t: number) => {
    const d = new Date(t);
    const mon = MONTHS[d.getUTCMonth()];
    return short ? `${d.getUTCDate()} ${mon}` : `${mon} ${String(d.getUTCFullYear()).slice(2)}`;
  };
}

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

// Props recharts copies into its store keep one identity across renders (module constants here, memoised below), so a
// re-render registers nothing anew and its selectors answer from their caches.
const MARGIN = { top: 16, right: PLOT_RIGHT, bottom: 0, left: PLOT_LEFT - 64 };
// letterSpacing "normal" is the default and changes nothing drawn; it makes the grid's tick measurements share
// recharts' text-size cache with the axis' own (the axis reads "normal" from the DOM), so each label is measured once.
const TICK = { fontSize: 12, fill: "var(--ink-3)", letterSpacing: "normal" };
const AXIS_LINE = { stroke: "var(--line)" };
const TOOLTIP_CONTENT = {
  background: "var(--surface)",
  border: "1px solid var(--line)",
  borderRadius: 8,
  fontSize: 12,
  color: "var(--ink)",
};
const TOOLTIP_LABEL = { color: "var(--ink)", fontWeight: 600 };
const LEGEND_WRAPPER = { fontSize: 12 };
const ACTIVE_DOT = { r: 3 };
// With vertical grid lines off, recharts still works out where they would go, measuring every x tick label in the DOM
// (one forced layout each); this generator skips that work and draws the same nothing.
const NO_GRID_LINES = () => [];
const tooltipLabel = (t: unknown) => dayOf(Number(t));
const byValueDesc = (item: { value?: unknown }) => -(typeof item.value === "number" ? item.value : Number.NEGATIVE_INFINITY);

/**
 * The narrative chart on a true time axis (milliseconds), so downsampled rows and weekend gaps keep their spacing.
 * Lines never bridge a gap (`connectNulls` off) and never animate (reaction time matters more than flourish).
 * Memoised: the section re-renders on hover and on unrelated panel changes with the same props.
 */
function NarrativeChart({ rows, lines, domain, log, formatValue, yLabel, height, selected, hovered }: NarrativeChartProps) {
  const span = domain[1] - domain[0];
  const xTickFormat = useMemo(() => tickFormat(span), [span]);
  const yAxisLabel = useMemo(
    () => ({ value: yLabel, angle: -90, position: "insideLeft" as const, offset: 10, style: { fontSize: 11, fill: "var(--ink-3)" } }),
    [yLabel],
  );
  const tooltipValue = useCallback(
    (value: unknown, name: unknown) => [typeof value === "number" ? formatValue(value) : "no data", name] as [string, string],
    [formatValue],
  );
  const selectedLabel = useMemo(
    () => (selected ? { value: selected.label, position: "top" as const, fontSize: 11, fill: "var(--accent)" } : undefined),
    [selected],
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows as ChartRow[]} margin={MARGIN}>
        <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={domain}
          tickFormatter={xTickFormat}
          minTickGap={40}
          tick={TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
        />
        <YAxis
          width={64}
          scale={log ? "log" : "linear"}
          domain={AUTO_DOMAIN}
          tickFormatter={formatValue}
          tick={TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
          label={yAxisLabel}
        />
        <Tooltip
          labelFormatter={tooltipLabel}
          formatter={tooltipValue}
          contentStyle={TOOLTIP_CONTENT}
          labelStyle={TOOLTIP_LABEL}
          itemSorter={byValueDesc}
        />
        <Legend wrapperStyle={LEGEND_WRAPPER} itemSorter={null} />
        {log ? null : (
          <ReferenceLine y={yLabel === "% change" ? 0 : yLabel === "Index" ? 100 : undefined} stroke="var(--ink-3)" strokeOpacity={0.5} />
        )}
        {hovered ? <ReferenceLine x={hovered.t} stroke="var(--ink-2)" strokeDasharray="2 3" /> : null}
        {selected ? <ReferenceLine x={selected.t} stroke="var(--accent)" strokeWidth={2} label={selectedLabel} /> : null}
        {lines.map((l) => (
          <Line
            key={l.key}
            type="linear"
            dataKey={l.key}
            name={l.label}
            stroke={l.color}
            strokeWidth={l.emphasis === "focus" ? 3 : l.benchmark ? 1.25 : 1.75}
            strokeDasharray={l.dashed ? "5 3" : undefined}
            strokeOpacity={l.emphasis === "dim" ? 0.3 : l.benchmark ? 0.85 : 1}
            dot={false}
            activeDot={ACTIVE_DOT}
            connectNulls={l.tradingDays === true}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

const AUTO_DOMAIN: ["auto", "auto"] = ["auto", "auto"];

export default memo(NarrativeChart);
