import { readFileSync } from "node:fs";
import { type Page, expect, test } from "@playwright/test";
import { drawnLines, expectLinesDrawn } from "./panels";

/** "#rrggbb" as [r, g, b]. */
function rgb(colour: string): number[] {
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(colour.trim());
  if (!hex) throw new Error(`not a #rrggbb colour: ${colour}`);
  return hex.slice(1).map((h) => Number.parseInt(h, 16));
}

const NARRATIVE_FIGURE = "AI tokens against BTC, ETH and AI stocks";

async function narrativeChart(page: Page) {
  const figure = page.getByRole("figure", { name: NARRATIVE_FIGURE });
  const svg = figure.locator("svg.ts-chart");
  await expectLinesDrawn(figure);
  const box = await svg.boundingBox();
  if (!box) throw new Error("the narrative chart has no box");
  return { figure, svg, box };
}

test("hovering a time chart moves its crosshair; a pinned day shows on the time chart of another view", async ({ page }) => {
  await page.goto("/?view=narrative");
  const { svg, box } = await narrativeChart(page);
  const crosshair = svg.locator("g.ts-crosshair");
  await expect(crosshair).toHaveCount(0);
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
  await expect(crosshair).toHaveAttribute("data-day", /^\d{4}-\d{2}-\d{2}$/);
  const hovered = await crosshair.getAttribute("data-day");
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await expect(crosshair).not.toHaveAttribute("data-day", hovered ?? "");
  // The tooltip lists the values, sorted by value, each with the same number of decimals.
  const values = await page.locator(".ts-tooltip td").allTextContents();
  expect(values.length).toBeGreaterThan(1);
  const numbers = values.map((v) => Number(v.replace(/,/g, "")));
  expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);
  expect(new Set(values.map((v) => v.split(".")[1]?.length ?? 0)).size).toBe(1);
  // A click pins the day: it stays when the pointer leaves, and the Data view's chart shows it too.
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height / 2);
  const pinned = await crosshair.getAttribute("data-day");
  await page.mouse.move(box.x + box.width / 2, box.y - 200);
  await expect(crosshair).toHaveAttribute("data-day", pinned ?? "");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Data", exact: true }).click();
  const data = page.getByRole("region", { name: "Data", exact: true });
  await expect(data.locator("svg.ts-chart g.ts-crosshair")).toHaveAttribute("data-day", pinned ?? "");
});

test("brushing the narrative chart writes from and to into the URL, and Back undoes the zoom", async ({ page }) => {
  // Every history entry the page pushes, in order: a zoom must be one, whole.
  await page.addInitScript(() => {
    const w = window as unknown as { __pushes: string[] };
    w.__pushes = [];
    const push = history.pushState.bind(history);
    history.pushState = (data, unused, url) => {
      w.__pushes.push(String(url));
      push(data, unused, url);
    };
  });
  const pushes = () => page.evaluate(() => (window as unknown as { __pushes: string[] }).__pushes);
  await page.goto("/?view=narrative");
  const { figure, box } = await narrativeChart(page);
  const caption = figure.locator("figcaption");
  await expect(caption).toContainText("Common base date 2023-10-02");
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.35, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.55, y, { steps: 6 });
  // Count the redraws of the lines from the release on.
  await figure.locator("canvas.ts-lines-canvas").evaluate((canvas) => {
    const w = window as unknown as { __redraws: number };
    w.__redraws = 0;
    new MutationObserver(() => {
      w.__redraws += 1;
    }).observe(canvas, { attributes: true, attributeFilter: ["data-geometry"] });
  });
  const pushed = (await pushes()).length;
  await page.mouse.up();
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  // The chart zoomed at once, then the page caught up (its caption is built from the same frame as the chart's lines):
  // the lines the page hands the chart for the range are the ones already drawn, so nothing is drawn again.
  await expect(caption).not.toContainText("Common base date 2023-10-02");
  expect(await page.evaluate(() => (window as unknown as { __redraws: number }).__redraws)).toBe(1);
  const url = new URL(page.url());
  const from = url.searchParams.get("from") ?? "";
  const to = url.searchParams.get("to") ?? "";
  expect(from > "2023-10-01" && from < to && to < "2024-03-08").toBe(true);
  await expect(page.locator("#narrative-from")).toHaveValue(from);
  // One entry for the zoom, whole (the URL above has both dates, so any earlier half-written entry is already pushed):
  // nuqs writing each key on its own timer once made two, and Back landed on the first, with `from` and no `to`.
  expect((await pushes()).slice(pushed)).toHaveLength(1);
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]from=/);
  await expect(page.locator("#narrative-from")).toHaveValue("2023-10-01");
  // And a preset after a custom range (range, from and to in one choice) is one entry too: Back restores the range.
  await page.goto(`/?view=narrative&range=custom&from=2024-01-02&to=2024-02-03`);
  await narrativeChart(page);
  const before = (await pushes()).length;
  await page
    .getByRole("region", { name: /Token narrative/ })
    .getByText("1Y", { exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(/range=1y/);
  await expect(page).not.toHaveURL(/[?&](from|to)=/);
  expect((await pushes()).slice(before)).toHaveLength(1);
  await page.goBack();
  await expect(page).toHaveURL(/range=custom&from=2024-01-02&to=2024-02-03/);
});

