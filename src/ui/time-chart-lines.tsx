import { memo } from "react";
import { slotStyle } from "./time-axis";
import type { PathCache, Scales, TimeSeriesLine } from "./time-chart-scales";

interface LinePathProps {
  lineKey: string;
  label: string;
  d: string;
  color: string;
  width: number;
  opacity: number;
  dash: string | undefined;
}

const LAYER = { willChange: "transform" } as const;

/** One series' path; memoised so a reaction that leaves a line's pixels alone does not touch its element. */
const LinePath = memo(function LinePath({ lineKey, label, d, color, width, opacity, dash }: LinePathProps) {
  return (
    <path
      className="ts-line"
      data-key={lineKey}
      d={d}
      fill="none"
      stroke={color}
      strokeWidth={width}
      strokeOpacity={opacity}
      strokeDasharray={dash}
      // Bevel joins: a round join is stroked per vertex on every raster tile, the costliest part of a repaint; at
      // under 2 px wide the two cannot be told apart.
      strokeLinejoin="bevel"
      // A layer per line: toggling one series, or fading all but one, re-rasters that line alone, not all fifteen.
      style={LAYER}
    >
      <title>{label}</title>
    </path>
  );
});

/**
 * Every series' line, each in a compositing layer of its own (will-change), so a repaint of anything else in the chart
 * or the page (crosshair, tooltip, legend, caption) does not re-raster the lines, nor a change of one line the others.
 * Software raster strokes every line again on every tile it crosses: that, not React, was most of a toggle's cost.
 */
export const Lines = memo(function Lines({
  lines,
  scales,
  log,
  cache,
}: {
  lines: readonly TimeSeriesLine[];
  scales: Scales;
  log: boolean;
  cache: PathCache;
}) {
  return (
    <g className="ts-lines" clipPath="inherit" style={LAYER}>
      {lines.map((l, i) => {
        const style = slotStyle(l.slot ?? i);
        const w = l.weight ?? "normal";
        return (
          <LinePath
            key={l.key}
            lineKey={l.key}
            label={l.label}
            d={cache.path(l, scales, log)}
            color={style.color}
            width={w === "focus" ? 3 : w === "thin" ? 1.25 : 1.75}
            opacity={w === "dim" ? 0.3 : 1}
            dash={l.dashed ? "2 3" : style.dash}
          />
        );
      })}
    </g>
  );
});
