import { type KeyboardEvent, type PointerEvent, useState } from "react";
import { getCrosshair, setCrosshair } from "./crosshair";
import { DAY_MS, type ValueKind, isoDay, tooltipFormat } from "./time-axis";
import { type Scales, TIME_PLOT_LEFT, type TimeSeriesLine, snapDay, valueAt } from "./time-chart-scales";

/** A drag shorter than this is a click (it pins the day) rather than a brush. */
export const BRUSH_MIN_PX = 8;

interface Input {
  lines: readonly TimeSeriesLine[];
  scales: Scales;
  t0: number;
  t1: number;
  kind: ValueKind;
  log: boolean;
  /** Which chart sets the crosshair (that one draws the tooltip). */
  source: string;
  onBrush: ((from: string, to: string) => void) | undefined;
  setHl: (key: string | null) => void;
}

/**
 * Pointer and keyboard on the plot: hover moves the shared crosshair and highlights the nearest line, a click pins the
 * day, a drag brushes a range, arrow keys move the crosshair by a day and announce the values. The crosshair is read
 * when an event comes (getCrosshair), not subscribed to, so its moves do not re-render the chart.
 */
export function useTimeChartInput({ lines, scales, t0, t1, kind, log, source, onBrush, setHl }: Input) {
  const [brush, setBrush] = useState<{ x0: number; x1: number } | null>(null);
  const [announce, setAnnounce] = useState("");

  const pointerT = (e: PointerEvent) => {
    const rect = (e.currentTarget as Element).getBoundingClientRect();
    const px = e.clientX - rect.left;
    return { px, py: e.clientY - rect.top, t: snapDay(Math.min(t1, Math.max(t0, scales.tAt(px)))) };
  };
  const onPointerMove = (e: PointerEvent) => {
    const { px, py, t } = pointerT(e);
    if (!getCrosshair().pinned || brush) setCrosshair(t, source);
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
  const onPointerLeave = () => {
    if (brush) return;
    setHl(null);
    if (!getCrosshair().pinned) setCrosshair(null, null);
  };
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const { px } = pointerT(e);
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    setBrush({ x0: px, x1: px });
  };
  const onPointerUp = (e: PointerEvent) => {
    const { t } = pointerT(e);
    const dragged = brush !== null && Math.abs(brush.x1 - brush.x0) >= BRUSH_MIN_PX;
    setBrush(null);
    if (!dragged) {
      // A click pins the crosshair on that day (on every time chart, in every view); a click on the pinned day frees it.
      const now = getCrosshair();
      const same = now.pinned && now.t === t;
      setCrosshair(t, source, !same);
      return;
    }
    if (!onBrush || !brush) return;
    // The zoom moves every line under the pointer: the line highlighted is no longer the nearest; the next move picks it.
    setHl(null);
    const a = snapDay(scales.tAt(Math.min(brush.x0, brush.x1)));
    const b = snapDay(scales.tAt(Math.max(brush.x0, brush.x1)));
    if (b > a) onBrush(isoDay(a), isoDay(b));
  };
  const onPointerCancel = () => setBrush(null);

  const onKeyDown = (e: KeyboardEvent) => {
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageUp: -30, PageDown: 30 };
    const now = getCrosshair().t;
    const inDomain = now !== null && now >= t0 && now <= t1;
    let t: number | undefined;
    if (e.key in steps) {
      const from = inDomain ? now : e.key === "ArrowLeft" || e.key === "PageUp" ? t1 + DAY_MS : t0 - DAY_MS;
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

  return {
    brush,
    announce,
    svgHandlers: { onPointerMove, onPointerLeave, onPointerDown, onPointerUp, onPointerCancel },
    onKeyDown,
  };
}
