import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { type Page, type Route, expect, test } from "@playwright/test";
import { endLabelFaults, expectLinesDrawn } from "./panels";

/**
 * The Demand view against the real API hosts, answered with the ILLUSTRATIVE shape fixtures the unit tests use
 * (src/sources/defillama-fees/fixtures, src/sources/coingecko/fixtures). Their days are shifted so the last one is
 * yesterday: live mode asks for the past year.
 */
const DAY = 86_400_000;
const LAST_FIXTURE_DAY = Date.parse("2024-04-30T00:00:00Z");
const SHIFT = Math.floor(Date.now() / DAY) * DAY - DAY - LAST_FIXTURE_DAY;
const json = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

function defillama(route: Route) {
  const slug = new URL(route.request().url()).pathname.split("/").at(-1) ?? "";
  let body: Record<string, unknown>;
  try {
    body = json(`src/sources/defillama-fees/fixtures/summary-fees.${slug}.json`);
  } catch {
    return route.fulfill({ status: 400, body: `Fees for ${slug} not found` });
  }
  const chart = (body.totalDataChart as [number, number][]).map(([s, v]) => [s + SHIFT / 1000, v]);
  return route.fulfill({ contentType: "application/json", body: JSON.stringify({ ...body, totalDataChart: chart }) });
}

function coingecko(route: Route) {
  const url = new URL(route.request().url());
  const parts = url.pathname.split("/");
  const id = parts[parts.indexOf("coins") + 1] ?? "";
  try {
    if (url.pathname.endsWith("/market_chart/range")) {
      const chart = json(`src/sources/coingecko/fixtures/market-chart-range.${id}.json`) as Record<string, [number, number][]>;
      const from = Number(url.searchParams.get("from")) * 1000;
      const to = Number(url.searchParams.get("to")) * 1000;
      // The older fixtures (bitcoin, …) end on 2024-04-01: shift them by the same amount, a month short of yesterday.
      const pick = (xs: [number, number][] = []) => xs.map(([t, v]) => [t + SHIFT, v] as const).filter(([t]) => t >= from && t <= to);
      return route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({
          prices: pick(chart.prices),
          market_caps: pick(chart.market_caps),
          total_volumes: pick(chart.total_volumes),
        }),
      });
    }
    return route.fulfill({ contentType: "application/json", body: JSON.stringify(json(`src/sources/coingecko/fixtures/coin.${id}.json`)) });
  } catch {
    return route.fulfill({ status: 404, contentType: "application/json", body: JSON.stringify({ error: "coin not found" }) });
  }
}

async function routeApis(page: Page) {
  await page.route("https://api.llama.fi/**", defillama);
  await page.route("https://api.coingecko.com/**", coingecko);
  await page.route("https://coins.llama.fi/**", (route) => route.fulfill({ status: 503, body: "down" }));
  await page.route("https://console-api.akash.network/**", (route) => route.fulfill({ status: 503, body: "down" }));
}

