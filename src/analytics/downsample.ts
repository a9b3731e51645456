/**
 * Largest-Triangle-Three-Buckets downsampling: Steinarsson, S. (2013), "Downsampling Time Series for Visual
 * Representation", MSc thesis, University of Iceland. Keeps the shape a line chart shows (peaks, troughs) with far
 * fewer points than plain decimation.
 */

type Value = number | null;

const usable = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Triangle-ish score of candidate (x, y) against anchor a and next-bucket average c; degrades gracefully without them. */
function score(x: number, y: number, a: { x: number; y: number } | undefined, c: { x: number; y: number } | undefined): number {
  if (a && c) return Math.abs((a.x - c.x) * (y - a.y) - (a.x - x) * (c.y - a.y)) / 2;
  if (a) return Math.abs(y - a.y);
  if (c) return Math.abs(y - c.y);
  return 0;
}

/**
 * Indices LTTB keeps out of n points, x = position, for 3 <= threshold < n: the first and last point and one per
 * bucket. Null values are never a bucket's representative unless the whole bucket is null (then its first index).
 */
function lttbIndices(n: number, threshold: number, valueAt: (i: number) => Value): number[] {
  const buckets = threshold - 2;
  const span = n - 2;
  // Integer arithmetic keeps the bucket edges exact: bucket i is [edge(i), edge(i + 1)).
  const edge = (i: number) => Math.min(Math.floor((i * span) / buckets) + 1, n);
  const out = [0];
  const first = valueAt(0);
  let anchor: { x: number; y: number } | undefined = first === null ? undefined : { x: 0, y: first };
  for (let i = 0; i < buckets; i++) {
    const start = edge(i);
    const end = edge(i + 1);
    const nextEnd = i === buckets - 1 ? n : edge(i + 2);
    let sx = 0;
    let sy = 0;
    let count = 0;
    for (let j = end; j < nextEnd; j++) {
      const v = valueAt(j);
      if (v === null) continue;
      sx += j;
      sy += v;
      count++;
    }
    const avg = count > 0 ? { x: sx / count, y: sy / count } : undefined;
    let best = -1;
    let bestScore = -1;
    let bestY = 0;
    for (let j = start; j < end; j++) {
      const v = valueAt(j);
      if (v === null) continue;
      const s = score(j, v, anchor, avg);
      if (s > bestScore) {
        bestScore = s;
        best = j;
        bestY = v;
      }
    }
    if (best === -1) out.push(start);
    else {
      out.push(best);
      anchor = { x: best, y: bestY };
    }
  }
  out.push(n - 1);
  return out;
}

/** The whole-number threshold LTTB should run with, or undefined when rows should come back unchanged. */
function effectiveThreshold(n: number, threshold: number): number | undefined {
  const t = Math.floor(threshold);
  return t >= 3 && t < n ? t : undefined;
}

/**
 * Downsamples rows to `threshold` rows with Largest-Triangle-Three-Buckets (Steinarsson 2013): the first and last
 * rows are kept, the rows between are split into threshold − 2 equal buckets by position, and each bucket keeps the
 * row forming the largest triangle with the row kept before it and the mean of the next bucket (x = row position,
 * y = valueOfRow(row), in the series' own units). Rows whose value is null (or not finite) are never a bucket's pick
 * unless the whole bucket is null; then its first row is kept so a gap stays a gap. If threshold >= rows.length or
 * threshold < 3, returns a copy of rows unchanged.
 */
export function lttb<T extends { date: string }>(rows: readonly T[], threshold: number, valueOfRow: (row: T) => number | null): T[] {
  const t = effectiveThreshold(rows.length, threshold);
  if (t === undefined) return rows.slice();
  const valueAt = (i: number): Value => {
    const v = valueOfRow(rows[i] as T);
    return usable(v) ? v : null;
  };
  return lttbIndices(rows.length, t, valueAt).map((i) => rows[i] as T);
}

/**
 * Downsamples rows that carry several aligned series (one column per key, null where a series has no value, as
 * `alignOnDates` builds them). LTTB runs on each key's column separately with threshold maxPoints, and the union of
 * the rows they keep is returned in the original order, so every series keeps its own peaks and troughs; at most
 * keys.length × maxPoints rows. Returns a copy unchanged when rows.length <= maxPoints or maxPoints < 3. Non-numeric
 * cells count as null. With no keys, rows are thinned to maxPoints evenly spaced ones.
 */
export function downsampleAligned<T extends { date: string }>(rows: readonly T[], keys: readonly string[], maxPoints: number): T[] {
  const t = effectiveThreshold(rows.length, maxPoints);
  if (t === undefined) return rows.slice();
  const keep = new Uint8Array(rows.length);
  const columns: readonly (string | undefined)[] = keys.length > 0 ? keys : [undefined];
  for (const key of columns) {
    const valueAt = (i: number): Value => {
      if (key === undefined) return null;
      const v = (rows[i] as Record<string, unknown>)[key];
      return usable(v) ? v : null;
    };
    for (const i of lttbIndices(rows.length, t, valueAt)) keep[i] = 1;
  }
  const out: T[] = [];
  keep.forEach((k, i) => {
    if (k === 1) out.push(rows[i] as T);
  });
  return out;
}

/**
 * Keeps, per pixel column, the first, lowest, highest and last point (M4): a line through them draws exactly as the
 * full series at that width, with every peak and trough, and carries at most four points per column.
 */
export function downsampleM4(
  xs: readonly number[],
  ys: readonly number[],
  t0: number,
  t1: number,
  width: number,
): { xs: number[]; ys: number[] } {
  const n = xs.length;
  if (n <= 4 * Math.max(1, width)) return { xs: [...xs], ys: [...ys] };
  const span = Math.max(1, t1 - t0);
  const outX: number[] = [];
  const outY: number[] = [];
  let i = 0;
  while (i < n) {
    const yi = ys[i] as number;
    if (Number.isNaN(yi)) {
      outX.push(xs[i] as number);
      outY.push(Number.NaN);
      i++;
      continue;
    }
    const col = Math.floor((((xs[i] as number) - t0) / span) * width);
    const start = i;
    let lo = i;
    let hi = i;
    while (i < n && !Number.isNaN(ys[i] as number) && Math.floor((((xs[i] as number) - t0) / span) * width) === col) {
      if ((ys[i] as number) < (ys[lo] as number)) lo = i;
      if ((ys[i] as number) > (ys[hi] as number)) hi = i;
      i++;
    }
    const end = i - 1;
    for (const k of [...new Set([start, Math.min(lo, hi), Math.max(lo, hi), end])].sort((a, b) => a - b)) {
      outX.push(xs[k] as number);
      outY.push(ys[k] as number);
    }
  }
  return { xs: outX, ys: outY };
}
