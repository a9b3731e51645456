import { Suspense, lazy, useEffect } from "react";
import { stages } from "@/content/stages";
import { ClaimResultsProvider, ClaimStatusPair, ClaimsOverview } from "@/features/claims";
import { NarrativePanel } from "@/features/narrative";
import { NotesEditor } from "@/features/notes";
import { ReportWideClaims, StagePanel } from "@/features/stage-panels";
import { useWorkspaceView } from "@/state/workspace-view";
import { PanelBoundary } from "@/ui/panel-boundary";
import { About } from "../layout/about";
import { Overview } from "./overview";

// The Demand view (its screener, regressions and sources) loads when it is opened, not with the first screen.
const DemandView = lazy(() => import("@/features/demand").then((m) => ({ default: m.DemandView })));

export const MAIN_CLASS = "mx-auto max-w-[2560px] space-y-4 px-3 py-3 outline-none sm:px-6 sm:py-4";

const claimStatus = (claimId: string) => <ClaimStatusPair claimId={claimId} />;

/**
 * The workspace: one view at a time, named in the URL (`view=`), each reached in one click from the header's tabs.
 * The overview opens; the four stages, the narrative, the claims and the method each have their own view.
 */
export function Dashboard() {
  const { view } = useWorkspaceView();
  useScrollToFragment(view);
  const stage = stages.find((s) => s.id === view);
  return (
    <ClaimResultsProvider>
      <main id="main" tabIndex={-1} className={MAIN_CLASS} data-view={view}>
        {view === "overview" ? <Overview /> : null}
        {stage ? <StagePanel key={stage.id} stage={stage} renderClaimStatus={claimStatus} /> : null}
        {view === "narrative" ? <NarrativePanel notesEditor={<NotesEditor />} /> : null}
        {view === "demand" ? (
          <PanelBoundary label="the Demand view">
            <Suspense
              fallback={
                <p role="status" className="p-6 text-sm text-ink-3">
                  Loading the Demand view…
                </p>
              }
            >
              <DemandView />
            </Suspense>
          </PanelBoundary>
        ) : null}
        {view === "claims" ? (
          <>
            <PanelBoundary label="the claims overview">
              <ClaimsOverview />
            </PanelBoundary>
            <PanelBoundary label="the claims across the report">
              <ReportWideClaims renderClaimStatus={claimStatus} />
            </PanelBoundary>
          </>
        ) : null}
        {view === "about" ? <About /> : null}
      </main>
    </ClaimResultsProvider>
  );
}

/**
 * A #fragment that names a place inside a view (#report-wide in Claims) is scrolled to once the view has rendered:
 * the browser's own jump happens before the app draws anything.
 */
function useScrollToFragment(view: string) {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    const frame = requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView());
    return () => cancelAnimationFrame(frame);
  }, [view]);
}
