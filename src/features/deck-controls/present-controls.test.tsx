import { fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_SLIDES, type Slide, decodeDeck, loadDeck } from "@/state/deck";
import { deckStore } from "@/state/use-local-lists";
import { renderWithClient } from "@/test/render";
import { PresentControls } from "./present-controls";

const slide = (i: number): Slide => ({
  id: `s-test${String(i).padStart(4, "0")}`,
  kind: "view",
  title: `View ${i}`,
  notes: "",
  view: "?log=1",
});
const writeText = vi.fn(async (_: string) => undefined);

beforeEach(() => {
  localStorage.clear();
  deckStore.set([]);
  writeText.mockClear();
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
});
afterEach(() => window.history.replaceState(null, "", "/"));

describe("Your deck: checks at the door", () => {
  it("refuses a view the deck's schema would drop on the next load, and says why", () => {
    // A 1,619-character view, as the probe found (a long, repetitive category list; the app reads it fine).
    const search = `?cats=${"policy.".repeat(227)}policy&log=1&scale=price`;
    window.history.replaceState(null, "", `/${search}`);
    expect(window.location.search.length).toBe(1619);
    renderWithClient(<PresentControls />);
    fireEvent.click(screen.getByRole("button", { name: "Add this view as a slide" }));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Not added: this view's link is 1,619 characters and a slide keeps at most 1,500. Shorten the view (fewer series, categories or notes), then add it again.",
    );
    expect(deckStore.get()).toEqual([]);
    expect(screen.getByRole("button", { name: "Your deck (0)" })).toBeInTheDocument();
  });

  it("adds a view that fits, and it survives the next load", () => {
    window.history.replaceState(null, "", "/?log=1&panel=data");
    renderWithClient(<PresentControls />);
    fireEvent.click(screen.getByRole("button", { name: "Add this view as a slide" }));
    expect(screen.getByRole("status")).toHaveTextContent("Added as slide 1 of your deck.");
    expect(loadDeck().items).toHaveLength(1);
  });

  it("titles an added slide by what it shows, not by its position", () => {
    const titles: string[] = [];
    for (const search of [
      "?view=compute&project=render",
      "?view=narrative&range=custom&from=2023-12-01&to=2024-01-26",
      "?view=claims&cstatus=broken",
      "?view=demand&dproj=lpt",
      "?view=provenance",
      "",
    ]) {
      window.history.replaceState(null, "", `/${search}`);
      const { unmount } = renderWithClient(<PresentControls />);
      fireEvent.click(screen.getByRole("button", { name: "Add this view as a slide" }));
      titles.push(deckStore.get().at(-1)?.title ?? "");
      unmount();
    }
    expect(titles).toEqual([
      "Compute: Render",
      "AI tokens against BTC, ETH and AI stocks: 2023-12-01 to 2024-01-26",
      "Do the claims hold?",
      "Demand vs narrative: LPT",
      "Provenance & identity",
      "AI tokens against BTC, ETH and AI stocks",
    ]);
  });

  it("adds the Demand view as a demand slide that keeps the view's project and sort", () => {
    window.history.replaceState(null, "", "/?view=demand&dproj=lpt&dsort=growth");
    renderWithClient(<PresentControls />);
    fireEvent.click(screen.getByRole("button", { name: "Add this view as a slide" }));
    expect(loadDeck().items).toEqual([expect.objectContaining({ kind: "demand", view: "?view=demand&dproj=lpt&dsort=growth" })]);
  });

  it("copies no deck link that would not open (over 30 slides), and says why", async () => {
    deckStore.set(Array.from({ length: MAX_SLIDES + 1 }, (_, i) => slide(i + 1)));
    renderWithClient(<PresentControls />);
    fireEvent.click(screen.getByRole("button", { name: `Your deck (${MAX_SLIDES + 1})` }));
    fireEvent.click(screen.getByRole("button", { name: "Share deck as a link" }));
    expect(
      await screen.findByText(
        "No link copied: your deck has 31 slides and a deck link carries at most 30. Present it from this device, or use Export deck (JSON) to share it whole.",
      ),
    ).toBeInTheDocument();
    expect(writeText).not.toHaveBeenCalled();
  });

  it("copies a link for 30 slides, and the link opens", async () => {
    deckStore.set(Array.from({ length: MAX_SLIDES }, (_, i) => slide(i + 1)));
    renderWithClient(<PresentControls />);
    fireEvent.click(screen.getByRole("button", { name: `Your deck (${MAX_SLIDES})` }));
    fireEvent.click(screen.getByRole("button", { name: "Share deck as a link" }));
    expect(await screen.findByText("Deck link copied.")).toBeInTheDocument();
    const copied = new URL(writeText.mock.calls[0]?.[0] ?? "");
    expect(decodeDeck(copied.searchParams.get("deck") ?? "")).toHaveLength(MAX_SLIDES);
  });
});
