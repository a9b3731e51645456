import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rebaseTo100 } from "./rebase";

const prices = fc.array(fc.double({ min: 1e-6, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 60 });
const toPoints = (values: number[]) => values.map((value, i) => ({ date: `2024-01-${String(i + 1).padStart(2, "0")}`, value }));

describe("rebaseTo100 properties", () => {
  it("the first rebased point is 100", () => {
    fc.assert(
      fc.property(prices, (v) => {
        expect(rebaseTo100(toPoints(v))[0]?.value).toBeCloseTo(100, 9);
      }),
      { numRuns: 1000 },
    );
  });

  it("rebasing twice changes nothing", () => {
    fc.assert(
      fc.property(prices, (v) => {
        const once = rebaseTo100(toPoints(v));
        const twice = rebaseTo100(once);
        twice.forEach((p, i) => {
          expect(p.value / (once[i]?.value ?? Number.NaN)).toBeCloseTo(1, 9);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("scaling every price by a constant leaves the rebased path unchanged", () => {
    fc.assert(
      fc.property(prices, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (v, k) => {
        const a = rebaseTo100(toPoints(v));
        const b = rebaseTo100(toPoints(v.map((x) => x * k)));
        b.forEach((p, i) => {
          expect(p.value / (a[i]?.value ?? Number.NaN)).toBeCloseTo(1, 9);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
