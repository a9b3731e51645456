import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
import { openView } from "./panels";

/** Serious and critical findings only: the ones that block someone from using the page. */
async function seriousFindings(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

// axe scans every element of the fully mounted dashboard: a few seconds on a quiet machine, 84 s in one test with both
// CPUs busy (npm run test:stress, load average 20), close to the config's 90 s. These scans get 180 s; a bound, not a wait.
test.describe.configure({ timeout: 180_000 });

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds nothing serious in any view in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await expect(
      page
        .getByRole("region", { name: /Token narrative/ })
        .locator("svg.ts-chart")
        .first(),
    ).toBeVisible();
    expect(await seriousFindings(page), "overview").toEqual([]);
    for (const panel of ["Provenance & identity", "Token narrative", "Claims overview"] as const) {
      await openView(page, panel);
      if (panel !== "Claims overview")
        await expect(page.getByRole("region", { name: panel, exact: true }).locator("svg.ts-chart").first()).toBeVisible();
      expect(await seriousFindings(page), panel).toEqual([]);
    }
  });
}

test("axe finds nothing serious in presentation mode", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/?slide=2");
  await expect(page.locator("main[aria-roledescription='slide'] svg.ts-chart").first()).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
  await page.keyboard.press("7");
  await expect(page.locator("main[aria-roledescription='slide']")).toHaveAttribute("aria-label", /Slide 7/);
  expect(await seriousFindings(page)).toEqual([]);
});
