import { useCallback } from "react";
import { PANEL_IDS, STAGE_IDS, VIEW_IDS, type ViewId } from "./url-schema";
import { useViewState, viewSlice } from "./use-view-state";

/**
 * The workspace's views live in the URL (`view=`, absent for the overview), so Back and Forward step between them and a
 * copied link reopens the same one. Links written before views existed still land: `panel=compute` (focus mode),
 * `#narrative`, `#claims`, `#stage-compute`, `#about`, and a link that names an event open the matching view.
 */

export const VIEW_LABELS: Record<ViewId, string> = {
  overview: "Overview",
  data: "Data",
  compute: "Compute",
  verification: "Verification",
  provenance: "Provenance & identity",
  narrative: "Narrative",
  demand: "Demand",
  claims: "Claims",
  about: "About",
};

/** Labels for narrow headers, where the long ones would push the tabs onto two rows. */
export const SHORT_VIEW_LABELS: Partial<Record<ViewId, string>> = { provenance: "Provenance" };

/** The #fragments the long page had, and the view each now opens. */
const FRAGMENT_VIEWS: Readonly<Record<string, ViewId>> = {
  narrative: "narrative",
  claims: "claims",
  "report-wide": "claims",
  about: "about",
  main: "overview",
  ...Object.fromEntries(STAGE_IDS.map((id) => [`stage-${id}`, id])),
};

/** Fragments that name a place inside their view, kept so the view scrolls to it. */
const KEPT_FRAGMENTS = new Set(["report-wide"]);

const isView = (v: string | null): v is ViewId => v !== null && (VIEW_IDS as readonly string[]).includes(v);
const isPanel = (v: string | null) => v !== null && (PANEL_IDS as readonly string[]).includes(v);

/**
 * Rewrites a link from before views into today's form: the query string and fragment to replace the current ones with,
 * or null when the link is already current. Pure, so the boot step and opening a saved view share it.
 */
export function modernLink(search: string, hash: string): { search: string; hash: string } | null {
  const params = new URLSearchParams(search);
  const fragment = decodeURIComponent(hash.replace(/^#/, ""));
  const fromFragment = FRAGMENT_VIEWS[fragment];
  const panel = params.get("panel");
  let changed = false;
  if (params.has("panel")) {
    params.delete("panel");
    changed = true;
  }
  let nextHash = hash;
  if (fromFragment !== undefined) {
    if (!KEPT_FRAGMENTS.has(fragment)) nextHash = "";
    changed = true;
  }
  if (!isView(params.get("view"))) {
    const target: ViewId | null = isPanel(panel)
      ? (panel as ViewId)
      : (fromFragment ?? (params.has("event") && !params.has("slide") ? "narrative" : null));
    if (target !== null && target !== "overview") {
      params.set("view", target);
      changed = true;
    }
  }
  if (!changed) return null;
  const query = params.toString();
  return { search: query ? `?${query}` : "", hash: nextHash };
}

/** Run once before the app renders: an old link becomes the equivalent new one in place (no history entry). */
export function modernizeLocation(): void {
  const next = modernLink(window.location.search, window.location.hash);
  if (next === null) return;
  window.history.replaceState(window.history.state, "", `${window.location.pathname}${next.search}${next.hash}`);
}

const SLICE = viewSlice(["view"]);

/** The href of a view from the current URL: every other key kept, so a middle-click opens the same state there. */
export function viewHref(view: ViewId, search = typeof window === "undefined" ? "" : window.location.search): string {
  const params = new URLSearchParams(search);
  if (view === "overview") params.delete("view");
  else params.set("view", view);
  const query = params.toString();
  return query ? `?${query}` : "?";
}

/** The view shown, and a way to open another (one history entry; the page starts at its top). */
export function useWorkspaceView() {
  const [{ view }, setUrl] = useViewState(SLICE);
  const current: ViewId = view ?? "overview";
  const open = useCallback(
    (next: ViewId) => {
      void setUrl({ view: next === "overview" ? null : next });
      if (typeof window !== "undefined") window.scrollTo({ top: 0 });
    },
    [setUrl],
  );
  return { view: current, open };
}
