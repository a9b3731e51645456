import { type Page, expect } from "@playwright/test";

/**
 * Panels far below the fold mount as they near the viewport (src/ui/deferred-section.tsx). Tests that reach into
 * several panels first press a placeholder's "Show all panels now". The click is dispatched where the button is,
 * without scrolling to it: scrolling would mount that one panel by itself and take the button away mid-click.
 */
export async function showAllPanels(page: Page) {
  await page.locator("[data-deferred-panel]").getByRole("button", { name: "Show all panels now" }).first().dispatchEvent("click");
  await expect(page.locator("[data-deferred-panel]")).toHaveCount(0);
}
