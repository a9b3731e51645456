import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./range";
import { pctChange } from "./rebase";
import { compound, pairedReturns, simpleReturns } from "./returns";

// Random walks whose daily factor stays in [0.05, 20]: a −95 % or +1,900 % day at worst. Near −100 % days the return
// 100 × (ratio − 1) cancels catastrophically and no double arithmetic recovers the ratio to 1e-6.
const walk = fc
  .tuple(
    fc.double({ min: 1e-4, max: 1e5, noNaN: true }),
    fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 1, maxLength: 120 }),
  )
  .map(([start, factors]) => {
    const values = [start];
    for (const f of factors) values.push((values[values.length - 1] as number) * f);
    return values.map((value, i) => ({ date: addDays("2023-01-01", i), value }));
  });

const closeRel = (actual: number, expected: number) => Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));

describe("returns properties", () => {
  it("compounding the daily returns gives the first → last change", () => {
    fc.assert(
      fc.property(walk, (points) => {
        const first = points[0]?.value as number;
        const last = points[points.length - 1]?.value as number;
        const period = pctChange(first, last) as number;
        const compounded = compound(simpleReturns(points).map((p) => p.value));
        expect(closeRel(compounded, period), `${compounded} vs ${period}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("paired returns compound to each series' change between the first and last common day", () => {
    const keep = fc.array(fc.boolean(), { minLength: 121, maxLength: 121 });
    fc.assert(
      fc.property(walk, walk, keep, (a, b, mask) => {
        const holed = a.filter((_, i) => mask[i]);
        const rows = pairedReturns(holed, b);
        const common = holed.filter((p) => b.some((q) => q.date === p.date));
        if (common.length < 2) {
          expect(rows).toEqual([]);
          return;
        }
        expect(rows.length).toBe(common.length - 1);
        const f = common[0] as { date: string; value: number };
        const l = common[common.length - 1] as { date: string; value: number };
        const bf = b.find((q) => q.date === f.date)?.value as number;
        const bl = b.find((q) => q.date === l.date)?.value as number;
        expect(closeRel(compound(rows.map((r) => r.a)), pctChange(f.value, l.value) as number)).toBe(true);
        expect(closeRel(compound(rows.map((r) => r.b)), pctChange(bf, bl) as number)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
