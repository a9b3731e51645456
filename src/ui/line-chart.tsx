import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface LineSeriesSpec {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
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

/**
 * Recharts line chart, loaded on demand (it is the heaviest dependency). Gaps stay gaps: `connectNulls` is off so a
 * missing day, a weekend for a stock or a series that has not started is never bridged by a drawn line.
 */
export default function LineChartView({ rows, series, formatValue, yLabel, log = false, markers = [], height }: LineChartViewProps) {
  const tickFormat = tickFormatFor(rows);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows as Record<string, number | string | null>[]} margin={{ top: 18, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="date"
          tickFormatter={tickFormat}
          minTickGap={36}
          tick={{ fontSize: 12, fill: "var(--ink-3)" }}
          axisLine={{ stroke: "var(--line)" }}
          tickLine={{ stroke: "var(--line)" }}
        />
        <YAxis
          scale={log ? "log" : "auto"}
          domain={log ? ["auto", "auto"] : ["auto", "auto"]}
          allowDataOverflow={false}
          tickFormatter={(v: number) => formatValue(v)}
          width={64}
          tick={{ fontSize: 12, fill: "var(--ink-3)" }}
          axisLine={{ stroke: "var(--line)" }}
          tickLine={{ stroke: "var(--line)" }}
          label={{ value: yLabel, angle: -90, position: "insideLeft", offset: 10, style: { fontSize: 11, fill: "var(--ink-3)" } }}
        />
        <Tooltip
          contentStyle={{
            background: "var(--surface)",
            border: "1px solid var(--line)",
            borderRadius: 8,
            fontSize: 12,
            color: "var(--ink)",
          }}
          labelStyle={{ color: "var(--ink)", fontWeight: 600 }}
          formatter={(value, name) => [typeof value === "number" ? formatValue(value) : "no data", name]}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {markers.map((m, i) => (
          <ReferenceLine
            key={`${m.date}-${m.short}`}
            x={m.date}
            stroke="var(--ink-3)"
            strokeDasharray="3 3"
            // Events a day apart would print their letters on top of each other: nudge alternate ones apart.
            label={{ value: m.short, position: "top", fontSize: 11, fill: "var(--ink-2)", dx: i % 2 === 0 ? -5 : 5 }}
          />
        ))}
        {series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={1.75}
            strokeDasharray={s.dashed ? "5 3" : undefined}
            dot={false}
            activeDot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
