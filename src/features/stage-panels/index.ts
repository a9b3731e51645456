import { lazyView } from "@/ui/lazy-view";

// The stage views and the report-wide claims load when opened (or their tab is hovered); the overview's tiles do not wait.
export const StagePanel = lazyView(() => import("./components/stage-panel").then((m) => m.StagePanel));
export const ReportWideClaims = lazyView(() => import("./components/report-wide-claims").then((m) => m.ReportWideClaims));
export { StageSlide } from "./components/stage-slide";
export { StageTiles } from "./components/stage-tiles";
