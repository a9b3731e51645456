export { ReportWideClaims } from "./components/report-wide-claims";
export { StagePanel, stageAnchor } from "./components/stage-panel";
export { StageSlide } from "./components/stage-slide";
export { StageTiles } from "./components/stage-tiles";
