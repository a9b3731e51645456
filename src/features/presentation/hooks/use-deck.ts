import { useQueryState } from "nuqs";
import { DEFAULT_DECK, type Slide, parseAsDeck, RETURN_TO_KEY } from "@/state/deck";
import { useMyDeck } from "@/state/use-local-lists";
import { loadView } from "@/state/url-schema";
import { useViewState, viewSlice } from "@/state/use-view-state";

const SLICE = viewSlice(["slide", "presenter", "mode"]);

export type DeckSource = "default" | "mine" | "shared";

/** Which deck is shown: a shared one from the link, this device's own, or the default walk through the report. */
export function useDeck(): { slides: readonly Slide[]; source: DeckSource } {
  const [ref] = useQueryState("deck", parseAsDeck);
  const mine = useMyDeck();
  if (ref?.kind === "shared") return { slides: ref.slides, source: "shared" };
  if (ref?.kind === "mine" && mine.length > 0) return { slides: mine, source: "mine" };
  return { slides: DEFAULT_DECK, source: "default" };
}

/**
 * Moving through the deck. The slide is in the URL, so each move is a history entry (Back goes to the previous slide)
 * and a slide's link opens on it; a slide that carries a view applies it as it is shown, except the data mode.
 */
export function useDeckNavigation(slides: readonly Slide[]) {
  const [url, setUrl] = useViewState(SLICE);
  const [, setAll] = useViewState();
  const [, setDeck] = useQueryState("deck", parseAsDeck);
  const current = Math.min(url.slide ?? 1, slides.length);

  const goto = (n: number, options: { history?: "push" | "replace" } = {}) => {
    const slide = slides[n - 1];
    if (!slide) return;
    // The data mode is the viewer's choice, never the slide's: a deck shared from live mode must not start live API
    // requests (dozens of them) in a window that opened it in sample mode, nor a slide switch a live talk to samples.
    const view = slide.view ? { ...loadView(slide.view), mode: url.mode } : {};
    void setAll({ ...view, slide: n, presenter: url.presenter }, { history: options.history ?? "push" });
  };

  /** Leaves the deck and puts the dashboard back exactly as it was before Present. */
  const exit = () => {
    let saved = "";
    try {
      saved = sessionStorage.getItem(RETURN_TO_KEY) ?? "";
    } catch {
      saved = "";
    }
    void setAll({ ...loadView(saved), slide: null, presenter: false });
    void setDeck(null);
  };

  return { current, count: slides.length, goto, exit, presenter: url.presenter, setUrl };
}
