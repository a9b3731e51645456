import { ClaimResultsProvider, ClaimStatusPair, ClaimsSlide } from "@/features/claims";
import { NarrativeSlide, StudySlide } from "@/features/narrative";
import { ClosingSlide, DeckView, TitleSlide } from "@/features/presentation";
import { StageSlide } from "@/features/stage-panels";
import { dataAsOf } from "@/sources/price-series";
import type { Slide } from "@/state/deck";
import { useDataMode } from "@/state/use-data-mode";

const claimStatus = (claimId: string) => <ClaimStatusPair claimId={claimId} />;

/** Maps each kind of slide to the feature that draws it; the deck itself knows nothing of the panels. */
function renderSlide(slide: Slide) {
  switch (slide.kind) {
    case "title":
      return <TitleSlide />;
    case "closing":
      return <ClosingSlide />;
    case "stage":
      return <StageSlide stage={slide.stage ?? "data"} renderClaimStatus={claimStatus} />;
    case "narrative":
    case "view":
      return <NarrativeSlide />;
    case "study":
      return <StudySlide />;
    case "claims":
      return <ClaimsSlide />;
  }
}

/** Presentation mode, loaded on demand: the deck in the URL (`slide=`, `deck=`), with the data's as-of in every footer. */
export default function Present() {
  const { mode } = useDataMode();
  const asOf = dataAsOf();
  return (
    <ClaimResultsProvider>
      <DeckView
        renderSlide={renderSlide}
        footer={{
          source:
            "Crypto's AI Mirage (Coinbase Institutional, early March 2024); prices: Binance spot, Yahoo Finance, Interactive Brokers via public repositories; AI events: curated list with a source each",
          asOf: mode === "live" ? "live (see each chart)" : `${asOf.crypto} (crypto), ${asOf.stocks} (stocks)`,
          isSample: mode !== "live",
        }}
      />
    </ClaimResultsProvider>
  );
}
