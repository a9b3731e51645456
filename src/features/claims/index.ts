import { lazyView } from "@/ui/lazy-view";
import { loadClaimEngine } from "./providers/claim-results";

export { ClaimStatusPair } from "./components/claim-status-pair";
export { ClaimResultsProvider } from "./providers/claim-results";
export { StageClaimCount, StageVerdicts, VerdictScoreboard } from "./components/verdict-scoreboard";
// The Claims view loads when it is opened (or its tab is hovered), with the checks' code, which the overview's
// scoreboard also loads just after the first paint (see providers/claim-results.tsx).
export const ClaimsOverview = lazyView(() =>
  Promise.all([import("./components/claims-overview"), loadClaimEngine()]).then(([m]) => m.ClaimsOverview),
);
// Slides load with the deck (src/app/routes/present.tsx waits for them), never with the first screen.
export const ClaimsSlide = lazyView(() =>
  Promise.all([import("./components/claims-slide"), loadClaimEngine()]).then(([m]) => m.ClaimsSlide),
);
export const SlideClaims = lazyView(() =>
  Promise.all([import("./components/slide-claims"), loadClaimEngine()]).then(([m]) => m.SlideClaims),
);
