import { type Locator, type Page, expect, test } from "@playwright/test";
import { expectLinesDrawn } from "./panels";

/** The narrative view's own heading (the overview's glance has a link, not this heading). */
const narrativeHeading = (page: Page) =>
  page
    .getByRole("main")
    .getByRole("heading", { level: 2, name: /Token narrative/ })
    .first();

/** The workspace: an overview first, every view one click away, links that land where they point. */

const tabs = (page: Page) => page.getByRole("navigation", { name: "Views" });

/** The element lies wholly inside the window, as drawn now (no scrolling); polled, since data may still be arriving. */
async function onFirstScreen(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const size = page.viewportSize();
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      if (!box || !size) return "no box";
      if (box.y < 0) return `top at ${box.y}`;
      if (box.y + box.height > size.height + 1) return `bottom at ${box.y + box.height} of ${size.height}`;
      return "inside";
    })
    .toBe("inside");
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`the overview shows the scoreboard and the narrative chart on the first screen at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("/");
    const scoreboard = page.getByRole("region", { name: /Where the report's 60 claims stand/ });
    await onFirstScreen(page, scoreboard.getByRole("table"));
    // The headline counts are links into the claims they count once the checks have run.
    await expect(scoreboard.getByRole("link", { name: /All claims: \d+ claims? holds as the report saw it/ })).toBeVisible();
    const chart = page.getByRole("region", { name: "Token narrative: prices and AI news" });
    await expectLinesDrawn(chart);
    await onFirstScreen(page, chart.locator("svg.ts-chart").first());
    await onFirstScreen(page, chart.getByRole("toolbar", { name: /AI news on the time axis/ }));
    // The four stages, each with its key token and verdicts.
    const stages = page.getByRole("list", { name: "The four stages" });
    await expect(stages.locator(":scope > li")).toHaveCount(4);
    await expect(stages.locator(":scope > li").first()).toContainText(/FIL in the report window [+−]\d/);
    if (viewport.width >= 1440) await onFirstScreen(page, stages);
  });
}

test("every view is one click from the header, lands at its top, and Back and Forward step between views", async ({ page }) => {
  await page.goto("/");
  const views: [string, RegExp | string][] = [
    ["Data", "Data"],
    ["Compute", "Compute"],
    ["Verification", "Verification"],
    ["Provenance & identity", "Provenance & identity"],
    ["Narrative", /Token narrative/],
    ["Claims", "Claims overview"],
    ["About", /About/],
  ];
  for (const [tab, region] of views) {
    await tabs(page).getByRole("link", { name: tab, exact: true }).click();
    await expect(tabs(page).getByRole("link", { name: tab, exact: true })).toHaveAttribute("aria-current", "page");
    const heading = page.getByRole("main").getByRole("heading", { level: 2, name: region }).first();
    await onFirstScreen(page, heading);
  }
  await expect(page).toHaveURL(/view=about/);
  await page.goBack();
  await expect(page).toHaveURL(/view=claims/);
  await expect(page.getByRole("region", { name: "Claims overview" })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("region", { name: /Token narrative/ })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("region", { name: "Claims overview" })).toBeVisible();
});

test("a copied link that names an event reopens the narrative with the event's study on screen", async ({ page, browser }) => {
  await page.goto("/?view=narrative&range=all");
  const panel = page.getByRole("region", { name: /Token narrative/ });
  const sora = panel.getByRole("list", { name: "Events" }).getByRole("listitem").filter({ hasText: "Sora" }).first();
  await sora.getByRole("button", { name: /Select/ }).click();
  await expect(page).toHaveURL(/event=/);
  const url = page.url();

  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const other = await fresh.newPage();
  await other.goto(url);
  const study = other.getByRole("complementary", { name: /Event study/ });
  await onFirstScreen(other, study.getByRole("heading", { name: /Returns around/ }));
  await expect(study.getByRole("row", { name: /^WLD/ })).toContainText(/[+−]\d+\.\d/);
  // Escape closes the study and the event leaves the URL.
  await other.keyboard.press("Escape");
  await expect(study).toHaveCount(0);
  await expect(other).not.toHaveURL(/event=/);
  await fresh.close();
});

test("an old link with only an event opens the narrative with its study visible", async ({ page }) => {
  await page.goto("/?event=openai-sora-preview&range=1y");
  await expect(page).toHaveURL(/view=narrative/);
  await onFirstScreen(page, page.getByRole("complementary", { name: /Event study/ }).getByRole("heading", { name: /Returns around/ }));
});

for (const [old, tab] of [
  ["/#narrative", "Narrative"],
  ["/#claims", "Claims"],
  ["/#stage-compute", "Compute"],
  ["/#about", "About"],
  ["/?panel=verification", "Verification"],
  ["/?panel=narrative&range=all", "Narrative"],
] as const) {
  test(`an old link ${old} opens the ${tab} view`, async ({ page }) => {
    await page.goto(old);
    await expect(tabs(page).getByRole("link", { name: tab, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page).not.toHaveURL(/panel=/);
    if (old.includes("range=all")) await expect(page).toHaveURL(/range=all/);
  });
}

test("a saved view reopens its view, at its top, and the menu closes", async ({ page }) => {
  await page.goto("/?view=compute&compute-range=all");
  await page.getByRole("button", { name: /Saved views/ }).click();
  await page.getByRole("textbox", { name: "Name for the current view" }).fill("Compute, all");
  await page.getByRole("button", { name: "Save view" }).click();
  await page.getByRole("button", { name: /Saved views/ }).click();

  await tabs(page).getByRole("link", { name: "Overview", exact: true }).click();
  await expect(page).not.toHaveURL(/view=/);
  await page.getByRole("button", { name: /Saved views/ }).click();
  await page.getByRole("list", { name: "Saved views" }).getByRole("button", { name: "Compute, all", exact: true }).click();
  await expect(page).toHaveURL(/view=compute/);
  await expect(page).toHaveURL(/compute-range=all/);
  await expect(page.getByRole("list", { name: "Saved views" })).toHaveCount(0);
  await onFirstScreen(page, page.getByRole("main").getByRole("heading", { level: 2, name: "Compute" }));
});

test("a count on the scoreboard opens the claims it counts", async ({ page }) => {
  await page.goto("/");
  const scoreboard = page.getByRole("region", { name: /Where the report's 60 claims stand/ });
  const broken = scoreboard.getByRole("link", { name: /^All claims: (\d+) claims? broken since/ });
  const name = (await broken.getAttribute("aria-label")) ?? "";
  const n = Number(/: (\d+) claim/.exec(name)?.[1]);
  expect(n).toBeGreaterThan(0);
  await broken.click();
  await expect(page).toHaveURL(/view=claims/);
  await expect(page).toHaveURL(/cstatus=broken/);
  await expect(page).toHaveURL(/clens=since/);
  const grid = page.getByRole("region", { name: "Claims overview" }).getByRole("table");
  // One body per claim: the rows of claims shown.
  await expect(grid.locator("tbody")).toHaveCount(n);
  const first = grid.locator("tbody").first();
  await first.getByRole("button", { name: /Show the evidence/ }).click();
  await expect(first).toContainText("As the report saw it:");
});

test("rail markers are named controls; a cluster opens a list and its second event can be chosen", async ({ page }) => {
  await page.goto("/?view=narrative");
  const rail = page.getByRole("region", { name: /Token narrative/ }).getByRole("toolbar", { name: /AI news on the time axis/ });
  const cluster = rail.getByRole("button", { name: /^\d+ events from/ }).first();
  await expect(cluster).toBeVisible();
  await cluster.click();
  const list = rail.getByRole("list", { name: /events close together/ });
  const second = list.getByRole("button").nth(1);
  const title = (await second.getAttribute("data-title")) ?? "";
  await second.click();
  await expect(page).toHaveURL(/event=/);
  const study = page.getByRole("complementary", { name: /Event study/ });
  await expect(study.getByRole("heading", { name: /Returns around/ })).toContainText(title);
  // Keyboard: the rail is one Tab stop, arrows move, each marker says what it is.
  const single = rail.getByRole("button", { name: /^\d{4}-\d{2}-\d{2}: .+ \(.+; source: .+\)$/ }).first();
  await expect(single).toBeVisible();
});

test("choosing an event further down the view brings its study on screen", async ({ page }) => {
  await page.goto("/?view=narrative&range=all");
  const panel = page.getByRole("region", { name: /Token narrative/ });
  const list = panel.getByRole("list", { name: "Events" });
  await expect(list.getByRole("listitem").first()).toBeVisible();
  // Read the page down to the Figure 5 table, as a reader would, then pick an event from the list.
  await page.getByRole("region", { name: /Figure 5, on data/ }).scrollIntoViewIfNeeded();
  await list
    .getByRole("listitem")
    .nth(5)
    .getByRole("button", { name: /Select/ })
    .click();
  await onFirstScreen(page, page.getByRole("complementary", { name: /Event study/ }).getByRole("heading", { name: /Returns around/ }));
});

test("a link straight to the Narrative view lands there, with no frame of the overview and no page error", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Every frame from the first on, note whether the overview's scoreboard was drawn: the view's code loads on demand,
  // and the overview in the static shell or the app must not show while it does.
  await page.addInitScript(() => {
    const w = window as unknown as { overviewSeen: boolean };
    w.overviewSeen = false;
    const look = () => {
      const title = document.getElementById("scoreboard-title");
      if (title?.checkVisibility({ visibilityProperty: true })) w.overviewSeen = true;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto("/?view=narrative");
  await expect(narrativeHeading(page)).toBeVisible();
  await expect(tabs(page).getByRole("link", { name: "Narrative", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await page.evaluate(() => (window as unknown as { overviewSeen: boolean }).overviewSeen)).toBe(false);
  expect(errors).toEqual([]);
});

test("a view whose code loads on demand renders when its tab is chosen, and again after a switch away", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /Where the report's \d+ claims stand/ })).toBeVisible();
  await tabs(page).getByRole("link", { name: "Claims", exact: true }).click();
  await expect(page.getByRole("region", { name: "Claims overview" })).toBeVisible();
  await tabs(page).getByRole("link", { name: "Data", exact: true }).click();
  const data = page.getByRole("region", { name: "Data", exact: true });
  await expect(data).toBeVisible();
  await expect(data.locator("svg.ts-chart")).toBeVisible();
  await tabs(page).getByRole("link", { name: "Claims", exact: true }).click();
  await expect(page.getByRole("region", { name: "Claims overview" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Loading the .* view/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("the other views' code loads once the reader moves, not with the overview", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  const narrativeChunk = () => requested.some((p) => /\/assets\/narrative-panel-[\w-]+\.js$/.test(p));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /Where the report's \d+ claims stand/ })).toBeVisible();
  // The page has loaded and been idle twice: a preload started at load would have asked for the chunk by now.
  await page.evaluate(async () => {
    if (document.readyState !== "complete") await new Promise((r) => window.addEventListener("load", r, { once: true }));
    for (let i = 0; i < 2; i++) await new Promise((r) => requestIdleCallback(r));
  });
  expect(narrativeChunk()).toBe(false);
  await page.mouse.move(200, 300);
  await expect.poll(narrativeChunk).toBe(true);
  // And the view opens.
  await tabs(page).getByRole("link", { name: "Narrative", exact: true }).click();
  await expect(narrativeHeading(page)).toBeVisible();
});
