import { marketModel } from "./event-study";
import type { DayRange } from "./range";
import { pairedReturns } from "./returns";
import type { Point } from "./types";

export type DownDayStats =
  | {
      ok: true;
      /** Paired daily returns in the range. */
      days: number;
      /** Of those, days on which BTC's return was negative. */
      downDays: number;
      /** Mean token return on BTC-down days, percent. */
      tokenMeanPct: number;
      /** Median token return on BTC-down days, percent (mean of the middle two for an even count). */
      tokenMedianPct: number;
      /** Share of BTC-down days on which the token rose (return > 0), percent. */
      shareUpPct: number;
      /** Mean BTC return on its down days, percent. */
      btcMeanPct: number;
      /** OLS beta of token on BTC over all paired days in the range, unitless. */
      beta: number;
      /** Mean token return over all paired days in the range, percent. */
      allDaysTokenMeanPct: number;
    }
  | { ok: false; reason: "no-overlap" | "no-down-days"; detail: string };

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * How a token did on the days BTC closed down (the report's Figure 5). Daily simple returns in percent,
 * r = 100 × (p_d / p_prev − 1), are paired over the common calendar (`pairedReturns`); a return dated d counts if
 * range.from ≤ d ≤ range.to, so the first one runs from the last common close before the range. BTC-down days are
 * those with r_BTC < 0. On them: mean and median token return, the share of days the token rose (r > 0; an unchanged
 * close is not a rise) and BTC's mean return; over all paired days in the range: the token's mean return and its OLS
 * beta on BTC (β = cov(token, BTC) / var(BTC), as in the market model of MacKinlay 1997).
 *
 * `no-overlap` when there are no paired returns in the range, or too few (fewer than 2, or BTC's return never varies)
 * for a beta; `no-down-days` when BTC never fell in the range.
 */
export function downDayStats(token: readonly Point[], btc: readonly Point[], range: DayRange): DownDayStats {
  const rows = pairedReturns(token, btc).filter((r) => r.date >= range.from && r.date <= range.to);
  if (rows.length === 0) {
    return { ok: false, reason: "no-overlap", detail: `token and BTC have no common daily returns in ${range.from} … ${range.to}` };
  }
  const down = rows.filter((r) => r.b < 0);
  if (down.length === 0) {
    return { ok: false, reason: "no-down-days", detail: `BTC did not close down on any of the ${rows.length} common days in range` };
  }
  const model = marketModel(rows);
  if (model === undefined) {
    return {
      ok: false,
      reason: "no-overlap",
      detail: `${rows.length} common daily return(s) in range with no variation in BTC: too few for a beta`,
    };
  }
  const tokenDown = down.map((r) => r.a);
  return {
    ok: true,
    days: rows.length,
    downDays: down.length,
    tokenMeanPct: mean(tokenDown),
    tokenMedianPct: median(tokenDown),
    shareUpPct: (100 * tokenDown.filter((x) => x > 0).length) / down.length,
    btcMeanPct: mean(down.map((r) => r.b)),
    beta: model.beta,
    allDaysTokenMeanPct: mean(rows.map((r) => r.a)),
  };
}
