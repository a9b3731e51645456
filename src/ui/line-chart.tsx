import { memo, useCallback, useMemo } from "react";
import { dateTicks } from "./axis-ticks";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface LineSeriesSpec {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
  /** A stock: join one trading day's close to the next across weekends and holidays (no value is invented). */
  tradingDays?: boolean;
  /** A selected project's line is drawn thicker and the others dimmed. */
  emphasis?: "normal" | "focus" | "dim";
}

export interface ChartMarker {
  date: string;
  /** Short label drawn at the top of the line ("A", "1"), explained in the list under the chart. */
  short: string;
  title: string;
}

export interface LineChartViewProps {
  rows: readonly Record<string, number | string | null>[];
  series: readonly LineSeriesSpec[];
  formatValue: (v: number) => string;
  yLabel: string;
  log?: boolean;
  markers?: readonly ChartMarker[];
  height: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "2024-03-08" → "Mar 24": enough on a multi-year axis; the tooltip shows the full day. */
export function monthYear(day: string): string {
  const m = Number(day.slice(5, 7));
  return `${MONTHS[m - 1] ?? "?"} ${day.slice(2, 4)}`;
}

/** "2024-03-08" → "8 Mar": for windows under a year, where month-year ticks would repeat. */
export function dayMonth(day: string): string {
  const m = Number(day.slice(5, 7));
  return `${Number(day.slice(8, 10))} ${MONTHS[m - 1] ?? "?"}`;
}

const DAY_MS = 86_400_000;
function tickFormatFor(rows: readonly Record<string, unknown>[]): (day: string) => string {
  const first = rows[0]?.date;
  const last = rows[rows.length - 1]?.date;
  if (typeof first !== "string" || typeof last !== "string") return monthYear;
  return Date.parse(last) - Date.parse(first) < 300 * DAY_MS ? dayMonth : monthYear;
}

// Props recharts copies into its store keep one identity across renders (module constants here, memoised below), so a
// re-render with the same data registers nothing anew and its selectors answer from their caches.
const MARGIN = { top: 18, right: 16, bottom: 4, left: 4 };
// letterSpacing "normal" is the default and changes nothing drawn; it makes the grid's tick measurements share
// recharts' text-size cache with the axis' own (the axis reads "normal" from the DOM), so each label is measured once.
const TICK = { fontSize: 12, fill: "var(--ink-3)", letterSpacing: "normal" };
const AXIS_LINE = { stroke: "var(--line)" };
const AUTO_DOMAIN: ["auto", "auto"] = ["auto", "auto"];
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
// With vertical grid lines off, recharts still works out where they would go: a pass over every category on the x axis
// (1,600 on a five-year range) measuring tick labels. This generator skips that work and draws the same nothing.
const NO_GRID_LINES = () => [];

/**
 * Recharts line chart, loaded on demand (it is the heaviest dependency). Gaps stay gaps: `connectNulls` is off so a
 * missing day, a weekend for a stock or a series that has not started is never bridged by a drawn line. Memoised:
 * the panel around it re-renders with the same rows whenever the URL is written back.
 */
function LineChartView({ rows, series, formatValue, yLabel, log = false, markers = NO_MARKERS, height }: LineChartViewProps) {
  const tickFormat = useMemo(() => tickFormatFor(rows), [rows]);
  const xTicks = useMemo(() => dateTicks(rows.map((r) => String(r.date))), [rows]);
  const yTickFormat = useCallback((v: number) => formatValue(v), [formatValue]);
  const yAxisLabel = useMemo(
    () => ({ value: yLabel, angle: -90, position: "insideLeft" as const, offset: 10, style: { fontSize: 11, fill: "var(--ink-3)" } }),
    [yLabel],
  );
  const tooltipValue = useCallback(
    (value: unknown, name: unknown) => [typeof value === "number" ? formatValue(value) : "no data", name] as [string, string],
    [formatValue],
  );
  // Events a day apart would print their letters on top of each other: nudge alternate ones apart.
  const markerLabels = useMemo(
    () =>
      markers.map((m, i) => ({ value: m.short, position: "top" as const, fontSize: 11, fill: "var(--ink-2)", dx: i % 2 === 0 ? -5 : 5 })),
    [markers],
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows as Record<string, number | string | null>[]} margin={MARGIN}>
        <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} />
        <XAxis
          dataKey="date"
          ticks={xTicks}
          interval={0}
          tickFormatter={tickFormat}
          tick={TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
        />
        <YAxis
          scale={log ? "log" : "auto"}
          domain={AUTO_DOMAIN}
          allowDataOverflow={false}
          tickFormatter={yTickFormat}
          width={64}
          tick={TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
          label={yAxisLabel}
        />
        <Tooltip contentStyle={TOOLTIP_CONTENT} labelStyle={TOOLTIP_LABEL} formatter={tooltipValue} />
        <Legend wrapperStyle={LEGEND_WRAPPER} itemSorter={null} />
        {markers.map((m, i) => (
          <ReferenceLine key={`${m.date}-${m.short}`} x={m.date} stroke="var(--ink-3)" strokeDasharray="3 3" label={markerLabels[i]} />
        ))}
        {series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={s.emphasis === "focus" ? 3 : 1.75}
            strokeOpacity={s.emphasis === "dim" ? 0.3 : 1}
            strokeDasharray={s.dashed ? "5 3" : undefined}
            dot={false}
            activeDot={ACTIVE_DOT}
            connectNulls={s.tradingDays === true}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

const NO_MARKERS: readonly ChartMarker[] = [];

export default memo(LineChartView);
