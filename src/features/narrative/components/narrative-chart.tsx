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

/**
 * The narrative chart on a true time axis (milliseconds), so downsampled rows and weekend gaps keep their spacing.
 * Lines never bridge a gap (`connectNulls` off) and never animate (reaction time matters more than flourish).
 */
export default function NarrativeChart({ rows, lines, domain, log, formatValue, yLabel, height, selected, hovered }: NarrativeChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows as ChartRow[]} margin={{ top: 16, right: PLOT_RIGHT, bottom: 0, left: PLOT_LEFT - 64 }}>
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={domain}
          tickFormatter={tickFormat(domain[1] - domain[0])}
          minTickGap={40}
          tick={{ fontSize: 12, fill: "var(--ink-3)" }}
          axisLine={{ stroke: "var(--line)" }}
          tickLine={{ stroke: "var(--line)" }}
        />
        <YAxis
          width={64}
          scale={log ? "log" : "linear"}
          domain={["auto", "auto"]}
          tickFormatter={formatValue}
          tick={{ fontSize: 12, fill: "var(--ink-3)" }}
          axisLine={{ stroke: "var(--line)" }}
          tickLine={{ stroke: "var(--line)" }}
          label={{ value: yLabel, angle: -90, position: "insideLeft", offset: 10, style: { fontSize: 11, fill: "var(--ink-3)" } }}
        />
        <Tooltip
          labelFormatter={(t) => dayOf(Number(t))}
          formatter={(value, name) => [typeof value === "number" ? formatValue(value) : "no data", name]}
          contentStyle={{
            background: "var(--surface)",
            border: "1px solid var(--line)",
            borderRadius: 8,
            fontSize: 12,
            color: "var(--ink)",
          }}
          labelStyle={{ color: "var(--ink)", fontWeight: 600 }}
          itemSorter={(item) => -(typeof item.value === "number" ? item.value : Number.NEGATIVE_INFINITY)}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {log ? null : (
          <ReferenceLine y={yLabel === "% change" ? 0 : yLabel === "Index" ? 100 : undefined} stroke="var(--ink-3)" strokeOpacity={0.5} />
        )}
        {hovered ? <ReferenceLine x={hovered.t} stroke="var(--ink-2)" strokeDasharray="2 3" /> : null}
        {selected ? (
          <ReferenceLine
            x={selected.t}
            stroke="var(--accent)"
            strokeWidth={2}
            label={{ value: selected.label, position: "top", fontSize: 11, fill: "var(--accent)" }}
          />
        ) : null}
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
            activeDot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
