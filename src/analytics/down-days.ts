import { marketModel } from "./event-study";
import type { DayRange } from "./range";
import { pairedReturns } from "./returns";
import type { IsoDay, Point } from "./types";

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

/** BTC's own down days in a range: its close-to-close returns below zero, each from its previous close. */
export interface BtcDownDay {
  date: IsoDay;
  /** The previous BTC close the return runs from. */
  prev: IsoDay;
  btcPct: number;
}

/**
 * BTC's down days in `range` from BTC's closes alone (a return dated d counts if range.from ≤ d ≤ range.to), and
 * BTC's mean return on them, percent. It does not depend on any token: the same days and the same mean whichever
 * tokens are shown. Undefined mean when BTC never fell in the range.
 */
export function btcDownDays(btc: readonly Point[], range: DayRange): { days: BtcDownDay[]; btcMeanPct: number | undefined } {
  const days: BtcDownDay[] = [];
  let prev: Point | undefined;
  for (const p of btc) {
    if (!(p.value > 0) || !Number.isFinite(p.value)) continue;
    if (prev && p.date > prev.date && p.date >= range.from && p.date <= range.to) {
      const r = 100 * (p.value / prev.value - 1);
      if (r < 0) days.push({ date: p.date, prev: prev.date, btcPct: r });
    }
    if (!prev || p.date > prev.date) prev = p;
  }
  return { days, btcMeanPct: days.length > 0 ? mean(days.map((d) => d.btcPct)) : undefined };
}

export type BasketDownDays =
  | {
      ok: true;
      /** BTC's down days in the range (BTC's own closes). */
      downDays: number;
      /** BTC's mean return on all its down days, percent. */
      btcMeanPct: number;
      /** Down days on which at least one token had a return (closes on the day and on BTC's previous close day). */
      basketDays: number;
      /** Mean of the daily equal-weight basket return over `basketDays`, percent. */
      basketMeanPct: number;
      /** Share of `basketDays` on which the basket rose (> 0), percent. */
      basketShareUpPct: number;
      /** Fewest and most tokens in the basket on any of `basketDays`. */
      tokensPerDay: { min: number; max: number };
      /** Each token with the number of down days it was in the basket, in the order given; 0 = no close in the range. */
      members: { id: string; days: number }[];
      /** The daily rows: date, BTC's return, the basket's return and how many tokens it held. */
      rows: { date: IsoDay; btcPct: number; basketPct: number; tokens: number }[];
    }
  | { ok: false; reason: "no-down-days" | "no-tokens"; detail: string };

/**
 * The AI basket on BTC's down days (NARR-5, Figure 5), on one set of days: BTC's down days in the range. On each, the
 * basket is the equal-weight mean of the returns of the tokens with a close that day and on the day BTC's return runs
 * from (same interval as BTC's; a token missing either close sits that day out, nothing is carried across a gap).
 * The basket mean is the mean of those daily basket returns over the days with at least one token; BTC's mean is over
 * all its down days in the range.
 */
export function basketOnBtcDownDays(
  tokens: readonly { id: string; points: readonly Point[] }[],
  btc: readonly Point[],
  range: DayRange,
): BasketDownDays {
  const { days, btcMeanPct } = btcDownDays(btc, range);
  if (days.length === 0 || btcMeanPct === undefined)
    return { ok: false, reason: "no-down-days", detail: `BTC did not close down on any day from ${range.from} to ${range.to}` };
  const closes = tokens.map((t) => {
    const m = new Map<IsoDay, number>();
    for (const p of t.points) if (p.value > 0 && Number.isFinite(p.value) && !m.has(p.date)) m.set(p.date, p.value);
    return m;
  });
  const counts = tokens.map(() => 0);
  const rows: { date: IsoDay; btcPct: number; basketPct: number; tokens: number }[] = [];
  for (const d of days) {
    const rs: number[] = [];
    closes.forEach((m, i) => {
      const a = m.get(d.prev);
      const b = m.get(d.date);
      if (a === undefined || b === undefined) return;
      rs.push(100 * (b / a - 1));
      counts[i] = (counts[i] ?? 0) + 1;
    });
    if (rs.length > 0) rows.push({ date: d.date, btcPct: d.btcPct, basketPct: mean(rs), tokens: rs.length });
  }
  if (rows.length === 0)
    return {
      ok: false,
      reason: "no-tokens",
      detail: `no token has closes on any of BTC's ${days.length} down days from ${range.from} to ${range.to}`,
    };
  const sizes = rows.map((r) => r.tokens);
  return {
    ok: true,
    downDays: days.length,
    btcMeanPct,
    basketDays: rows.length,
    basketMeanPct: mean(rows.map((r) => r.basketPct)),
    // Rounded to 1e-9 first, so +10 % and −10 % netting to float noise is not a rise.
    basketShareUpPct: (100 * rows.filter((r) => Math.round(r.basketPct * 1e9) > 0).length) / rows.length,
    tokensPerDay: { min: Math.min(...sizes), max: Math.max(...sizes) },
    members: tokens.map((t, i) => ({ id: t.id, days: counts[i] ?? 0 })),
    rows,
  };
}
