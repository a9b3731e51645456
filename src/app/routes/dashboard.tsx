import { useEffect } from "react";
import { stages } from "@/content/stages";
import { ClaimResultsProvider, ClaimStatusPair, ClaimsOverview } from "@/features/claims";
import { NarrativePanel } from "@/features/narrative";
import { NotesEditor } from "@/features/notes";
import { ReportWideClaims, StagePanel, stageAnchor } from "@/features/stage-panels";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { DeferredSection } from "@/ui/deferred-section";
import { PanelBoundary } from "@/ui/panel-boundary";
import { About } from "../layout/about";
import { Masthead } from "../layout/masthead";

/** The dashboard: the report's thesis, the four stage panels, the report-wide claims, and the method. */
const SLICE = viewSlice(["panel"]);

// Heights of the mounted panels at 1440 px wide on the sample data (measured 2026-11-25; at 1024 px they are 25-40 %
// taller), for the placeholders of deferred panels: the closer they are, the less the page moves as panels mount.
const HEIGHTS = { data: 3100, compute: 2900, verification: 2650, provenance: 2100, narrative: 2150, claims: 8850, reportWide: 1600 };

export const MAIN_CLASS = "mx-auto max-w-[1600px] space-y-6 px-6 py-6 outline-none";

const claimStatus = (claimId: string) => <ClaimStatusPair claimId={claimId} />;

export function Dashboard() {
  const [url] = useViewState(SLICE);
  useScrollToFragment();
  // Focus mode (?panel=…): one panel alone, for a meeting or a narrow screen; its button brings the rest back.
  if (url.panel !== null) {
    const stage = stages.find((s) => s.id === url.panel);
    return (
      <ClaimResultsProvider>
        <main id="main" tabIndex={-1} className={MAIN_CLASS}>
          {stage ? <StagePanel stage={stage} renderClaimStatus={claimStatus} /> : <NarrativePanel notesEditor={<NotesEditor />} />}
        </main>
      </ClaimResultsProvider>
    );
  }
  return (
    <ClaimResultsProvider>
      <main id="main" tabIndex={-1} className={MAIN_CLASS}>
        <Masthead />
        {stages.map((stage, i) => (
          <DeferredSection
            key={stage.id}
            anchor={stageAnchor(stage.id)}
            title={stage.title}
            estimatedHeight={HEIGHTS[stage.id]}
            eager={i === 0}
          >
            <StagePanel stage={stage} renderClaimStatus={claimStatus} />
          </DeferredSection>
        ))}
        <DeferredSection anchor="narrative" title="Token narrative" estimatedHeight={HEIGHTS.narrative}>
          <NarrativePanel notesEditor={<NotesEditor />} />
        </DeferredSection>
        <DeferredSection anchor="claims" title="Claims overview" estimatedHeight={HEIGHTS.claims}>
          <PanelBoundary label="the Claims overview">
            <ClaimsOverview />
          </PanelBoundary>
        </DeferredSection>
        <DeferredSection anchor="report-wide" title="Across the report" estimatedHeight={HEIGHTS.reportWide}>
          <ReportWideClaims renderClaimStatus={claimStatus} />
        </DeferredSection>
        <About />
      </main>
    </ClaimResultsProvider>
  );
}

/** How long a #fragment jump keeps its target in place while the panels above it mount and data arrives. */
const PIN_MS = 4000;

/**
 * The dashboard renders after the document has loaded, too late for the browser's own jump to a #fragment in the
 * link: once the first render is on screen, the element the fragment names (a deferred panel mounts at once when it is
 * the target) is scrolled to here instead. Panels above it then mount and data fills in, which moves it down; for a few
 * seconds, each change of the page's size scrolls it back, until the reader scrolls, clicks or types.
 */
function useScrollToFragment() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    const align = () => document.getElementById(id)?.scrollIntoView();
    align();
    if (typeof ResizeObserver === "undefined") return;
    const resized = new ResizeObserver(align);
    resized.observe(document.body);
    const stop = () => {
      resized.disconnect();
      clearTimeout(timer);
      for (const type of USER_MOVES) window.removeEventListener(type, stop, true);
    };
    const timer = setTimeout(stop, PIN_MS);
    for (const type of USER_MOVES) window.addEventListener(type, stop, { capture: true, passive: true });
    return stop;
  }, []);
}

const USER_MOVES = ["wheel", "touchstart", "pointerdown", "keydown"] as const;
