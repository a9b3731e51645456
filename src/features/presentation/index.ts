export { DeckView, type DeckViewProps, type SlideSize } from "./components/deck-view";
export { ClosingSlide, TitleSlide } from "./components/text-slides";
