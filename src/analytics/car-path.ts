/**
 * Average cumulative abnormal return paths around many events (MacKinlay 1997, §"Aggregation of abnormal returns"):
 * each event's AR from −h to +h from its own market model, cumulated, then averaged across events with the
 * cross-sectional standard error. See event-study.ts for the model and the calendar.
 */
import { DEFAULT_ESTIMATION, type EventWindow, type InsufficientReason, fit } from "./event-study";
import { type PairedReturn, pairedReturns } from "./returns";
import type { IsoDay, Point } from "./types";

/** Mean CAR path across events with its cross-sectional standard error, offset by offset. */
export interface CarPath {
  /** −halfWidth … +halfWidth, in common-calendar rows around t0. */
  offsets: number[];
  /** Mean across used events of CAR(−halfWidth, k), percentage points. */
  mean: number[];
  /** Standard error of that mean: sd / √n with sd using n − 1; 0 when n = 1. */
  se: number[];
  /** Events contributing at each offset. */
  n: number[];
  /** Event dates that entered the average. */
  used: IsoDay[];
  /** Event dates left out, with why. */
  skipped: { date: IsoDay; reason: InsufficientReason }[];
}

const normaliseHalfWidth = (h: number) => (Number.isFinite(h) && h > 0 ? Math.floor(h) : 0);

/** Abnormal returns at offsets −h … +h around the event, or why they cannot be had. */
function abnormalPath(
  rows: readonly PairedReturn[],
  eventDate: IsoDay,
  h: number,
  estimation: EventWindow,
): { ok: true; ar: number[] } | { ok: false; reason: InsufficientReason } {
  const f = fit(rows, eventDate, estimation);
  if (!f.ok) return { ok: false, reason: f.reason };
  if (f.t0 - h < 0 || f.t0 + h > rows.length - 1) return { ok: false, reason: "window-beyond-data" };
  const ar: number[] = [];
  for (let i = f.t0 - h; i <= f.t0 + h; i++) {
    const r = rows[i] as PairedReturn;
    ar.push(r.a - (f.alpha + f.beta * r.b));
  }
  return { ok: true, ar };
}

const cumulate = (xs: readonly number[]) => {
  let s = 0;
  return xs.map((x) => {
    s += x;
    return s;
  });
};

/** Mean and standard error at each position across equal-length paths; all arrays empty when there are none. */
function aggregate(paths: readonly number[][], h: number): Pick<CarPath, "offsets" | "mean" | "se" | "n"> {
  if (paths.length === 0) return { offsets: [], mean: [], se: [], n: [] };
  const offsets: number[] = [];
  const mean: number[] = [];
  const se: number[] = [];
  const n: number[] = [];
  const k = paths.length;
  for (let j = 0; j <= 2 * h; j++) {
    let sum = 0;
    for (const p of paths) sum += p[j] ?? 0;
    const m = sum / k;
    let ss = 0;
    for (const p of paths) ss += ((p[j] ?? 0) - m) ** 2;
    offsets.push(j - h);
    mean.push(m);
    se.push(k > 1 ? Math.sqrt(ss / (k - 1)) / Math.sqrt(k) : 0);
    n.push(k);
  }
  return { offsets, mean, se, n };
}

/**
 * Average cumulative abnormal return path of one token around several events (MacKinlay 1997, aggregation of abnormal
 * returns across events). For each event with a fitted market model (as in `studyEvent`) and data at every offset of
 * −halfWidth … +halfWidth rows, CAR_k = Σ_{j=−halfWidth..k} AR_j in percentage points. Then, at each offset, the mean
 * across events and its cross-sectional standard error sd/√n (sd with n − 1; 0 for a single event). Events are
 * treated as independent; check `overlappingEvents` first. With no usable event all four arrays are empty. halfWidth
 * is rounded down to a whole number of rows (negative → 0); keep it below −estimation.to so windows do not overlap
 * the estimation window.
 */
export function averageCarPath(
  token: readonly Point[],
  bench: readonly Point[],
  eventDates: readonly IsoDay[],
  halfWidth: number,
  estimation: EventWindow = DEFAULT_ESTIMATION,
): CarPath {
  const h = normaliseHalfWidth(halfWidth);
  const rows = pairedReturns(token, bench);
  const paths: number[][] = [];
  const used: IsoDay[] = [];
  const skipped: CarPath["skipped"] = [];
  for (const date of eventDates) {
    const p = abnormalPath(rows, date, h, estimation);
    if (p.ok) {
      paths.push(cumulate(p.ar));
      used.push(date);
    } else skipped.push({ date, reason: p.reason });
  }
  return { ...aggregate(paths, h), used, skipped };
}

const REASON_ORDER: readonly InsufficientReason[] = ["no-data-at-event", "short-estimation", "window-beyond-data", "flat-benchmark"];

/**
 * Average CAR path of an equal-weight basket. For each event, every token gets its own market model against the
 * benchmark (as in `averageCarPath`); the tokens with a fit and data over the whole −halfWidth … +halfWidth window
 * form that event's basket, whose AR at each offset is the plain mean of their ARs (so the basket does not change
 * within an event's path). Basket ARs are cumulated and averaged across events exactly as in `averageCarPath`.
 * `basketSize` gives the number of tokens behind each used event. An event with no usable token is skipped with the
 * reason most tokens gave (no tokens at all: "no-data-at-event").
 */
export function basketCarPath(
  tokens: readonly (readonly Point[])[],
  bench: readonly Point[],
  eventDates: readonly IsoDay[],
  halfWidth: number,
  estimation: EventWindow = DEFAULT_ESTIMATION,
): CarPath & { basketSize: number[] } {
  const h = normaliseHalfWidth(halfWidth);
  const allRows = tokens.map((t) => pairedReturns(t, bench));
  const paths: number[][] = [];
  const used: IsoDay[] = [];
  const basketSize: number[] = [];
  const skipped: CarPath["skipped"] = [];
  for (const date of eventDates) {
    const sums = new Array<number>(2 * h + 1).fill(0);
    let count = 0;
    const reasons = new Map<InsufficientReason, number>();
    for (const rows of allRows) {
      const p = abnormalPath(rows, date, h, estimation);
      if (p.ok) {
        p.ar.forEach((x, j) => {
          sums[j] = (sums[j] ?? 0) + x;
        });
        count++;
      } else reasons.set(p.reason, (reasons.get(p.reason) ?? 0) + 1);
    }
    if (count > 0) {
      paths.push(cumulate(sums.map((s) => s / count)));
      used.push(date);
      basketSize.push(count);
    } else {
      let reason: InsufficientReason = "no-data-at-event";
      let most = 0;
      for (const r of REASON_ORDER) {
        const c = reasons.get(r) ?? 0;
        if (c > most) {
          most = c;
          reason = r;
        }
      }
      skipped.push({ date, reason });
    }
  }
  return { ...aggregate(paths, h), used, skipped, basketSize };
}
