import { describe, expect, it } from "vitest";
import { loadSettings } from "./settings";

const store = (text: string | null) => ({ getItem: () => text });

describe("settings from local storage", () => {
  it("reads valid settings", () => {
    const { settings, damaged } = loadSettings(store(JSON.stringify({ version: 1, coingeckoKey: "CG-abc_123", refreshMs: 300000 })));
    expect(damaged).toBe(false);
    expect(settings).toEqual({ version: 1, coingeckoKey: "CG-abc_123", refreshMs: 300000 });
  });

  it("falls back to defaults, and says so, on corrupted or foreign entries", () => {
    for (const text of [
      "{oops",
      JSON.stringify({ version: 2 }),
      JSON.stringify({ version: 1, refreshMs: 1234 }),
      JSON.stringify({ version: 1, coingeckoKey: "<script>" }),
    ]) {
      const { settings, damaged } = loadSettings(store(text));
      expect(damaged).toBe(true);
      expect(settings).toEqual({ version: 1, coingeckoKey: "", refreshMs: 0 });
    }
  });

  it("treats missing or blocked storage as defaults without a notice", () => {
    expect(loadSettings(store(null)).damaged).toBe(false);
    expect(
      loadSettings({
        getItem: () => {
          throw new Error("SecurityError");
        },
      }).damaged,
    ).toBe(false);
  });
});
