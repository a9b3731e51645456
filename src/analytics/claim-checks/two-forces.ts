import { ols } from "../demand-weekly";
import { addDays } from "../range";
import { pairedReturns } from "../returns";
import type { Point } from "../types";
import { AI_BASKET, basketSeries, windowOf } from "./basket-checks";
import { mean, plural, settle, sparkOf } from "./helpers";
import { type ClaimCheck, noData } from "./types";

/** At least this many shared trading days before the regression says anything. */
const MIN_REGRESSION_DAYS = 30;

/**
 * NARR-4: the report puts the AI tokens' run down to the rising crypto market and the AI buzz. Measured as the howToTest
 * asks: daily returns of the equal-weight AI basket regressed on BTC's (the crypto market) and NVDA's (AI sentiment on
 * the stock market), over NVDA's trading days, with the R² split between the two by their Shapley values.
 */
export const twoForces: ClaimCheck = {
  id: "narrative-two-forces",
  claimIds: ["NARR-4"],
  needs: [...AI_BASKET, "render", "btc", "nvda"],
  thresholds: `Daily returns of the equal-weight AI basket on BTC's and NVDA's, on NVDA's trading days in the window (at least ${MIN_REGRESSION_DAYS}): holds if the two explain at least half the variance (R² ≥ 0.5) and both slopes are positive; weakened if R² is from 0.25 to 0.5, or a slope is not positive; broken below 0.25. AI news itself is not a regressor here: NVDA stands in for AI sentiment.`,
  run(input, lens) {
    const { from, to } = windowOf(lens);
    // A week before the window, so its first day has a previous close to take a return from (computed once, not per point).
    const start = addDays(from, -7);
    const clip = (points: readonly Point[] | undefined) => (points ?? []).filter((p) => p.date >= start && p.date <= to);
    const nvda = clip(input.series.nvda);
    const market = pairedReturns(clip(input.series.btc), nvda).filter((r) => r.date >= from);
    if (market.length < MIN_REGRESSION_DAYS)
      return noData(
        `${plural(market.length, "shared BTC and NVDA trading day")} in ${from} to ${to}; at least ${MIN_REGRESSION_DAYS} are needed`,
      );
    // Each token's returns over the same intervals (its row's NVDA return equals the market row's: same two days).
    const byDay = new Map(market.map((r) => [r.date, { btc: r.a, nvda: r.b, tokens: [] as number[] }]));
    const { series } = basketSeries(input);
    for (const s of series)
      for (const r of pairedReturns(clip(s.points), nvda)) {
        const row = byDay.get(r.date);
        if (row && Math.abs(row.nvda - r.b) < 1e-9) row.tokens.push(r.a);
      }
    const rows = [...byDay].filter(([, r]) => r.tokens.length > 0);
    if (rows.length < MIN_REGRESSION_DAYS)
      return noData(`${plural(rows.length, "trading day")} with basket, BTC and NVDA returns; at least ${MIN_REGRESSION_DAYS} are needed`);
    const y = rows.map(([, r]) => mean(r.tokens));
    const both = ols(
      y,
      rows.map(([, r]) => [1, r.btc, r.nvda]),
    );
    const btcOnly = ols(
      y,
      rows.map(([, r]) => [1, r.btc]),
    );
    const nvdaOnly = ols(
      y,
      rows.map(([, r]) => [1, r.nvda]),
    );
    if (!both || !btcOnly || !nvdaOnly) return noData("the regression has no unique solution on these days (a factor does not vary)");
    const r2 = settle(both.r2);
    const btcShare = settle((btcOnly.r2 + (both.r2 - nvdaOnly.r2)) / 2);
    const nvdaShare = settle(r2 - btcShare);
    const [, bBtc = 0, bNvda = 0] = both.beta;
    const positive = bBtc > 0 && bNvda > 0;
    const status = r2 >= 0.5 && positive ? "holds" : r2 >= 0.25 ? "weakened" : "broken";
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    return {
      status,
      reason: `BTC and NVDA explain ${pct(r2)} of the basket's daily variance over ${plural(rows.length, "trading day")} (${from} to ${rows.at(-1)?.[0] ?? to}): BTC ${pct(btcShare)}, NVDA ${pct(nvdaShare)}; slopes ${bBtc.toFixed(2)} on BTC and ${bNvda.toFixed(2)} on NVDA.`,
      evidence: [
        {
          label: "Variance explained (R²), BTC and NVDA",
          report: "the crypto market and AI buzz",
          data: `${pct(r2)} (BTC ${pct(btcShare)}, NVDA ${pct(nvdaShare)})`,
        },
        {
          label: "Slopes (basket % per 1% move)",
          report: "both push the basket up",
          data: `BTC ${bBtc.toFixed(2)}, NVDA ${bNvda.toFixed(2)}`,
        },
      ],
      sparkline: sparkOf(input.series.btc, from, to),
    };
  },
};
