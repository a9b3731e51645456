import { ClaimResultsProvider, ClaimsSlide, SlideClaims } from "@/features/claims";
import { DemandSlide } from "@/features/demand";
import { NarrativeSlide, StudySlide } from "@/features/narrative";
import { ClosingSlide, DeckView, type SlideSize, TitleSlide } from "@/features/presentation";
import { StageSlide } from "@/features/stage-panels";
import { dataAsOf } from "@/sources/price-series";
import type { Slide } from "@/state/deck";
import { useDataMode } from "@/state/use-data-mode";

/** The slides' code, loaded with this route: the app waits for it before it shows the deck (no fallback per slide). */
export const slidesReady = Promise.all([
  StageSlide.preload(),
  NarrativeSlide.preload(),
  StudySlide.preload(),
  ClaimsSlide.preload(),
  SlideClaims.preload(),
  DemandSlide.preload(),
]);

const stageClaims = (claimIds: readonly string[]) => <SlideClaims claimIds={claimIds} />;

/**
 * The plot's height on a slide: the slide body less the room, in root ems, for what a chart draws around its plot
 * (units line, legend, event rail, summary). The deck's text is in rem, so the reserve scales with it.
 */
function plotHeight(size: SlideSize, reserveRem: number): number {
  const rem = typeof document === "undefined" ? 16 : Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.max(200, Math.round(size.height - reserveRem * rem));
}

/** Maps each kind of slide to the feature that draws it; the deck itself knows nothing of the panels. */
function renderSlide(slide: Slide, size: SlideSize) {
  switch (slide.kind) {
    case "title":
      return <TitleSlide />;
    case "closing":
      return <ClosingSlide />;
    case "stage":
      return <StageSlide stage={slide.stage ?? "data"} plotHeight={plotHeight(size, 11)} renderClaims={stageClaims} />;
    case "narrative":
    case "view":
      return <NarrativeSlide plotHeight={plotHeight(size, 11.5)} />;
    case "study":
      return <StudySlide />;
    case "claims":
      return <ClaimsSlide />;
    case "demand":
      // Chart beside the screener; the reserve holds the chart's units, legend and caption and the slide's source line.
      return <DemandSlide plotHeight={plotHeight(size, 13)} />;
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
