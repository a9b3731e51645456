import { describe, expect, it } from "vitest";
import { downDayStats } from "@/analytics";
import { cachedDownDayStats } from "./down-day-stats-cache";

const walk = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => ({
    date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
    value: 100 + 10 * Math.sin(i * seed) + i * 0.1,
  }));

describe("cachedDownDayStats", () => {
  const token = walk(120, 0.7);
  const btc = walk(120, 1.3);
  const range = { from: "2024-01-10", to: "2024-03-31" };

  it("gives what downDayStats gives", () => {
    expect(cachedDownDayStats(token, btc, range)).toEqual(downDayStats(token, btc, range));
    const other = { from: "2024-02-01", to: "2024-02-20" };
    expect(cachedDownDayStats(token, btc, other)).toEqual(downDayStats(token, btc, other));
  });

  it("returns the same result for the same series and an equal range", () => {
    const a = cachedDownDayStats(token, btc, range);
    expect(cachedDownDayStats(token, btc, { ...range })).toBe(a);
  });

  it("keys on the series: a new points array is computed afresh", () => {
    const a = cachedDownDayStats(token, btc, range);
    const moved = token.map((p) => ({ ...p, value: p.value * (p.date < "2024-02-01" ? 1 : 1.5) }));
    const b = cachedDownDayStats(moved, btc, range);
    expect(b).not.toBe(a);
    expect(b).toEqual(downDayStats(moved, btc, range));
  });

  it("forgets the oldest ranges beyond eight, and recomputes them equal", () => {
    const first = cachedDownDayStats(token, btc, { from: "2024-01-02", to: "2024-04-01" });
    for (let d = 3; d < 13; d++) cachedDownDayStats(token, btc, { from: `2024-01-${String(d).padStart(2, "0")}`, to: "2024-04-01" });
    const again = cachedDownDayStats(token, btc, { from: "2024-01-02", to: "2024-04-01" });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
