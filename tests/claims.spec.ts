import { expect, test } from "@playwright/test";
import { openView } from "./panels";

test("the claims overview renders statuses from the data, and stage panels show them beside each claim", async ({ page }) => {
  await page.goto("/#claims");
  const overview = page.getByRole("region", { name: "Claims overview" });
  const rows = overview.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(61);
  const sora = rows.filter({ has: page.getByRole("rowheader", { name: "NARR-10", exact: true }) });
  await expect(sora).toContainText(/WLD after Sora, 2024-02-15: nearly 3× vs ×\d\.\d\d/);
  await expect(sora.getByText("holds").first()).toBeVisible();
  const narr3 = rows.filter({ has: page.getByRole("rowheader", { name: "NARR-3", exact: true }) });
  await expect(narr3).toContainText(/AI basket \(equal weight\): .* vs [+−]\d+\.\d%/);

  // Every status word that appears is one of the five.
  const words = await overview.locator("tbody span.rounded.border").allTextContents();
  for (const w of words) expect(w).toMatch(/holds|weakened|broken|no data|not testable/);

  // Moving the as-of date changes the "as the report saw it" lens and lands in the URL.
  await overview.getByLabel("Report as of").fill("2024-04-28");
  await expect(page).toHaveURL(/asof=2024-04-28/);
  await expect(overview).toContainText("data to 2024-04-28");

  await openView(page, "Compute");
  const compute = page.getByRole("region", { name: "Compute", exact: true });
  const claim = compute.getByRole("list", { name: "Claims" }).getByRole("listitem").filter({ hasText: "COMPUTE-2" });
  await expect(claim).toContainText("no data");
});

test("a copied claims link reopens the filters and expanded rows in a fresh browser", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?view=claims");
  const overview = page.getByRole("region", { name: "Claims overview" });
  await overview.getByRole("combobox", { name: /^Stage/ }).selectOption("report-wide");
  await overview.getByRole("combobox", { name: /^Status read/ }).selectOption("since");
  await overview.getByRole("combobox", { name: /^Status(?! read)/ }).selectOption("broken");
  await overview.getByRole("button", { name: "Show the evidence for NARR-2" }).click();
  await expect(overview.getByRole("button", { name: "Hide the evidence for NARR-2" })).toHaveAttribute("aria-expanded", "true");
  await expect(page).toHaveURL(/copen=NARR-2/);
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const again = other.getByRole("region", { name: "Claims overview" });
  await expect(again.getByRole("button", { name: "Hide the evidence for NARR-2" })).toHaveAttribute("aria-expanded", "true");
  await expect(again.getByRole("combobox", { name: /^Stage/ })).toHaveValue("report-wide");
  await expect(again.getByRole("combobox", { name: /^Status(?! read)/ })).toHaveValue("broken");
  await expect(again.getByRole("combobox", { name: /^Status read/ })).toHaveValue("since");
  await expect(other.getByRole("status").filter({ hasText: /ignored/ })).toHaveCount(0);
  await fresh.close();
});

test("the overview's scoreboard fits its counts at 1024 px: no 'then → since' pair runs into the next column", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/");
  const board = page.locator('section[aria-labelledby="scoreboard-title"]');
  // Counts are links once the checks have answered; wait for the biggest one (no data, two digits on both sides).
  await expect(board.getByRole("link", { name: /^All claims: \d+ claims no data as the report saw it/ })).toBeVisible();
  const spilled = await board.evaluate((s) =>
    [...s.querySelectorAll("td, thead th")].filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent?.trim()),
  );
  expect(spilled).toEqual([]);
});
