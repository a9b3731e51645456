import { pairedReturns, simpleReturns } from "./returns";
import { addDays, clipToRange, lastOnOrBefore } from "./range";
import type { IsoDay, Point } from "./types";

/**
 * The demand half of the thesis, as pure arithmetic: screener statistics per token, the price-to-fees multiple over
 * time, and a weekly decomposition of token returns into fee growth and AI-news weeks. Inputs are sorted daily points;
 * nothing is interpolated, and every statistic that lacks data is undefined with the reason in words.
 */

/** Fees are annualised from a trailing window of this many days… */
export const FEES_WINDOW_DAYS = 30;
/** …which must hold at least this many days with data, or there is no annualised figure. */
export const MIN_FEES_DAYS = 20;
/** β to BTC needs at least this many paired daily returns; correlation to NVDA at least MIN_NVDA_DAYS shared days. */
export const MIN_BETA_DAYS = 30;
export const MIN_NVDA_DAYS = 20;
/** The weekly regression needs at least this many complete weeks. */
export const MIN_WEEKS = 8;

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Sample standard deviation; undefined below two values. */
export function stdev(xs: readonly number[]): number | undefined {
  if (xs.length < 2) return undefined;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

/** Pearson correlation of paired values; undefined when either side does not vary. */
export function correlation(rows: readonly { a: number; b: number }[]): number | undefined {
  if (rows.length < 2) return undefined;
  const ma = mean(rows.map((r) => r.a));
  const mb = mean(rows.map((r) => r.b));
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (const r of rows) {
    sab += (r.a - ma) * (r.b - mb);
    saa += (r.a - ma) ** 2;
    sbb += (r.b - mb) ** 2;
  }
  if (!(saa > 0 && sbb > 0)) return undefined;
  return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
}

/** OLS slope of a on b (β of the token to the benchmark); undefined when b does not vary. */
export function slope(rows: readonly { a: number; b: number }[]): number | undefined {
  if (rows.length < 2) return undefined;
  const ma = mean(rows.map((r) => r.a));
  const mb = mean(rows.map((r) => r.b));
  let sab = 0;
  let sbb = 0;
  for (const r of rows) {
    sab += (r.a - ma) * (r.b - mb);
    sbb += (r.b - mb) ** 2;
  }
  return sbb > 0 ? sab / sbb : undefined;
}

/** Largest fall from a running peak, in percent (≤ 0; 0 when the price never fell below an earlier close). */
export function maxDrawdownPct(points: readonly Point[]): number | undefined {
  let peak = Number.NEGATIVE_INFINITY;
  let worst = 0;
  let seen = 0;
  for (const p of points) {
    if (!(Number.isFinite(p.value) && p.value > 0)) continue;
    seen++;
    if (p.value > peak) peak = p.value;
    worst = Math.min(worst, (p.value / peak - 1) * 100);
  }
  return seen < 2 ? undefined : worst;
}

/** Annualised volatility in percent: the standard deviation of daily simple returns × √365 (crypto trades every day). */
export function annualisedVolPct(points: readonly Point[]): number | undefined {
  const sd = stdev(simpleReturns(points).map((r) => r.value));
  return sd === undefined ? undefined : sd * Math.sqrt(365);
}

/**
 * Fees over the trailing FEES_WINDOW_DAYS days ending `day`, annualised: mean of the days present × 365. Undefined with
 * fewer than MIN_FEES_DAYS days present (a listing that started late, or gaps).
 */
export function annualisedFees(fees: readonly Point[], day: IsoDay): { usd: number; days: number } | undefined {
  const window = clipToRange(fees, { from: addDays(day, -(FEES_WINDOW_DAYS - 1)), to: day });
  if (window.length < MIN_FEES_DAYS) return undefined;
  return { usd: mean(window.map((p) => p.value)) * 365, days: window.length };
}

/** Fee growth: the last 30 days' total against the 30 days before, percent; each window needs MIN_FEES_DAYS days. */
export function feesGrowthPct(fees: readonly Point[], day: IsoDay): number | undefined {
  const now = annualisedFees(fees, day);
  const before = annualisedFees(fees, addDays(day, -FEES_WINDOW_DAYS));
  if (!now || !before || !(before.usd > 0)) return undefined;
  return (now.usd / before.usd - 1) * 100;
}

export type ValuationBasis = "FDV" | "market cap";

/**
 * Annualised price-to-fees: valuation ÷ annualised fees, where valuation is the FDV when there is one and the market
 * cap otherwise (the basis says which). Undefined without fees or with zero fees.
 */
export function priceToFees(valuation: number | undefined, annualFees: number | undefined): number | undefined {
  if (valuation === undefined || annualFees === undefined || !(annualFees > 0) || !(valuation > 0)) return undefined;
  return valuation / annualFees;
}

/** The P/F multiple for every day with a valuation and enough fees in its trailing window. */
export function priceToFeesSeries(valuation: readonly Point[], fees: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const v of valuation) {
    const f = annualisedFees(fees, v.date);
    const pf = priceToFees(v.value, f?.usd);
    if (pf !== undefined) out.push({ date: v.date, value: pf });
  }
  return out;
}

