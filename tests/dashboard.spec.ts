import { type Page, expect, test } from "@playwright/test";
import { expectLinesDrawn, openView } from "./panels";

const STAGES = ["Data", "Compute", "Verification", "Provenance & identity"] as const;

/** Collects page errors and every request that leaves the app's origin. */
function watch(page: Page, origin: string) {
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:")) offsite.push(url);
  });
  return { errors, offsite };
}

test("the four stage panels render projects, claims and charts, with no errors and nothing leaving the origin", async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, baseURL ?? "");
  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText("Sample data");

  for (const name of STAGES) {
    await openView(page, name);
    const panel = page.getByRole("region", { name, exact: true });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("list", { name: "Projects" }).getByRole("listitem").first()).toBeVisible();
    await expect(panel.getByRole("list", { name: "Claims" }).getByRole("listitem").first()).toBeVisible();
    const chart = panel.getByRole("figure").first();
    await chart.scrollIntoViewIfNeeded();
    // The chart library loads on demand; a drawn line proves data reached the screen.
    await expectLinesDrawn(chart);
    await expect(chart.getByText("Sample data").first()).toBeVisible();
    if (name === "Compute") await expect(panel).toContainText("Akash network usage");
    if (name === "Provenance & identity")
      await expect(page.getByRole("list", { name: "Worldcoin events in the report" }).getByRole("listitem")).toHaveCount(4);
  }

  expect(seen.errors).toEqual([]);
  expect(seen.offsite).toEqual([]);
});

test("range and value controls redraw the chart and its text alternative", async ({ page }) => {
  await page.goto("/?view=data");
  const data = page.getByRole("region", { name: "Data", exact: true });
  const caption = data.locator("figcaption").first();
  await expect(caption).toContainText("From 2023-10-01 to 2024-03-08");
  await data.getByText("All", { exact: true }).click();
  // Every series is compared from the first day all of them have data: AR's first Binance close, 2021-05-14.
  await expect(caption).toContainText("Common base date 2021-05-14");
  await expect(caption).toContainText("From 2021-05-14 to 2025-06-12");
  await data.getByRole("checkbox", { name: "Log scale" }).check();
  await expectLinesDrawn(data);
});

test("dark theme toggles from the header and survives a reload", async ({ page }) => {
  await page.goto("/");
  const button = page.getByRole("button", { name: /^Theme:/ });
  await button.click(); // system → light
  await button.click(); // light → dark
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("a failing source shows an alert in its panel only", async ({ page }) => {
  await page.route("**/data/prices/WLD.csv", (route) => route.fulfill({ status: 503, body: "down" }));
  await page.goto("/?view=provenance");
  const provenance = page.getByRole("region", { name: "Provenance & identity", exact: true });
  // Retries with backoff come first (a 503 may pass), then the alert.
  await expect(provenance.getByRole("alert")).toContainText("HTTP 503", { timeout: 20_000 });
  await expect(provenance.getByRole("button", { name: "Retry" })).toBeVisible();
  await openView(page, "Data");
  await expect(page.getByRole("region", { name: "Data", exact: true }).getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Data", exact: true }).locator("svg.ts-chart").first()).toBeVisible();
});

test("keyboard: a skip link leads to the content, and focus is visible", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the built site ships a Content-Security-Policy that blocks inline script, and the app itself never trips it", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto("/?view=claims");
  await expect(page.getByRole("region", { name: "Claims overview" }).getByRole("table")).toBeVisible();
  // Before the deliberate inline script below: loading, every panel and its schemas, with no violation at all.
  expect(violations).toEqual([]);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute("content", /script-src 'self'(;|$)/);
  const ran = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__inlineRan = true";
    document.head.append(s);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});

test("on a phone the overview draws its narrative chart only once the reader scrolls near it", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto("/");
  const glance = page.getByRole("region", { name: "Token narrative: prices and AI news" });
  // The scoreboard above it has its verdicts (its checks read the chart's prices too): the first screen is done, and
  // the chart below it was not drawn.
  await expect(page.getByRole("table").first()).toHaveAttribute("aria-busy", "false");
  await expect(glance.getByRole("status")).toHaveText("Loading prices…");
  await expect(glance.locator("svg.ts-chart")).toHaveCount(0);
  await glance.scrollIntoViewIfNeeded();
  await expect(glance.getByRole("figure", { name: "AI tokens against BTC, ETH and AI stocks" })).toBeVisible();
  await expect(glance.locator("svg.ts-chart")).toHaveCount(1);
});
