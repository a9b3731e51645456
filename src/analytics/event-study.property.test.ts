import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { averageCarPath } from "./car-path";
import { type EventWindow, eventIndex, studyEvent } from "./event-study";
import { addDays } from "./range";
import { pairedReturns } from "./returns";
import type { Point } from "./types";

const START = "2023-01-01";

/** A daily random walk of 70–160 prices with daily moves between −20 % and +25 %. */
const walk = fc
  .tuple(
    fc.double({ min: 0.01, max: 1e4, noNaN: true }),
    fc.array(fc.double({ min: 0.8, max: 1.25, noNaN: true }), { minLength: 70, maxLength: 160 }),
  )
  .map(([p0, factors]) => {
    const points: Point[] = [{ date: START, value: p0 }];
    let p = p0;
    factors.forEach((f, i) => {
      p *= f;
      points.push({ date: addDays(START, i + 1), value: p });
    });
    return points;
  });

/** Drops roughly one day in `1 / rate` from a series, deterministically from a seed list. */
const holes = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 170, maxLength: 170 });
const punch = (points: readonly Point[], mask: readonly number[]) => points.filter((_, i) => (mask[i] ?? 1) > 0);

const eventDay = fc.integer({ min: 0, max: 170 }).map((i) => addDays(START, i));
const windowArb = fc
  .tuple(fc.integer({ min: -10, max: 5 }), fc.integer({ min: 0, max: 10 }))
  .map(([from, len]) => ({ from, to: from + len }));
const windowsArb = fc.array(windowArb, { minLength: 1, maxLength: 3 });

const hasNaN = (x: unknown): boolean =>
  typeof x === "number" ? !Number.isFinite(x) : typeof x === "object" && x !== null ? Object.values(x).some(hasNaN) : false;

// 300 runs per property: 0.1 s each on a quiet 2-CPU machine, 2.4 s with both CPUs busy at a load average of 25
// (npm run test:stress), so 30 s per test instead of Vitest's 5 s. Pure CPU work: the bound stops a hang, it times nothing.
describe("event study properties", { timeout: 30_000 }, () => {
  it("the benchmark studied against itself has zero abnormal return in every window", () => {
    let ok = 0;
    fc.assert(
      fc.property(walk, eventDay, windowsArb, (bench, day, windows) => {
        const r = studyEvent(bench, bench, day, windows);
        if (!r.ok) return;
        ok++;
        expect(r.beta).toBeCloseTo(1, 12);
        expect(Math.abs(r.alpha)).toBeLessThan(1e-12);
        for (const w of r.windows) if (w.ok) expect(Math.abs(w.carPct)).toBeLessThan(1e-9);
      }),
      { numRuns: 300 },
    );
    expect(ok).toBeGreaterThan(50); // the generator reaches the interesting case often
  });

  it("the benchmark against itself has a zero mean CAR path", () => {
    fc.assert(
      fc.property(walk, fc.array(eventDay, { maxLength: 5 }), fc.integer({ min: 0, max: 8 }), (bench, days, h) => {
        const path = averageCarPath(bench, bench, days, h);
        expect(path.used.length + path.skipped.length).toBe(days.length);
        for (const m of path.mean) expect(Math.abs(m)).toBeLessThan(1e-9);
        for (const s of path.se) expect(Math.abs(s)).toBeLessThan(1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws and never returns NaN, whatever holes the token has", () => {
    fc.assert(
      fc.property(walk, walk, holes, eventDay, windowsArb, (token, bench, mask, day, windows) => {
        const r = studyEvent(punch(token, mask), bench, day, windows);
        expect(hasNaN(r)).toBe(false);
        if (r.ok) for (const w of r.windows) if (w.ok) expect(w.days).toBe(w.window.to - w.window.from + 1);
      }),
      { numRuns: 300 },
    );
  });

  it("no look-ahead: changing prices strictly after t0 + max(window.to) never changes the result", () => {
    const changes = fc.array(fc.double({ min: 0.5, max: 2, noNaN: true }), { minLength: 170, maxLength: 170 });
    fc.assert(
      fc.property(walk, walk, holes, eventDay, windowsArb, changes, (tokenFull, bench, mask, day, windows, k) => {
        const token = punch(tokenFull, mask);
        const rows = pairedReturns(token, bench);
        const t0 = eventIndex(rows, day);
        const last = Math.max(...windows.map((w: EventWindow) => w.to));
        const cut = t0 === undefined ? day : (rows[Math.min(t0 + last, rows.length - 1)]?.date ?? day);
        const edit = (points: readonly Point[]) =>
          points.map((p, i) => (p.date > cut ? { date: p.date, value: p.value * (k[i] ?? 1) } : p));
        expect(studyEvent(edit(token), edit(bench), day, windows)).toEqual(studyEvent(token, bench, day, windows));
      }),
      { numRuns: 300 },
    );
  });
});
