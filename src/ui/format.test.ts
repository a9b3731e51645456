import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixedDigits, formatIndex, formatPct, formatPrice, formatSigned, shownSign } from "./format";

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

describe("formats without Intl", () => {
  const intl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat("en-US", options);
  // Magnitudes a price, index or change can have (no subnormals: Intl writes those with hundreds of zeros).
  const values = fc.oneof(
    fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-12),
    fc.double({ min: -2, max: 2, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-12),
    fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
    fc.constantFrom(0, -0, 0.0005, 0.00099951, 999.95, 9_999.5, 99.995, 0.99951, 1e-7, 123_456_789.5),
  );

  it("property: prices and index values read as Intl's en-US formats write them", () => {
    const f0 = intl({ maximumFractionDigits: 0 });
    const f1 = intl({ maximumFractionDigits: 1 });
    const f2 = intl({ maximumFractionDigits: 2 });
    const s3 = intl({ maximumSignificantDigits: 3 });
    fc.assert(
      fc.property(values, (v) => {
        const a = Math.abs(v);
        expect(formatPrice(v)).toBe((a >= 10_000 ? f0 : a >= 100 ? f1 : a >= 1 ? f2 : s3).format(v));
        expect(formatIndex(v)).toBe((a >= 1000 ? f0 : f1).format(v));
      }),
      { numRuns: 2000 },
    );
  });

  it("property: fixed decimals with thousands separators match Intl for every min/max pair", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), (v, a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        expect(fixedDigits(v, min, max)).toBe(intl({ minimumFractionDigits: min, maximumFractionDigits: max }).format(Math.abs(v)));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes the cases a reader sees", () => {
    expect(formatPrice(68_123.4)).toBe("68,123");
    expect(formatPrice(278)).toBe("278");
    expect(formatPrice(197.74)).toBe("197.7");
    expect(formatPrice(0.012345)).toBe("0.0123");
    expect(formatPct(18_571.2, 0)).toBe("+18,571%");
  });
});
