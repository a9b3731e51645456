import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignOnDates } from "./align";
import { downsampleM4 } from "./downsample";
import { buildFrame, dayToMs, frameRows, rankByChange, valuesOn } from "./frame";
import { DAY_MS, addDays } from "./range";
import type { Point } from "./types";

describe("alignOnDates", () => {
  it("keeps weekends empty for a stock instead of inventing prices", () => {
    const rows = alignOnDates([
      {
        key: "btc",
        points: [
          { date: "2024-03-08", value: 68000 },
          { date: "2024-03-09", value: 68300 },
          { date: "2024-03-11", value: 72000 },
        ],
      },
      {
        key: "nvda",
        points: [
          { date: "2024-03-08", value: 87.53 },
          { date: "2024-03-11", value: 85.76 },
        ],
      },
    ]);
    expect(rows.map((r) => r.date)).toEqual(["2024-03-08", "2024-03-09", "2024-03-11"]);
    expect(rows[1]).toEqual({ date: "2024-03-09", btc: 68300, nvda: null });
  });
});

const daily = (from: string, values: readonly number[]): Point[] => values.map((value, i) => ({ date: addDays(from, i), value }));

// The property runs build a few hundred frames: well under a second on a quiet 2-CPU machine and several times that
// with the CPUs busy, so 30 s per test instead of Vitest's 5 s. Pure CPU work: the bound stops a hang, it times nothing.
describe("buildFrame", { timeout: 30_000 }, () => {
  const nvda = daily("2016-01-01", [10, 20, 40, 80, 100, 120]);
  const wld = daily("2016-01-04", [2, 1, 3]);

  it("rebases every series at the common base date, the first day all of them have data, and ranks from it", () => {
    const frame = buildFrame(
      [
        { key: "nvda", points: nvda },
        { key: "wld", points: wld },
      ],
      { from: "2016-01-01", to: "2016-12-31" },
      "rebased",
    );
    expect(frame.base).toBe("2016-01-04");
    const [n, w] = frame.series;
    // NVDA was 80 on the base day: 100 there, 150 at its last day; not +1,100 % from its own first day.
    expect(n?.points.find((p) => p.date === "2016-01-04")?.value).toBe(100);
    expect(n?.changePct).toBeCloseTo(50);
    expect(n?.changeFrom).toBe("2016-01-04");
    expect(n?.late).toBe(false);
    expect(w?.late).toBe(true);
    expect(w?.points[0]?.value).toBe(100);
    expect(rankByChange(frame).map((s) => s.key)).toEqual(["nvda", "wld"]);
  });

  it("joins a series to its continuation under a new ticker, leaves the gap open and marks the seam", () => {
    const rndr = daily("2024-07-01", [5, 6, 7]);
    const render = daily("2024-07-10", [7.5, 8]);
    const frame = buildFrame(
      [{ key: "rndr", points: rndr, continuation: { key: "render", points: render } }],
      { from: "2024-01-01", to: "2024-12-31" },
      "price",
    );
    const [s] = frame.series;
    expect(s?.seam).toEqual({ key: "rndr", fromKey: "rndr", toKey: "render", lastOld: "2024-07-03", firstNew: "2024-07-10" });
    expect(s?.points.map((p) => p.date)).toEqual(["2024-07-01", "2024-07-02", "2024-07-03", "2024-07-10", "2024-07-11"]);
    // A NaN in the drawn line between the two: nothing is drawn across the gap.
    expect(s?.ys.filter((y) => Number.isNaN(y))).toHaveLength(1);
    expect(s?.changePct).toBeCloseTo(60);
  });

  it("joins a stock across a weekend but breaks a crypto line at a missing day", () => {
    const points = [
      { date: "2024-03-08", value: 1 },
      { date: "2024-03-11", value: 2 },
    ];
    const frame = buildFrame(
      [
        { key: "nvda", points, maxGapDays: 5 },
        { key: "btc", points },
      ],
      { from: "2024-03-01", to: "2024-03-31" },
      "price",
    );
    expect(frame.series[0]?.ys.some(Number.isNaN)).toBe(false);
    expect(frame.series[1]?.ys.some(Number.isNaN)).toBe(true);
    expect(valuesOn(frame, "2024-03-09").map((v) => v.key)).toEqual(["nvda"]);
  });

  it("based on its own first day when a series ended before the common base date, and says so", () => {
    const agix = daily("2023-01-01", [1, 2]);
    const tao = daily("2023-06-01", [100, 110]);
    const frame = buildFrame(
      [
        { key: "agix", points: agix },
        { key: "tao", points: tao },
      ],
      { from: "2023-01-01", to: "2023-12-31" },
      "pct",
    );
    expect(frame.base).toBe("2023-06-01");
    expect(frame.series[0]?.baseDay).toBe("2023-01-01");
    expect(frame.series[0]?.early).toBe(true);
    expect(frame.series[0]?.points[0]?.value).toBe(0);
  });

  const seriesArb = fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 120 }))
    .map(([offset, values]) => daily(addDays("2024-01-01", offset), values));
  const modeArb = fc.constantFrom("rebased" as const, "pct" as const, "price" as const);

  it("property: every series with data on the base date reads 100 (rebased) or 0 (% change) there", () => {
    fc.assert(
      fc.property(fc.array(seriesArb, { minLength: 1, maxLength: 6 }), fc.constantFrom("rebased" as const, "pct" as const), (all, mode) => {
        const frame = buildFrame(
          all.map((points, i) => ({ key: `s${i}`, points })),
          { from: "2024-01-01", to: "2024-12-31" },
          mode,
        );
        for (const s of frame.series) {
          const atBase = s.points.find((p) => p.date === frame.base);
          if (atBase) expect(atBase.value).toBeCloseTo(mode === "rebased" ? 100 : 0, 9);
        }
      }),
    );
  });

  it("property: the base date is the latest first day, every series is clipped to the range, and changes start at the base", () => {
    fc.assert(
      fc.property(fc.array(seriesArb, { minLength: 1, maxLength: 6 }), modeArb, fc.integer({ min: 0, max: 60 }), (all, mode, cut) => {
        const range = { from: addDays("2024-01-01", cut), to: addDays("2024-01-01", cut + 90) };
        const frame = buildFrame(
          all.map((points, i) => ({ key: `s${i}`, points })),
          range,
          mode,
        );
        const firsts = frame.series.flatMap((s) => (s.first ? [s.first] : []));
        expect(frame.base).toBe(firsts.sort().at(-1));
        for (const s of frame.series) {
          for (const p of s.points) expect(p.date >= range.from && p.date <= range.to).toBe(true);
          if (s.changeFrom && frame.base && s.last && s.last >= frame.base) expect(s.changeFrom).toBe(frame.base);
        }
        expect(frameRows(frame).length).toBe(frame.days);
      }),
    );
  });

  it("property: downsampling keeps each column's extremes, the first and last point, and at most four points a column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 3000 }),
        fc.integer({ min: 1, max: 400 }),
        (values, width) => {
          const xs = values.map((_, i) => i * DAY_MS);
          const t1 = xs[xs.length - 1] as number;
          const out = downsampleM4(xs, values, 0, t1, width);
          expect(out.xs.length).toBeLessThanOrEqual(Math.max(values.length, 4 * (width + 1)));
          expect(out.xs[0]).toBe(0);
          expect(out.xs.at(-1)).toBe(t1);
          expect(Math.max(...out.ys)).toBe(Math.max(...values));
          expect(Math.min(...out.ys)).toBe(Math.min(...values));
          for (let i = 1; i < out.xs.length; i++) expect(out.xs[i] as number).toBeGreaterThan(out.xs[i - 1] as number);
        },
      ),
    );
  });

  it("draws no more than about four points per pixel column for 2,000 days at 1,200 px", () => {
    const points = daily(
      "2019-01-01",
      Array.from({ length: 6000 }, (_, i) => 100 + Math.sin(i / 7) * 10),
    );
    const frame = buildFrame([{ key: "a", points }], { from: "2016-01-01", to: "2099-12-31" }, "rebased", 1200);
    expect(frame.series[0]?.xs.length).toBeLessThanOrEqual(4 * 1200);
    expect(frame.series[0]?.count).toBe(6000);
    expect(frame.t0).toBe(dayToMs("2019-01-01"));
  });
});

