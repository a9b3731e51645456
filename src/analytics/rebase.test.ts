import { describe, expect, it } from "vitest";
import { pctChange, rebaseTo100 } from "./rebase";

describe("rebaseTo100", () => {
  it("rebases WLD around the Altman post (closes 2023-12-14 → 12-16, Binance)", () => {
    const out = rebaseTo100([
      { date: "2023-12-14", value: 2.5 },
      { date: "2023-12-16", value: 3.75 },
    ]);
    expect(out.map((p) => p.value)).toEqual([100, 150]);
  });

  it("returns nothing for an empty series or a non-positive base", () => {
    expect(rebaseTo100([])).toEqual([]);
    expect(rebaseTo100([{ date: "2024-01-01", value: 0 }])).toEqual([]);
  });
});

describe("pctChange", () => {
  it("gives percent returns and refuses non-positive prices", () => {
    expect(pctChange(100, 150)).toBeCloseTo(50);
    expect(pctChange(4, 3)).toBeCloseTo(-25);
    expect(pctChange(0, 3)).toBeUndefined();
    expect(pctChange(3, -1)).toBeUndefined();
  });
});
