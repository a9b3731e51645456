import { describe, expect, it } from "vitest";
import { mult, num, pct, plural, usd } from "./format";

describe("Demand view formats", () => {
  it("never writes −0.00 and uses a true minus sign", () => {
    expect(num(-0.001)).toBe("0.00");
    expect(num(-0.005)).toBe("−0.01");
    expect(num(0.02)).toBe("0.02");
    expect(num(undefined)).toBe("—");
  });
  it("reads right for every count and magnitude", () => {
    expect(plural(1, "week")).toBe("1 week");
    expect(plural(2, "week")).toBe("2 weeks");
    expect(pct(3.14)).toBe("+3.1%");
    expect(pct(-3.14)).toBe("−3.1%");
    expect(usd(1.02e9)).toBe("$1.02B");
    expect(usd(592.6e6)).toBe("$592.6M");
    expect(mult(2902.4)).toBe("2,902×");
    expect(mult(54.25)).toBe("54.3×");
  });
});
