/**
 * "Download PNG": the panel's chart at a fixed 1600×900 whatever the window size, with the panel's title, the
 * chart's legend (part of the chart), its sources, an as-of stamp and a "Sample data" mark when so. html-to-image
 * (a maintained DOM-to-canvas library) is loaded only when someone exports.
 */
export const PNG_WIDTH = 1600;
export const PNG_HEIGHT = 900;

export interface PngStamp {
  title: string;
  sources: readonly string[];
  asOf: string;
  isSample: boolean;
}

export async function panelToPng(figure: HTMLElement, stamp: PngStamp): Promise<Blob> {
  const { toBlob } = await import("html-to-image");
  // Loaded with the chart already (an export follows a chart on screen); imported here so the export menu does not.
  const { copyLineCanvases } = await import("../time-chart-lines");
  const styles = getComputedStyle(document.documentElement);
  const surface = styles.getPropertyValue("--surface").trim() || "#ffffff";
  const ink = styles.getPropertyValue("--ink").trim() || "#111827";
  const muted = styles.getPropertyValue("--ink-3").trim() || "#57606c";
  const warn = styles.getPropertyValue("--warn").trim() || "#8a4b00";

  const frame = document.createElement("div");
  Object.assign(frame.style, {
    position: "fixed",
    left: "-20000px",
    top: "0",
    width: `${PNG_WIDTH}px`,
    height: `${PNG_HEIGHT}px`,
    background: surface,
    color: ink,
    padding: "40px 48px",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: "16px",
    fontFamily: styles.getPropertyValue("font-family") || "system-ui, sans-serif",
  });
  const header = document.createElement("div");
  header.style.display = "flex";
  header.style.justifyContent = "space-between";
  header.style.alignItems = "baseline";
  const h = document.createElement("div");
  h.textContent = stamp.title;
  Object.assign(h.style, { fontSize: "34px", fontWeight: "700" });
  const mark = document.createElement("div");
  mark.textContent = stamp.isSample ? "Sample data" : "Live data";
  Object.assign(mark.style, {
    fontSize: "20px",
    fontWeight: "700",
    color: stamp.isSample ? warn : "#15803d",
    border: "2px solid currentColor",
    borderRadius: "999px",
    padding: "2px 14px",
  });
  header.append(h, mark);

  // A wide, short image: lay the figure out at the width that fills it before copying it (the charts follow their
  // container's width), so the chart fills the image instead of its left half. Restored right after.
  const restore = await widenToFill(figure, DROP_SELECTOR);

  const body = document.createElement("div");
  Object.assign(body.style, { flex: "1", minHeight: "0", overflow: "hidden", position: "relative" });
  // Scale the chart to fill the frame: measure the original without the parts the image leaves out.
  const height = keptHeight(figure, DROP_SELECTOR);
  const scale = Math.min(BODY_W / Math.max(1, figure.offsetWidth), BODY_H / height, 2.2);
  const clone = figure.cloneNode(true) as HTMLElement;
  // A cloned canvas is blank: the time charts' lines are drawn into the copies, at the image's scale so they stay sharp.
  copyLineCanvases(figure, clone, Math.max(1, scale));
  copyTextFills(figure, clone);
  for (const el of clone.querySelectorAll(DROP_SELECTOR)) el.remove();
  Object.assign(clone.style, { width: `${figure.offsetWidth}px`, transform: `scale(${scale})`, transformOrigin: "top left" });
  restore();
  body.append(clone);

  const foot = document.createElement("div");
  foot.textContent = `Data as of ${stamp.asOf}. Source: ${stamp.sources.join("; ")}. Exported from Mirage.`;
  Object.assign(foot.style, { fontSize: "16px", color: muted, lineHeight: "1.35", maxHeight: "66px", overflow: "hidden" });
  frame.append(header, body, foot);
  document.body.append(frame);
  try {
    // The frame sits off screen while it is drawn; the image itself is drawn at the origin.
    const blob = await toBlob(frame, {
      width: PNG_WIDTH,
      height: PNG_HEIGHT,
      pixelRatio: 1,
      backgroundColor: surface,
      cacheBust: true,
      style: { position: "static", left: "0", top: "0" },
    });
    if (!blob) throw new Error("the browser could not draw the image");
    return blob;
  } finally {
    frame.remove();
  }
}

// Controls stay on screen, but the event rail's markers are the rail, and the legend's entries (toggles in the
// narrative) the legend. The header carries the sample mark (the figure's own badge would say it twice); the tooltip
// follows the pointer.
const DROP_SELECTOR =
  "[data-controls], details, [data-source-note], button:not([data-testid='event-rail'] button, .ts-legend button), [data-sample-badge], [data-export-hide]";
const BODY_W = PNG_WIDTH - 96;
const BODY_H = PNG_HEIGHT - 200;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Most frames to wait for the charts to follow a new width: past it the image is drawn as the charts stand. */
const MAX_FRAMES = 120;

/** True when every time chart in `root` is drawn at its box's width (the box follows its container; the svg, React). */
export function chartsFit(root: HTMLElement): boolean {
  return [...root.querySelectorAll<SVGSVGElement>("svg.ts-chart")].every((svg) => {
    const box = svg.parentElement?.clientWidth ?? 0;
    return box <= 0 || Math.abs(Number(svg.getAttribute("width")) - box) < 1;
  });
}

/** Waits, a frame at a time, until the charts in `root` fit their boxes (at least one frame, at most MAX_FRAMES). */
export async function untilChartsFit(root: HTMLElement, frame: () => Promise<void> = nextFrame): Promise<void> {
  for (let i = 0; i < MAX_FRAMES; i++) {
    await frame();
    if (i > 0 && chartsFit(root)) return;
  }
}

/**
 * SVG text coloured by a stylesheet rule (the time chart's axis ticks, recharts' labels) came out black in the image,
 * unreadable on a dark theme's surface: html-to-image's copy lost the rule. Each copy gets its original's computed fill
 * inline. `to` must be a fresh clone of `from` (same elements, same order).
 */
export function copyTextFills(from: Element, to: Element): void {
  const originals = from.querySelectorAll("svg text");
  const copies = to.querySelectorAll("svg text");
  originals.forEach((el, i) => {
    const copy = copies[i];
    const fill = getComputedStyle(el).fill;
    if (copy instanceof SVGElement && fill) copy.style.fill = fill;
  });
}

/** The figure's height without the parts the image leaves out. */
function keptHeight(figure: HTMLElement, drop: string): number {
  let dropped = 0;
  for (const el of figure.querySelectorAll<HTMLElement>(drop)) dropped += el.offsetHeight;
  return Math.max(1, figure.offsetHeight - dropped);
}

async function widenToFill(figure: HTMLElement, drop: string): Promise<() => void> {
  const width = figure.offsetWidth;
  const height = keptHeight(figure, drop);
  if (width <= 0 || BODY_W / width <= BODY_H / height) return () => {};
  const before = { width: figure.style.width, maxWidth: figure.style.maxWidth };
  // The width at which the figure, scaled to the image's height, also spans its width.
  figure.style.maxWidth = "none";
  figure.style.width = `${Math.round((BODY_W * height) / BODY_H)}px`;
  // ResizeObserver callbacks run before the next paint; React commits the charts' new width a frame or more later (on
  // a busy machine, several): wait until every chart has taken its box's width, not a fixed number of frames.
  await untilChartsFit(figure);
  return () => {
    figure.style.width = before.width;
    figure.style.maxWidth = before.maxWidth;
  };
}
