import { StrictMode, startTransition, useLayoutEffect } from "react";
import { createRoot } from "react-dom/client";
import { App } from "@/app/app";
import { applyTheme, readStoredTheme } from "@/state/ui-store";
import { modernizeLocation } from "@/state/workspace-view";

// Set the theme before the first paint so a dark-mode user never sees a white flash.
applyTheme(readStoredTheme());

async function enableMocking() {
  // Development only, and only when asked (?mock): the production build drops this branch and never ships MSW.
  if (!import.meta.env.DEV || !new URLSearchParams(window.location.search).has("mock")) return;
  const { worker } = await import("@mocks/browser");
  await worker.start({ onUnhandledRequest: "bypass" });
}

/** Renders the app over the static shell in #root (createRoot replaces it at the first commit). */
export async function boot() {
  const root = document.getElementById("root");
  if (root === null) throw new Error("index.html has no #root element");
  await enableMocking();
  // A link from before the workspace had views (#narrative, panel=compute, an event) opens the view it meant.
  modernizeLocation();
  const handover = trackShellFocus(root);
  const r = createRoot(root);
  // A transition lets React render the first tree in slices, yielding to the browser, instead of one long task.
  startTransition(() => {
    r.render(
      <StrictMode>
        <App />
        <FocusHandover take={handover} />
      </StrictMode>,
    );
  });
}

// Anything that can hold focus, including targets of in-page links such as <main tabindex="-1">.
const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";

/**
 * A reader can Tab into the static shell before the app has started. React's first commit replaces those elements
 * with identical ones, which would drop focus to <body>: this notes which shell element had focus, by its place among
 * the shell's focusable elements, so the app's first layout effect can give focus to its twin.
 */
function trackShellFocus(root: HTMLElement): () => number {
  const shell = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  let index = shell.indexOf(document.activeElement as HTMLElement);
  const onFocus = (e: FocusEvent) => {
    index = shell.indexOf(e.target as HTMLElement);
  };
  root.addEventListener("focusin", onFocus);
  return () => {
    root.removeEventListener("focusin", onFocus);
    return index;
  };
}

function FocusHandover({ take }: { take: () => number }) {
  useLayoutEffect(() => {
    // The app's own view is on screen now: anything theme-init.js hid as a stale default view can show.
    document.documentElement.classList.remove("shell-stale");
    const index = take();
    if (index < 0 || (document.activeElement && document.activeElement !== document.body)) return;
    document.getElementById("root")?.querySelectorAll<HTMLElement>(FOCUSABLE)[index]?.focus();
  }, [take]);
  return null;
}
