/**
 * Market-model event study, after MacKinlay, A. C. (1997), "Event Studies in Economics and Finance", Journal of
 * Economic Literature 35(1), 13–39: estimate normal returns with an OLS market model on an estimation window that ends
 * before the event, then measure abnormal returns AR_t = r_token,t − (α + β · r_bench,t) over event windows and sum
 * them into cumulative abnormal returns (CAR).
 *
 * Offsets count ROWS of the common calendar of token and benchmark (see `pairedReturns`): calendar days when the
 * benchmark is BTC, trading days when it is a stock such as NVDA. Returns are simple daily returns in percent, so α is
 * in percent per common day, β is unitless and CAR is in percentage points.
 */
import { compound, type PairedReturn, pairedReturns } from "./returns";
import { DAY_MS } from "./range";
import type { IsoDay, Point } from "./types";

/** Offsets relative to the event day t0, inclusive at both ends: {from: −1, to: 1} is the day before to the day after. */
export interface EventWindow {
  from: number;
  to: number;
}

/** Event windows shown by default: [−1, +1], [0, +3] and [0, +7] rows around t0. */
export const DEFAULT_WINDOWS: readonly EventWindow[] = Object.freeze([
  Object.freeze({ from: -1, to: 1 }),
  Object.freeze({ from: 0, to: 3 }),
  Object.freeze({ from: 0, to: 7 }),
]);

/**
 * Estimation window for the market model: rows t0−60 … t0−11 (50 rows). It ends ten rows before the event so that
 * the event's run-up does not leak into "normal" returns (MacKinlay 1997: estimation and event windows do not overlap).
 */
export const DEFAULT_ESTIMATION: EventWindow = Object.freeze({ from: -60, to: -11 });

/** Fewest estimation rows actually present for the market model to be fitted. */
export const MIN_ESTIMATION_DAYS = 30;

/** Largest calendar gap between an event's date and the first row on or after it (a weekend plus a holiday). */
export const MAX_EVENT_GAP_DAYS = 3;

export type InsufficientReason = "no-data-at-event" | "short-estimation" | "window-beyond-data" | "flat-benchmark";

export type WindowResult =
  | { window: EventWindow; ok: true; rawPct: number; benchPct: number; carPct: number; days: number }
  | { window: EventWindow; ok: false; reason: InsufficientReason };

export type EventStudyResult =
  | { ok: true; t0: IsoDay; alpha: number; beta: number; estimationDays: number; windows: WindowResult[] }
  | { ok: false; reason: InsufficientReason; detail: string };

export interface MarketModel {
  /** Intercept, percent per row. */
  alpha: number;
  /** Slope, unitless. */
  beta: number;
  /** Rows used. */
  n: number;
}

/** Days since 1970-01-01 for an ISO day (UTC), NaN if it does not parse. */
const dayNumber = (day: IsoDay) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/**
 * The event day t0: index of the first row dated on or after `eventDate` (an event on a Saturday is felt by a stock on
 * Monday). Undefined if there is no such row, or if that row is more than MAX_EVENT_GAP_DAYS (3) calendar days after
 * the event, i.e. data are missing around the event. Rows sorted by date; binary search, O(log n).
 */
export function eventIndex(rows: readonly { date: IsoDay }[], eventDate: IsoDay): number | undefined {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as { date: IsoDay }).date < eventDate) lo = mid + 1;
    else hi = mid;
  }
  const row = rows[lo];
  if (row === undefined) return undefined;
  const gap = dayNumber(row.date) - dayNumber(eventDate);
  return gap <= MAX_EVENT_GAP_DAYS ? lo : undefined;
}

/**
 * Ordinary least squares of a on b (MacKinlay 1997, the market model): β = Σ(b − b̄)(a − ā) / Σ(b − b̄)², α = ā − β b̄.
 * With percent returns, α is percent per row and β is unitless. Undefined when n < 2 or b does not vary (β would be
 * 0/0), or when the fit is not finite.
 */
