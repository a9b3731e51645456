import { type RefObject, useLayoutEffect, useMemo, useRef, useState } from "react";
import { END_LABEL_DX, endLabelText, estimateTextWidth, placeEndLabels } from "./time-axis";
import { type Scales, TIME_PLOT_RIGHT, TOP, type TimeSeriesLine } from "./time-chart-scales";

/** The end labels' font size (index.css .ts-end-label) before it is measured; 0.7rem on a projector. */
const LABEL_FONT_GUESS = 11;
/** Room kept right of the longest end label. */
const LABEL_PAD = 6;
const NO_WIDTHS: ReadonlyMap<string, number> = new Map();

/**
 * The time chart's right margin for its end-of-line labels (time-chart.tsx), with what placing them needs: each
 * line's last drawn point, the label texts and their font size, measured from the labels drawn in `svg`.
 */
export function useEndLabelMargin(lines: readonly TimeSeriesLine[], log: boolean, width: number, svg: RefObject<SVGSVGElement | null>) {
  // End-of-line labels: the right margin is as wide as the longest label drawn (measured once it is on screen,
  // estimated from its font size before), so none is cut at the chart's edge; at least TIME_PLOT_RIGHT, so on screen
  // the margin, hence every line's pixels, stays put when a series is toggled.
  const lasts = useMemo(() => lines.map((l) => lastIndex(l, log)), [lines, log]);
  const texts = useMemo(() => lines.map((l) => endLabelText(l.label)), [lines]);
  const [labelFont, setLabelFont] = useState(LABEL_FONT_GUESS);
  const [textWidths, setTextWidths] = useState(NO_WIDTHS);
  // A label not measured yet is estimated at the widest width per character of those measured (a series toggled on
  // then sizes the margin close to right at once, rather than by a generous guess corrected a frame later, which
  // would move every line twice).
  let em = 0;
  for (const [text, w] of textWidths) em = Math.max(em, w / Math.max(1, text.length * labelFont));
  let longest = 0;
  texts.forEach((text, i) => {
    if (lasts[i] !== undefined)
      longest = Math.max(longest, textWidths.get(text) ?? estimateTextWidth(text, labelFont, em > 0 ? em : undefined));
  });
  const plotRight = Math.max(TIME_PLOT_RIGHT, Math.ceil(END_LABEL_DX + longest + LABEL_PAD));
  // Measure the labels drawn: the font size when the chart's width changes (a projector's rem follows the window),
  // the width of each label text not measured yet. Nothing is read when neither changed (a toggle of a known series).
  const measuredAt = useRef(-1);
  useLayoutEffect(() => {
    const nodes = svg.current?.querySelectorAll<SVGTextElement>("text.ts-end-label");
    if (!nodes || nodes.length === 0) return;
    const refont = measuredAt.current !== width;
    if (!refont && [...nodes].every((n) => textWidths.has(n.textContent ?? ""))) return;
    measuredAt.current = width;
    const font = refont ? Number.parseFloat(getComputedStyle(nodes[0] as SVGTextElement).fontSize) || LABEL_FONT_GUESS : labelFont;
    const next = new Map(refont && font !== labelFont ? NO_WIDTHS : textWidths);
    for (const n of nodes) {
      const text = n.textContent ?? "";
      if (next.has(text)) continue;
      // jsdom lays out no text: there the estimate stands.
      const w = typeof n.getComputedTextLength === "function" ? n.getComputedTextLength() : 0;
      next.set(text, w > 0 ? w : estimateTextWidth(text, font));
    }
    if (font !== labelFont) setLabelFont(font);
    setTextWidths(next);
  }, [texts, width, labelFont, textWidths]);
  return { lasts, texts, labelFont, plotRight };
}

/** Where each line's end label goes: at its last point, one line height apart, all within the plot. */
export function placeLineEndLabels(
  lines: readonly TimeSeriesLine[],
  lasts: readonly (number | undefined)[],
  texts: readonly string[],
  scales: Scales,
  labelFont: number,
) {
  const ends = lines.map((l, i) => {
    const k = lasts[i];
    return k === undefined ? undefined : { x: scales.x(l.xs[k] as number), y: scales.y(l.ys[k] as number) };
  });
  // One line height apart, every label within the plot's height.
  const lineH = Math.ceil(labelFont * 1.2);
  return placeEndLabels(ends, lineH, TOP + lineH / 2, TOP + scales.plotH - lineH / 2).map((p) => ({
    ...p,
    key: (lines[p.index] as TimeSeriesLine).key,
    label: texts[p.index] as string,
  }));
}

/** Index of a line's last point drawn (finite, and positive on a log axis), if any. */
function lastIndex(l: TimeSeriesLine, log: boolean): number | undefined {
  for (let i = l.ys.length - 1; i >= 0; i--) {
    const v = l.ys[i] as number;
    if (Number.isFinite(v) && (!log || v > 0)) return i;
  }
  return undefined;
}
