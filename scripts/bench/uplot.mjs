// The same workload as the narrative bench, drawn by uPlot (a dev dependency, bench only) in the same browser and run:
// 15 series × 2000 days rebased to 100, 60 event lines, a 1200×420 plot. Each Mirage figure is then reported as a
// ratio to uPlot's, so a budget holds on any machine (figures move 2× between machines; ratios taken in one run don't).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { timeBrush, timeCrosshair } from "./pointer.mjs";
import { calendar, randomWalk, syntheticEvents } from "./synthetic.mjs";

/** The files whose series the narrative bench shows (scripts/bench/narrative.mjs: 9 defaults and 6 more). */
export const UPLOT_FILES = [
  "WLD.csv",
  "FET.csv",
  "RNDR.csv",
  "FIL.csv",
  "AR.csv",
  "BTC.csv",
  "ETH.csv",
  "NVDA.csv",
  "MSFT.csv",
  "OCEAN.csv",
  "TAO.csv",
  "GRT.csv",
  "NEAR.csv",
  "ICP.csv",
  "AGIX.csv",
];
const STOCKS = new Set(["NVDA.csv", "MSFT.csv"]);
const WIDTH = 1200;
const HEIGHT = 420;

function uplotAssets() {
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve("uplot/package.json")), "dist");
  return { js: readFileSync(join(dist, "uPlot.iife.min.js"), "utf8"), css: readFileSync(join(dist, "uPlot.min.css"), "utf8") };
}

/** Aligned columns as uPlot takes them: x in seconds, one array per series with null where it has no value. */
function workload() {
  const index = new Map(calendar.map((d, i) => [d, i]));
  const xs = calendar.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
  const prices = UPLOT_FILES.map((file) => {
    const col = new Array(calendar.length).fill(null);
    for (const p of randomWalk(file, { weekdaysOnly: STOCKS.has(file) })) col[index.get(p.date)] = p.value;
    return col;
  });
  const events = syntheticEvents().map((e) => Date.parse(`${e.date}T00:00:00Z`) / 1000);
  return { xs, prices, events };
}

function page() {
  const { js, css } = uplotAssets();
  const data = workload();
  const stocks = UPLOT_FILES.map((f) => STOCKS.has(f));
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css} body{margin:0;font-family:sans-serif}</style></head>
<body><button id="toggle" type="button">toggle</button><div id="plot"></div><script>${js}</script><script>
const W = ${JSON.stringify(data)};
const STOCK = ${JSON.stringify(stocks)};
const NAMES = ${JSON.stringify(UPLOT_FILES.map((f) => f.replace(".csv", "")))};
const COLOURS = ["#0072b2","#e69f00","#009e73","#cc79a7","#d55e00","#56b4e9","#332288","#999933","#882255","#1a1a1a","#44aa99","#aa4499","#8c6d31","#7f7f7f","#ddaa33"];
// Rebased on each series' first value (index = 100) or as % change: the transform is part of what a reaction costs.
function transform(pct) {
  return [W.xs, ...W.prices.map((col) => {
    const base = col.find((v) => v !== null);
    return col.map((v) => (v === null ? null : pct ? (100 * v) / base - 100 : (100 * v) / base));
  })];
}
// Counts of draws and cursor moves, for the brush and crosshair timings (scripts/bench/pointer.mjs).
window.__uplot = { draws: 0, cursors: 0, onChange: null };
const changed = (k) => { window.__uplot[k] += 1; window.__uplot.onChange?.(); };
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
let u;
function make() {
  const opts = {
    width: ${WIDTH}, height: ${HEIGHT},
    scales: { x: { time: true } },
    series: [{}, ...NAMES.map((label, i) => ({ label, stroke: COLOURS[i], width: 1.75, spanGaps: STOCK[i] }))],
    hooks: { setCursor: [() => changed("cursors")], draw: [() => changed("draws"), (u) => {
      const ctx = u.ctx; ctx.save(); ctx.strokeStyle = "#888"; ctx.setLineDash([3, 3]); ctx.lineWidth = 1;
      for (const t of W.events) { const x = Math.round(u.valToPos(t, "x", true)); ctx.beginPath(); ctx.moveTo(x, u.bbox.top); ctx.lineTo(x, u.bbox.top + u.bbox.height); ctx.stroke(); }
      ctx.restore();
    }] },
  };
  u = new uPlot(opts, transform(false), document.getElementById("plot"));
}
window.bench = {
  async first() { const t0 = performance.now(); make(); await frames(); return performance.now() - t0; },
  async toggle() { const t0 = performance.now(); u.setSeries(13, { show: false }); await frames(); const ms = performance.now() - t0; u.setSeries(13, { show: true }); await frames(); return ms; },
  async scale() { const t0 = performance.now(); u.setData(transform(true)); await frames(); const ms = performance.now() - t0; u.setData(transform(false)); await frames(); return ms; },
  async range() { const max = W.xs[W.xs.length - 1]; const t0 = performance.now(); u.setScale("x", { min: max - 365 * 86400, max }); await frames(); return performance.now() - t0; },
  async all() { u.setScale("x", { min: W.xs[0], max: W.xs[W.xs.length - 1] }); await frames(); },
};
let shown = true;
document.getElementById("toggle").addEventListener("click", () => { shown = !shown; u.setSeries(13, { show: shown }); });
</script></body></html>`;
}

/**
 * Installs an Event Timing observer in the page; the returned function reads the longest event of the last
 * interaction (pointerdown, pointerup, click share an interactionId): input to next paint, the basis of INP.
 */
export async function armEventTiming(pageHandle) {
  await pageHandle.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId)
          window.__events.push({
            id: e.interactionId,
            name: e.name,
            duration: e.duration,
            wait: e.processingStart - e.startTime,
            run: e.processingEnd - e.processingStart,
          });
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: false });
  });
  return async () => {
    // Event Timing entries arrive after the paint they measure: wait for them rather than for a fixed time.
    await pageHandle.waitForFunction(() => window.__events.length > 0, null, { polling: "raf", timeout: 10_000 });
    return pageHandle.evaluate(() => {
      const last = window.__events[window.__events.length - 1].id;
      const mine = window.__events.filter((e) => e.id === last);
      window.__lastEvents = mine;
      window.__events = [];
      return Math.max(...mine.map((e) => e.duration));
    });
  };
}

/**
 * One fresh visit: first render, then the three reactions, then click-to-paint on a real (trusted) click, then
 * crosshair moves and a brush with the mouse over every day.
 */
export async function uplotRun(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const p = await context.newPage();
    const url = new URL("/__uplot-bench.html", baseUrl).href;
    const html = page();
    await p.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
    await p.goto(url);
    const first = await p.evaluate(() => window.bench.first());
    const toggleOff = await p.evaluate(() => window.bench.toggle());
    const scale = await p.evaluate(() => window.bench.scale());
    const oneYear = await p.evaluate(() => window.bench.range());
    const read = await armEventTiming(p);
    await p.locator("#toggle").click();
    const clickToPaint = await read();
    // Back to every day, then the pointer: crosshair moves over the plot and a brush (uPlot's drag-to-zoom).
    await p.evaluate(() => window.bench.all());
    const over = p.locator(".u-over");
    const box = await over.boundingBox();
    const crosshair = await timeCrosshair(p, over, "uplot-cursor", box, "mousemove");
    const brush = await timeBrush(p, over, "uplot-draw", box, "mouseup");
    return { first, toggleOff, scale, oneYear, clickToPaint, crosshair, brush };
  } finally {
    await context.close();
  }
}
