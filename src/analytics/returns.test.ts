import { describe, expect, it } from "vitest";
import { compound, pairedReturns, simpleReturns } from "./returns";

describe("simpleReturns", () => {
  it("gives percent returns dated at the later point, none for the first", () => {
    const out = simpleReturns([
      { date: "2024-01-01", value: 100 },
      { date: "2024-01-02", value: 110 },
      { date: "2024-01-03", value: 99 },
    ]);
    expect(out.map((p) => p.date)).toEqual(["2024-01-02", "2024-01-03"]);
    expect(out[0]?.value).toBeCloseTo(10, 12);
    expect(out[1]?.value).toBeCloseTo(-10, 12);
  });

  it("spans holes and skips unusable prices instead of inventing returns", () => {
    const out = simpleReturns([
      { date: "2024-01-01", value: 4 },
      { date: "2024-01-02", value: 0 },
      { date: "2024-01-03", value: Number.NaN },
      { date: "2024-01-05", value: 5 },
    ]);
    expect(out).toEqual([{ date: "2024-01-05", value: 25 }]);
    expect(simpleReturns([])).toEqual([]);
    expect(simpleReturns([{ date: "2024-01-01", value: 1 }])).toEqual([]);
  });
});

describe("pairedReturns", () => {
  it("pairs a token with NVDA over the same Friday → Monday interval, not the token's Sunday → Monday", () => {
    // 2024-03-08 is a Friday: the token trades through the weekend, NVDA does not.
    const token = [
      { date: "2024-03-07", value: 2 },
      { date: "2024-03-08", value: 2.2 },
      { date: "2024-03-09", value: 3 },
      { date: "2024-03-10", value: 2.5 },
      { date: "2024-03-11", value: 2.75 },
    ];
    const nvda = [
      { date: "2024-03-07", value: 80 },
      { date: "2024-03-08", value: 88 },
      { date: "2024-03-11", value: 83.6 },
    ];
    const rows = pairedReturns(token, nvda);
    expect(rows.map((r) => r.date)).toEqual(["2024-03-08", "2024-03-11"]);
    expect(rows[0]?.a).toBeCloseTo(10, 12);
    expect(rows[0]?.b).toBeCloseTo(10, 12);
    // Friday 2.2 → Monday 2.75 is +25 %, NVDA 88 → 83.6 is −5 %.
    expect(rows[1]?.a).toBeCloseTo(25, 12);
    expect(rows[1]?.b).toBeCloseTo(-5, 12);
  });

  it("returns nothing without two common days", () => {
    expect(pairedReturns([{ date: "2024-01-01", value: 1 }], [{ date: "2024-01-01", value: 1 }])).toEqual([]);
    expect(
      pairedReturns(
        [
          { date: "2024-01-01", value: 1 },
          { date: "2024-01-02", value: 2 },
        ],
        [
          { date: "2024-01-03", value: 1 },
          { date: "2024-01-04", value: 2 },
        ],
      ),
    ).toEqual([]);
  });

  it("treats a day with an unusable price in either series as not common", () => {
    const a = [
      { date: "2024-01-01", value: 10 },
      { date: "2024-01-02", value: 11 },
      { date: "2024-01-03", value: 12 },
    ];
    const b = [
      { date: "2024-01-01", value: 100 },
      { date: "2024-01-02", value: -1 },
      { date: "2024-01-03", value: 50 },
    ];
    const rows = pairedReturns(a, b);
    expect(rows.map((r) => r.date)).toEqual(["2024-01-03"]);
    expect(rows[0]?.a).toBeCloseTo(20, 12);
    expect(rows[0]?.b).toBeCloseTo(-50, 12);
  });
});

describe("compound", () => {
  it("compounds percent returns", () => {
    // 1.1 × 0.9 = 0.99
    expect(compound([10, -10])).toBeCloseTo(-1, 12);
    expect(compound([50, 50])).toBeCloseTo(125, 12);
    expect(compound([])).toBe(0);
  });
});
