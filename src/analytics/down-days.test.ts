import { describe, expect, it } from "vitest";
import { downDayStats } from "./down-days";
import { addDays } from "./range";
import type { Point } from "./types";

/** Daily prices from 2024-01-01 whose consecutive returns are `returns` (percent). */
function fromReturns(returns: readonly number[], p0: number): Point[] {
  const points = [{ date: "2024-01-01", value: p0 }];
  let p = p0;
  returns.forEach((r, i) => {
    p *= 1 + r / 100;
    points.push({ date: addDays("2024-01-01", i + 1), value: p });
  });
  return points;
}

// Returns dated Jan 2 … Jan 7.
const btc = fromReturns([-2, 1, -1, -4, 3, -0.5], 42_000);
const token = fromReturns([1, 2, -3, 5, 0, 2], 1.5);
const all = { from: "2024-01-01", to: "2024-01-31" };

describe("downDayStats", () => {
  it("summarises the token on BTC-down days, by hand", () => {
    const s = downDayStats(token, btc, all);
    if (!s.ok) throw new Error(s.detail);
    expect(s.days).toBe(6);
    // BTC fell on Jan 2, 4, 5 and 7; the token returned 1, −3, 5 and 2 % on those days.
    expect(s.downDays).toBe(4);
    expect(s.tokenMeanPct).toBeCloseTo(1.25, 9);
    // Even count: sorted −3, 1, 2, 5 → (1 + 2) / 2.
    expect(s.tokenMedianPct).toBeCloseTo(1.5, 9);
    expect(s.shareUpPct).toBeCloseTo(75, 9);
    expect(s.btcMeanPct).toBeCloseTo(-1.875, 9);
    expect(s.allDaysTokenMeanPct).toBeCloseTo(7 / 6, 9);
    // b̄ = −7/12, ā = 7/6; Σ(b − b̄)(a − ā) = −167/12, Σ(b − b̄)² = 701/24 → β = −334/701.
    expect(s.beta).toBeCloseTo(-334 / 701, 9);
  });

  it("counts a return dated d when from <= d <= to, an odd-count median, and a flat day as not up", () => {
    // Jan 4 … Jan 6: BTC −1, −4, +3; the token −3, +5, 0. Jan 4's return runs from Jan 3's close.
    const s = downDayStats(token, btc, { from: "2024-01-04", to: "2024-01-06" });
    if (!s.ok) throw new Error(s.detail);
    expect(s.days).toBe(3);
    expect(s.downDays).toBe(2);
    expect(s.tokenMedianPct).toBeCloseTo(1, 9);
    const flat = downDayStats(fromReturns([0, 1], 5), fromReturns([-1, 2], 100), all);
    expect(flat).toMatchObject({ ok: true, downDays: 1, shareUpPct: 0 });
  });

  it("reports no overlap and no down days as values", () => {
    expect(downDayStats(token, btc, { from: "2025-01-01", to: "2025-02-01" })).toMatchObject({ ok: false, reason: "no-overlap" });
    expect(downDayStats(token, btc.slice(0, 1), all)).toMatchObject({ ok: false, reason: "no-overlap" });
    expect(downDayStats(token, fromReturns([1, 2, 0, 3, 1, 1], 100), all)).toMatchObject({ ok: false, reason: "no-down-days" });
    // One paired day: a down day, but no beta can be fitted.
    expect(downDayStats(token, btc, { from: "2024-01-02", to: "2024-01-02" })).toMatchObject({ ok: false, reason: "no-overlap" });
  });
});