export interface ScreenerInput {
  id: string;
  price: readonly Point[];
  marketCap?: readonly Point[] | undefined;
  fdv?: readonly Point[] | undefined;
  fees?: readonly Point[] | undefined;
  btc?: readonly Point[] | undefined;
  nvda?: readonly Point[] | undefined;
  range: { from: IsoDay; to: IsoDay };
}

export interface ScreenerRow {
  id: string;
  /** First to last close in the range, percent. */
  returnPct: number | undefined;
  volPct: number | undefined;
  maxDrawdownPct: number | undefined;
  betaBtc: number | undefined;
  corrNvda: number | undefined;
  /** Shared NVDA trading days behind the correlation. */
  nvdaDays: number;
  /** Last values on or before the range's end. */
  marketCap: number | undefined;
  fdv: number | undefined;
  annualFees: number | undefined;
  pf: number | undefined;
  pfBasis: ValuationBasis | undefined;
  feesGrowthPct: number | undefined;
  /** The last day of the range the statistics use. */
  asOf: IsoDay | undefined;
}

const lastIn = (points: readonly Point[] | undefined, to: IsoDay) => (points ? lastOnOrBefore(points, to)?.value : undefined);

export function screenerRow(input: ScreenerInput): ScreenerRow {
  const price = clipToRange(input.price, input.range);
  const first = price[0];
  const last = price[price.length - 1];
  const returnPct = first && last && last.date > first.date ? (last.value / first.value - 1) * 100 : undefined;
  const btcRows = input.btc ? pairedReturns(price, clipToRange(input.btc, input.range)) : [];
  const nvdaRows = input.nvda ? pairedReturns(price, clipToRange(input.nvda, input.range)) : [];
  const end = last?.date ?? input.range.to;
  const fdv = lastIn(input.fdv, end);
  const marketCap = lastIn(input.marketCap, end);
  const fees = input.fees ? annualisedFees(input.fees, end) : undefined;
  const valuation = fdv ?? marketCap;
  const pf = priceToFees(valuation, fees?.usd);
  return {
    id: input.id,
    returnPct,
    volPct: annualisedVolPct(price),
    maxDrawdownPct: maxDrawdownPct(price),
    betaBtc: btcRows.length >= MIN_BETA_DAYS ? slope(btcRows) : undefined,
    corrNvda: nvdaRows.length >= MIN_NVDA_DAYS ? correlation(nvdaRows) : undefined,
    nvdaDays: nvdaRows.length,
    marketCap,
    fdv,
    annualFees: fees?.usd,
    pf,
    pfBasis: pf === undefined ? undefined : fdv !== undefined ? "FDV" : "market cap",
    feesGrowthPct: input.fees ? feesGrowthPct(input.fees, end) : undefined,
    asOf: last?.date,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Weekly decomposition

/** Monday of the UTC week holding `day`. */
export function weekOf(day: IsoDay): IsoDay {
  const dow = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -dow);
}

export interface WeekRow {
  week: IsoDay;
  /** Token return from the previous week's last close to this week's, percent. */
  tokenReturnPct: number;
  /** This week's fees against the previous week's, percent (both complete: 7 days each). */
  feeGrowthPct: number;
  /** 1 when an AI news event falls in the week. */
  aiNews: 0 | 1;
}

/** Complete weeks with a token return, a fee growth and the AI-news dummy. */
export function weeklyRows(price: readonly Point[], fees: readonly Point[], eventDays: readonly IsoDay[]): WeekRow[] {
  const closes = new Map<IsoDay, number>();
  for (const p of price) if (p.value > 0) closes.set(weekOf(p.date), p.value); // sorted input: the last close wins
  const feeWeeks = new Map<IsoDay, { sum: number; days: number }>();
  for (const p of fees) {
    const w = weekOf(p.date);
    const held = feeWeeks.get(w) ?? { sum: 0, days: 0 };
    feeWeeks.set(w, { sum: held.sum + p.value, days: held.days + 1 });
  }
  const newsWeeks = new Set(eventDays.map(weekOf));
  const rows: WeekRow[] = [];
  for (const [week, close] of closes) {
    const prevWeek = addDays(week, -7);
    const prevClose = closes.get(prevWeek);
    const f = feeWeeks.get(week);
    const pf = feeWeeks.get(prevWeek);
    if (prevClose === undefined || !f || !pf || f.days < 7 || pf.days < 7 || !(pf.sum > 0)) continue;
    rows.push({
      week,
      tokenReturnPct: (close / prevClose - 1) * 100,
      feeGrowthPct: (f.sum / pf.sum - 1) * 100,
      aiNews: newsWeeks.has(week) ? 1 : 0,
    });
  }
  return rows.sort((a, b) => (a.week < b.week ? -1 : 1));
}

export interface Coefficient {
  estimate: number;
  stdError: number | undefined;
}

export type Decomposition =
  | {
      ok: true;
      n: number;
      newsWeeks: number;
      intercept: Coefficient;
      /** Percentage points of weekly token return per percentage point of weekly fee growth. */
      feeGrowth: Coefficient;
      /** Percentage points of extra weekly token return in AI-news weeks. */
      aiNews: Coefficient;
      r2: number;
      /** Shapley split of R² between the two regressors; the parts sum to r2. */
      r2FeeGrowth: number;
      r2AiNews: number;
    }
  | { ok: false; reason: string; n: number };

/** Solves A x = b for a small dense system (Gaussian elimination with partial pivoting); undefined if singular. */
function solve(a: number[][], b: number[]): number[] | undefined {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    const pr = m[pivot];
    if (!pr || Math.abs(pr[c] ?? 0) < 1e-12) return undefined;
    [m[c], m[pivot]] = [pr, m[c] as number[]];
    const row = m[c] as number[];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const other = m[r] as number[];
      const f = (other[c] ?? 0) / (row[c] ?? 1);
      for (let k = c; k <= n; k++) other[k] = (other[k] ?? 0) - f * (row[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

/** OLS of y on the columns of x (an intercept column included by the caller); coefficients, R² and standard errors. */
export function ols(
  y: readonly number[],
  x: readonly (readonly number[])[],
): { beta: number[]; r2: number; se: (number | undefined)[] } | undefined {
  const n = y.length;
  const k = x[0]?.length ?? 0;
  if (n <= k || k === 0) return undefined;
  const xtx = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => x.reduce((s, row) => s + (row[i] ?? 0) * (row[j] ?? 0), 0)),
  );
  const xty = Array.from({ length: k }, (_, i) => x.reduce((s, row, r) => s + (row[i] ?? 0) * (y[r] ?? 0), 0));
  const beta = solve(xtx, xty);
  if (!beta) return undefined;
  const fitted = x.map((row) => row.reduce((s, v, i) => s + v * (beta[i] ?? 0), 0));
  const my = mean(y);
  const sst = y.reduce((s, v) => s + (v - my) ** 2, 0);
  const sse = y.reduce((s, v, i) => s + (v - (fitted[i] ?? 0)) ** 2, 0);
  const r2 = sst > 0 ? Math.max(0, Math.min(1, 1 - sse / sst)) : 0;
  const sigma2 = sse / (n - k);
  const se = beta.map((_, j) => {
    const unit = Array.from({ length: k }, (_, i) => (i === j ? 1 : 0));
    const col = solve(xtx, unit);
    const v = col?.[j];
    return v !== undefined && v >= 0 ? Math.sqrt(sigma2 * v) : undefined;
  });
  return { beta, r2, se };
}

/**
 * Weekly token return = a + b·(weekly fee growth) + c·(AI-news week) + e, by OLS over the complete weeks, with R² split
 * between the two regressors by their Shapley values (the average of each one's R² gain over the two orders of entry).
 * Needs MIN_WEEKS weeks, some variation in fee growth, and both news and quiet weeks.
 */
export function decomposeWeekly(rows: readonly WeekRow[]): Decomposition {
  const n = rows.length;
  if (n < MIN_WEEKS)
    return {
      ok: false,
      n,
      reason: `${n} complete ${n === 1 ? "week" : "weeks"} with both price and fees; at least ${MIN_WEEKS} are needed`,
    };
  const news = rows.filter((r) => r.aiNews === 1).length;
  if (news === 0 || news === n)
    return {
      ok: false,
      n,
      reason:
        news === 0
          ? "no week in the range has an AI news event"
          : "every week in the range has an AI news event, so there is no quiet week to compare",
    };
  const y = rows.map((r) => r.tokenReturnPct);
  const full = ols(
    y,
    rows.map((r) => [1, r.feeGrowthPct, r.aiNews]),
  );
  const onlyFees = ols(
    y,
    rows.map((r) => [1, r.feeGrowthPct]),
  );
  const onlyNews = ols(
    y,
    rows.map((r) => [1, r.aiNews]),
  );
  if (!full || !onlyFees || !onlyNews) return { ok: false, n, reason: "weekly fee growth does not vary, so no slope can be fitted" };
  const r2FeeGrowth = (onlyFees.r2 + (full.r2 - onlyNews.r2)) / 2;
  const r2AiNews = (onlyNews.r2 + (full.r2 - onlyFees.r2)) / 2;
  const coef = (i: number): Coefficient => ({ estimate: full.beta[i] ?? Number.NaN, stdError: full.se[i] });
  return { ok: true, n, newsWeeks: news, intercept: coef(0), feeGrowth: coef(1), aiNews: coef(2), r2: full.r2, r2FeeGrowth, r2AiNews };
}
