import { type Ref, memo, useEffect, useImperativeHandle, useLayoutEffect, useRef } from "react";
import { slotStyle } from "./time-axis";
import { type ColourCache, colourStyles, hookTheme, painters, resolveColour, themeEpoch } from "./time-chart-colours";
import { type PathCache, type Scales, TIME_PLOT_LEFT, TOP, type TimeSeriesLine, traceVertices } from "./time-chart-scales";

/** One line as the canvas strokes it (and as `data-lines` reports it, without its path). */
export interface DrawnLine {
  key: string;
  /** The resolved stroke colour (a CSS variable read from the chart). */
  color: string;
  width: number;
  opacity: number;
  dash: string;
  /** Faded behind the highlighted line (index.css used to do it with `.ts-line.ts-faded`). */
  faded: boolean;
  /** The highlighted line, redrawn on top at width 3. */
  highlight: boolean;
}

export interface Spec {
  lines: readonly TimeSeriesLine[];
  scales: Scales;
  log: boolean;
  cache: PathCache;
  highlight: string | null;
  height: number;
}

/** Stroke widths per weight, as the SVG paths had them; on a projector every line is 2.5 px (index.css .presenting). */
const WIDTH = { focus: 3, thin: 1.25, normal: 1.75, dim: 1.75 } as const;
const PRESENTING_WIDTH = 2.5;
const HIGHLIGHT_WIDTH = 3;
const FADED_OPACITY = 0.25;
const DIM_OPACITY = 0.3;

/** The lines in the order they are stroked (the highlighted one again last), with their resolved styles. */
export function drawnLines(
  spec: Spec,
  colourOf: (css: string) => string,
  presenting: boolean,
): { line: DrawnLine; v: readonly number[] }[] {
  const { lines, scales, log, cache, highlight } = spec;
  const hl = highlight !== null && lines.some((l) => l.key === highlight) ? highlight : null;
  const out: { line: DrawnLine; v: readonly number[] }[] = [];
  let top: { line: DrawnLine; v: readonly number[] } | undefined;
  lines.forEach((l, i) => {
    const style = slotStyle(l.slot ?? i);
    const w = l.weight ?? "normal";
    const color = colourOf(style.color);
    const v = cache.vertices(l, scales, log);
    const faded = hl !== null && l.key !== hl;
    out.push({
      v,
      line: {
        key: l.key,
        color,
        width: presenting ? PRESENTING_WIDTH : WIDTH[w],
        opacity: faded ? FADED_OPACITY : w === "dim" ? DIM_OPACITY : 1,
        dash: l.dashed ? "2 3" : (style.dash ?? ""),
        faded,
        highlight: false,
      },
    });
    if (l.key === hl) top = { v, line: { key: l.key, color, width: HIGHLIGHT_WIDTH, opacity: 1, dash: "", faded: false, highlight: true } };
  });
  if (top) out.push(top);
  return out;
}

/** Two lines stroked alike (every field of DrawnLine). */
const sameLine = (a: DrawnLine, b: DrawnLine) =>
  a.key === b.key &&
  a.color === b.color &&
  a.width === b.width &&
  a.opacity === b.opacity &&
  a.dash === b.dash &&
  a.faded === b.faded &&
  a.highlight === b.highlight;

/**
 * A number that changes whenever any canvas's drawn pixels change: one counter for the page, so a canvas mounted anew
 * never repeats the value one before it showed (the tests and the bench wait for `data-geometry` to change).
 */
let geometryCounter = 0;

/**
 * Paints `spec` on `canvas` unless nothing drawn changed since `prev`; returns what it drew. Without a 2D context
 * (jsdom) it sets the data attributes alone, so tests still read which lines are drawn and in which colours.
 */
function paint(canvas: HTMLCanvasElement, spec: Spec, prev: Painted | null, ratio: number, force: boolean): Painted {
  const { scales, height } = spec;
  const presenting = canvas.closest(".presenting") !== null;
  const colours = prev && prev.colours.epoch === themeEpoch() ? prev.colours : { epoch: themeEpoch(), byColour: new Map<string, string>() };
  let styles: CSSStyleDeclaration | undefined;
  const colourOf = (css: string) => {
    let c = colours.byColour.get(css);
    if (c === undefined) {
      c = resolveColour(css, () => {
        styles ??= colourStyles(canvas);
        return styles;
      });
      colours.byColour.set(css, c);
    }
    return c;
  };
  const drawn = drawnLines(spec, colourOf, presenting);
  const w = scales.width;
  const bw = Math.max(1, Math.round(w * ratio));
  const bh = Math.max(1, Math.round(height * ratio));
  const same =
    !force &&
    prev !== null &&
    prev.bw === bw &&
    prev.bh === bh &&
    prev.clip === `${scales.plotW}|${scales.plotH}` &&
    prev.drawn.length === drawn.length &&
    prev.drawn.every((p, i) => {
      const n = drawn[i] as { line: DrawnLine; v: readonly number[] };
      return p.v === n.v && sameLine(p.line, n.line);
    });
  if (same && prev) return { ...prev, colours };
  if (canvas.width !== bw) canvas.width = bw;
  if (canvas.height !== bh) canvas.height = bh;
  const ctx = canvas.getContext("2d");
  if (ctx) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, bw, bh);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.save();
    // The plot area, as the SVG's clip path had it: a line at the top or bottom of the range keeps its full width.
    ctx.beginPath();
    ctx.rect(TIME_PLOT_LEFT, TOP - 2, scales.plotW + 1, scales.plotH + 4);
    ctx.clip();
    ctx.lineJoin = "bevel";
    ctx.lineCap = "butt";
    for (const { line, v } of drawn) {
      if (v.length === 0) continue;
      ctx.strokeStyle = line.color;
      ctx.globalAlpha = line.opacity;
      ctx.lineWidth = line.width;
      ctx.setLineDash(line.dash ? line.dash.split(/[\s,]+/).map(Number) : []);
      ctx.beginPath();
      traceVertices(ctx, v);
      ctx.stroke();
    }
    ctx.restore();
  }
  const lines = drawn.map((x) => x.line);
  canvas.setAttribute("data-lines", JSON.stringify(lines));
  canvas.setAttribute("data-count", String(spec.lines.length));
  canvas.setAttribute("data-highlight", lines.find((l) => l.highlight)?.key ?? "");
  geometryCounter += 1;
  canvas.setAttribute("data-geometry", String(geometryCounter));
  return { bw, bh, clip: `${scales.plotW}|${scales.plotH}`, drawn, colours };
}

