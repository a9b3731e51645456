import { useSyncExternalStore } from "react";
import { flushSync } from "react-dom";

/**
 * Charts draw only as they near the screen; printing needs every chart of the view at once. The first caller hooks
 * `beforeprint`, after which every chart draws (synchronously, since the print snapshot follows the handlers).
 */
let printing = false;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  hookPrint();
  listeners.add(l);
  return () => listeners.delete(l);
};

let hooked = false;
/** Hooks `beforeprint` once: charts draw and disclosures open, so a printed view is whole. The shell calls it at start. */
export function hookPrint() {
  if (hooked || typeof window === "undefined") return;
  hooked = true;
  window.addEventListener("beforeprint", () => {
    // A handout shows what a disclosure hides on screen (a project's report view, a data table).
    for (const d of document.querySelectorAll("details")) d.open = true;
    flushSync(() => {
      printing = true;
      for (const l of listeners) l();
    });
  });
}

/** True once the page is being printed: draw now, whatever is on screen. */
export const usePrinting = () =>
  useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
