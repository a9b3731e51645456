import { describe, expect, it } from "vitest";
import { changeBetween, peakMoveAfter } from "./moves";

const wld = [
  { date: "2023-12-12", value: 2.0 },
  { date: "2023-12-13", value: 2.05 },
  { date: "2023-12-14", value: 2.5 },
  { date: "2023-12-15", value: 2.466 },
  { date: "2023-12-16", value: 3.812 },
  { date: "2023-12-17", value: 3.6 },
  { date: "2024-01-20", value: 9 },
];

describe("peakMoveAfter", () => {
  it("compares the close before the event with the best close in the window", () => {
    const m = peakMoveAfter(wld, "2023-12-15", 2);
    expect(m?.before.date).toBe("2023-12-14");
    expect(m?.peak).toEqual({ date: "2023-12-16", value: 3.812 });
    expect(m?.changePct).toBeCloseTo(52.48, 2);
  });
  it("says nothing when there is no close shortly before the event", () => {
    expect(peakMoveAfter(wld, "2023-12-01", 5)).toBeUndefined();
    expect(peakMoveAfter(wld, "2024-01-15", 3)).toBeUndefined();
  });
});

describe("changeBetween", () => {
  it("measures from the close before the first day to the close on the last", () => {
    expect(changeBetween(wld, "2023-12-13", "2023-12-14")?.changePct).toBeCloseTo(25, 6);
    expect(changeBetween(wld, "2025-01-01", "2025-01-02")).toBeUndefined();
  });
});
