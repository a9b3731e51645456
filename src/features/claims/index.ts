import { lazyView } from "@/ui/lazy-view";

export { ClaimStatusPair } from "./components/claim-status-pair";
// The Claims view loads when it is opened (or its tab is hovered); the overview's scoreboard is in the first load.
export const ClaimsOverview = lazyView(() => import("./components/claims-overview").then((m) => m.ClaimsOverview));
export { ClaimResultsProvider } from "./providers/claim-results";
export { ClaimsSlide } from "./components/claims-slide";
export { SlideClaims } from "./components/slide-claims";
export { StageVerdicts, VerdictScoreboard } from "./components/verdict-scoreboard";
