export { ReportWideClaims } from "./components/report-wide-claims";
export { StageOverview } from "./components/stage-overview";
export { StagePanel, stageAnchor } from "./components/stage-panel";
export { StageSlide } from "./components/stage-slide";
