import { expect, test } from "@playwright/test";

test("the first screen comes as HTML: title, thesis, stages and the Data panel show with scripts off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Is crypto × AI a mirage?");
  await expect(page.getByRole("navigation", { name: "The four stages" }).getByRole("link")).toHaveCount(4);
  await expect(page.getByRole("banner")).toContainText("Mirage");
  const data = page.getByRole("region", { name: "Data", exact: true });
  await expect(data.getByRole("list", { name: "Projects" })).toContainText("Filecoin");
  // Its controls wait, disabled, for the app that makes them work.
  await expect(data.getByRole("button", { name: "Download CSV" })).toBeDisabled();
  await context.close();
});

test("panels far below the fold mount as they come near, and all of them before printing", async ({ page }) => {
  await page.goto("/");
  const claims = page.getByRole("region", { name: "Claims overview" });
  // Before it is scrolled to, the overview keeps its place, landmark and heading, but not its sixty rows.
  await expect(claims).toHaveAttribute("data-deferred-panel", "true");
  await expect(claims.getByRole("table")).toHaveCount(0);
  // Scroll once the app runs (the static shell carries the same placeholder, inert).
  await expect(claims.getByRole("button", { name: "Show all panels now" })).toBeEnabled();
  await claims.evaluate((el) => el.scrollIntoView({ block: "start" }));
  // Mounting it fetches every series and runs sixty checks (the config's expect timeout allows for a loaded machine).
  await expect(claims.getByRole("table")).toBeVisible();
  // Panels mount one screen ahead and behind: the narrative just above it has mounted too.
  await expect(page.getByRole("region", { name: "Token narrative" })).not.toHaveAttribute("data-deferred-panel", "true");

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(page.locator("[data-deferred-panel]")).toHaveCount(0);
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`a link to a panel far down opens on that panel's heading, mounted, at ${viewport.width}x${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/#claims");
    const claims = page.getByRole("region", { name: "Claims overview" });
    await expect(claims.getByRole("table")).toBeVisible();
    // Panels above it mount and grow after the jump; the heading must still be on screen once they have. Wait for that
    // to have happened (the narrative just above has mounted and drawn its lines), not for a guessed 1.5 s.
    const narrative = page.getByRole("region", { name: "Token narrative" });
    await expect(narrative).not.toHaveAttribute("data-deferred-panel", "true");
    await expect(narrative.locator("svg.recharts-surface path.recharts-curve").first()).toBeVisible();
    await expect(claims.getByRole("heading", { name: "Claims overview" })).toBeInViewport();
  });
}
