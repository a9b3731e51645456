import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MIN_BETA_DAYS,
  MIN_FEES_DAYS,
  MIN_WEEKS,
  annualisedFees,
  annualisedVolPct,
  correlation,
  feesGrowthPct,
  maxDrawdownPct,
  priceToFees,
  priceToFeesSeries,
  screenerRow,
} from "./demand";
import { decomposeWeekly, weekOf, weeklyRows, type WeekRow } from "./demand-weekly";
import { addDays } from "./range";
import type { Point } from "./types";

const days = (from: string, values: readonly number[]): Point[] => values.map((value, i) => ({ date: addDays(from, i), value }));
const flat = (from: string, n: number, v: number) =>
  days(
    from,
    Array.from({ length: n }, () => v),
  );

describe("screener statistics", () => {
  it("max drawdown is 0 for a rising price and the deepest fall from a running peak otherwise", () => {
    expect(maxDrawdownPct(days("2024-01-01", [1, 2, 3]))).toBe(0);
    expect(maxDrawdownPct(days("2024-01-01", [100, 120, 60, 90, 130, 65]))).toBeCloseTo(-50);
    expect(maxDrawdownPct(days("2024-01-01", [5]))).toBeUndefined();
  });

  it("volatility is 0 for a constant daily return and scales by √365", () => {
    expect(annualisedVolPct(days("2024-01-01", [1, 1.1, 1.21, 1.331]))).toBeCloseTo(0, 9);
    // returns +10 %, −10 %: sample sd = 14.142… %
    expect(annualisedVolPct(days("2024-01-01", [100, 110, 99]))).toBeCloseTo(Math.sqrt(200) * Math.sqrt(365), 6);
  });

  it("annualises fees from the trailing 30 days only with at least 20 days present", () => {
    const fees = flat("2024-01-01", 30, 100);
    expect(annualisedFees(fees, "2024-01-30")).toEqual({ usd: 36_500, days: 30 });
    // 2024-01-20 ends a window holding exactly 20 days (01-01..01-20): enough; 01-19 holds 19: not enough.
    expect(annualisedFees(fees, "2024-01-20")?.days).toBe(MIN_FEES_DAYS);
    expect(annualisedFees(fees, "2024-01-19")).toBeUndefined();
  });

  it("fee growth compares the last 30 days with the 30 before", () => {
    const fees = [...flat("2024-01-01", 30, 100), ...flat("2024-01-31", 30, 150)];
    expect(feesGrowthPct(fees, "2024-02-29")).toBeCloseTo(50);
    expect(feesGrowthPct(fees.slice(30), "2024-02-29")).toBeUndefined();
  });

  it("P/F is valuation over annualised fees, undefined without positive fees", () => {
    expect(priceToFees(3_650_000, 36_500)).toBe(100);
    expect(priceToFees(1, 0)).toBeUndefined();
    expect(priceToFees(1, undefined)).toBeUndefined();
    const pf = priceToFeesSeries(flat("2024-01-01", 40, 3_650_000), flat("2024-01-01", 40, 100));
    expect(pf[0]).toEqual({ date: "2024-01-20", value: 100 });
    expect(pf).toHaveLength(21);
  });

  it("uses FDV for P/F when there is one, else the market cap, and says which", () => {
    const range = { from: "2024-01-01", to: "2024-03-31" };
    const price = flat("2024-01-01", 91, 2);
    const fees = flat("2024-01-01", 91, 100);
    const withFdv = screenerRow({
      id: "x",
      price,
      fees,
      fdv: flat("2024-01-01", 91, 7_300_000),
      marketCap: flat("2024-01-01", 91, 3_650_000),
      range,
    });
    expect(withFdv).toMatchObject({ pf: 200, pfBasis: "FDV", annualFees: 36_500 });
    const capOnly = screenerRow({ id: "x", price, fees, marketCap: flat("2024-01-01", 91, 3_650_000), range });
    expect(capOnly).toMatchObject({ pf: 100, pfBasis: "market cap" });
    expect(screenerRow({ id: "x", price, range })).toMatchObject({ pf: undefined, pfBasis: undefined, annualFees: undefined });
  });

  it("β to BTC needs 30 paired returns; a token that is 2× BTC has β 2 and correlation 1", () => {
    const btcValues = [100];
    for (let i = 1; i <= MIN_BETA_DAYS; i++) btcValues.push((btcValues[i - 1] ?? 100) * (1 + (i % 3 === 0 ? 0.02 : -0.01)));
    const btc = days("2024-01-01", btcValues);
    const token = days(
      "2024-01-01",
      btcValues.map((_, i) => (i === 0 ? 10 : 0)),
    );
    for (let i = 1; i < token.length; i++) {
      const r = (btcValues[i] ?? 0) / (btcValues[i - 1] ?? 1) - 1;
      (token[i] as Point).value = (token[i - 1] as Point).value * (1 + 2 * r);
    }
    const range = { from: "2024-01-01", to: "2024-12-31" };
    const row = screenerRow({ id: "t", price: token, btc, nvda: btc, range });
    expect(row.betaBtc).toBeCloseTo(2, 9);
    expect(row.corrNvda).toBeCloseTo(1, 9);
    // One day fewer: 29 paired returns, no β.
    expect(screenerRow({ id: "t", price: token.slice(0, -1), btc, range }).betaBtc).toBeUndefined();
  });

  it("property: return, drawdown and volatility do not depend on the price's unit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 60 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (vals, k) => {
          const range = { from: "2024-01-01", to: "2030-01-01" };
          const a = screenerRow({ id: "a", price: days("2024-01-01", vals), range });
          const b = screenerRow({
            id: "b",
            price: days(
              "2024-01-01",
              vals.map((v) => v * k),
            ),
            range,
          });
          // Relative tolerance: a return can reach 1e10 % here, where six decimals are below float precision.
          const near = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
          expect(near(b.returnPct ?? 0, a.returnPct ?? 0)).toBe(true);
          expect(near(b.maxDrawdownPct ?? 0, a.maxDrawdownPct ?? 0)).toBe(true);
          expect(a.maxDrawdownPct ?? 0).toBeLessThanOrEqual(0);
          expect(a.maxDrawdownPct ?? 0).toBeGreaterThanOrEqual(-100);
        },
      ),
    );
  });

  it("property: correlation stays within [−1, 1]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true })), {
          minLength: 2,
          maxLength: 40,
        }),
        (pairs) => {
          const c = correlation(pairs.map(([a, b]) => ({ a, b })));
          if (c !== undefined) expect(Math.abs(c)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe("weekly decomposition", () => {
  it("weeks start on Monday (UTC)", () => {
    expect(weekOf("2024-03-03")).toBe("2024-02-26"); // a Sunday
    expect(weekOf("2024-03-04")).toBe("2024-03-04"); // a Monday
  });

  it("builds complete weeks only: the first week has no previous close, a 6-day fee week is skipped", () => {
    const price = days(
      "2024-01-01",
      Array.from({ length: 21 }, (_, i) => 100 + i),
    );
    const fees = days(
      "2024-01-01",
      Array.from({ length: 21 }, () => 10),
    ).filter((p) => p.date !== "2024-01-17");
    const rows = weeklyRows(price, fees, ["2024-01-10"]);
    // weeks of 01-01, 01-08, 01-15: the first lacks a previous week, the third a full week of fees.
    expect(rows).toEqual([{ week: "2024-01-08", tokenReturnPct: (113 / 106 - 1) * 100, feeGrowthPct: 0, aiNews: 1 }]);
  });

  const row = (i: number, feeGrowthPct: number, aiNews: 0 | 1, tokenReturnPct: number): WeekRow => ({
    week: addDays("2024-01-01", 7 * i),
    feeGrowthPct,
    aiNews,
    tokenReturnPct,
  });

  it("recovers exact coefficients, and its R² parts sum to R²", () => {
    const g = [5, -3, 10, 0, 2, -8, 4, 7, -1, 3];
    const d: (0 | 1)[] = [0, 1, 0, 0, 1, 0, 1, 0, 0, 1];
    const rows = g.map((gi, i) => row(i, gi, d[i] ?? 0, 1 + 0.5 * gi + 4 * (d[i] ?? 0)));
    const res = decomposeWeekly(rows);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.intercept.estimate).toBeCloseTo(1, 9);
    expect(res.feeGrowth.estimate).toBeCloseTo(0.5, 9);
    expect(res.aiNews.estimate).toBeCloseTo(4, 9);
    expect(res.r2).toBeCloseTo(1, 9);
    expect(res.r2FeeGrowth + res.r2AiNews).toBeCloseTo(res.r2, 12);
    expect(res).toMatchObject({ n: 10, newsWeeks: 4 });
  });

  it(`needs ${MIN_WEEKS} weeks, news and quiet weeks, and varying fee growth`, () => {
    const base = Array.from({ length: MIN_WEEKS }, (_, i) => row(i, i, (i % 2) as 0 | 1, i));
    expect(decomposeWeekly(base).ok).toBe(true);
    expect(decomposeWeekly(base.slice(1))).toMatchObject({
      ok: false,
      reason: `7 complete weeks with both price and fees; at least ${MIN_WEEKS} are needed`,
    });
    expect(decomposeWeekly(base.map((r) => ({ ...r, aiNews: 0 as const })))).toMatchObject({
      ok: false,
      reason: "no week in the range has an AI news event",
    });
    expect(decomposeWeekly(base.map((r) => ({ ...r, aiNews: 1 as const })))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/every week/),
    });
    expect(decomposeWeekly(base.map((r) => ({ ...r, feeGrowthPct: 3 })))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/does not vary/),
    });
  });

  it("property: R² and its parts stay in [0, 1] and the parts sum to R²", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.boolean(), fc.double({ min: -30, max: 30, noNaN: true })), {
          minLength: MIN_WEEKS,
          maxLength: 30,
        }),
        (triples) => {
          const rows = triples.map(([g, d, y], i) => row(i, g, d ? 1 : 0, y));
          const res = decomposeWeekly(rows);
          if (!res.ok) return;
          expect(res.r2).toBeGreaterThanOrEqual(0);
          expect(res.r2).toBeLessThanOrEqual(1);
          expect(res.r2FeeGrowth + res.r2AiNews).toBeCloseTo(res.r2, 6);
        },
      ),
    );
  });
});
