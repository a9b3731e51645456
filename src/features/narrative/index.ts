export { NarrativePanel } from "./components/narrative-panel";
export { NarrativeSlide, StudySlide } from "./components/narrative-slides";
