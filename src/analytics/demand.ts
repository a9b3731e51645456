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

export const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

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
