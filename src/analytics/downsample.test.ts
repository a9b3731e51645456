import { describe, expect, it } from "vitest";
import { downsampleAligned, lttb } from "./downsample";
import { addDays } from "./range";

type Row = { date: string; [key: string]: number | null | string };
const rowsOf = (cols: Record<string, readonly (number | null)[]>): Row[] => {
  const n = Math.max(...Object.values(cols).map((c) => c.length));
  return Array.from({ length: n }, (_, i) => {
    const row: Row = { date: addDays("2024-01-01", i) };
    for (const [k, c] of Object.entries(cols)) row[k] = c[i] ?? null;
    return row;
  });
};
const indices = (rows: readonly Row[], picked: readonly Row[]) => picked.map((r) => rows.indexOf(r));
const v = (r: Row) => (typeof r.v === "number" ? r.v : null);

describe("lttb", () => {
  it("keeps the row of largest triangle in each bucket, by hand", () => {
    // 7 rows, threshold 4: buckets rows 1–2 and 3–5.
    // Bucket 1, anchor (0, 0), next-bucket mean (4, 14/3): row 1 area 23/3 beats row 2's 8/3.
    // Bucket 2, anchor (1, 5), last row (6, 0): rows 3, 4, 5 have areas 2.5, 17.5, 5.
    const rows = rowsOf({ v: [0, 5, 1, 2, 9, 3, 0] });
    expect(indices(rows, lttb(rows, 4, v))).toEqual([0, 1, 4, 6]);
  });

  it("never picks a null row while its bucket has a value, and keeps one null for an all-null bucket", () => {
    // Bucket 1 keeps row 2; bucket 2, anchor (2, 1), last (6, 0): row 3 area 2.5, row 5 area 5.5.
    const holes = rowsOf({ v: [0, null, 1, 2, null, 3, 0] });
    expect(indices(holes, lttb(holes, 4, v))).toEqual([0, 2, 5, 6]);
    // Bucket 1 has no value: its first row stays, so the gap stays; the anchor stays (0, 0) for bucket 2.
    const gap = rowsOf({ v: [0, null, null, 2, 9, 3, 0] });
    expect(indices(gap, lttb(gap, 4, v))).toEqual([0, 1, 4, 6]);
  });

  it("returns a copy unchanged when the threshold is at least the length or below 3", () => {
    const rows = rowsOf({ v: [1, 2, 3, 4, 5] });
    for (const t of [5, 9, 2, 0, -1, Number.NaN]) {
      const out = lttb(rows, t, v);
      expect(out).toEqual(rows);
      expect(out).not.toBe(rows);
    }
    expect(lttb([], 10, v)).toEqual([]);
  });
});

describe("downsampleAligned", () => {
  it("keeps the union of each series' picks so every line keeps its extremes", () => {
    // a alone keeps rows 0, 1, 4, 6 (as above); b keeps 0, 2, 5, 6 (its peak 8 and trough −7).
    const rows = rowsOf({ a: [0, 5, 1, 2, 9, 3, 0], b: [0, 1, 8, 2, 3, -7, 0] });
    expect(indices(rows, downsampleAligned(rows, ["a"], 4))).toEqual([0, 1, 4, 6]);
    expect(indices(rows, downsampleAligned(rows, ["b"], 4))).toEqual([0, 2, 5, 6]);
    expect(indices(rows, downsampleAligned(rows, ["a", "b"], 4))).toEqual([0, 1, 2, 4, 5, 6]);
  });

  it("leaves small inputs alone", () => {
    const rows = rowsOf({ a: [1, 2, 3] });
    expect(downsampleAligned(rows, ["a"], 3)).toEqual(rows);
    expect(downsampleAligned(rows, ["a"], 100)).toEqual(rows);
  });
});