test("the ranking caption names its common base date: the first day every shown series has data", async ({ page }) => {
  await page.goto("/?view=narrative&range=all");
  const { figure } = await narrativeChart(page);
  const caption = figure.locator("figcaption");
  // WLD (trading from 2023-07-24) is the latest starter of the default series: every change is measured from then.
  await expect(caption).toContainText("Common base date 2023-07-24 (WLD starts then)");
  await expect(caption).toContainText("From 2023-07-24 to");
  await expect(figure.locator(".ts-legend")).toContainText("WLD (from 2023-07-24)");
});

test("the narrative's legend toggles a series like its chip, and hovering an entry brings its line forward", async ({ page }) => {
  await page.goto("/?view=narrative");
  const { figure } = await narrativeChart(page);
  const legend = figure.getByRole("list", { name: `Series in ${NARRATIVE_FIGURE}` });
  const fet = legend.getByRole("button", { name: "FET", exact: true });
  await expect(fet).toHaveAttribute("aria-pressed", "true");
  await fet.hover();
  // Every other line fades; FET's stays, and is drawn again on top.
  const faded = async () => (await drawnLines(figure)).filter((l) => l.faded).map((l) => l.key);
  await expect.poll(faded).toContain("wld");
  expect(await faded()).not.toContain("fet");
  expect((await drawnLines(figure)).at(-1)).toMatchObject({ key: "fet", highlight: true });
  await fet.click();
  await expect(page).toHaveURL(/[?&]tokens=/);
  expect(new URL(page.url()).searchParams.get("tokens")?.split(".")).not.toContain("fet");
  await expect.poll(async () => (await drawnLines(figure)).map((l) => l.key)).not.toContain("fet");
  const narrative = page.getByRole("region", { name: "Token narrative", exact: true });
  await expect(narrative.getByRole("button", { name: /^FET \(/ })).toHaveAttribute("aria-pressed", "false");
  // The entry now under the pointer highlights its own line; off the legend, none is faded.
  await page.mouse.move(0, 0);
  await expect.poll(faded).toEqual([]);
});

test("a log axis over less than a decade has round ticks between its ends", async ({ page }) => {
  await page.goto("/?view=narrative&tokens=wld.fet.rndr.fil.ar.btc.eth.nvda.tao&log=1&range=custom&from=2023-12-01&to=2024-01-26");
  const { svg } = await narrativeChart(page);
  // The value axis' labels sit left of the plot, right-aligned (text-anchor end).
  const ticks = (await svg.locator("g.ts-grid > g > text:not(.ts-x-tick)").allTextContents()).map((t) => Number(t.replace(/,/g, "")));
  expect(ticks.length, ticks.join(", ")).toBeGreaterThanOrEqual(4);
  expect(ticks.length).toBeLessThanOrEqual(8);
  for (const v of ticks) expect(Number(v.toPrecision(2)), ticks.join(", ")).toBe(v);
});

for (const theme of ["light", "dark"] as const) {
  test(`no two shown series share a colour, nor come close (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem("mirage:theme", t), theme);
    await page.goto("/?view=narrative");
    const { figure } = await narrativeChart(page);
    // The colours the canvas stroked, read from the theme's CSS variables: as the build writes them ("coral" for
    // #ff7f50), so the browser spells each as #rrggbb first.
    const colours = (await drawnLines(figure)).filter((l) => !l.highlight).map((l) => l.color);
    const hex = await page.evaluate((list) => {
      const ctx = document.createElement("canvas").getContext("2d");
      return list.map((c) => {
        if (!ctx) return c;
        ctx.fillStyle = c;
        return String(ctx.fillStyle);
      });
    }, colours);
    const strokes = hex.map(rgb);
    expect(strokes.length).toBeGreaterThanOrEqual(9);
    let closest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < strokes.length; i++) {
      for (let j = i + 1; j < strokes.length; j++) {
        const [a, b] = [strokes[i] ?? [], strokes[j] ?? []];
        closest = Math.min(closest, Math.hypot(...a.map((v, k) => v - (b[k] ?? 0))));
      }
    }
    expect(closest).toBeGreaterThan(45);
  });
}

test("a print in the dark theme draws the chart's lines in the light colours", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("mirage:theme", "dark"));
  await page.goto("/?view=narrative");
  const { figure } = await narrativeChart(page);
  const wld = async () => (await drawnLines(figure)).find((l) => l.key === "wld")?.color;
  // WLD has the first slot: #56b4e9 on a dark screen, #0072b2 on paper.
  await expect.poll(wld).toBe("#56b4e9");
  // The print dialog: beforeprint comes before the print media applies.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect.poll(wld).toBe("#0072b2");
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect.poll(wld).toBe("#56b4e9");
  // Print media alone (a PDF export).
  await page.emulateMedia({ media: "print" });
  await expect.poll(wld).toBe("#0072b2");
  await page.emulateMedia({ media: "screen" });
  await expect.poll(wld).toBe("#56b4e9");
});

test("the narrative PNG carries the legend and the event rail and fills 1600 x 900", async ({ page }) => {
  await page.goto("/?view=narrative");
  await narrativeChart(page);
  // Catch the off-screen frame the export draws, before it is removed.
  await page.evaluate(() => {
    const w = window as unknown as {
      __png?: { legend: number; rail: number; chartWidth: number; badges: number; linePixels: number };
    };
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (!(n instanceof HTMLElement) || n.style.left !== "-20000px") continue;
          w.__png = {
            // Entries with their names: in the narrative they are toggle buttons, which the image keeps.
            legend: [...n.querySelectorAll(".ts-legend li")].filter((li) => /[A-Z]{2,}/.test(li.textContent ?? "")).length,
            rail: n.querySelectorAll("[data-testid='event-rail'] button").length,
            chartWidth: n.querySelector("svg.ts-chart")?.getBoundingClientRect().width ?? 0,
            badges: [...n.querySelectorAll("*")].filter((e) => e.children.length === 0 && e.textContent === "Sample data").length,
            // The lines are on a canvas, whose pixels a copy of the page does not carry unless the export draws them.
            linePixels: (() => {
              const c = n.querySelector<HTMLCanvasElement>("canvas.ts-lines-canvas");
              const data = c?.getContext("2d")?.getImageData(0, 0, c.width, c.height).data ?? [];
              let painted = 0;
              for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) painted += 1;
              return painted;
            })(),
          };
        }
      }
    }).observe(document.body, { childList: true });
  });
  const panel = page.getByRole("region", { name: "Token narrative", exact: true });
  const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: "Download PNG" }).click()]);
  const png = readFileSync((await download.path()) ?? "");
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 900]);
  const seen = await page.evaluate(() => (window as unknown as { __png?: unknown }).__png);
  expect(seen).toMatchObject({ badges: 1 });
  const { legend, rail, chartWidth, linePixels } = seen as { legend: number; rail: number; chartWidth: number; linePixels: number };
  expect(legend).toBeGreaterThanOrEqual(9);
  expect(rail).toBeGreaterThan(0);
  // The image is 1600 px wide with 48 px margins: the chart spans most of it, not its left half.
  expect(chartWidth).toBeGreaterThan(1300);
  // Nine lines across most of the chart's width leave thousands of painted pixels.
  expect(linePixels).toBeGreaterThan(5000);
});
