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

  const body = document.createElement("div");
  Object.assign(body.style, { flex: "1", minHeight: "0", overflow: "hidden", position: "relative" });
  const clone = figure.cloneNode(true) as HTMLElement;
  // The header carries the sample mark: the figure's own badge would say it twice. The tooltip follows the pointer.
  const DROP = "[data-controls], details, [data-source-note], button, [data-sample-badge], [data-export-hide]";
  for (const el of clone.querySelectorAll(DROP)) el.remove();
  // Scale the chart to fill the frame: measure the original without the parts the image leaves out.
  let dropped = 0;
  for (const el of figure.querySelectorAll<HTMLElement>(DROP)) dropped += el.offsetHeight;
  const height = Math.max(1, figure.offsetHeight - dropped);
  const scale = Math.min((PNG_WIDTH - 96) / Math.max(1, figure.offsetWidth), (PNG_HEIGHT - 200) / height, 2.2);
  Object.assign(clone.style, { width: `${figure.offsetWidth}px`, transform: `scale(${scale})`, transformOrigin: "top left" });
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
