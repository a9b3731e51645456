import { memo } from "react";
import type { ValueKind } from "./time-axis";
import { type Scales, TIME_PLOT_LEFT, TOP } from "./time-chart-scales";

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

/**
 * Value grid and labels, the time axis with its ticks, and the value axis' name. In two parts: the rules (grid, axis
 * line, ticks) go under the lines' canvas, the labels in the SVG over it.
 */
export const Axes = memo(function Axes({
  scales,
  yLabel,
  formatValue,
  part,
}: {
  scales: Scales;
  yLabel: string;
  formatValue: (v: number) => string;
  part: "rules" | "labels";
}) {
  if (part === "rules") {
    return (
      <g className="ts-rules">
        {scales.yTicks.map((v) => (
          <line key={v} x1={TIME_PLOT_LEFT} x2={TIME_PLOT_LEFT + scales.plotW} y1={scales.y(v)} y2={scales.y(v)} stroke="var(--grid)" />
        ))}
        <line x1={TIME_PLOT_LEFT} x2={TIME_PLOT_LEFT + scales.plotW} y1={TOP + scales.plotH} y2={TOP + scales.plotH} stroke="var(--line)" />
        {scales.xTicks.map((tk) => (
          <line
            key={tk.t}
            x1={scales.x(tk.t)}
            x2={scales.x(tk.t)}
            y1={TOP + scales.plotH}
            y2={TOP + scales.plotH + 4}
            stroke="var(--line)"
          />
        ))}
      </g>
    );
  }
  return (
    <g className="ts-grid">
      {scales.yTicks.map((v) => (
        <g key={v}>
          <text x={TIME_PLOT_LEFT - 6} y={scales.y(v)} dy="0.32em" textAnchor="end" className="ts-text">
            {formatValue(v)}
          </text>
        </g>
      ))}
      {scales.xTicks.map((tk) => (
        <g key={tk.t}>
          <text x={scales.x(tk.t)} y={TOP + scales.plotH + 6} textAnchor="middle" dominantBaseline="hanging" className="ts-text ts-x-tick">
            {tk.label}
          </text>
        </g>
      ))}
      <text transform={`translate(12 ${TOP + scales.plotH / 2}) rotate(-90)`} textAnchor="middle" className="ts-text">
        {yLabel}
      </text>
    </g>
  );
});

/** Under the lines: ticker-change bands, the 100 (index) or 0 (% change) line, and the event markers. */
export const Backdrop = memo(function Backdrop({
  scales,
  bands,
  markers,
  kind,
  log,
}: {
  scales: Scales;
  bands: readonly TimeBand[];
  markers: readonly TimeMarker[];
  kind: ValueKind;
  log: boolean;
}) {
  return (
    <>
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
    </>
  );
});

/** Labels of the labelled markers (the selected event's day), above the plot, alternating sides. */
export function MarkerLabels({ scales, markers }: { scales: Scales; markers: readonly TimeMarker[] }) {
  return (
    <>
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
    </>
  );
}
