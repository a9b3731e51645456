import { describe, expect, it } from "vitest";
import type { Point } from "../types";
import { twoForces } from "./two-forces";
import { atReport, basketOf, input } from "@/test/claim-check-series";

/** Daily closes from 2023-09-20 to 2024-02-29 following the given daily returns (percent) by day index. */
function path(returnPct: (i: number) => number, weekdaysOnly = false): Point[] {
  const out: Point[] = [];
  let value = 100;
  const start = Date.parse("2023-09-20T00:00:00Z");
  for (let i = 0; i < 163; i++) {
    const date = new Date(start + i * 86_400_000);
    value *= 1 + returnPct(i) / 100;
    const day = date.getUTCDay();
    if (!weekdaysOnly || (day !== 0 && day !== 6)) out.push({ date: date.toISOString().slice(0, 10), value });
  }
  return out;
}

// Two factors that are not collinear: BTC swings with one rhythm, NVDA with another.
const btcMove = (i: number) => 2 * Math.sin(i * 1.3);
const nvdaMove = (i: number) => 1.5 * Math.cos(i * 0.7);
const lens = atReport("2024-02-29");
const run = (token: (i: number) => number, tokens = 7) =>
  twoForces.run(
    input({
      ...basketOf(Array.from({ length: tokens }, () => path(token))),
      btc: path(btcMove),
      nvda: path(nvdaMove, true),
    }),
    lens,
  );

describe("twoForces (NARR-4)", () => {
  it("holds when the basket moves with BTC and NVDA", () => {
    const r = run((i) => btcMove(i) + 0.5 * nvdaMove(i));
    expect(r.status).toBe("holds");
    expect(r.reason).toMatch(/^BTC and NVDA explain \d+% of the basket's daily variance over \d+ trading days \(2023-10-01 to /);
    expect(r.evidence).toHaveLength(2);
  });

  it("is broken when the basket's moves have nothing to do with either", () => {
    expect(run((i) => 3 * Math.sin(i * 2.9 + 1) * Math.cos(i * 0.31)).status).toBe("broken");
  });

  it("is weakened when a force pushes the basket down, however much it explains", () => {
    expect(run((i) => btcMove(i) - 0.8 * nvdaMove(i)).status).toBe("weakened");
  });

  it("says no data with too few shared trading days", () => {
    const r = twoForces.run(
      input({ ...basketOf([path(btcMove)]), btc: path(btcMove), nvda: path(nvdaMove, true) }),
      atReport("2023-10-20"),
    );
    expect(r.status).toBe("no data");
    expect(r.reason).toContain("at least 30 are needed");
  });
});