test("Demand view in live mode: fees and prices from the API hosts, the screener filled and sorted in the URL", async ({ page }) => {
  await routeApis(page);
  await page.goto("/?view=demand&mode=live");
  await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Demand" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("button", { name: "Live data" })).toHaveAttribute("aria-pressed", "true");
  const view = page.getByRole("region", { name: "Demand vs narrative" });
  await expect(view).toBeVisible();

  const chart = view.getByRole("figure", { name: "Akash: AKT price and network fees" });
  await expectLinesDrawn(chart);
  await expect(chart).toContainText("DefiLlama fees API");

  const screener = view.getByRole("table", { name: /Screener/ });
  const akash = screener.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Akash/ }) });
  // Market cap, FDV and the P/F multiple all filled: the fees, the chart and the supply arrived.
  await expect(akash).toContainText(/\$[\d.]+[MB]\$[\d.]+[MB][\d,.]+×/);
  await expect(view.getByRole("region", { name: "AKT weekly returns: fees or news" })).toContainText(/complete weeks|Not enough data/);

  // The CSV: one row per token in the screener's order, with every source and the as-of date.
  const [download] = await Promise.all([page.waitForEvent("download"), view.getByRole("button", { name: "Download CSV" }).click()]);
  const csv = readFileSync((await download.path()) ?? "", "utf8");
  expect(csv).toMatch(/^# Demand vs narrative\n/);
  expect(csv).toMatch(/# Data as of: \d{4}-\d\d-\d\d \(live\)/);
  expect(csv).toContain("# Source: AKT: Akash daily fees: DefiLlama fees API, https://defillama.com/fees/akash");
  expect(csv).toContain("token,ticker,return,vol,drawdown,beta,corr,mcap,fdv,pf,growth,pf_basis,as_of");
  expect(csv.split("\n").filter((l) => /^[A-Z][^#,]*,[A-Z]+,/.test(l))).toHaveLength(9);

  await screener.getByRole("button", { name: /Fees growth/ }).click();
  await expect(page).toHaveURL(/dsort=growth/);
  await expect(screener.getByRole("columnheader", { name: /Fees growth/ })).toHaveAttribute("aria-sort", "descending");
  await screener.getByRole("button", { name: "Filecoin" }).click();
  await expect(page).toHaveURL(/dproj=fil/);
  await expect(view.getByRole("figure", { name: "Filecoin: FIL price and network fees" })).toBeVisible();
});

/** Sample mode without a snapshot: an empty manifest, as a build without `npm run snapshot` carries. */
async function routeNoSnapshot(page: Page) {
  await page.route("**/data/snapshot/**", (route) =>
    new URL(route.request().url()).pathname.endsWith("/manifest.json")
      ? route.fulfill({ contentType: "application/json", body: JSON.stringify({ version: 1, recordedAt: null, files: [] }) })
      : route.fulfill({ status: 404, body: "not found" }),
  );
}

test("Demand view in sample mode says 'no data' with the command that records it, and still draws prices", async ({ page, baseURL }) => {
  await routeNoSnapshot(page);
  const offsite: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL ?? "") && !r.url().startsWith("data:")) offsite.push(r.url());
  });
  await page.goto("/?dproj=fil");
  // The static shell's tabs are plain links that drop the rest of the URL: click once the app has taken over.
  await expect(page.locator('main[data-view="overview"]')).toBeVisible();
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Demand" }).click();
  await expect(page).toHaveURL(/view=demand/);
  await expect(page).toHaveURL(/dproj=fil/);
  const view = page.getByRole("region", { name: "Demand vs narrative" });
  await expect(view.getByText(/this build carries no recorded fees/)).toContainText("npm run snapshot");
  await expect(view.getByRole("note").filter({ hasText: "No data for Filecoin fees" })).toContainText(
    "Run npm run snapshot (needs network) to record it.",
  );
  const chart = view.getByRole("figure", { name: "Filecoin: FIL price and network fees" });
  await expectLinesDrawn(chart);
  await expect(chart).toContainText(/Fees are not drawn/);
  expect(offsite).toEqual([]);
});

