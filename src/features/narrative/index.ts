import { lazyView } from "@/ui/lazy-view";

// The Narrative view loads when it is opened (or its tab is hovered): only the overview's glance ships in the first load.
export const NarrativePanel = lazyView(() => import("./components/narrative-panel").then((m) => m.NarrativePanel));
export { NarrativeSlide, StudySlide } from "./components/narrative-slides";
export { NarrativeGlance } from "./components/narrative-glance";
