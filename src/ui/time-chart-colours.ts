/**
 * The time chart's line colours as a canvas needs them: read from CSS variables (a canvas cannot follow
 * `var(--ts-n)` as SVG did), per theme, print palette and device pixel ratio, with every mounted lines canvas repainted
 * when one of those changes. Split from time-chart-lines.tsx, which draws.
 */
/**
 * `var(--name)` or `var(--name, fallback)` read from `styles`; any other colour as it is. A variable no style defines
 * (only where no stylesheet is loaded: jsdom) stays as written, so the lines still tell their colours apart.
 */
export function resolveColour(colour: string, styles: () => CSSStyleDeclaration): string {
  const m = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(colour);
  if (!m) return colour;
  return (
    styles()
      .getPropertyValue(m[1] as string)
      .trim() ||
    m[2]?.trim() ||
    colour
  );
}

/** Colours as resolved, per canvas, until the theme changes (themeEpoch). */
export interface ColourCache {
  epoch: number;
  byColour: Map<string, string>;
}
let epoch = 0;
/** Changes whenever the colours must be read again. */
export const themeEpoch = () => epoch;

/** Every mounted canvas's painter, by element: the theme observer and PNG export redraw them. */
export const painters = new Map<HTMLCanvasElement, (opts?: { ratio?: number; force?: boolean }) => void>();

let themeHooked = false;
let themeObserver: MutationObserver | undefined;
/** True between `beforeprint` and `afterprint`. */
let printing = false;
const printMedia = () => typeof window.matchMedia === "function" && window.matchMedia("print").matches;

function repaintAll() {
  epoch += 1;
  for (const paint of painters.values()) paint();
}

/**
 * Canvas cannot follow `var(--ts-n)` as SVG did: the painters redraw with colours read again when <html> changes
 * class (dark theme, presentation mode), when the print media starts or ends, and around printing, whose palette is
 * the light one whatever the theme (index.css keeps the dark slots to `@media screen`).
 */
export function hookTheme() {
  if (themeHooked || typeof window === "undefined" || typeof MutationObserver === "undefined") return;
  themeHooked = true;
  themeObserver = new MutationObserver(repaintAll);
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["class", "style", "data-theme"] });
  if (typeof window.matchMedia === "function") {
    window.matchMedia("print").addEventListener?.("change", repaintAll);
    // A new device pixel ratio (the window moved to another screen, the page zoomed): a backing store to match.
    const followRatio = () => {
      window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`).addEventListener?.(
        "change",
        () => {
          repaintAll();
          followRatio();
        },
        { once: true },
      );
    };
    followRatio();
  }
  window.addEventListener("beforeprint", () => {
    printing = true;
    repaintAll();
  });
  window.addEventListener("afterprint", () => {
    printing = false;
    repaintAll();
  });
}

/**
 * The styles to read colours from: the chart's own, which in print media are the print palette. Printing, before the
 * print media applies (`beforeprint` comes first), the light palette is read with `dark` taken off <html> for that one
 * read, as the dark slots are screen-only.
 */
export function colourStyles(el: Element): CSSStyleDeclaration {
  const root = document.documentElement;
  if (!printing || printMedia() || !root.classList.contains("dark")) return getComputedStyle(el);
  root.classList.remove("dark");
  const styles = getComputedStyle(el);
  // A snapshot: the live declaration would follow the class back.
  const snapshot = {} as Record<string, string>;
  for (let slot = 1; slot <= 16; slot++) snapshot[`--ts-${slot}`] = styles.getPropertyValue(`--ts-${slot}`);
  root.classList.add("dark");
  // Our own class flip is no theme change: dropped, or the observer would repaint, flip it again, and so on.
  themeObserver?.takeRecords();
  return { getPropertyValue: (name: string) => snapshot[name] ?? getComputedStyle(el).getPropertyValue(name) } as CSSStyleDeclaration;
}
