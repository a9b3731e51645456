import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { downsampleAligned, lttb } from "./downsample";
import { addDays } from "./range";

type Row = { date: string; [key: string]: number | null | string };

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
/** 1–4 series over up to 400 aligned days, about one cell in five missing. */
const table = fc
  .integer({ min: 1, max: 4 })
  .chain((k) =>
    fc.tuple(
      fc.constant(Array.from({ length: k }, (_, i) => `s${i}`)),
      fc.array(fc.array(cell, { minLength: k, maxLength: k }), { maxLength: 400 }),
    ),
  );
const toRows = (keys: readonly string[], cells: readonly (number | null)[][]): Row[] =>
  cells.map((c, i) => {
    const row: Row = { date: addDays("2023-01-01", i) };
    keys.forEach((key, j) => {
      row[key] = c[j] ?? null;
    });
    return row;
  });

/** Positions of `picked` in `rows`, or −1 where an element is not from rows. */
const positions = <T>(rows: readonly T[], picked: readonly T[]) => picked.map((r) => rows.indexOf(r));
const increasing = (xs: readonly number[]) => xs.every((x, i) => x >= 0 && (i === 0 || x > (xs[i - 1] as number)));

describe("downsampleAligned properties", () => {
  it("returns a subsequence with the first and last row, at most keys × maxPoints long, unchanged when small", () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 3, max: 120 }), ([keys, cells], maxPoints) => {
        const rows = toRows(keys, cells);
        const out = downsampleAligned(rows, keys, maxPoints);
        if (rows.length <= maxPoints) {
          expect(out).toEqual(rows);
          return;
        }
        const pos = positions(rows, out);
        expect(increasing(pos)).toBe(true);
        expect(pos[0]).toBe(0);
        expect(pos[pos.length - 1]).toBe(rows.length - 1);
        expect(out.length).toBeLessThanOrEqual(keys.length * maxPoints);
        expect(out.length).toBeGreaterThanOrEqual(maxPoints);
      }),
      { numRuns: 500 },
    );
  });
});

describe("lttb properties", () => {
  const series = fc.array(cell, { minLength: 0, maxLength: 400 });
  const value = (r: { v: number | null }) => r.v;

  it("keeps exactly `threshold` rows, in order, first and last included", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 3, max: 200 }), (values, threshold) => {
        const rows = values.map((v, i) => ({ date: addDays("2023-01-01", i), v }));
        const out = lttb(rows, threshold, value);
        const pos = positions(rows, out);
        expect(increasing(pos)).toBe(true);
        expect(out.length).toBe(Math.min(threshold, rows.length));
        if (rows.length > 0) expect([pos[0], pos[pos.length - 1]]).toEqual([0, rows.length - 1]);
      }),
      { numRuns: 500 },
    );
  });

  it("never keeps an interior null when no two nulls are adjacent and buckets hold two rows or more", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 3, max: 200 }), (raw, threshold) => {
        const values = raw.map((v, i) => (v === null && raw[i - 1] === null ? 1 : v));
        if (threshold - 2 > (values.length - 2) / 2) return;
        const rows = values.map((v, i) => ({ date: addDays("2023-01-01", i), v }));
        const out = lttb(rows, threshold, value);
        expect(out.slice(1, -1).every((r) => r.v !== null)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
