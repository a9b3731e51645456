import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DAY, chartOf, drawnOf, line, t } from "@/test/time-chart";
import { getCrosshair, setCrosshair } from "./crosshair";
import { estimateTextWidth } from "./time-axis";
import { TimeChart, type TimeSeriesLine } from "./time-chart";
import { PathCache, lineVertices, makeScales, traceVertices } from "./time-chart-scales";

describe("TimeChart", () => {
  afterEach(() => act(() => setCrosshair(null, null)));
  const lines = [line("wld", "2024-01-01", [100, 110, 90]), line("fet", "2024-01-01", [100, 95, 130])];
  const chart = chartOf("Test chart", lines);

  it("draws every series on one canvas, each in its own colour, with a legend", () => {
    const { container } = render(chart);
    const canvas = container.querySelector("canvas.ts-lines-canvas");
    expect(canvas).toHaveAttribute("aria-hidden", "true");
    const drawn = drawnOf(container);
    expect(drawn.map((l) => l.key)).toEqual(["wld", "fet"]);
    expect(new Set(drawn.map((l) => l.color)).size).toBe(2);
    expect(drawn.map((l) => [l.width, l.opacity, l.faded])).toEqual([
      [1.75, 1, false],
      [1.75, 1, false],
    ]);
    expect(screen.getByRole("list", { name: "Series in Test chart" })).toHaveTextContent("WLD");
  });

  it("strokes each weight as the SVG did, in the colours the theme gives its slots", () => {
    document.documentElement.style.setProperty("--ts-1", "#0072b2");
    try {
      const weighted = [
        { ...lines[0], weight: "focus" as const, slot: 0 },
        { ...lines[1], weight: "dim" as const, slot: 10 },
        { ...line("btc", "2024-01-01", [100, 101, 102]), weight: "thin" as const, dashed: true, slot: 2 },
      ] as TimeSeriesLine[];
      const { container } = render(chartOf("Weights", weighted));
      const drawn = drawnOf(container);
      expect(drawn.map((l) => [l.key, l.width, l.opacity, l.dash])).toEqual([
        ["wld", 3, 1, ""],
        ["fet", 1.75, 0.3, "7 3"],
        ["btc", 1.25, 1, "2 3"],
      ]);
      // A slot's CSS variable, read from the chart: canvas cannot take var(--ts-1) as SVG did.
      expect(drawn[0]?.color).toBe("#0072b2");
    } finally {
      document.documentElement.style.removeProperty("--ts-1");
    }
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

  it("keeps end labels of lines ending close together apart and inside the chart, however long", () => {
    const ending = (key: string, label: string, last: number) => ({ ...line(key, "2024-01-01", [100, 120, last]), label });
    const close = [
      ending("btc", "BTC", 240),
      ending("eth", "ETH", 236),
      ending("nvda", "NVDA", 238),
      ending("rndr", "RNDR → RENDER", 239),
      ending("akt", "Akash", 241),
      ending("tao", "Bittensor (TAO)", 237),
    ];
    const { container } = render(chartOf("Close ends", close));
    const svg = container.querySelector("svg.ts-chart") as SVGSVGElement;
    const width = Number(svg.getAttribute("width"));
    const labels = [...svg.querySelectorAll<SVGTextElement>("text.ts-end-label")].map((el) => ({
      text: el.textContent ?? "",
      x: Number(el.getAttribute("x")),
      y: Number(el.getAttribute("y")),
    }));
    expect(labels.map((l) => l.text).sort()).toEqual(["Akash", "BTC", "Bittensor", "ETH", "NVDA", "RNDR"]);
    // jsdom lays out no text: the chart sizes its margin by the estimate at the labels' 11 px, as this checks.
    for (const l of labels) expect(l.x + estimateTextWidth(l.text, 11)).toBeLessThanOrEqual(width);
    const ys = labels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect((ys[i] as number) - (ys[i - 1] as number)).toBeGreaterThanOrEqual(11 * 1.2);
    expect(svg.querySelectorAll(".ts-end-leader").length).toBeGreaterThan(0);
  });

  it("toggles a series from its legend entry when the caller passes a toggle, and highlights it on hover", () => {
    const onToggle = vi.fn();
    const { container, rerender } = render(chartOf("Toggle chart", lines, { onToggleSeries: onToggle }));
    const legend = screen.getByRole("list", { name: "Series in Toggle chart" });
    const fet = within(legend).getByRole("button", { name: "FET", pressed: true });
    fireEvent.pointerEnter(fet.closest("li") as HTMLElement);
    const faded = () =>
      drawnOf(container)
        .filter((l) => l.faded)
        .map((l) => l.key);
    expect(faded()).toEqual(["wld"]);
    // FET is drawn again on top, 3 px wide, at full strength; WLD at a quarter.
    const drawn = drawnOf(container);
    expect(drawn.at(-1)).toMatchObject({ key: "fet", highlight: true, width: 3, opacity: 1 });
    expect(drawn.find((l) => l.key === "wld")?.opacity).toBe(0.25);
    expect(container.querySelector("canvas.ts-lines-canvas")).toHaveAttribute("data-highlight", "fet");
    fireEvent.pointerLeave(fet.closest("li") as HTMLElement);
    expect(faded()).toEqual([]);
    expect(drawnOf(container).some((l) => l.highlight)).toBe(false);
    fireEvent.click(fet);
    expect(onToggle).toHaveBeenCalledWith("fet");
    // The caller drops the line: focus moves to the entry left, not to the page.
    rerender(chartOf("Toggle chart", lines.slice(0, 1), { onToggleSeries: onToggle }));
    expect(within(legend).getByRole("button", { name: "WLD" })).toHaveFocus();
    // Without a toggle the legend is text, and still highlights on hover.
    render(chart);
    expect(within(screen.getByRole("list", { name: "Series in Test chart" })).queryByRole("button")).toBeNull();
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
    let d = "";
    traceVertices({ moveTo: (x, y) => (d += `M${x} ${y}`), lineTo: (x, y) => (d += `L${x} ${y}`) }, lineVertices(gappy, s, false));
    expect(d.match(/M/g)).toHaveLength(3);
    // The lone day (2024-01-04): a tenth of a pixel long.
    const lone = /M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)M/.exec(d.slice(d.indexOf("M", 1)));
    expect(Number(lone?.[3]) - Number(lone?.[1])).toBeCloseTo(0.1, 6);
    expect(lone?.[4]).toBe(lone?.[2]);
  });

  it("keeps a line's vertices while its pixels stay (Index = 100 → % change on a linear axis)", () => {
    const cache = new PathCache();
    const before = cache.vertices(many, scales, false);
    const pct = { ...many, ys: many.ys.map((v) => v - 100) };
    const pctScales = makeScales(800, 300, t0, t1, [pct], false);
    expect(cache.vertices(pct, pctScales, false)).toBe(before);
    const halved = { ...many, ys: many.ys.map((v) => v / 2 + (v > 200 ? 300 : 0)) };
    expect(cache.vertices(halved, makeScales(800, 300, t0, t1, [halved], false), false)).not.toBe(before);
  });

  it("does not redraw the lines when the shared crosshair moves", () => {
    const spy = vi.spyOn(PathCache.prototype, "vertices");
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
