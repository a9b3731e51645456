import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getCrosshair, setCrosshair } from "./crosshair";
import { COLOUR_SLOTS, linearTicks, monthLabel, slotStyle, spreadLabels, timeTicks, tooltipFormat, unsignZero } from "./time-axis";
import { TimeChart, type TimeSeriesLine } from "./time-chart";
import { PathCache, lineVertices, makeScales, pathFromVertices } from "./time-chart-scales";

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

describe("line paths", () => {
  const DAYS = 2000;
  const many = line(
    "wld",
    "2020-01-01",
    Array.from({ length: DAYS }, (_, i) => 100 + Math.sin(i / 3) * 30 + (i === 1000 ? 400 : 0)),
  );
  const t0 = t("2020-01-01");
  const t1 = t0 + (DAYS - 1) * DAY;
  const scales = makeScales(800, 300, t0, t1, [many], false);

  it("draws at most one vertex per pixel column, plus the exact first and last point, and keeps a peak", () => {
    const v = lineVertices(many, scales, false);
    const vertices = v.length / 2;
    expect(vertices).toBeLessThanOrEqual(scales.plotW + 3);
    expect(vertices).toBeGreaterThan(scales.plotW * 0.9);
    expect([v[0], v[1]]).toEqual([Math.round(scales.x(t0) * 10) / 10, Math.round(scales.y(100) * 10) / 10]);
    const last = many.ys[DAYS - 1] as number;
    expect([v.at(-2), v.at(-1)]).toEqual([Math.round(scales.x(t1) * 10) / 10, Math.round(scales.y(last) * 10) / 10]);
    // The one-day spike to 500 on day 1000 is still drawn (the highest point is the top of the plot).
    const ys = v.filter((_, i) => i % 2 === 1);
    expect(Math.min(...ys)).toBe(Math.round(scales.y(Math.max(...many.ys)) * 10) / 10);
  });

  it("breaks the line where a value is missing, and draws a lone day as a dot", () => {
    const gappy = line("fet", "2024-01-01", [1, 2, Number.NaN, 3, Number.NaN, 4, 5]);
    const s = makeScales(800, 300, t("2024-01-01"), t("2024-01-07"), [gappy], false);
    const d = pathFromVertices(lineVertices(gappy, s, false));
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d).toMatch(/h0\.1/);
  });

  it("keeps a line's path string while its pixels stay (Index = 100 → % change on a linear axis)", () => {
    const cache = new PathCache();
    const before = cache.path(many, scales, false);
    const pct = { ...many, ys: many.ys.map((v) => v - 100) };
    const pctScales = makeScales(800, 300, t0, t1, [pct], false);
    expect(cache.path(pct, pctScales, false)).toBe(before);
    const halved = { ...many, ys: many.ys.map((v) => v / 2 + (v > 200 ? 300 : 0)) };
    expect(cache.path(halved, makeScales(800, 300, t0, t1, [halved], false), false)).not.toBe(before);
  });

  it("does not redraw the lines when the shared crosshair moves", () => {
    const spy = vi.spyOn(PathCache.prototype, "path");
    render(<TimeChart title="Spy chart" lines={[many]} t0={t0} t1={t1} kind="index" yLabel="Index" formatValue={String} height={300} />);
    const calls = spy.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    act(() => setCrosshair(t0 + 10 * DAY, "another-chart"));
    act(() => setCrosshair(t0 + 11 * DAY, "another-chart"));
    expect(document.querySelector("g.ts-crosshair")?.getAttribute("data-day")).toBe("2020-01-12");
    expect(spy.mock.calls.length).toBe(calls);
    spy.mockRestore();
    act(() => setCrosshair(null, null));
  });
});
