import { type ReactNode, useId, useRef, useState, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import { useNearViewport } from "./use-near-viewport";

/** How far beyond the viewport a panel starts mounting: one screen ahead, so scrolling rarely meets a placeholder. */
const ONE_SCREEN = "100% 0px 100% 0px";

/**
 * Panels far below the fold mount when they come near the viewport, so a first load renders what is on screen and not
 * the whole page (four charts, the event study, sixty claim checks). Until then a placeholder keeps the panel's anchor,
 * landmark, heading and an estimate of its height, so in-page links, headings navigation and scroll position still
 * work. Everything mounts before printing, and "Show all panels" (or `revealAllPanels()`) mounts the rest at once.
 */

/** Module-wide "mount every deferred panel now", for printing and for the button in any placeholder. */
let revealed = false;
const listeners = new Set<() => void>();
export function revealAllPanels() {
  if (revealed) return;
  revealed = true;
  for (const l of listeners) l();
}
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
export const useRevealedAll = () =>
  useSyncExternalStore(
    subscribe,
    () => revealed,
    () => false,
  );

let printHooked = false;
function hookPrint() {
  if (printHooked || typeof window === "undefined") return;
  printHooked = true;
  // The print snapshot is taken right after beforeprint's handlers: the panels must be in the DOM by then.
  window.addEventListener("beforeprint", () => flushSync(revealAllPanels));
}

interface DeferredSectionProps {
  /** The panel's anchor (its section id), kept by the placeholder so #links land where the panel will be. */
  anchor: string;
  title: string;
  /** A rough height of the mounted panel in px at 1440 wide, so the page does not jump as panels mount. */
  estimatedHeight: number;
  /** Mount at once: the first panel, which a first screen shows (and the static shell already carries). */
  eager?: boolean;
  children: ReactNode;
}

export function DeferredSection({ anchor, title, estimatedHeight, eager = false, children }: DeferredSectionProps) {
  hookPrint();
  const ref = useRef<HTMLElement>(null);
  const all = useRevealedAll();
  // A link to this panel (#anchor) mounts it right away, so the browser lands on the real panel.
  const [targeted] = useState(() => typeof window !== "undefined" && window.location.hash === `#${anchor}`);
  const near = useNearViewport(ref, { skip: eager || all || targeted, margin: ONE_SCREEN });
  const titleId = useId();
  if (eager || all || targeted || near) return <>{children}</>;
  return (
    <section
      ref={ref}
      id={anchor}
      aria-labelledby={titleId}
      data-deferred-panel
      className="scroll-mt-20 rounded-xl border border-line bg-surface shadow-sm"
      style={{ minHeight: estimatedHeight }}
    >
      <div className="border-b border-line px-5 py-4">
        <h2 id={titleId} className="text-xl font-semibold tracking-tight text-ink">
          {title}
        </h2>
      </div>
      <div className="px-5 py-4 text-sm text-ink-3">
        <p>This panel loads as it scrolls into view.</p>
        <button
          type="button"
          onClick={() => {
            flushSync(revealAllPanels);
            // Focus goes to the mounted panel, so the next Tab continues inside it.
            const panel = document.getElementById(anchor);
            if (panel && !panel.hasAttribute("tabindex")) panel.setAttribute("tabindex", "-1");
            panel?.focus({ preventScroll: true });
          }}
          className="mt-2 rounded-md border border-line px-2.5 py-1 text-xs font-medium text-ink-2 hover:bg-surface-2"
        >
          Show all panels now
        </button>
      </div>
    </section>
  );
}