interface Painted {
  colours: ColourCache;
  bw: number;
  bh: number;
  clip: string;
  drawn: { line: DrawnLine; v: readonly number[] }[];
}

const screenRatio = () => (typeof window === "undefined" ? 1 : window.devicePixelRatio || 1);

/**
 * Every series' line on one canvas under the chart's SVG, from the same per-pixel-column vertices the SVG paths
 * had (PathCache). Software raster stroked each SVG line again on every 256 px tile it crossed, ~20 ms a frame when all
 * lines changed; the canvas strokes each once. Redrawn in a layout effect only when a path, style, colour or the size
 * changed; `data-lines` (JSON of DrawnLine, in stroke order), `data-count` (series drawn), `data-highlight` (the key
 * drawn again on top, or empty) and `data-geometry` (changes with the pixels) say what is drawn, for the tests, the
 * bench and anything else that cannot read pixels.
 */
export const LinesCanvas = memo(function LinesCanvas(props: Spec & { ref?: Ref<LinesCanvasHandle> }) {
  const { ref: handle, ...own } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const spec = useRef<Spec>(own);
  const painted = useRef<Painted | null>(null);
  // Lines drawn ahead of React (drawNow), kept on the canvas until the chart lets go (release).
  const held = useRef<Spec | null>(null);
  const { lines, scales, log, highlight, height } = own;
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    if (held.current) {
      if (held.current.lines !== lines) return;
      held.current = null;
    }
    spec.current = { lines, scales, log, cache: own.cache, highlight, height };
    painted.current = paint(canvas, spec.current, painted.current, screenRatio(), false);
  }, [lines, scales, log, highlight, height, own.cache]);
  useImperativeHandle(
    handle,
    () => ({
      drawNow(next: Spec) {
        const canvas = ref.current;
        if (!canvas) return;
        held.current = next;
        spec.current = next;
        painted.current = paint(canvas, next, painted.current, screenRatio(), false);
      },
      release() {
        held.current = null;
      },
    }),
    [],
  );
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    hookTheme();
    painters.set(canvas, (opts) => {
      painted.current = paint(canvas, spec.current, painted.current, opts?.ratio ?? screenRatio(), opts?.force ?? false);
    });
    return () => {
      painters.delete(canvas);
    };
  }, []);
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a canvas without tabIndex takes no focus; the plot is announced by the chart
    <canvas
      ref={ref}
      className="ts-lines-canvas pointer-events-none absolute top-0 left-0 block"
      aria-hidden="true"
      style={{ width: scales.width, height }}
    />
  );
});

/** Draws ahead of React: a brush's zoom in its own event, the rest of the chart following a frame later. */
export interface LinesCanvasHandle {
  /** Paints `spec` now and keeps it until React renders its lines, or until release. */
  drawNow(spec: Spec): void;
  /** Lets React's next render paint whatever it has. */
  release(): void;
}

/**
 * Copies the line canvases of `root` into their copies in `clone` (cloneNode copies no pixels), drawn at `ratio`
 * device pixels per CSS pixel so a scaled-up export stays sharp; the originals are then drawn again for the screen.
 */
export function copyLineCanvases(root: Element, clone: Element, ratio: number) {
  const from = [...root.querySelectorAll<HTMLCanvasElement>("canvas.ts-lines-canvas")];
  const to = [...clone.querySelectorAll<HTMLCanvasElement>("canvas.ts-lines-canvas")];
  from.forEach((canvas, i) => {
    const copy = to[i];
    const painter = painters.get(canvas);
    if (!copy || !painter) return;
    painter({ ratio, force: true });
    copy.width = canvas.width;
    copy.height = canvas.height;
    copy.getContext("2d")?.drawImage(canvas, 0, 0);
    painter({ force: true });
  });
}
