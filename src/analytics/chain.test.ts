import { describe, expect, it } from "vitest";
import { chainTickerChange } from "./chain";

describe("chainTickerChange", () => {
  it("joins the old ticker's closes to the new one's, leaving the gap empty and naming it", () => {
    const rndr = [
      { date: "2024-07-12", value: 5 },
      { date: "2024-07-13", value: 5.5 },
    ];
    const render = [
      { date: "2024-07-26", value: 6.8 },
      { date: "2024-07-27", value: 6.5 },
    ];
    const c = chainTickerChange(rndr, render);
    expect(c.points.map((p) => p.date)).toEqual(["2024-07-12", "2024-07-13", "2024-07-26", "2024-07-27"]);
    expect(c.gap).toEqual({ lastOld: "2024-07-13", firstNew: "2024-07-26" });
  });

  it("has no gap when the two meet day to day, keeps the old close on an overlapping day, and copes with either missing", () => {
    const a = [{ date: "2024-01-01", value: 1 }];
    expect(chainTickerChange(a, [{ date: "2024-01-02", value: 2 }]).gap).toBeUndefined();
    expect(chainTickerChange(a, [{ date: "2024-01-01", value: 9 }]).points).toEqual(a);
    expect(chainTickerChange(undefined, a).points).toEqual(a);
    expect(chainTickerChange(a, undefined)).toEqual({ points: a, gap: undefined });
  });
});
