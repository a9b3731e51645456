import { type Page, expect } from "@playwright/test";

/** The header tab that opens the view holding each panel. */
const TAB_OF: Record<string, string> = {
  Data: "Data",
  Compute: "Compute",
  Verification: "Verification",
  "Provenance & identity": "Provenance & identity",
  "Token narrative": "Narrative",
  "Claims overview": "Claims",
  Overview: "Overview",
};

/**
 * Opens the view that holds a panel by clicking its tab in the header, as a person would, and waits for the panel. The
 * static shell in index.html carries the same tabs before the app runs, so the click waits for the app's own tab.
 */
export async function openView(page: Page, panel: keyof typeof TAB_OF) {
  const tab = page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: TAB_OF[panel], exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-current", "page");
  if (panel !== "Overview") await expect(page.getByRole("region", { name: panel, exact: true })).toBeVisible();
}