describe("buildFrame memoisation", () => {
  const walk = (n: number, from: string, seed: number): Point[] =>
    Array.from({ length: n }, (_, i) => ({ date: addDays(from, i), value: 100 + Math.sin(i / 7 + seed) * 20 + seed }));
  const a = walk(400, "2023-01-01", 1);
  const b = walk(400, "2023-01-01", 2);
  const c = walk(400, "2023-01-01", 3);
  const range = { from: "2023-01-01", to: "2024-12-31" };

  it("hands back an unchanged series as it was when another is toggled off, and equal to a fresh build", () => {
    const all = buildFrame(
      [
        { key: "a", points: a },
        { key: "b", points: b },
        { key: "c", points: c },
      ],
      range,
      "rebased",
    );
    const withoutB = buildFrame(
      [
        { key: "a", points: a },
        { key: "c", points: c },
      ],
      range,
      "rebased",
    );
    expect(withoutB.series[0]).toBe(all.series[0]);
    expect(withoutB.series[1]).toBe(all.series[2]);
    // The same figures as a build from copies of the points (no cache entry to find).
    const fresh = buildFrame(
      [
        { key: "a", points: [...a] },
        { key: "c", points: [...c] },
      ],
      range,
      "rebased",
    );
    expect(withoutB.series).toEqual(fresh.series);
    expect(withoutB.days).toBe(400);
  });

  it("rebuilds a series when what it depends on changes: scale, range or the common base date", () => {
    const one = buildFrame([{ key: "a", points: a }], range, "rebased");
    const pct = buildFrame([{ key: "a", points: a }], range, "pct");
    expect(pct.series[0]).not.toBe(one.series[0]);
    expect(pct.series[0]?.points[0]?.value).toBe(0);
    const later = buildFrame([{ key: "a", points: a }], { from: "2023-06-01", to: "2024-12-31" }, "rebased");
    expect(later.series[0]?.first).toBe("2023-06-01");
    // A late series moves the common base date: the early one is rebased on that day, not its own first.
    const late = walk(100, "2023-09-01", 4);
    const both = buildFrame(
      [
        { key: "a", points: a },
        { key: "late", points: late },
      ],
      range,
      "rebased",
    );
    expect(both.series[0]).not.toBe(one.series[0]);
    expect(both.series[0]?.baseDay).toBe("2023-09-01");
  });
});
