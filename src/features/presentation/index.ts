export { DeckView, type DeckViewProps } from "./components/deck-view";
export { ClosingSlide, TitleSlide } from "./components/text-slides";
