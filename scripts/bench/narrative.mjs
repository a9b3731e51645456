// Browser timings of the Token narrative chart under load: 15 series × 2000 synthetic days and 60 synthetic events,
// served to the built site with page.route so the figures do not depend on the size of the embedded sample files.
import { basename } from "node:path";
import { EVENT_COUNT, priceCsv, syntheticEvents } from "./synthetic.mjs";
import { timeBrush, timeCrosshair } from "./pointer.mjs";
import { armEventTiming } from "./uplot.mjs";

const STEP_TIMEOUT_MS = 30_000;
const FIGURE_NAME = "AI tokens against BTC, ETH and AI stocks";
/** Pressed on first load (DEFAULT_SHOWN in src/features/narrative/config.ts). */
const DEFAULT_PRESSED = ["WLD", "FET", "RNDR", "FIL", "AR", "BTC", "ETH", "NVDA", "MSFT"];
/**
 * Pressed by the bench to reach 15 series. Exact names where a prefix is ambiguous: "TAO (Bittensor)" is the Binance
 * close, while "TAO open (…)" is the Yahoo open series, which stays off. RENDER is not pressed: with RNDR shown it
 * continues RNDR's line (one line across the ticker change), so OCEAN makes the fifteenth line.
 */
const EXTRA = [/^OCEAN \(/, /^TAO \(Bittensor\)$/, /^GRT \(/, /^NEAR \(/, /^ICP \(/, /^AGIX \(/];
export const SERIES_COUNT = DEFAULT_PRESSED.length + EXTRA.length;
/** The tiny range the first-render figure starts from, so "All" builds every line from scratch. */
const TINY = { from: "2025-06-01", to: "2025-06-08" };

// Response bodies are built once per process: generating them is not what the bench measures, and every run then
// serves byte-identical data.
const bodies = new Map();
const body = (key, make) => {
  if (!bodies.has(key)) bodies.set(key, make());
  return bodies.get(key);
};

/**
 * Runs in the page on the element to click, with the chart's <figure>. Arms a MutationObserver, clicks, and takes
 * `ms` two animation frames after the lines canvas's `data-geometry` (it changes whenever the drawn lines' pixels do,
 * src/ui/time-chart-lines.tsx) first differs from before the click (the second rAF fires
 * once the new lines are painted). It then watches 400 ms more and counts later redraws, so a chart that draws in
 * several passes shows up as `late` > 0 instead of as a flattering first figure.
 */
function timeCurvesChange(trigger, figure) {
  return new Promise((resolve, reject) => {
    const canvas = () => figure.querySelector("canvas.ts-lines-canvas");
    const curves = () => Number(canvas()?.getAttribute("data-count") ?? 0);
    // Compare geometry rather than trusting any mutation: the caption, data table and event rail change as well.
    // With the axis labels: index → % change moves every value by 100, so on a linear axis the lines keep their pixels
    // and only the labels change.
    const geometry = () =>
      `${canvas()?.getAttribute("data-geometry") ?? ""}|` +
      [...figure.querySelectorAll("svg.ts-chart .ts-grid text")].map((t) => t.textContent).join("|");
    let reference = geometry();
    if (!canvas()?.getAttribute("data-geometry")) return reject(new Error("no lines canvas in the narrative chart before the click"));
    let t0;
    let timer; // pending until the first redraw; cleared then, so later redraws only count as `late`
    let ms;
    let late = 0;
    let lastLateMs;
    const mo = new MutationObserver(() => {
      const now = geometry();
      if (now === reference) return;
      reference = now;
      if (ms !== undefined) {
        late += 1;
        lastLateMs = performance.now() - t0;
        return;
      }
      if (timer === undefined) return; // already changed, frames pending
      clearTimeout(timer);
      timer = undefined;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          ms = performance.now() - t0;
          setTimeout(() => {
            mo.disconnect();
            resolve({ ms, late, lastLateMs, curves: curves() });
          }, 400);
        }),
      );
    });
    timer = setTimeout(() => {
      mo.disconnect();
      reject(new Error("the narrative chart's curves did not change within 10 s of the click"));
    }, 10_000);
    mo.observe(figure, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["data-geometry"] });
    t0 = performance.now();
    trigger.click(); // a label click checks its radio; a button click fires React's onClick
  });
}

/** One fresh visit: load, reach 15 series, then time "All" from a tiny range and three reactions from "All". */
export async function narrativeRun(browser, url) {
  // A fresh context per run: empty HTTP cache and no storage, so every run starts from the same first visit.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/data/prices/*.csv", (route) => {
      const file = basename(new URL(route.request().url()).pathname);
      return route.fulfill({ status: 200, contentType: "text/csv", body: body(file, () => priceCsv(file)) });
    });
    await page.route("**/data/events.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: body("events", () => JSON.stringify(syntheticEvents())) }),
    );

    // Every wait names its step, so a setup failure says where the page stopped matching the bench's expectations.
    const step = async (what, promise) => {
      try {
        return await promise;
      } catch (e) {
        const why = errors.length ? `; page errors: ${errors.join(" | ")}` : "";
        throw new Error(`${what}: ${e instanceof Error ? e.message.split("\n")[0] : e}${why}`);
      }
    };

    await page.goto(new URL("/#narrative", url).href, { waitUntil: "commit" });
    const panel = page.getByRole("region", { name: /Token narrative/ });
    const figure = panel.getByRole("figure", { name: FIGURE_NAME });
    const rangeGroup = panel.getByRole("group", { name: "Range", exact: true }).first();
    const scaleGroup = panel.getByRole("group", { name: "Scale", exact: true }).first();
    const toggle = (name) => panel.getByRole("button", { name });
    const figureHandle = await step("narrative chart never appeared", figure.elementHandle({ timeout: STEP_TIMEOUT_MS }));

    /** Waits until the figure draws `n` curves and they stop changing for 250 ms (no redraw left in flight). */
    const settle = (n, what) =>
      step(
        what,
        page.waitForFunction(
          ([fig, want]) => {
            const canvas = fig.querySelector("canvas.ts-lines-canvas");
            const d = canvas?.getAttribute("data-geometry") ?? "";
            if (!window.__settle) window.__settle = { d: "", since: 0 };
            const s = window.__settle;
            if (d !== s.d) Object.assign(s, { d, since: performance.now() });
            const count = Number(canvas?.getAttribute("data-count") ?? 0);
            return count === want && performance.now() - s.since >= 250;
          },
          [figureHandle, n],
          { polling: "raf", timeout: STEP_TIMEOUT_MS },
        ),
      );

    await settle(DEFAULT_PRESSED.length, `the chart did not settle on the ${DEFAULT_PRESSED.length} default series`);
    for (const ticker of DEFAULT_PRESSED) {
      const pressed = await toggle(new RegExp(`^${ticker} \\(`)).getAttribute("aria-pressed");
      if (pressed !== "true") throw new Error(`series ${ticker} is not pressed by default (aria-pressed=${pressed})`);
    }
    for (const name of EXTRA) {
      const button = toggle(name);
      if ((await step(`no series toggle named ${name}`, button.getAttribute("aria-pressed", { timeout: 5_000 }))) !== "false") {
        throw new Error(`series toggle ${name} is already pressed`);
      }
      await button.click();
    }
    await settle(SERIES_COUNT, `the chart did not draw ${SERIES_COUNT} curves after pressing ${EXTRA.length} more series`);

    // "to" before "from": the inputs start at the report window (2023-10-01 … 2024-03-08), and setting "from" first
    // would make a reversed range whose swapped end then replaces the wanted "to".
    await panel.locator("#narrative-to").fill(TINY.to);
    await panel.locator("#narrative-from").fill(TINY.from);
    await step(
      `the chart did not switch to the custom range ${TINY.from} … ${TINY.to}`,
      figure
        .locator("figcaption")
        // The caption ranks from the common base date (the first day every series has data: a stock's first trading
        // day may come after TINY.from) to the last day.
        .filter({ hasText: ` to ${TINY.to}, best to worst` })
        .waitFor({ timeout: STEP_TIMEOUT_MS }),
    );
    await settle(SERIES_COUNT, "the chart did not settle on the custom range");

    /** Times a click on `locator` in the page; scrolling it into view first is not part of the figure. */
    const timeClick = async (locator, what) => {
      await figure.scrollIntoViewIfNeeded();
      return step(what, locator.evaluate(timeCurvesChange, figureHandle));
    };
    const label = (group, text) => group.getByText(text, { exact: true });
    const checked = (group, text) => label(group, text).locator("input").isChecked();

    const first = await timeClick(label(rangeGroup, "All"), 'timing the "All" preset');
    if (!(await checked(rangeGroup, "All"))) throw new Error('clicking "All" did not check its radio');
    if (first.curves !== SERIES_COUNT) throw new Error(`after "All" the chart shows ${first.curves} curves, expected ${SERIES_COUNT}`);
    const events = await panel.getByRole("list", { name: "Events" }).getByRole("listitem").count();
    if (events !== EVENT_COUNT) throw new Error(`after "All" the event list shows ${events} events, expected ${EVENT_COUNT}`);
    await settle(SERIES_COUNT, 'the chart did not settle after "All"');

    // (a) one series off, then back on (untimed) so the next reaction starts from the same "All" state.
    const near = toggle(/^NEAR \(/);
    const toggleOff = await timeClick(near, "timing NEAR off");
    if (toggleOff.curves !== SERIES_COUNT - 1) throw new Error(`after NEAR off the chart shows ${toggleOff.curves} curves`);
    // NEAR back on with a real (trusted) click: the browser's Event Timing gives input to next paint, as INP counts it.
    // The chip on screen first, as a reader's is when they click it (uPlot's controls never need a scroll): Playwright
    // scrolls an off-screen target into view just before it clicks, and that scroll's own frames then count as the
    // click's. Two frames after the scroll, the page is still.
    await near.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const readEventTiming = await armEventTiming(page);
    await near.click();
    const clickToPaint = await step("reading Event Timing for NEAR back on", readEventTiming());
    await settle(SERIES_COUNT, "the chart did not settle after NEAR back on");

    // (b) Index = 100 → % change, then back.
    const scale = await timeClick(label(scaleGroup, "% change"), 'timing the "% change" scale');
    if (!(await checked(scaleGroup, "% change"))) throw new Error('clicking "% change" did not check its radio');
    await label(scaleGroup, "Index = 100").click();
    await settle(SERIES_COUNT, 'the chart did not settle after "Index = 100"');

    // (c) All → 1Y.
    const oneYear = await timeClick(label(rangeGroup, "1Y"), 'timing the "1Y" preset');
    if (!(await checked(rangeGroup, "1Y"))) throw new Error('clicking "1Y" did not check its radio');

    // (d) Back to All (untimed), then the pointer: crosshair moves over the plot, and a brush that zooms.
    await label(rangeGroup, "All").click();
    await settle(SERIES_COUNT, 'the chart did not settle after "All" again');
    const svg = figure.locator("svg.ts-chart");
    const svgBox = await svg.boundingBox();
    // The plot inside the chart's margins (src/ui/time-chart-scales.ts: 64 px either side, 12 above, 28 below).
    const plot = { x: svgBox.x + 64, y: svgBox.y + 12, width: svgBox.width - 128, height: svgBox.height - 40 };
    const crosshair = await step("timing crosshair moves", timeCrosshair(page, svg, "crosshair", plot));
    const brush = await step("timing a brush", timeBrush(page, figure, "curves", plot));
    // The URL is written once the chart has repainted (src/features/narrative/hooks/use-narrative-view.ts).
    await step(
      "the brush did not write a range into the URL",
      page.waitForFunction(() => /[?&]from=/.test(window.location.search), null, { timeout: STEP_TIMEOUT_MS }),
    );

    if (errors.length) throw new Error(`page errors during the narrative run: ${errors.join(" | ")}`);
    return { first, toggleOff, scale, oneYear, clickToPaint, crosshair, brush };
  } finally {
    await context.close();
  }
}
