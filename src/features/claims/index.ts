import { lazyView } from "@/ui/lazy-view";

export { ClaimStatusPair } from "./components/claim-status-pair";
// The Claims view loads when it is opened (or its tab is hovered); the overview's scoreboard is in the first load.
export const ClaimsOverview = lazyView(() => import("./components/claims-overview").then((m) => m.ClaimsOverview));
export { ClaimResultsProvider } from "./providers/claim-results";
// Slides load with the deck (src/app/routes/present.tsx waits for them), never with the first screen.
export const ClaimsSlide = lazyView(() => import("./components/claims-slide").then((m) => m.ClaimsSlide));
export const SlideClaims = lazyView(() => import("./components/slide-claims").then((m) => m.SlideClaims));
export { StageVerdicts, VerdictScoreboard } from "./components/verdict-scoreboard";
