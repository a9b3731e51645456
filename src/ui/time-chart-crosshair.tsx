import { useMemo } from "react";
import { useCrosshair } from "./crosshair";
import { type ValueKind, isoDay, tooltipFormat } from "./time-axis";
import { type Scales, TOP, type TimeSeriesLine, valueAt } from "./time-chart-scales";

export interface CrosshairProps {
  lines: readonly TimeSeriesLine[];
  colours: readonly { color: string }[];
  scales: Scales;
  t0: number;
  t1: number;
  kind: ValueKind;
  log: boolean;
}

/** The values on the crosshair's day, best first, in one number format; null when the day is off this chart. */
function useReadout({ lines, t0, t1, kind, scales }: CrosshairProps) {
  const crosshair = useCrosshair();
  const inDomain = crosshair.t !== null && crosshair.t >= t0 && crosshair.t <= t1;
  const t = inDomain ? (crosshair.t as number) : null;
  const readout = useMemo(() => {
    if (t === null) return null;
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
  }, [t, lines, kind]);
  return { crosshair, readout, cx: t === null ? null : scales.x(t) };
}

/**
 * The crosshair line and a dot per series, inside the plot's SVG. Only this component (and the tooltip) follow the
 * shared crosshair store, so moving the pointer re-renders them and nothing else: not the lines, axes or legend.
 */
export function CrosshairMark(props: CrosshairProps) {
  const { readout, cx } = useReadout(props);
  const { scales, log, colours } = props;
  if (cx === null) return null;
  return (
    <g className="ts-crosshair" data-day={readout?.day} pointerEvents="none">
      <line x1={cx} x2={cx} y1={TOP} y2={TOP + scales.plotH} stroke="var(--ink-2)" strokeWidth={1} />
      {readout?.rows.map((r) =>
        log && !(r.value > 0) ? null : (
          <circle key={r.key} cx={cx} cy={scales.y(r.value)} r={3} fill={colours[r.i]?.color} stroke="var(--surface)" />
        ),
      )}
    </g>
  );
}

/** The tooltip, on the chart under the pointer (or that pinned the day) only; the others show the crosshair alone. */
export function CrosshairTooltip(props: CrosshairProps & { source: string }) {
  const { crosshair, readout, cx } = useReadout(props);
  const { colours, scales, source } = props;
  if (crosshair.source !== source || !readout || cx === null || readout.rows.length === 0) return null;
  const tipLeft = cx > scales.width / 2;
  return (
    <div
      className="ts-tooltip pointer-events-none absolute top-2 z-10 rounded-lg border border-line bg-surface px-2 py-1 text-xs text-ink shadow"
      style={tipLeft ? { right: scales.width - cx + 12 } : { left: cx + 12 }}
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
  );
}