export function marketModel(rows: readonly { a: number; b: number }[]): MarketModel | undefined {
  const n = rows.length;
  if (n < 2) return undefined;
  let sumA = 0;
  let sumB = 0;
  let minB = Number.POSITIVE_INFINITY;
  let maxB = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    sumA += r.a;
    sumB += r.b;
    if (r.b < minB) minB = r.b;
    if (r.b > maxB) maxB = r.b;
  }
  if (!(maxB > minB)) return undefined;
  const meanA = sumA / n;
  const meanB = sumB / n;
  let sab = 0;
  let sbb = 0;
  for (const r of rows) {
    const db = r.b - meanB;
    sab += db * (r.a - meanA);
    sbb += db * db;
  }
  const beta = sab / sbb;
  const alpha = meanA - beta * meanB;
  return Number.isFinite(alpha) && Number.isFinite(beta) && sbb > 0 ? { alpha, beta, n } : undefined;
}

export type Fitted =
  | { ok: true; t0: number; alpha: number; beta: number; estimationDays: number }
  | { ok: false; reason: InsufficientReason; detail: string };

/** Finds t0 and fits the market model on the estimation rows present (clipped at the data's edges, then counted). */
/** The market model fitted for one event (shared with car-path.ts). */
export function fit(rows: readonly PairedReturn[], eventDate: IsoDay, estimation: EventWindow): Fitted {
  const t0 = eventIndex(rows, eventDate);
  if (t0 === undefined) {
    const last = rows[rows.length - 1]?.date;
    return {
      ok: false,
      reason: "no-data-at-event",
      detail:
        last === undefined
          ? "token and benchmark have no common days"
          : `no common close within ${MAX_EVENT_GAP_DAYS} days on or after ${eventDate} (common data ${rows[0]?.date} … ${last})`,
    };
  }
  const lo = Math.max(0, t0 + estimation.from);
  const hi = Math.min(rows.length - 1, t0 + estimation.to);
  const sample = lo <= hi ? rows.slice(lo, hi + 1) : [];
  const t0Date = (rows[t0] as PairedReturn).date;
  if (sample.length < MIN_ESTIMATION_DAYS) {
    const wanted = Math.max(0, estimation.to - estimation.from + 1);
    return {
      ok: false,
      reason: "short-estimation",
      detail: `${sample.length} of ${wanted} estimation days [${estimation.from}, ${estimation.to}] around ${t0Date} (need ${MIN_ESTIMATION_DAYS})`,
    };
  }
  const model = marketModel(sample);
  if (model === undefined) {
    return { ok: false, reason: "flat-benchmark", detail: `benchmark returns do not vary over the ${sample.length} estimation days` };
  }
  return { ok: true, t0, alpha: model.alpha, beta: model.beta, estimationDays: sample.length };
}

function windowResult(rows: readonly PairedReturn[], t0: number, w: EventWindow, alpha: number, beta: number): WindowResult {
  const window = { from: w.from, to: w.to };
  const start = t0 + w.from;
  const end = t0 + w.to;
  if (start < 0 || end > rows.length - 1) return { window, ok: false, reason: "window-beyond-data" };
  const a: number[] = [];
  const b: number[] = [];
  let car = 0;
  for (let i = start; i <= end; i++) {
    const r = rows[i];
    if (r === undefined) continue;
    a.push(r.a);
    b.push(r.b);
    car += r.a - (alpha + beta * r.b);
  }
  return { window, ok: true, rawPct: compound(a), benchPct: compound(b), carPct: car, days: a.length };
}

/**
 * The estimation window kept apart from the event windows (MacKinlay 1997: the event's own returns must not enter
 * the "normal" model, or abnormal returns are measured against in-sample residuals). When the earliest event window
 * starts at or before the estimation window's end (e.g. [−30, −11] against −60 … −11), the estimation window moves
 * earlier, keeping its length, to end on the row before that window (−80 … −31). `moved` says whether it did, so the
 * UI can say so. Windows that start after it leave it as it is.
 */
export function separateEstimation(
  windows: readonly EventWindow[],
  estimation: EventWindow = DEFAULT_ESTIMATION,
): { estimation: EventWindow; moved: boolean } {
  let earliest = Number.POSITIVE_INFINITY;
  for (const w of windows) if (Number.isFinite(w.from) && w.from < earliest) earliest = w.from;
  if (!(earliest <= estimation.to)) return { estimation, moved: false };
  const shift = estimation.to - (earliest - 1);
  return { estimation: { from: estimation.from - shift, to: estimation.to - shift }, moved: true };
}

