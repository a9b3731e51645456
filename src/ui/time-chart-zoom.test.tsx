import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { DAY, chartOf, drawnOf, t } from "@/test/time-chart";
import { type TimeSeriesLine, valueAt } from "./time-chart";
import { zoomLines } from "./time-chart-zoom";

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
