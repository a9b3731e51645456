import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { getCrosshair, setCrosshair } from "./crosshair";
import { COLOUR_SLOTS, linearTicks, monthLabel, slotStyle, spreadLabels, timeTicks, tooltipFormat, unsignZero } from "./time-axis";
import { TimeChart, type TimeSeriesLine } from "./time-chart";

const DAY = 86_400_000;
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

  it("gives every slot its own colour", () => {
    const colours = Array.from({ length: COLOUR_SLOTS }, (_, i) => slotStyle(i).color);
    expect(new Set(colours).size).toBe(COLOUR_SLOTS);
  });
});

function line(key: string, from: string, values: number[]): TimeSeriesLine {
  const points = values.map((value, i) => ({ date: new Date(t(from) + i * DAY).toISOString().slice(0, 10), value }));
  return { key, label: key.toUpperCase(), xs: points.map((p) => t(p.date)), ys: values, points, maxGapDays: 1 };
}

describe("TimeChart", () => {
  afterEach(() => act(() => setCrosshair(null, null)));
  const lines = [line("wld", "2024-01-01", [100, 110, 90]), line("fet", "2024-01-01", [100, 95, 130])];
  const chart = (
    <TimeChart
      title="Test chart"
      lines={lines}
      t0={t("2024-01-01")}
      t1={t("2024-01-03")}
      kind="index"
      yLabel="Index"
      formatValue={String}
      height={300}
    />
  );

  it("draws one path per series, each in its own colour, with a legend", () => {
    const { container } = render(chart);
    const paths = [...container.querySelectorAll("path.ts-line")];
    expect(paths).toHaveLength(2);
    expect(new Set(paths.map((p) => p.getAttribute("stroke"))).size).toBe(2);
    expect(screen.getByRole("list", { name: "Series in Test chart" })).toHaveTextContent("WLD");
  });

  it("moves a keyboard crosshair a day at a time and announces the values, sorted by value", () => {
    render(chart);
    const plot = screen.getByRole("application", { name: /Test chart/ });
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    expect(screen.getByText("2024-01-01: WLD 100.0, FET 100.0")).toBeInTheDocument();
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    expect(screen.getByText("2024-01-02: WLD 110.0, FET 95.0")).toBeInTheDocument();
    fireEvent.keyDown(plot, { key: "End" });
    expect(screen.getByText("2024-01-03: FET 130.0, WLD 90.0")).toBeInTheDocument();
    // The day is shared with every other time chart, and pinned.
    expect(getCrosshair()).toMatchObject({ t: t("2024-01-03"), pinned: true });
    fireEvent.keyDown(plot, { key: "Escape" });
    expect(getCrosshair().t).toBeNull();
  });

  it("shows the crosshair another chart set (synchronised by date)", () => {
    const { container } = render(chart);
    act(() => setCrosshair(t("2024-01-02"), "another-chart"));
    expect(container.querySelector("g.ts-crosshair")?.getAttribute("data-day")).toBe("2024-01-02");
  });
});
