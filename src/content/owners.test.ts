import { describe, expect, it } from "vitest";
import { report } from "./report";
import { EVENT_CATEGORIES } from "./events";
import { SERIES_IDS } from "./series";

// Each domain fact is written once, here in content; these pin the values the rest of the app derives from it.
describe("domain facts owned by content", () => {
  it("the report's window and as-of date", () => {
    expect(report.reportWindow).toEqual({ from: "2023-10-01", to: "2024-03-08" });
    expect(report.reportAsOf).toBe("2024-03-01");
  });
  it("lists each event category and series id once", () => {
    expect(new Set(EVENT_CATEGORIES).size).toBe(EVENT_CATEGORIES.length);
    expect(new Set(SERIES_IDS).size).toBe(SERIES_IDS.length);
  });
});
