import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { showAllPanels } from "./panels";

test("Download CSV writes the rows the panel shows, with a header, source and as-of", async ({ page }) => {
  await page.goto("/?data-range=y2024");
  await showAllPanels(page);
  const data = page.getByRole("region", { name: "Data", exact: true });
  await expect(data.locator("svg.ts-chart").first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), data.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("data-2024-01-01-2024-12-31.csv");
  const text = readFileSync((await download.path()) ?? "", "utf8");
  const lines = text.trim().split("\n");
  expect(lines[0]).toBe("# Data");
  expect(text).toMatch(/^# Data as of: 2025-06-12 \(sample data embedded with the app\)$/m);
  expect(text).toMatch(/^# Source: FIL: Binance spot/m);
  const header = lines.find((l) => !l.startsWith("#"));
  expect(header).toBe("date,FIL close USDT,AR close USDT,GRT close USDT,BTC close USDT");
  const rows = lines.filter((l) => /^\d{4}-/.test(l));
  expect(rows).toHaveLength(366); // every day of 2024 (a leap year); OCEAN has no 2024 data and is left out
  expect(rows[0]).toMatch(/^2024-01-01,100,100,100,100$/);
});

test("Download PNG writes a real PNG of 1600 x 900 whatever the window size", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/");
  await showAllPanels(page);
  const provenance = page.getByRole("region", { name: "Provenance & identity", exact: true });
  await provenance.scrollIntoViewIfNeeded();
  await expect(provenance.locator("svg.ts-chart").first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), provenance.getByRole("button", { name: "Download PNG" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^provenance-identity-2023-10-01-2024-03-08\.png$/);
  const png = readFileSync((await download.path()) ?? "");
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(png.readUInt32BE(16)).toBe(1600);
  expect(png.readUInt32BE(20)).toBe(900);
  expect(png.length).toBeGreaterThan(20_000);
});

test("every panel offers both exports, and printing hides the controls", async ({ page }) => {
  await page.goto("/");
  await showAllPanels(page);
  for (const name of ["Data", "Compute", "Verification", "Provenance & identity", "Token narrative", "Claims overview"]) {
    const panel = page.getByRole("region", { name, exact: true });
    await expect(panel.getByRole("button", { name: "Download CSV" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Download PNG" })).toBeVisible();
  }
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Download CSV" }).first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Present", exact: true })).toBeHidden();
  await expect(page.getByRole("region", { name: "Data", exact: true }).locator("svg.ts-chart").first()).toBeVisible();
});
