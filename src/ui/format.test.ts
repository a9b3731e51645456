import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPct, formatSigned, shownSign } from "./format";

describe("signed zeros", () => {
  it("shows a percentage that rounds to zero unsigned", () => {
    expect(formatPct(-0.04)).toBe("0.0%");
    expect(formatPct(0.04)).toBe("0.0%");
    expect(formatPct(-0)).toBe("0.0%");
    expect(formatPct(-0.004, 2)).toBe("0.00%");
    expect(formatPct(-0.05)).toBe("−0.1%");
    expect(formatPct(1.25, 2)).toBe("+1.25%");
  });

  it("shows a number that rounds to zero as 0.00, never -0.00", () => {
    expect(formatSigned(-0.001)).toBe("0.00");
    expect(formatSigned(-0.42)).toBe("−0.42");
    expect(formatSigned(1.1)).toBe("1.10");
  });

  it("property: no output carries a sign on zero, and the sign shown matches shownSign", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.integer({ min: 0, max: 3 }), (v, digits) => {
        const pct = formatPct(v, digits);
        const num = formatSigned(v, digits);
        expect(pct).not.toMatch(/^[−+-]0(\.0*)?%$/);
        expect(num).not.toMatch(/^[−+-]0(\.0*)?$/);
        const sign = shownSign(v, digits);
        expect(pct.startsWith("−")).toBe(sign < 0);
        expect(pct.startsWith("+")).toBe(sign > 0);
        expect(num.startsWith("−")).toBe(sign < 0);
        if (sign === 0) expect(Number(num)).toBe(0);
      }),
    );
  });
});
