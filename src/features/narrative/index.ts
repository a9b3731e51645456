import { lazyView } from "@/ui/lazy-view";

// The Narrative view loads when it is opened (or its tab is hovered): only the overview's glance ships in the first load.
export const NarrativePanel = lazyView(() => import("./components/narrative-panel").then((m) => m.NarrativePanel));
// Slides load with the deck (src/app/routes/present.tsx waits for them), never with the first screen.
const slides = () => import("./components/narrative-slides");
export const NarrativeSlide = lazyView(() => slides().then((m) => m.NarrativeSlide));
export const StudySlide = lazyView(() => slides().then((m) => m.StudySlide));
export { NarrativeGlance } from "./components/narrative-glance";
