// Brush and crosshair-move timings with a real (trusted) mouse, for Mirage's time chart and uPlot alike: each figure
// runs from the triggering event's timeStamp (pointerup ends a brush, pointermove moves the crosshair) to two animation
// frames after what it changes is in the DOM (the second rAF fires once that frame is painted).

/** Crosshair moves timed per run; the run's figure is their median. */
export const CROSSHAIR_MOVES = 9;

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/**
 * Arms, in the page, a wait for the next change of `what` inside `root` after the next `eventType` event:
 * "curves" (the `data-geometry` of Mirage's lines canvas, which changes with the lines' pixels), "crosshair" (Mirage's crosshair line), or "uplot-draw" / "uplot-cursor"
 * (uPlot's draw and setCursor hooks, counted by the bench page in window.__uplot). Resolves with the milliseconds.
 */
function arm([root, what, eventType]) {
  const read = {
    curves: () => [...root.querySelectorAll("canvas.ts-lines-canvas")].map((c) => c.getAttribute("data-geometry")).join("|"),
    crosshair: () => {
      const line = root.querySelector("g.ts-crosshair line");
      return line ? `${line.getAttribute("x1")}` : "";
    },
    "uplot-draw": () => String(window.__uplot.draws),
    "uplot-cursor": () => String(window.__uplot.cursors),
  }[what];
  window.__reaction = new Promise((resolve, reject) => {
    let t0;
    const before = read();
    const done = () => {
      clearTimeout(timer);
      mo?.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    };
    const check = () => {
      if (t0 === undefined || read() === before) return false;
      done();
      return true;
    };
    root.addEventListener(
      eventType,
      (e) => {
        t0 = e.timeStamp;
        queueMicrotask(check);
      },
      { capture: true, once: true },
    );
    const mo = what.startsWith("uplot") ? undefined : new MutationObserver(check);
    mo?.observe(root, { subtree: true, childList: true, attributes: true });
    if (!mo) window.__uplot.onChange = check;
    const timer = setTimeout(() => {
      mo?.disconnect();
      reject(new Error(`no ${what} change within 10 s of ${eventType}`));
    }, 10_000);
  });
}

const waitReaction = (page) => page.evaluate(() => window.__reaction);

/**
 * Crosshair: the mouse enters the plot, then moves right in steps of about a twentieth of its width; each step is
 * timed. `box` is the plot's box in page pixels.
 */
export async function timeCrosshair(page, root, what, box, eventType = "pointermove") {
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.1, y);
  await page.waitForTimeout(200);
  const ms = [];
  for (let i = 1; i <= CROSSHAIR_MOVES; i++) {
    await page.evaluate(arm, [await root.elementHandle(), what, eventType]);
    await page.mouse.move(box.x + box.width * (0.1 + i * 0.05), y);
    ms.push(await waitReaction(page));
  }
  return median(ms);
}

/** Brush: press at 30 % of the plot, drag to 70 %, release; timed from the release. */
export async function timeBrush(page, root, what, box, eventType = "pointerup") {
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 4 });
  await page.mouse.move(box.x + box.width * 0.7, y, { steps: 4 });
  await page.evaluate(arm, [await root.elementHandle(), what, eventType]);
  await page.mouse.up();
  return waitReaction(page);
}
