import { type ReactNode, Suspense, useEffect } from "react";
import { stages } from "@/content/stages";
import { ClaimResultsProvider, ClaimStatusPair, ClaimsOverview } from "@/features/claims";
import { DemandView } from "@/features/demand";
import { NarrativePanel } from "@/features/narrative";
import { NotesEditor } from "@/features/notes";
import { ReportWideClaims, StagePanel } from "@/features/stage-panels";
import type { ViewId } from "@/state/url-schema";
import { VIEW_LABELS, useWorkspaceView } from "@/state/workspace-view";
import { lazyView } from "@/ui/lazy-view";
import { PanelBoundary } from "@/ui/panel-boundary";
import { Overview } from "./overview";

const About = lazyView(() => import("../layout/about").then((m) => m.About));

export const MAIN_CLASS = "mx-auto max-w-[2560px] space-y-4 px-3 py-3 outline-none sm:px-6 sm:py-4";

/**
 * Every view but the overview loads its code when it is first opened, so the first load carries only the overview. The
 * header's tabs call this as the pointer or focus reaches a tab, and the app in idle time once the reader moves.
 */
export function preloadView(view: ViewId): Promise<unknown> {
  if (stages.some((s) => s.id === view)) return StagePanel.preload();
  switch (view) {
    case "narrative":
      return Promise.all([NarrativePanel.preload(), NotesEditor.preload()]);
    case "claims":
      return Promise.all([ClaimsOverview.preload(), ReportWideClaims.preload()]);
    case "demand":
      return DemandView.preload();
    case "about":
      return About.preload();
    default:
      return Promise.resolve();
  }
}

const claimStatus = (claimId: string) => <ClaimStatusPair claimId={claimId} />;

/**
 * Stands in for a view while its code loads: the view's name, at the height of a screen, so the footer does not jump
 * up and back (it starts below the window) and nothing of another view shows (a link straight to a view lands on this, then on the view).
 */
function ViewLoading({ view }: { view: ViewId }) {
  return (
    <div role="status" aria-busy="true" className="min-h-screen rounded-xl border border-line bg-surface p-6 shadow-sm">
      <p className="text-base font-semibold text-ink">{VIEW_LABELS[view]}</p>
      <p className="mt-1 text-sm text-ink-3">Loading the {VIEW_LABELS[view]} view…</p>
    </div>
  );
}

/** A lazily loaded view: its loading stand-in, and a boundary so a failed chunk says so and can be retried. */
function LazyView({ view, label, children }: { view: ViewId; label: string; children: ReactNode }) {
  return (
    <PanelBoundary label={label}>
      <Suspense fallback={<ViewLoading view={view} />}>{children}</Suspense>
    </PanelBoundary>
  );
}

/**
 * The workspace: one view at a time, named in the URL (`view=`), each reached in one click from the header's tabs.
 * The overview opens; the four stages, the narrative, the claims and the method each have their own view.
 */
export function Dashboard() {
  const { view } = useWorkspaceView();
  useScrollToFragment(view);
  usePreloadViewsWhenIdle();
  const stage = stages.find((s) => s.id === view);
  return (
    <ClaimResultsProvider>
      <main id="main" tabIndex={-1} className={MAIN_CLASS} data-view={view}>
        {view === "overview" ? <Overview /> : null}
        {stage ? (
          <LazyView key={stage.id} view={stage.id} label={`the ${stage.title} panel`}>
            <StagePanel stage={stage} renderClaimStatus={claimStatus} />
          </LazyView>
        ) : null}
        {view === "narrative" ? (
          <LazyView view="narrative" label="the Narrative view">
            <NarrativePanel notesEditor={<NotesEditor />} />
          </LazyView>
        ) : null}
        {view === "demand" ? (
          <LazyView view="demand" label="the Demand view">
            <DemandView />
          </LazyView>
        ) : null}
        {view === "claims" ? (
          <Suspense fallback={<ViewLoading view="claims" />}>
            <PanelBoundary label="the claims overview">
              <ClaimsOverview />
            </PanelBoundary>
            <PanelBoundary label="the claims across the report">
              <ReportWideClaims renderClaimStatus={claimStatus} />
            </PanelBoundary>
          </Suspense>
        ) : null}
        {view === "about" ? (
          <LazyView view="about" label="the About view">
            <About />
          </LazyView>
        ) : null}
      </main>
    </ClaimResultsProvider>
  );
}

/**
 * Views not on screen load one at a time in idle moments, so a later switch needs no fetch: from the reader's first
 * move (pointer, key, touch, wheel), not at load, so a visit that only reads the overview spends nothing on them and
 * the first screen's busy seconds stay theirs. A tab hovered or focused loads its view at once (ViewTabs).
 */
const FIRST_MOVES = ["pointermove", "pointerdown", "keydown", "touchstart", "wheel"] as const;
const IDLE_ORDER: readonly ViewId[] = ["narrative", "data", "claims", "compute", "about", "demand"];
function usePreloadViewsWhenIdle() {
  useEffect(() => {
    let cancelled = false;
    let handle: number | undefined;
    const idle = (fn: () => void) =>
      typeof requestIdleCallback === "function" ? requestIdleCallback(fn, { timeout: 10_000 }) : window.setTimeout(fn, 200);
    const next = (i: number) => {
      const view = IDLE_ORDER[i];
      if (cancelled || view === undefined) return;
      handle = idle(() => {
        // A failed load is tried again when its view is opened; the rest still load.
        if (!cancelled)
          void preloadView(view)
            .catch(() => {})
            .then(() => next(i + 1));
      });
    };
    const start = () => {
      for (const type of FIRST_MOVES) window.removeEventListener(type, start, true);
      next(0);
    };
    for (const type of FIRST_MOVES) window.addEventListener(type, start, { capture: true, passive: true });
    return () => {
      cancelled = true;
      for (const type of FIRST_MOVES) window.removeEventListener(type, start, true);
      if (handle !== undefined) (typeof cancelIdleCallback === "function" ? cancelIdleCallback : clearTimeout)(handle);
    };
  }, []);
}

/**
 * A #fragment that names a place inside a view (#report-wide in Claims) is scrolled to once the view has rendered:
 * the browser's own jump happens before the app draws anything, and a view whose code is still loading draws it later.
 */
function useScrollToFragment(view: string) {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    let frame = 0;
    const jump = () => {
      const target = document.getElementById(id);
      if (!target) return false;
      frame = requestAnimationFrame(() => target.scrollIntoView());
      return true;
    };
    if (jump()) return () => cancelAnimationFrame(frame);
    const main = document.getElementById("main");
    if (!main) return;
    const observer = new MutationObserver(() => {
      if (jump()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [view]);
}