function studyRows(
  rows: readonly PairedReturn[],
  eventDate: IsoDay,
  windows: readonly EventWindow[],
  estimationAsked: EventWindow,
): EventStudyResult {
  const { estimation } = separateEstimation(windows, estimationAsked);
  const f = fit(rows, eventDate, estimation);
  if (!f.ok) return f;
  return {
    ok: true,
    t0: (rows[f.t0] as PairedReturn).date,
    alpha: f.alpha,
    beta: f.beta,
    estimationDays: f.estimationDays,
    windows: windows.map((w) => windowResult(rows, f.t0, w, f.alpha, f.beta)),
  };
}

/**
 * Market-model event study of one token around one event (MacKinlay 1997).
 *
 * 1. rows = pairedReturns(token, bench): daily percent returns over the common calendar (trading days if the
 *    benchmark is a stock, calendar days if it is BTC).
 * 2. t0 = eventIndex(rows, eventDate): first common day on or after the event, at most 3 calendar days later.
 * 3. Market model r_token = α + β r_bench by OLS on rows t0+estimation.from … t0+estimation.to (default −60 … −11),
 *    clipped to the data, needing at least MIN_ESTIMATION_DAYS (30) rows present. An event window reaching into the
 *    estimation window moves the estimation window before it (`separateEstimation`), never the other way round.
 * 4. For each window [from, to] in rows around t0: rawPct = compounded token return, benchPct = compounded benchmark
 *    return (percent), carPct = Σ (r_token − α − β r_bench) in percentage points (abnormal returns are summed, as in
 *    MacKinlay, not compounded), days = rows used. A window reaching past either end of the data is not computed.
 *
 * Never throws and never returns NaN: missing data come back as `ok: false` with a reason.
 */
export function studyEvent(
  token: readonly Point[],
  bench: readonly Point[],
  eventDate: IsoDay,
  windows: readonly EventWindow[] = DEFAULT_WINDOWS,
  estimation: EventWindow = DEFAULT_ESTIMATION,
): EventStudyResult {
  return studyRows(pairedReturns(token, bench), eventDate, windows, estimation);
}

export interface EventStudyRow {
  eventId: string;
  key: string;
  result: EventStudyResult;
}

/**
 * `studyEvent` for every (event, token) pair, events in the outer order and tokens in the inner one. Paired returns
 * are computed once per token, so the cost per pair is a binary search plus the estimation and window sums.
 */
export function studyEvents(
  tokens: readonly { key: string; points: readonly Point[] }[],
  bench: readonly Point[],
  events: readonly { id: string; date: IsoDay }[],
  windows: readonly EventWindow[] = DEFAULT_WINDOWS,
  estimation: EventWindow = DEFAULT_ESTIMATION,
): EventStudyRow[] {
  const prepared = tokens.map((t) => ({ key: t.key, rows: pairedReturns(t.points, bench) }));
  const out: EventStudyRow[] = [];
  for (const e of events) {
    for (const t of prepared) out.push({ eventId: e.id, key: t.key, result: studyRows(t.rows, e.date, windows, estimation) });
  }
  return out;
}

/**
 * Groups of events whose calendar windows [date + from, date + to] (inclusive) overlap, chained transitively: if A
 * overlaps B and B overlaps C, all three form one group. Overlapping event windows share days, so their abnormal
 * returns are not independent (MacKinlay 1997, on clustering) and one event's move may be another's. Only groups of
 * two or more are returned; ids in date order within a group, groups in date order. Events whose date does not parse
 * are ignored. Note the windows here are CALENDAR days, while the study's offsets count common-calendar rows.
 */
export function overlappingEvents(events: readonly { id: string; date: IsoDay }[], window: EventWindow): string[][] {
  if (!(window.from <= window.to)) return [];
  const items = events
    .map((e) => ({ id: e.id, day: dayNumber(e.date) }))
    .filter((e) => Number.isFinite(e.day))
    .sort((x, y) => x.day - y.day);
  const groups: string[][] = [];
  let current: string[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const e of items) {
    if (e.day + window.from <= end) current.push(e.id);
    else {
      if (current.length >= 2) groups.push(current);
      current = [e.id];
    }
    end = Math.max(end, e.day + window.to);
  }
  if (current.length >= 2) groups.push(current);
  return groups;
}
