import { describe, expect, it } from "vitest";
import { type Series, chartFrame } from "@/sources/price-series";
import { zoomLines } from "@/ui/time-chart-zoom";

/**
 * The chart zooms a brushed range itself (src/ui/time-chart-zoom.ts, which may not import analytics) before the page
 * rebuilds the frame for it (chartFrame → buildFrame): the two must agree, or the lines would jump when the page
 * catches up. This holds the zoom to the frame builder itself, on days, gaps and a late starter.
 */
const DAY = 86_400_000;
function series(id: string, from: string, days: number, weekdaysOnly = false): Series {
  const points: { date: string; value: number }[] = [];
  let v = 10 + id.length;
  for (let i = 0; i < days; i++) {
    const t = Date.parse(`${from}T00:00:00Z`) + i * DAY;
    v *= 1 + Math.sin(i * 0.37 + id.charCodeAt(0)) * 0.03;
    const dow = new Date(t).getUTCDay();
    if (weekdaysOnly && (dow === 0 || dow === 6)) continue;
    points.push({ date: new Date(t).toISOString().slice(0, 10), value: v });
  }
  const last = points.at(-1)?.date ?? from;
  return {
    id,
    ticker: id.toUpperCase(),
    label: id,
    measure: "close",
    quote: "USD",
    points,
    meta: {
      sourceId: "test",
      sourceName: "Test",
      sourceUrl: "https://example.test",
      requestUrl: "https://example.test",
      asOf: last,
      range: { from, to: last },
      fetchedAt: "2026-01-01T00:00:00Z",
      isSample: true,
    },
  } as Series;
}

const shown = [series("fet", "2024-01-01", 182), series("nvda", "2024-01-01", 182, true), series("wld", "2024-03-15", 100)];
const NONE = new Map<string, Series>();

describe("a brushed zoom and the frame the page builds for it", () => {
  for (const [mode, kind] of [
    ["rebased", "index"],
    ["pct", "pct"],
    ["price", "price"],
  ] as const) {
    it(`agree on lines, days and values (${mode})`, () => {
      const full = chartFrame(shown, NONE, { from: "2024-01-01", to: "2024-06-30" }, mode);
      const zoomed = zoomLines(
        full.plotted.map((p) => p.line),
        "2024-03-01",
        "2024-04-30",
        kind,
      );
      const fresh = chartFrame(shown, NONE, { from: "2024-03-01", to: "2024-04-30" }, mode);
      expect(zoomed?.lines.map((l) => l.key)).toEqual(fresh.plotted.map((p) => p.line.key));
      expect([zoomed?.t0, zoomed?.t1]).toEqual([fresh.frame.t0, fresh.frame.t1]);
      zoomed?.lines.forEach((l, i) => {
        const f = fresh.plotted[i]?.line;
        expect(l.points.map((p) => p.date)).toEqual(f?.points.map((p) => p.date));
        for (const [j, p] of l.points.entries()) expect(p.value).toBeCloseTo(f?.points[j]?.value ?? Number.NaN, 9);
        expect(Boolean(l.late)).toBe(Boolean(f?.late));
      });
    });
  }
});
