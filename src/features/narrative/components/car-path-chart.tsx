import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPct } from "@/ui/format";

export interface CarPathRow {
  offset: number;
  mean: number;
  band: [number, number];
  n: number;
}

/** Average CAR path with a ±1 standard-error band; loaded on demand with the other charts. */
export default function CarPathChart({ rows, height }: { rows: readonly CarPathRow[]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows as CarPathRow[]} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="offset"
          type="number"
          domain={["dataMin", "dataMax"]}
          tickFormatter={(d: number) => (d > 0 ? `+${d}` : String(d))}
          tick={{ fontSize: 12, fill: "var(--ink-3)" }}
          axisLine={{ stroke: "var(--line)" }}
          label={{ value: "days from event", position: "insideBottomRight", offset: -2, style: { fontSize: 11, fill: "var(--ink-3)" } }}
        />
        <YAxis
          width={56}
          tickFormatter={(v: number) => formatPct(v, 0)}
          tick={{ fontSize: 12, fill: "var(--ink-3)" }}
          axisLine={{ stroke: "var(--line)" }}
        />
        <Tooltip
          labelFormatter={(d) => `day ${Number(d) > 0 ? "+" : ""}${d}`}
          formatter={(value, name) => [
            Array.isArray(value) ? value.map((v) => formatPct(Number(v))).join(" to ") : formatPct(Number(value)),
            name,
          ]}
          contentStyle={{
            background: "var(--surface)",
            border: "1px solid var(--line)",
            borderRadius: 8,
            fontSize: 12,
            color: "var(--ink)",
          }}
        />
        <ReferenceLine x={0} stroke="var(--accent)" />
        <ReferenceLine y={0} stroke="var(--ink-3)" strokeOpacity={0.6} />
        <Area dataKey="band" name="±1 standard error" stroke="none" fill="var(--accent)" fillOpacity={0.18} isAnimationActive={false} />
        <Line dataKey="mean" name="Mean CAR" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
