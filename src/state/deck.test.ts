import { describe, expect, it } from "vitest";
import { DEFAULT_DECK, DECK_KEY, DeckSchema, decodeDeck, encodeDeck, loadDeck } from "./deck";

describe("decks", () => {
  it("the default deck walks the report: title, four stages, narrative, study, claims, closing", () => {
    expect(DeckSchema.parse(DEFAULT_DECK).map((s) => s.kind)).toEqual([
      "title",
      "stage",
      "stage",
      "stage",
      "stage",
      "narrative",
      "study",
      "claims",
      "closing",
    ]);
  });

  it("round-trips a deck through its link, and refuses tampered ones", () => {
    const deck = [
      { id: "s-abcd1234", kind: "view" as const, title: "Sora week · 一周", notes: "say the ×2.7", view: "?event=openai-sora-preview" },
    ];
    expect(decodeDeck(encodeDeck(deck))).toEqual(deck);
    expect(decodeDeck(encodeDeck(deck).slice(0, -4))).toBeNull();
    expect(decodeDeck("not a deck!")).toBeNull();
    expect(decodeDeck(btoa(JSON.stringify([{ id: "x", kind: "evil" }])).replace(/=+$/, ""))).toBeNull();
  });

  it("drops damaged slides from local storage and keeps the rest", () => {
    const good = DEFAULT_DECK[0];
    const text = JSON.stringify({
      version: 1,
      items: [good, { id: 1, kind: "stage" }, { ...good, id: "s-efgh5678", view: "javascript:alert(1)" }],
    });
    const loaded = loadDeck({ getItem: (k) => (k === DECK_KEY ? text : null) });
    expect(loaded.items).toEqual([good]);
    expect(loaded.dropped).toBe(2);
  });
});
