import { MAX_DECK_PARAM, MAX_SLIDE_VIEW, MAX_SLIDES, type Slide, SlideSchema, decodeDeck, encodeDeck } from "@/state/deck";

const n = (x: number) => x.toLocaleString("en-US");
const slides = (k: number) => `${n(k)} ${k === 1 ? "slide" : "slides"}`;

/**
 * Checks a new slide at the door with the schema the deck is loaded with, so nothing is "added" that the next load
 * drops. Returns why not, in words, or null when the slide will keep.
 */
export function slideProblem(slide: Slide): string | null {
  if (SlideSchema.safeParse(slide).success) return null;
  const view = slide.view ?? "";
  if (view.length > MAX_SLIDE_VIEW) {
    return `Not added: this view's link is ${n(view.length)} characters and a slide keeps at most ${n(MAX_SLIDE_VIEW)}. Shorten the view (fewer series, categories or notes), then add it again.`;
  }
  return "Not added: this view cannot be kept as a slide.";
}

/**
 * The `deck=` value for a link, or why no link would open: a shared deck carries at most 30 slides and 6,000
 * characters (your own deck on this device has no cap). The link is decoded before it is offered, with the same
 * schema that will read it.
 */
export function deckLinkValue(deck: readonly Slide[]): { value: string } | { problem: string } {
  const fix = "Present it from this device, or use Export deck (JSON) to share it whole.";
  if (deck.length > MAX_SLIDES) {
    return { problem: `No link copied: your deck has ${slides(deck.length)} and a deck link carries at most ${n(MAX_SLIDES)}. ${fix}` };
  }
  const value = encodeDeck(deck);
  if (value.length > MAX_DECK_PARAM) {
    return {
      problem: `No link copied: this deck needs ${n(value.length)} characters and a deck link carries at most ${n(MAX_DECK_PARAM)}. Shorten its notes, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`,
    };
  }
  if (decodeDeck(value) === null) return { problem: `No link copied: a slide of this deck would not open from a link. ${fix}` };
  return { value };
}
