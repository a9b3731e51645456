import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, alignOnDates, downsampleAligned } from "@/analytics";
import { keptRows } from "./kept-rows";

/** Up to four series over up to 600 days, each day present with probability about 4 in 5. */
const columns = fc.array(
  fc.array(fc.option(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { freq: 5 }), { maxLength: 600, size: "max" }),
  { minLength: 1, maxLength: 4 },
);
const toSeries = (cols: (number | null)[][]) =>
  cols.map((values, k) => ({
    key: `s${k}`,
    points: values.flatMap((v, i) => (v === null ? [] : [{ date: addDays("2023-01-01", i), value: v }])),
  }));

// Two property runs of 200 downsamplings: about 0.4 s each on a quiet 2-CPU machine and several times that with the
// CPUs busy, so 30 s per test instead of Vitest's 5 s. Pure CPU work: the bound stops a hang, it times nothing.
describe("keptRows", { timeout: 30_000 }, () => {
  it("keeps exactly the rows downsampleAligned keeps, the first time and from its cache", () => {
    fc.assert(
      fc.property(columns, fc.integer({ min: 0, max: 700 }), (cols, threshold) => {
        const series = toSeries(cols);
        const rows = alignOnDates(series);
        const want = downsampleAligned(
          rows,
          series.map((s) => s.key),
          threshold,
        );
        expect(keptRows(rows, series, threshold)).toEqual(want);
        expect(keptRows(rows, series, threshold)).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });

  it("reuses a column's picks when another column leaves and the calendar stays, and recomputes when it moves", () => {
    fc.assert(
      fc.property(columns, fc.integer({ min: 3, max: 200 }), (cols, threshold) => {
        const series = toSeries(cols);
        keptRows(alignOnDates(series), series, threshold);
        const fewer = series.slice(0, -1);
        if (fewer.length === 0) return;
        const rows = alignOnDates(fewer);
        const keys = fewer.map((s) => s.key);
        expect(keptRows(rows, fewer, threshold)).toEqual(downsampleAligned(rows, keys, threshold));
      }),
      { numRuns: 200 },
    );
  });
});