test.describe("Demand view in sample mode from a snapshot recorded by the snapshot script", () => {
  // Recorded once for these tests by recordSnapshot (scripts/snapshot/record.ts) against the MSW handlers, into a
  // temporary folder; public/data/snapshot is never written. The fixture numbers are ILLUSTRATIVE shapes.
  let dir = "";
  let recordedAt = "";
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dir = await mkdtemp(join(tmpdir(), "mirage-e2e-snapshot-"));
    const { createServer } = await import("vite");
    const vite = await createServer({
      root: fileURLToPath(new URL("..", import.meta.url)),
      server: { middlewareMode: true, hmr: false, ws: false },
      appType: "custom",
      logLevel: "silent",
    });
    try {
      const { recordFixtureSnapshot } = await vite.ssrLoadModule("/mocks/record-snapshot.ts");
      const summary = await recordFixtureSnapshot(dir);
      expect(summary.failed).toEqual([]);
      recordedAt = summary.recordedAt;
    } finally {
      await vite.close();
    }
  });
  test.afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** The app's snapshot URLs answered from the recorded folder; a file it lacks is a 404, as on a static host. */
  async function routeSnapshot(page: Page) {
    await page.route("**/data/snapshot/**", async (route) => {
      const file = new URL(route.request().url()).pathname.split("/").at(-1) ?? "";
      try {
        return route.fulfill({ contentType: "application/json", body: await readFile(join(dir, file), "utf8") });
      } catch {
        return route.fulfill({ status: 404, body: "not found" });
      }
    });
  }

  test("draws fees, P/F and the screener with the recording's source, range and date", async ({ page, baseURL }) => {
    await routeSnapshot(page);
    const offsite: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(baseURL ?? "") && !r.url().startsWith("data:")) offsite.push(r.url());
    });
    await page.goto("/?view=demand&dproj=akt");
    await expect(page.getByRole("button", { name: "Live data" })).toHaveAttribute("aria-pressed", "false");
    const view = page.getByRole("region", { name: "Demand vs narrative" });

    const chart = view.getByRole("figure", { name: "Akash: AKT price and network fees" });
    await expectLinesDrawn(chart, 2);
    await expect(chart).toContainText("both rebased to 100");
    // Provenance of the recorded fees: source, date range, and the recording's date.
    await expect(chart).toContainText(
      `Akash fees: DefiLlama fees API, 2023-10-01 to 2024-03-31 (as of 2024-03-31), sample. Recorded by npm run snapshot on ${recordedAt}; not live.`,
    );
    await expect(chart).toContainText(`AKT market cap: CoinGecko`);
    const pf = view.getByRole("figure", { name: "AKT price-to-fees multiple" });
    await expectLinesDrawn(pf);
    await expect(view.getByText(/this build carries no recorded fees/)).toHaveCount(0);

    const screener = view.getByRole("table", { name: /Screener/ });
    const akash = screener.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Akash/ }) });
    // Market cap, FDV, P/F and fees growth, all from the recording.
    await expect(akash).toContainText(/\$[\d.]+[MB]\$[\d.]+[MB][\d,.]+×[+−-][\d.]+%/);
    const livepeer = screener.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Livepeer/ }) });
    await expect(livepeer).toContainText(/[\d,.]+×/);
    expect(offsite).toEqual([]);
  });

  test("added as a slide, the Demand view steps in with → and shows the chart and screener at 1920×1080 with sources", async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await routeSnapshot(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("/?view=narrative");
    await page.getByRole("button", { name: "Add this view as a slide" }).click();
    await page.goto("/?view=demand&dproj=akt");
    await expect(page.getByRole("region", { name: "Demand vs narrative" })).toBeVisible();
    await page.getByRole("button", { name: "Add this view as a slide" }).click();
    await page.getByRole("button", { name: /Your deck \(2\)/ }).click();
    await page.getByRole("button", { name: "Present your deck" }).click();

    const slide = page.locator("main[aria-roledescription='slide']");
    await expect(slide).toHaveAttribute("aria-label", /^Slide 1 of 2/);
    await page.keyboard.press("ArrowRight");
    await expect(slide).toHaveAttribute("aria-label", /^Slide 2 of 2: Demand vs narrative: AKT$/);
    await expect(page).toHaveURL(/view=demand/);

    const chart = slide.getByRole("figure", { name: "Akash: AKT price and network fees" });
    await expectLinesDrawn(chart, 2);
    const akash = slide
      .getByRole("table", { name: /Screener/ })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: /Akash/ }) });
    await expect(akash).toContainText(/[\d,.]+×/);
    await expect(slide.locator("[data-slide-sources]")).toContainText(/DefiLlama fees API \(fees; as of 2024-03-31, recorded 2024-04-01\)/);
    await expect(slide.locator("[data-slide-sources]")).toContainText(/CoinGecko/);
    await expect(slide.getByText(/could not be shown/)).toHaveCount(0);

    // Legible on a projector: the chart and the whole screener inside the slide, body text at 20 px or more.
    const body = await slide.boundingBox();
    const chartBox = await chart.locator("svg.ts-chart").first().boundingBox();
    const tableBox = await slide.getByRole("table", { name: /Screener/ }).boundingBox();
    expect(body && chartBox && tableBox).toBeTruthy();
    if (!body || !chartBox || !tableBox) return;
    expect(chartBox.height).toBeGreaterThanOrEqual(200);
    expect(tableBox.y + tableBox.height).toBeLessThanOrEqual(body.y + body.height + 1);
    expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(body.x + body.width + 1);
    const cellSize = await akash
      .locator("td")
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(cellSize).toBeGreaterThanOrEqual(20);
    // The chart's end labels ("Akash" was cut at its right edge) whole and apart.
    expect(await endLabelFaults(slide)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** Serious and critical axe findings only, as in a11y.spec.ts. */
async function seriousFindings(page: Page) {
  const results = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds nothing serious in the Demand view, sample and live, in ${scheme} mode`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/?view=demand&dproj=fil");
    const view = page.getByRole("region", { name: "Demand vs narrative" });
    await expect(view.getByRole("figure", { name: "Filecoin: FIL price and network fees" }).locator("svg.ts-chart").first()).toBeVisible();
    expect(await seriousFindings(page), "sample").toEqual([]);
    await routeApis(page);
    await page.goto("/?view=demand&mode=live");
    const akash = view
      .getByRole("table", { name: /Screener/ })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: /Akash/ }) });
    await expect(akash).toContainText(/[\d,.]+×/);
    expect(await seriousFindings(page), "live").toEqual([]);
  });
}
