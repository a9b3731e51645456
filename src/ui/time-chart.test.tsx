import type { ComponentProps } from "react";
import type { DrawnLine } from "./time-chart-lines";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getCrosshair, setCrosshair } from "./crosshair";
import {
  COLOUR_SLOTS,
  estimateTextWidth,
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
import { TimeChart, type TimeSeriesLine, valueAt } from "./time-chart";
import { PathCache, lineVertices, makeScales, traceVertices } from "./time-chart-scales";
import { zoomLines } from "./time-chart-zoom";

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

type Drawn = DrawnLine;
/** What the chart's canvas says it drew, in stroke order. */
function drawnOf(root: ParentNode): Drawn[] {
  return JSON.parse(root.querySelector("canvas.ts-lines-canvas")?.getAttribute("data-lines") ?? "null") as Drawn[];
}

function line(key: string, from: string, values: number[]): TimeSeriesLine {
  const points = values.map((value, i) => ({ date: new Date(t(from) + i * DAY).toISOString().slice(0, 10), value }));
  return { key, label: key.toUpperCase(), xs: points.map((p) => t(p.date)), ys: values, points, maxGapDays: 1 };
}

/** A chart of `lines` over 2024-01-01..03, index values, 300 px high; `extra` props override or add. */
function chartOf(title: string, lines: TimeSeriesLine[], extra: Partial<ComponentProps<typeof TimeChart>> = {}) {
  return (
    <TimeChart
      title={title}
      lines={lines}
      t0={t("2024-01-01")}
      t1={t("2024-01-03")}
      kind="index"
      yLabel="Index"
      formatValue={String}
      height={300}
      {...extra}
    />
  );
}

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

/** Prices from `from`, one a day (NaN: no price that day). */
type Raw = { key: string; from: string; prices: number[]; maxGapDays?: number };

/**
 * Index = 100 lines over from … to as the app's frame builds them (src/analytics/frame.ts): each series' points in the
 * range, based on the common base date (the latest first day), breaks over missing days, late lines marked.
 */
function indexLines(raws: Raw[], from: string, to: string): TimeSeriesLine[] {
  const clipped = raws
    .map((r) => ({
      r,
      pts: r.prices
        .map((value, i) => ({ date: new Date(t(r.from) + i * DAY).toISOString().slice(0, 10), value }))
        .filter((p) => Number.isFinite(p.value) && p.date >= from && p.date <= to),
    }))
    .filter((c) => c.pts.length > 0);
  const firsts = clipped.map((c) => (c.pts[0] as { date: string }).date).sort();
  const rangeFirst = firsts[0] as string;
  const base = firsts.at(-1) as string;
  return clipped.map(({ r, pts }, i) => {
    const gap = (r.maxGapDays ?? 1) * DAY;
    const bv = (pts.filter((p) => p.date <= base).at(-1) ?? pts[0])?.value as number;
    const points = pts.map((p) => ({ date: p.date, value: (100 * p.value) / bv }));
    const xs: number[] = [];
    const ys: number[] = [];
    let prev: number | undefined;
    for (const p of points) {
      if (prev !== undefined && t(p.date) - prev > gap) {
        xs.push((prev + t(p.date)) / 2);
        ys.push(Number.NaN);
      }
      xs.push(t(p.date));
      ys.push(p.value);
      prev = t(p.date);
    }
    const first = (points[0] as { date: string }).date;
    return {
      key: r.key,
      label: r.key.toUpperCase(),
      xs,
      ys,
      points,
      maxGapDays: r.maxGapDays ?? 1,
      slot: i,
      late: t(first) - t(rangeFirst) >= gap,
      first,
    };
  });
}

describe("brush", () => {
  const raws: Raw[] = [
    { key: "wld", from: "2024-01-01", prices: Array.from({ length: 120 }, (_, i) => 2 + Math.sin(i / 5) + i / 40) },
    // Starts late, and misses a stretch of days: its line breaks there.
    {
      key: "fet",
      from: "2024-01-10",
      prices: Array.from({ length: 111 }, (_, i) => (i > 40 && i < 45 ? Number.NaN : 0.5 + Math.cos(i / 7) / 4 + i / 300)),
    },
    // Ends before the zoom: it drops out.
    { key: "agix", from: "2024-01-01", prices: Array.from({ length: 20 }, (_, i) => 0.3 + i / 100) },
  ];
  const full = indexLines(raws, "2024-01-01", "2024-04-29");

  it("zooms to the lines the caller's frame will draw: clipped, based again on the common base date, exactly", () => {
    const zoomed = zoomLines(full, "2024-02-01", "2024-03-31", "index");
    const fresh = indexLines(raws, "2024-02-01", "2024-03-31");
    expect(zoomed?.lines.map((l) => l.key)).toEqual(["wld", "fet"]);
    expect(zoomed?.t0).toBe(t("2024-02-01"));
    expect(zoomed?.t1).toBe(t("2024-03-31"));
    zoomed?.lines.forEach((l, i) => {
      const f = fresh[i] as TimeSeriesLine;
      expect(l.xs).toEqual(f.xs);
      expect(l.ys.map((v) => (Number.isNaN(v) ? "break" : v.toPrecision(12)))).toEqual(
        f.ys.map((v) => (Number.isNaN(v) ? "break" : v.toPrecision(12))),
      );
      expect([l.late, l.first]).toEqual([f.late, f.first]);
    });
    // A line thinned to the window's width (every other day drawn) zooms from its full-resolution points all the same.
    const thinned = full.map((l) => ({ ...l, xs: l.xs.filter((_, k) => k % 2 === 0), ys: l.ys.filter((_, k) => k % 2 === 0) }));
    expect(zoomLines(thinned, "2024-02-01", "2024-03-31", "index")?.lines.map((l) => l.xs)).toEqual(fresh.map((l) => l.xs));
    // 100 on the common base date, the first day both have data.
    expect(valueAt(zoomed?.lines[0] as TimeSeriesLine, t("2024-02-01"))).toBeCloseTo(100, 10);
    // % change: 0 there.
    const pct = full.map((l) => ({ ...l, ys: l.ys.map((v) => v - 100), points: l.points.map((p) => ({ ...p, value: p.value - 100 })) }));
    expect(valueAt(zoomLines(pct, "2024-02-01", "2024-03-31", "pct")?.lines[1] as TimeSeriesLine, t("2024-02-01"))).toBeCloseTo(0, 10);
  });

  it("draws the zoomed lines in the release itself, the rest of the chart and then onBrush a frame later each, the caller's lines the same pixels", async () => {
    const onBrush = vi.fn();
    const props = { t0: t("2024-01-01"), t1: t("2024-04-29"), onBrush };
    const { container, rerender } = render(chartOf("Brush chart", full, props));
    const canvas = container.querySelector("canvas.ts-lines-canvas") as HTMLCanvasElement;
    const svg = container.querySelector("svg.ts-chart") as SVGSVGElement;
    const before = canvas.getAttribute("data-geometry");
    const ticks = () => [...svg.querySelectorAll(".ts-x-tick")].map((x) => x.textContent).join(" ");
    const wideTicks = ticks();
    // A line highlighted from the legend: the zoom moves it from under the pointer, so the highlight goes.
    fireEvent.pointerEnter(
      within(screen.getByRole("list", { name: "Series in Brush chart" }))
        .getByText("WLD")
        .closest("li") as HTMLElement,
    );
    expect(canvas).toHaveAttribute("data-highlight", "wld");
    fireEvent.pointerDown(svg, { button: 0, clientX: 300, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 500, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 500, pointerId: 1 });
    // The lines zoomed in the release's own event: new geometry, AGIX gone, no highlight; the caller not told yet.
    const zoomed = canvas.getAttribute("data-geometry");
    expect(zoomed).not.toBe(before);
    expect(drawnOf(container).map((l) => l.key)).toEqual(["wld", "fet"]);
    expect(canvas).toHaveAttribute("data-highlight", "");
    expect(onBrush).not.toHaveBeenCalled();
    // The time axis follows a frame later, drawing nothing new on the canvas; then the caller is told.
    await waitFor(() => expect(ticks()).not.toBe(wideTicks));
    expect(canvas.getAttribute("data-geometry")).toBe(zoomed);
    await waitFor(() => expect(onBrush).toHaveBeenCalledTimes(1));
    const [from, to] = onBrush.mock.calls[0] as [string, string];
    expect(from > "2024-01-01" && from < to && to < "2024-04-29").toBe(true);
    // The caller answers with its own frame for the range: nothing on the canvas moves.
    const zoomedGeometry = canvas.getAttribute("data-geometry");
    const zoomedTicks = ticks();
    const fresh = indexLines(raws, from, to);
    const first = fresh.map((l) => l.points[0]?.date as string).sort()[0] as string;
    const last = fresh
      .map((l) => l.points.at(-1)?.date as string)
      .sort()
      .at(-1) as string;
    rerender(chartOf("Brush chart", fresh, { ...props, t0: t(first), t1: t(last) }));
    expect(canvas.getAttribute("data-geometry")).toBe(zoomedGeometry);
    expect(ticks()).toBe(zoomedTicks);
  });
});
