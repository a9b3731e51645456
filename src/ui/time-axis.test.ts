import { describe, expect, it } from "vitest";
import {
  COLOUR_SLOTS,
  linearTicks,
  logTicks,
  monthLabel,
  placeEndLabels,
  slotStyle,
  spreadLabels,
  timeTicks,
  tooltipFormat,
  unsignZero,
} from "./time-axis";

const t = (day: string) => Date.parse(`${day}T00:00:00Z`);

describe("time axis", () => {
  it("labels month ticks with an unambiguous year ('Jan ’24') on regular month starts", () => {
    const ticks = timeTicks(t("2023-10-01"), t("2024-03-08"), 8);
    expect(ticks.map((x) => x.label)).toEqual(["Oct ’23", "Nov ’23", "Dec ’23", "Jan ’24", "Feb ’24", "Mar ’24"]);
    const all = timeTicks(t("2016-12-16"), t("2026-08-21"), 8);
    // Every tick opens a year (a 12- or 24-month step): never "Mar 18, Apr 19, Jul 20".
    expect(all.every((x) => x.label.startsWith("Jan ’"))).toBe(true);
    expect(monthLabel(t("2024-01-15"))).toBe("Jan ’24");
  });

  it("gives short spans day ticks ('8 Mar') and round value ticks", () => {
    expect(timeTicks(t("2024-03-01"), t("2024-03-20"), 8).map((x) => x.label)).toEqual(["1 Mar", "8 Mar", "15 Mar"]);
    expect(linearTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("never prints a signed zero, and formats every tooltip value with the same decimals", () => {
    expect(unsignZero("−0.0")).toBe("0.0");
    expect(unsignZero("−0.04")).toBe("−0.04");
    const pct = tooltipFormat("pct", [-0.01, 12.345]);
    expect(pct(-0.01)).toBe("0.0 %");
    expect(pct(12.345)).toBe("+12.3 %");
    expect(pct(-3)).toBe("−3.0 %");
    const index = tooltipFormat("index", [278, 197.66]);
    expect([index(278), index(197.66)]).toEqual(["278.0", "197.7"]);
    const price = tooltipFormat("price", [68000, 0.0123]);
    expect(price(68000)).toBe("68,000.0000");
  });

  it("spreads end labels so none overlap, within the plot", () => {
    const placed = spreadLabels([50, 52, 51, 200], 12, 10, 300);
    const sorted = [...placed].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(12);
    expect(placed[3]).toBe(200);
  });

  it("places end labels a line height apart, inside the plot, and drops those that do not fit", () => {
    const ends = [50, 52, 51, 49, 200, 290].map((y) => ({ x: 700, y }));
    const placed = placeEndLabels(ends, 13, 20, 290);
    expect(placed.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    const ys = placed.map((p) => p.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect((ys[i] as number) - (ys[i - 1] as number)).toBeGreaterThanOrEqual(13);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...ys)).toBeLessThanOrEqual(290);
    // Moved labels get a leader back to their line; the lone one far down keeps its place.
    expect(placed.find((p) => p.index === 4)).toMatchObject({ y: 200, leader: false });
    expect(placed.filter((p) => p.leader).length).toBeGreaterThan(0);
    // Twenty lines in a 100 px plot: as many labels as fit, the first lines' (the caller's order).
    const crowd = placeEndLabels(
      Array.from({ length: 20 }, () => ({ x: 700, y: 60 })),
      13,
      20,
      120,
    );
    expect(crowd.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("puts 4 to 8 round ticks on a log axis, none squeezed together, whatever its span", () => {
    const check = (lo: number, hi: number) => {
      const ticks = logTicks(lo, hi, 5);
      expect(ticks.length, `${lo}..${hi}: ${ticks}`).toBeGreaterThanOrEqual(4);
      expect(ticks.length, `${lo}..${hi}: ${ticks}`).toBeLessThanOrEqual(8);
      const decades = Math.log10(hi / lo);
      for (const [i, v] of ticks.entries()) {
        expect(v).toBeGreaterThanOrEqual(lo);
        expect(v).toBeLessThanOrEqual(hi);
        // Round: one or two significant digits (100, 125, 150, 0.3, 2,000), never the raw min or max.
        expect(Number(v.toPrecision(2))).toBe(v);
        if (i > 0) expect(Math.log10(v / (ticks[i - 1] as number))).toBeGreaterThanOrEqual(decades / 10 - 1e-9);
      }
      return ticks;
    };
    // Under a decade (the narrative from 2023-12-01 to 2024-01-26 on a log axis): was only 87.5 and 177.6.
    expect(check(87.5, 177.6)).toEqual([100, 120, 140, 160]);
    check(95, 130);
    check(1.2, 9);
    check(0.04, 0.07);
    // About a decade, and many.
    expect(check(10, 100)).toEqual([10, 20, 50, 100]);
    check(8, 120);
    check(3, 900);
    expect(check(1e-3, 1e6)).toEqual([0.01, 1, 100, 1e4, 1e6]);
    check(0.5, 2e4);
  });

  it("gives every slot its own colour", () => {
    const colours = Array.from({ length: COLOUR_SLOTS }, (_, i) => slotStyle(i).color);
    expect(new Set(colours).size).toBe(COLOUR_SLOTS);
  });
});
