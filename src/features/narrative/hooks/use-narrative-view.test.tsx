import { renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { useNarrativeView } from "./use-narrative-view";

// nuqs hands new arrays for every key after each URL write (its browser adapter re-reads the whole query string); the
// mock does the same: every render gets fresh lists with the items the URL holds.
const url = { shown: ["wld", "btc"], categories: ["policy", "product"], scale: "rebased" };
vi.mock("@/state/use-view-state", () => ({
  viewSlice: (keys: string[]) => keys,
  useViewState: () => [
    {
      range: "report",
      from: null,
      to: null,
      log: false,
      selectedEventId: null,
      benchmark: "btc",
      windows: [],
      carCategory: "policy",
      carTarget: "basket",
      carHalfWidth: 5,
      ...url,
      shown: [...url.shown],
      categories: [...url.categories],
    },
    vi.fn(),
  ],
}));

describe("useNarrativeView", () => {
  it("keeps the shown series and categories lists while their items stay, whatever else the URL changes", () => {
    const { result, rerender } = renderHook(() => useNarrativeView());
    const [before] = result.current;
    url.scale = "pct";
    rerender();
    const [after] = result.current;
    expect(after.scale).toBe("pct");
    // Same arrays: the events are not refiltered, nor the 60-row event list redrawn, for a change of scale.
    expect(after.shown).toBe(before.shown);
    expect(after.categories).toBe(before.categories);
    url.shown = ["wld"];
    rerender();
    expect(result.current[0].shown).toEqual(["wld"]);
    expect(result.current[0].categories).toBe(before.categories);
  });
});
