import { readFileSync } from "node:fs";
import { type Page, type Route, expect, test } from "@playwright/test";
import { expectLinesDrawn, openView } from "./panels";

/** Recorded-shape fixtures served at the real API hosts; the same shapes the unit tests use. */
const btcChart = JSON.parse(readFileSync("src/sources/coingecko/fixtures/market-chart-range.bitcoin.json", "utf8")) as Record<
  string,
  [number, number][]
>;
const akash = (name: string) => readFileSync(`src/sources/akash/fixtures/${name}.json`, "utf8");

/**
 * Any coin answers with the bitcoin fixture scaled down, so every live panel has a line to draw. The fixture's days
 * are shifted to end yesterday: live prices cover the past 365 days, and the page's clock is left running (the
 * cache persister needs it).
 */
const DAY = 86_400_000;
const lastFixture = Math.max(...(btcChart.prices ?? []).map(([t]) => t));
const SHIFT = Math.floor(Date.now() / DAY) * DAY - DAY - lastFixture;
function coingecko(route: Route) {
  const url = new URL(route.request().url());
  const from = Number(url.searchParams.get("from")) * 1000;
  const to = Number(url.searchParams.get("to")) * 1000;
  const scale = url.pathname.includes("bitcoin") ? 1 : 1 / 10_000;
  const pick = (xs: [number, number][]) => xs.map(([t, v]) => [t + SHIFT, v * scale] as const).filter(([t]) => t >= from && t <= to);
  return route.fulfill({
    contentType: "application/json",
    body: JSON.stringify({
      prices: pick(btcChart.prices ?? []),
      market_caps: pick(btcChart.market_caps ?? []),
      total_volumes: pick(btcChart.total_volumes ?? []),
    }),
  });
}

async function routeApis(page: Page, { failWld = false } = {}) {
  await page.route("https://api.coingecko.com/**", (route) =>
    failWld && route.request().url().includes("worldcoin-wld") ? route.fulfill({ status: 503, body: "down" }) : coingecko(route),
  );
  await page.route("https://coins.llama.fi/**", (route) => route.fulfill({ status: 503, body: "down" }));
  await page.route("https://console-api.akash.network/**", (route) => {
    const name = new URL(route.request().url()).pathname.split("/").slice(-2).join(".");
    return route.fulfill({ contentType: "application/json", body: akash(name) });
  });
}

test("sample mode makes no request outside the app's origin", async ({ page, baseURL }) => {
  const offsite: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL ?? "") && !r.url().startsWith("data:")) offsite.push(r.url());
  });
  await page.goto("/?view=data");
  await expect(page.getByRole("region", { name: "Data", exact: true }).locator("svg.ts-chart").first()).toBeVisible();
  expect(offsite).toEqual([]);
});

test("Live data fills the panels from the APIs; one failing source leaves the others drawn", async ({ page }) => {
  await routeApis(page, { failWld: true });
  await page.goto("/?view=data");
  await page.getByRole("button", { name: "Live data" }).click();
  await expect(page).toHaveURL(/mode=live/);
  await expect(page.getByRole("button", { name: "Live data" })).toHaveAttribute("aria-pressed", "true");

  const data = page.getByRole("region", { name: "Data", exact: true });
  await data.getByRole("group", { name: "Range" }).getByText("All", { exact: true }).click();
  await expectLinesDrawn(data);
  await expect(data).toContainText("CoinGecko");

  await openView(page, "Compute");
  const compute = page.getByRole("region", { name: "Compute", exact: true });
  // Below the stage chart: scrolled to, as a reader would (charts draw as they come near the screen).
  const leases = compute.getByRole("figure", { name: /Akash active leases/ });
  await leases.scrollIntoViewIfNeeded();
  await expect(leases.locator("svg.ts-chart").first()).toBeVisible();

  // WLD fails at both providers: the Provenance panel says so, with Retry; the rest is unaffected.
  await openView(page, "Provenance & identity");
  const provenance = page.getByRole("region", { name: "Provenance & identity", exact: true });
  await expect(provenance.getByRole("alert")).toContainText(/HTTP 503/, { timeout: 30_000 });
  await expect(provenance.getByRole("button", { name: "Retry" })).toBeVisible();

  // Back to sample without a reload: the embedded data returns.
  await page.getByRole("button", { name: "Live data" }).click();
  await expect(page).not.toHaveURL(/mode=live/);
  await expectLinesDrawn(provenance);
  await expect(provenance).toContainText("sample");
});

/**
 * The live series saved in the persisted query cache (IndexedDB, through idb-keyval) with their data, by series id,
 * sorted; runs in the page.
 */
function persistedLiveSeries(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open("keyval-store");
    // No database yet: nothing saved. Creating it here would leave idb-keyval an empty one without its store.
    let missing = false;
    open.onupgradeneeded = () => {
      missing = true;
      open.transaction?.abort();
    };
    open.onerror = () => (missing ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction("keyval", "readonly").objectStore("keyval").get("mirage:query-cache");
      get.onerror = () => reject(get.error);
      get.onsuccess = () => {
        const saved = JSON.parse(typeof get.result === "string" ? get.result : "null") as {
          clientState?: { queries?: { queryKey: unknown[]; state: { data?: unknown } }[] };
        } | null;
        const queries = saved?.clientState?.queries ?? [];
        resolve(
          queries
            .filter((q) => q.queryKey[0] === "live-prices" && q.state.data !== undefined)
            .map((q) => String(q.queryKey[1]))
            .sort(),
        );
      };
    };
  });
}

test("an offline reload shows the last good live data at once, from the persisted cache", async ({ page }) => {
  await routeApis(page);
  await page.goto("/?view=data&mode=live&data-range=all");
  const data = page.getByRole("region", { name: "Data", exact: true });
  await expectLinesDrawn(data);
  await expect(data).toContainText("CoinGecko");
  // Wait until the persister has written every series the Data chart drew to IndexedDB, with its data. It writes at
  // most once a second: the first write may come before the answers (on a loaded machine, 1 of 4 runs), and the next
  // one a second later, so a reload before that finds nothing to show offline. page.evaluate awaits the read; a
  // waitForFunction predicate returning a Promise would pass at once (Playwright tests it for truth without awaiting it).
  await expect
    .poll(() => page.evaluate(persistedLiveSeries), { message: "live series saved in IndexedDB with their data" })
    .toEqual(["ar", "btc", "fil", "grt", "ocean"]);

  await page.unrouteAll();
  await page.route("https://**/*", (route) =>
    route.request().url().startsWith("http://localhost") ? route.continue() : route.abort("internetdisconnected"),
  );
  await page.reload();
  // Generous bounds: under a loaded CI machine the chart code and the IndexedDB read take a few seconds.
  await expectLinesDrawn(data, undefined, { timeout: 20_000 });
  await expect(data).toContainText("CoinGecko");
  // The last good data, with its as-of date and marked live, comes back with no network.
  await expect(data).toContainText(/CoinGecko, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \(as of \d{4}-\d{2}-\d{2}\), live/);
});
