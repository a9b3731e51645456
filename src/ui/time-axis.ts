/**
 * Pure helpers of the time chart: time and value ticks, tooltip number formats, end-label placement, colour slots.
 * No DOM, so they are unit tested.
 */
import { fixedDigits } from "./format";

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

/** Steps within a decade, sparsest first: powers of ten, then 1-3, 1-2-5, 1-2-3-5 and 1-1.5-2-3-5-7 × 10^k. */
const LOG_MULTS = [[1], [1, 3], [1, 2, 5], [1, 2, 3, 5], [1, 1.5, 2, 3, 5, 7]] as const;

/**
 * Round ticks for a log axis from lo to hi, about `count` of them (4 at least, 8 at most), never two closer than half
 * the even spacing of `count` ticks. Over a decade or more: powers of ten with the sparsest 1-2-5-like steps between
 * them that give 4 ticks, or every second (third …) power over many decades. Under about a decade, where those steps
 * leave one or two ticks (87.5 to 177.6 held only 100): round linear steps (100, 120, 140, 160), thinned where the log
 * axis squeezes them together at the top.
 */
export function logTicks(lo: number, hi: number, count = 5): number[] {
  if (!(lo > 0) || !(hi > lo)) return [lo];
  const want = Math.min(8, Math.max(4, Math.round(count)));
  const decades = Math.log10(hi / lo);
  const minGap = decades / (2 * want);
  const between = (mults: readonly number[], every = 1) => {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
      if (e % every !== 0) continue;
      for (const m of mults) {
        // Rounded so 3 × 10^-1 prints as 0.3, not 0.30000000000000004.
        const v = Number((m * 10 ** e).toPrecision(12));
        if (v >= lo && v <= hi) out.push(v);
      }
    }
    return out;
  };
  let ticks = LOG_MULTS.map((m) => between(m)).find((t) => t.length >= 4 && t.length <= 8);
  if (!ticks) {
    const powers = between([1]);
    if (powers.length > 8) ticks = between([1], Math.ceil(powers.length / want));
    else {
      // Under about a decade: round linear steps, the most that keep 4 to 8 once squeezed ones are dropped.
      for (let k = want; k >= 2 && !ticks; k--) {
        const t = thin(roundTicks(linearTicks(lo, hi, k)), minGap);
        if (t.length >= 4 && t.length <= 8) ticks = t;
      }
      ticks ??= thin(roundTicks(linearTicks(lo, hi, want)), minGap);
    }
  }
  return thin(ticks, minGap);
}

/** Without float dust (0.06, not 0.060000000000000005), so a tick prints as the round value it is. */
const roundTicks = (ticks: readonly number[]) => ticks.map((v) => Number(v.toPrecision(12)));

/** Drops a tick closer than `gap` decades to the last one kept, from the bottom up. */
function thin(ticks: readonly number[], gap: number): number[] {
  const out: number[] = [];
  for (const v of ticks) {
    const prev = out.at(-1);
    if (v > 0 && (prev === undefined || Math.log10(v / prev) >= gap - 1e-9)) out.push(v);
  }
  return out;
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
  return (v: number) => {
    if (!Number.isFinite(v)) return "–";
    const s = unsignZero((v < 0 || Object.is(v, -0) ? "−" : "") + fixedDigits(v, digits, digits));
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

/** The text of a line's end label: the first word of its name ("RNDR" of "RNDR → RENDER"). */
export const endLabelText = (label: string) => label.split(" ")[0] ?? label;

/**
 * A label's width before it can be measured: `em` per character, by default 0.8 (bold capitals in the UI fonts run
 * about that wide); a chart passes the widest ratio of the labels it has measured.
 */
export const estimateTextWidth = (text: string, fontPx: number, em = 0.8) => Math.ceil(text.length * fontPx * em);

/** From a line's last point to its label; a leader, where one is drawn, runs inside this gap. */
export const END_LABEL_DX = 8;

export interface LineEnd {
  x: number;
  y: number;
}

export interface PlacedLabel {
  /** Index of the line (and end) it names. */
  index: number;
  x: number;
  /** Where the label's middle sits, and where its line ends. */
  y: number;
  lineY: number;
  /** The label moved off its line's end: a short leader joins them. */
  leader: boolean;
}

/**
 * Places end-of-line labels: each beside its line's last point, moved apart (sorted by y) so no two are closer than one
 * line height, with every label's middle between `top` and `bottom`. When more labels than fit in that height are
 * asked for, the lines first in the list keep theirs (the caller lists them by importance).
 */
export function placeEndLabels(ends: readonly (LineEnd | undefined)[], lineHeight: number, top: number, bottom: number): PlacedLabel[] {
  const room = Math.max(1, Math.floor((bottom - top) / lineHeight) + 1);
  const kept = ends.flatMap((e, index) => (e ? [{ ...e, index }] : [])).slice(0, room);
  const ys = spreadLabels(
    kept.map((e) => Math.min(bottom, Math.max(top, e.y))),
    lineHeight,
    top,
    bottom,
  );
  return kept.map((e, k) => {
    const y = ys[k] as number;
    return { index: e.index, x: e.x + END_LABEL_DX, y, lineY: e.y, leader: Math.abs(y - e.y) > lineHeight / 4 };
  });
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
