import { describe, expect, it } from "vitest";
import { projects } from "@/content/projects";
import { seriesKind, tradesOnExchangeDays } from "@/content/series";
import { EventCategorySchema } from "@/sources/sample-events";
import { seriesCatalog } from "@/sources/price-series";
import { EVENT_CATEGORIES, SERIES_IDS } from "@/state/url-schema";

// Series ids and event categories have one owner, content; the URL schema and the sources build on it. These check
// that the catalog covers every id once and that the parsers take their words from the same lists.
describe("URL schema and data agree", () => {
  it("names exactly the catalog's series, each once", () => {
    expect([...SERIES_IDS].sort()).toEqual(seriesCatalog.map((s) => s.id).sort());
    expect(new Set(seriesCatalog.map((s) => s.id)).size).toBe(seriesCatalog.length);
  });
  it("knows a stock by its kind, not its id", () => {
    expect(seriesCatalog.filter((s) => s.kind === "stock").map((s) => s.id)).toEqual(["nvda", "msft"]);
    expect(SERIES_IDS.filter(tradesOnExchangeDays)).toEqual(["nvda", "msft"]);
    expect(seriesKind("akash-leases")).toBeUndefined();
  });
  it("names exactly the events' categories", () => {
    expect([...EVENT_CATEGORIES].sort()).toEqual([...EventCategorySchema.options].sort());
  });
  it("project ids are valid URL ids", () => {
    for (const p of projects) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
