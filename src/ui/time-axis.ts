/**
 * Pure helpers of the time chart: time and value ticks, tooltip number formats, end-label placement, colour slots.
 * No DOM, so they are unit tested.
 */
export const DAY_MS = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface Tick {
  t: number;
  label: string;
}

/** "Jan ’24": a month and its year, never mistaken for a day of the month. */
export function monthLabel(t: number): string {
  const d = new Date(t);
  return `${MONTHS[d.getUTCMonth()]} ’${String(d.getUTCFullYear()).slice(2)}`;
}

/** "8 Mar": a day and its month, for spans under two months. */
export function dayLabel(t: number): string {
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

export const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 36, 60, 120];

/**
 * Ticks on month starts every `step` months (steps of 1, 2, 3, 6, 12 … so they stay regular: Jan, Apr, Jul, Oct), at
 * most `maxTicks`, labelled "Jan ’24". Under two months, ticks fall on days 1, 8, 15 and 22 instead ("8 Mar").
 */
export function timeTicks(t0: number, t1: number, maxTicks: number): Tick[] {
  if (!(t1 > t0)) return [{ t: t0, label: dayLabel(t0) }];
  const a = new Date(t0);
  const b = new Date(t1);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  const max = Math.max(2, maxTicks);
  if (months < 2) {
    const days = [1, 8, 15, 22];
    const out: Tick[] = [];
    const every = (t1 - t0) / DAY_MS / max > 7 ? 2 : 1;
    const firstMonth = a.getUTCFullYear() * 12 + a.getUTCMonth();
    const lastMonth = b.getUTCFullYear() * 12 + b.getUTCMonth();
    for (let i = firstMonth; i <= lastMonth; i++) {
      days.forEach((d, k) => {
        const t = Date.UTC(Math.floor(i / 12), i % 12, d);
        if (t >= t0 && t <= t1 && k % every === 0) out.push({ t, label: dayLabel(t) });
      });
    }
    return out;
  }
  const step = MONTH_STEPS.find((s) => months / s <= max) ?? Math.ceil(months / max);
  const out: Tick[] = [];
  const startIndex = a.getUTCFullYear() * 12 + a.getUTCMonth();
  const endIndex = b.getUTCFullYear() * 12 + b.getUTCMonth();
  for (let i = startIndex; i <= endIndex; i++) {
    // Ticks on month indexes divisible by the step: quarters start in Jan/Apr/Jul/Oct, years in January.
    if (i % step !== 0) continue;
    const t = Date.UTC(Math.floor(i / 12), i % 12, 1);
    if (t >= t0 && t <= t1) out.push({ t, label: monthLabel(t) });
  }
  return out;
}

/** About `count` round values between lo and hi (1, 2, 5 × 10^k steps). */
export function linearTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag) as number;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

/** Powers of ten, with 2 and 5 between them when the span is short. */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi > lo)) return [lo];
  const out: number[] = [];
  const decades = Math.log10(hi / lo);
  const mults = decades < 1.5 ? [1, 2, 5] : decades < 3 ? [1, 3] : [1];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of mults) {
      const v = m * 10 ** e;
      if (v >= lo && v <= hi) out.push(v);
    }
  }
  return out.length >= 2 ? out : [lo, hi];
}

/** "−0.0 %" and "-0" read as a loss that is not there: a value that rounds to zero is printed without a sign. */
export function unsignZero(text: string): string {
  return /^[−-]0(?:[.,]0+)?(?![\d.,]*[1-9])/.test(text) ? text.replace(/^[−-]/, "") : text;
}

export type ValueKind = "index" | "pct" | "price";

/**
 * One format for every value in a tooltip or announcement, so they line up: index and % change with one decimal;
 * prices with two, or as many as the smallest shown price needs for three significant digits.
 */
export function tooltipFormat(kind: ValueKind, values: readonly number[]): (v: number) => string {
  let digits = 1;
  if (kind === "price") {
    const smallest = Math.min(...values.map(Math.abs).filter((v) => v > 0));
    digits = Number.isFinite(smallest) && smallest < 1 ? Math.min(8, 2 - Math.floor(Math.log10(smallest))) : 2;
  }
  const nf = new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (v: number) => {
    if (!Number.isFinite(v)) return "–";
    const s = unsignZero(nf.format(v).replace("-", "−"));
    if (kind !== "pct") return s;
    return s.startsWith("−") || /^0(?:\.0+)?$/.test(s) ? `${s} %` : `+${s} %`;
  };
}

/** Spreads labels (sorted by wanted y) so no two are closer than `gap` px, staying within [top, bottom]. */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed: number[] = [];
  for (const [k, item] of order.entries()) placed[k] = Math.max(item.y, k > 0 ? (placed[k - 1] as number) + gap : top);
  // Pushed past the bottom: walk back up.
  for (let k = order.length - 1; k >= 0; k--) {
    const limit = k === order.length - 1 ? bottom : (placed[k + 1] as number) - gap;
    if ((placed[k] as number) > limit) placed[k] = limit;
  }
  const out: number[] = new Array(wanted.length);
  order.forEach((item, k) => {
    out[item.i] = placed[k] as number;
  });
  return out;
}

/**
 * Colour slots, in order of distinctness: the first shown series takes slot 1, the next slot 2, and so on, so the
 * series on screen never share a colour (index.css defines --ts-1 … --ts-16 for the light and dark themes, chosen from
 * the Okabe-Ito and Tol palettes, which stay apart under the common colour-vision deficiencies). From slot 11 on the
 * line is also dashed, so it differs by more than hue.
 */
export const COLOUR_SLOTS = 16;
export function slotStyle(index: number): { color: string; dash: string | undefined } {
  const slot = (index % COLOUR_SLOTS) + 1;
  return { color: `var(--ts-${slot})`, dash: slot > 10 ? "7 3" : undefined };
}
