import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, alignOnDates, clipToRange, downsampleAligned, pctChange, rebaseTo100 } from "@/analytics";
import type { Series } from "@/sources/price-series";
import type { ScaleMode } from "../config";
import { type ChartRow, buildNarrativeView } from "./build-view";

const meta = {
  sourceId: "test",
  sourceName: "Test",
  sourceUrl: "https://example.org",
  requestUrl: "",
  asOf: "2024-12-31",
  range: { from: "2023-01-01", to: "2024-12-31" },
  fetchedAt: "",
  isSample: true,
};
const series = (id: string, points: { date: string; value: number }[]): Series => ({
  id,
  ticker: id.toUpperCase(),
  label: id,
  measure: "close",
  quote: "USD",
  points,
  meta,
});

/** The builder as it was before per-series caching: the reference the cached builder must match row for row. */
function reference(all: readonly Series[], range: { from: string; to: string }, mode: ScaleMode, maxPoints: number) {
  const toValue = (points: { date: string; value: number }[]) => {
    if (mode === "price") return points;
    const rebased = rebaseTo100(points);
    return mode === "rebased" ? rebased : rebased.map((p) => ({ date: p.date, value: p.value - 100 }));
  };
  const clipped = all.map((s) => ({ s, points: clipToRange(s.points, range) }));
  const aligned = alignOnDates(clipped.map(({ s, points }) => ({ key: s.id, points: toValue(points) }))) as ChartRow[];
  for (const row of aligned) row.t = Date.parse(`${row.date}T00:00:00Z`);
  const keys = all.map((s) => s.id);
  const rows = downsampleAligned(aligned, keys, Math.max(24, Math.floor(maxPoints / Math.max(1, keys.length))));
  const summaries = clipped.map(({ s, points }) => {
    const first = points[0];
    const last = points[points.length - 1];
    const change = first && last ? pctChange(first.value, last.value) : undefined;
    return {
      id: s.id,
      ticker: s.ticker,
      points: points.length,
      ...(first ? { first: first.date } : {}),
      ...(last ? { last: last.date } : {}),
      ...(change === undefined ? {} : { changePct: change }),
    };
  });
  return { rows, summaries, rawPoints: aligned.length };
}

/** A series over up to 500 days from 2023-01-01 with gaps: each day present with probability about 4 in 5. */
const arbSeries = (id: string) =>
  fc
    .array(fc.option(fc.double({ min: 0.01, max: 1e5, noNaN: true }), { freq: 5 }), { minLength: 1, maxLength: 500, size: "max" })
    .map((values) =>
      series(
        id,
        values.flatMap((v, i) => (v === null ? [] : [{ date: addDays("2023-01-01", i), value: v }])),
      ),
    )
    .filter((s) => s.points.length > 0);

// The property run builds 400 views: about 0.5 s on a quiet 2-CPU machine and several times that with the CPUs busy,
// so 30 s per test instead of Vitest's 5 s. Pure CPU work: the bound stops a hang, it times nothing.
describe("buildNarrativeView", { timeout: 30_000 }, () => {
  const btc = series("btc", [
    { date: "2024-03-08", value: 68000 },
    { date: "2024-03-09", value: 68300 },
    { date: "2024-03-10", value: 69000 },
    { date: "2024-03-11", value: 72000 },
  ]);
  const nvda = series("nvda", [
    { date: "2024-03-08", value: 87.53 },
    { date: "2024-03-11", value: 85.76 },
  ]);

  it("keeps a stock's weekend empty and puts every row on the time axis", () => {
    const view = buildNarrativeView([btc, nvda], { from: "2024-03-01", to: "2024-03-31" }, "rebased", 300);
    expect(view.rows.map((r) => r.date)).toEqual(["2024-03-08", "2024-03-09", "2024-03-10", "2024-03-11"]);
    expect(view.rows.map((r) => r.nvda)).toEqual([100, null, null, expect.closeTo(97.98, 2)]);
    for (const r of view.rows) expect(r.t).toBe(Date.parse(`${r.date}T00:00:00Z`));
    expect(view.summaries[1]).toMatchObject({ id: "nvda", first: "2024-03-08", last: "2024-03-11", points: 2 });
  });

  it("rebases each series at its first day in the range, in % change as in index terms", () => {
    const range = { from: "2024-03-09", to: "2024-03-11" };
    const pct = buildNarrativeView([btc], range, "pct", 300);
    const idx = buildNarrativeView([btc], range, "rebased", 300);
    expect(pct.rows[0]?.btc).toBe(0);
    expect(pct.rows.map((r) => r.btc)).toEqual(idx.rows.map((r) => expect.closeTo((r.btc as number) - 100, 10)));
  });

  it("gives the same view whether or not the series were scaled before (cached)", () => {
    const range = { from: "2024-03-09", to: "2024-03-31" };
    const fresh = reference([btc, nvda], range, "price", 300);
    buildNarrativeView([nvda], range, "price", 300);
    const view = buildNarrativeView([btc, nvda], range, "price", 300);
    expect(view.rows).toEqual(fresh.rows);
    expect(view.summaries).toEqual(fresh.summaries);
  });

  it("matches the reference builder on any series, range, scale and budget, called twice over", () => {
    fc.assert(
      fc.property(
        fc.array(arbSeries("a"), { minLength: 1, maxLength: 3 }).map((ss) => ss.map((s, i) => ({ ...s, id: `s${i}`, ticker: `S${i}` }))),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom<ScaleMode>("rebased", "pct", "price"),
        fc.integer({ min: 30, max: 400 }),
        (all, a, b, mode, maxPoints) => {
          const range = { from: addDays("2023-01-01", Math.min(a, b)), to: addDays("2023-01-01", Math.max(a, b)) };
          const want = reference(all, range, mode, maxPoints);
          for (let pass = 0; pass < 2; pass++) {
            const got = buildNarrativeView(all, range, mode, maxPoints);
            expect(got.rows).toEqual(want.rows);
            expect(got.summaries).toEqual(want.summaries);
            expect(got.rawPoints).toBe(want.rawPoints);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
