export { NarrativePanel } from "./components/narrative-panel";
export { NarrativeSlide, StudySlide } from "./components/narrative-slides";
export { NarrativeGlance } from "./components/narrative-glance";
