import { lazyView } from "@/ui/lazy-view";

// The stage views and the report-wide claims load when opened (or their tab is hovered); the overview's tiles do not wait.
export const StagePanel = lazyView(() => import("./components/stage-panel").then((m) => m.StagePanel));
export const ReportWideClaims = lazyView(() => import("./components/report-wide-claims").then((m) => m.ReportWideClaims));
// Loads with the deck (src/app/routes/present.tsx waits for it), never with the first screen.
export const StageSlide = lazyView(() => import("./components/stage-slide").then((m) => m.StageSlide));
export { StageTiles } from "./components/stage-tiles";
