export { ClaimStatusPair } from "./components/claim-status-pair";
export { ClaimsOverview } from "./components/claims-overview";
export { ClaimResultsProvider } from "./providers/claim-results";
export { ClaimsSlide } from "./components/claims-slide";
export { SlideClaims } from "./components/slide-claims";
export { StageVerdicts, VerdictScoreboard } from "./components/verdict-scoreboard";
