import { describe, expect, it } from "vitest";
import { loadList } from "./local-store";
import { type SavedView, SavedViewSchema, VIEWS_KEY, exportViewsFile, importViewsFile, loadSavedViews } from "./saved-views";

const view: SavedView = { id: "abcd1234", name: "Sora week", search: "?event=openai-sora-preview", savedAt: "2026-11-25T10:00:00.000Z" };
const store = (text: string | null) => ({ getItem: (k: string) => (k === VIEWS_KEY ? text : null) });

describe("saved views in local storage", () => {
  it("keeps valid entries and drops damaged or foreign ones, counting them", () => {
    const text = JSON.stringify({
      version: 1,
      items: [view, { id: "x", name: 3 }, { ...view, id: "efgh5678", search: "javascript:1" }, "junk"],
    });
    const loaded = loadSavedViews(store(text));
    expect(loaded.items).toEqual([view]);
    expect(loaded.dropped).toBe(3);
    expect(loaded.corrupted).toBe(false);
  });

  it("treats unreadable or foreign storage as empty and corrupted, never throwing", () => {
    expect(loadSavedViews(store("{not json"))).toEqual({ items: [], dropped: 0, corrupted: true });
    expect(loadSavedViews(store(JSON.stringify({ version: 2, items: [] })))).toMatchObject({ corrupted: true });
    expect(loadSavedViews(store(null))).toEqual({ items: [], dropped: 0, corrupted: false });
    expect(
      loadList(VIEWS_KEY, SavedViewSchema, {
        getItem: () => {
          throw new Error("SecurityError");
        },
      }).items,
    ).toEqual([]);
  });

  it("exports and imports views and notes as a versioned file", () => {
    const file = exportViewsFile(
      [view],
      [{ id: "abcd1234", date: "2024-02-15", title: "Sora", note: "" }],
      new Date("2026-11-25T00:00:00Z"),
    );
    const back = importViewsFile(file);
    expect(back).toEqual({ views: [view], notes: [{ id: "abcd1234", date: "2024-02-15", title: "Sora", note: "" }], dropped: 0 });
  });

  it("refuses a file that is not a Mirage export, and drops bad entries of one that is", () => {
    expect(importViewsFile("[]").error).toMatch(/not a Mirage views export/);
    expect(importViewsFile("<html>").error).toMatch(/not JSON/);
    const partial = importViewsFile(JSON.stringify({ format: "mirage-views", version: 1, exportedAt: "x", views: [view, { nope: 1 }] }));
    expect(partial.views).toHaveLength(1);
    expect(partial.dropped).toBe(1);
  });
});
