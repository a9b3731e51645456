import { type Page, expect } from "@playwright/test";

/**
 * Panels far below the fold mount as they near the viewport (src/ui/deferred-section.tsx). Tests that reach into
 * several panels first press a placeholder's "Show all panels now" once the app runs. The click is dispatched where the button is,
 * without scrolling to it: scrolling would mount that one panel by itself and take the button away mid-click.
 */
export async function showAllPanels(page: Page) {
  const button = page.locator("[data-deferred-panel]").getByRole("button", { name: "Show all panels now" }).first();
  // The static shell in index.html carries the same button, disabled until the app has started.
  await expect(button).toBeEnabled();
  await button.dispatchEvent("click");
  await expect(page.locator("[data-deferred-panel]")).toHaveCount(0);
}
