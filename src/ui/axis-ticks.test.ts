import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateTicks } from "./axis-ticks";

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

// The property run (200 random calendars) takes about 1 s on a quiet 2-CPU machine and several times that with the
// CPUs busy, so 30 s per test instead of Vitest's 5 s. Pure CPU work: the bound stops a hang, it times nothing.
describe("dateTicks", { timeout: 30_000 }, () => {
  it("puts ticks on month starts, every quarter over two years", () => {
    const ticks = dateTicks(days("2023-01-01", 730));
    expect(ticks).toEqual(
      ["2023-01-01", "2023-04-01", "2023-07-01", "2023-10-01", "2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"].filter(
        (_, i) => i % 2 === 0,
      ),
    );
  });

  it("does not label a month the data opens part way through", () => {
    expect(dateTicks(days("2024-01-15", 120))[0]).toBe("2024-02-01");
  });

  it("falls back to every few rows for a span under two months", () => {
    const d = days("2024-03-01", 30);
    const ticks = dateTicks(d, 6);
    expect(ticks[0]).toBe("2024-03-01");
    expect(ticks.length).toBeLessThanOrEqual(6);
  });

  it("returns nothing for no rows", () => {
    expect(dateTicks([])).toEqual([]);
  });

  it("never draws more than max ticks, and every tick is one of the rows, in order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 2, max: 12 }),
        (count, offset, max) => {
          const d = days("2015-01-01", offset + count).slice(offset);
          const ticks = dateTicks(d, max);
          expect(ticks.length).toBeLessThanOrEqual(max);
          const set = new Set(d);
          expect(ticks.every((t) => set.has(t))).toBe(true);
          expect([...ticks].sort()).toEqual(ticks);
        },
      ),
      { numRuns: 200 },
    );
  });
});
