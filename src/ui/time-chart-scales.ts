import { DAY_MS, isoDay, linearTicks, logTicks, timeTicks } from "./time-axis";

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

/**
 * Plot margins; the event rail under the narrative uses the same so its markers sit under the right day. The right
 * margin is the least one: it grows to fit the longest end-of-line label (the chart reports it, see onPlotRight).
 */
export const TIME_PLOT_LEFT = 64;
export const TIME_PLOT_RIGHT = 64;
export const TOP = 12;
// Room for the date ticks, which hang from the axis: 12 px on screen, 0.7rem (~20 px) on a projector.
const BOTTOM = 28;

export interface Scales {
  /** Equal for two scales that place every point on the same pixel. */
  key: string;
  width: number;
  plotW: number;
  plotH: number;
  x: (t: number) => number;
  tAt: (px: number) => number;
  y: (v: number) => number;
  yTicks: number[];
  xTicks: { t: number; label: string }[];
}

export function makeScales(
  width: number,
  height: number,
  t0: number,
  t1: number,
  lines: readonly TimeSeriesLine[],
  log: boolean,
  right = TIME_PLOT_RIGHT,
): Scales {
  const plotW = Math.max(10, width - TIME_PLOT_LEFT - right);
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
  let a: number;
  let b: number;
  if (log) {
    a = Math.log10(lo) - 0.02 * Math.log10(hi / lo);
    b = Math.log10(hi) + 0.02 * Math.log10(hi / lo);
    y = (v) => TOP + (1 - (Math.log10(v) - a) / (b - a)) * plotH;
    yTicks = logTicks(10 ** a, 10 ** b, Math.floor(plotH / 60));
  } else {
    const pad = (hi - lo) * 0.04;
    a = lo - pad;
    b = hi + pad;
    y = (v) => TOP + (1 - (v - a) / (b - a)) * plotH;
    yTicks = linearTicks(a, b, Math.max(3, Math.floor(plotH / 60)));
  }
  const key = `${width}|${plotW}|${plotH}|${t0}|${t1}|${log}|${a}|${b}`;
  return { key, width, plotW, plotH, x, tAt, y, yTicks, xTicks: timeTicks(t0, t1, Math.floor(plotW / 80)) };
}

/** Tenths of a pixel, without toFixed (the costliest part of building a path of thousands of points). */
const tenth = (v: number) => Math.round(v * 10) / 10;

/**
 * The vertices a line draws at this scale, in tenths of a pixel: at most one per pixel column (plus the exact first
 * and last point of each unbroken run), NaN pairs where the line breaks. Where several days share a column, the column
 * keeps its extreme (lowest or highest) furthest from the vertex before, so peaks and troughs still show. Stroking
 * costs the browser per vertex, on every tile the line crosses: 15 series × 2,000 days at ~770 px wide drew ~30,000
 * vertices; this draws ~11,000.
 */
export function lineVertices(line: TimeSeriesLine, s: Scales, log: boolean): number[] {
  const out: number[] = [];
  const { xs, ys } = line;
  let col = Number.NaN; // pixel column being gathered
  let lo = 0;
  let hi = 0;
  let n = 0; // points in the column
  let lastX = 0;
  let lastY = 0;
  let prevY = Number.NaN; // y of the last vertex put out in this run
  let runStart = true;
  const flush = (end: boolean) => {
    if (n === 0) return;
    if (n === 1 || end) {
      out.push(tenth(lastX), tenth(lastY));
      prevY = lastY;
    } else {
      const y = Number.isNaN(prevY) || Math.abs(hi - prevY) >= Math.abs(lo - prevY) ? hi : lo;
      out.push(col, tenth(y));
      prevY = y;
    }
    n = 0;
  };
  for (let i = 0; i < xs.length; i++) {
    const v = ys[i] as number;
    if (!Number.isFinite(v) || (log && !(v > 0))) {
      flush(true);
      if (!runStart) out.push(Number.NaN, Number.NaN);
      runStart = true;
      prevY = Number.NaN;
      col = Number.NaN;
      continue;
    }
    const px = s.x(xs[i] as number);
    const py = s.y(v);
    if (runStart) {
      // The first point of a run exactly: a late series' dot and a seam's edge sit on it.
      out.push(tenth(px), tenth(py));
      prevY = py;
      runStart = false;
      col = Number.NaN;
      continue;
    }
    const c = Math.round(px);
    if (c !== col) {
      flush(false);
      col = c;
      lo = py;
      hi = py;
    } else {
      if (py < lo) lo = py;
      if (py > hi) hi = py;
    }
    n += 1;
    lastX = px;
    lastY = py;
  }
  flush(true);
  return out;
}

/**
 * Traces lineVertices on a canvas path (a 2D context or a Path2D): one subpath per unbroken run; a lone point draws as
 * a dot-length segment.
 */
export function traceVertices(path: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void }, v: readonly number[]) {
  let pen = false;
  for (let i = 0; i < v.length; i += 2) {
    const x = v[i] as number;
    if (Number.isNaN(x)) {
      pen = false;
      continue;
    }
    const y = v[i + 1] as number;
    if (pen) path.lineTo(x, y);
    else {
      path.moveTo(x, y);
      const next = v[i + 2];
      if (next === undefined || Number.isNaN(next)) path.lineTo(x + 0.1, y);
    }
    pen = true;
  }
}

const sameVertices = (a: readonly number[], b: readonly number[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
};

/**
 * Vertices per line key, the same array kept while the line's pixels are the same: a toggle that leaves the value axis
 * alone, Index = 100 → % change on a linear axis (every value moves by 100, no pixel does), or a brush's zoom followed
 * by the caller's own lines for that range hand the canvas the same arrays, so it sees nothing to redraw.
 */
export class PathCache {
  private byKey = new Map<string, { xs: readonly number[]; ys: readonly number[]; scale: string; v: number[] }>();
  vertices(line: TimeSeriesLine, s: Scales, log: boolean): readonly number[] {
    const hit = this.byKey.get(line.key);
    // The same arrays at the same scale: nothing to compute (the frame builder hands back unchanged series as they were).
    if (hit && hit.xs === line.xs && hit.ys === line.ys && hit.scale === s.key) return hit.v;
    const fresh = lineVertices(line, s, log);
    const v = hit && sameVertices(hit.v, fresh) ? hit.v : fresh;
    this.byKey.set(line.key, { xs: line.xs, ys: line.ys, scale: s.key, v });
    return v;
  }
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

export const snapDay = (t: number) => Math.round(t / DAY_MS) * DAY_MS;
