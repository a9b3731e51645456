import { describe, expect, it } from "vitest";
import { projects } from "@/content/projects";
import { EventCategorySchema } from "@/sources/sample-events";
import { seriesCatalog } from "@/sources/price-series";
import { EVENT_CATEGORIES, SERIES_IDS } from "@/state/url-schema";

// The URL schema lists ids itself (state may not import sources); these keep the lists from drifting apart.
describe("URL schema and data agree", () => {
  it("names exactly the catalog's series", () => {
    expect([...SERIES_IDS].sort()).toEqual(seriesCatalog.map((s) => s.id).sort());
  });
  it("names exactly the events' categories", () => {
    expect([...EVENT_CATEGORIES].sort()).toEqual([...EventCategorySchema.options].sort());
  });
  it("project ids are valid URL ids", () => {
    for (const p of projects) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
