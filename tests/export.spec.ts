import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openView } from "./panels";

test("Download CSV writes the rows the panel shows, with a header, source and as-of", async ({ page }) => {
  await page.goto("/?view=data&data-range=y2024");
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
  expect(header).toBe(
    "date,FIL index (first day = 100),AR index (first day = 100),GRT index (first day = 100),BTC index (first day = 100)",
  );
  const rows = lines.filter((l) => /^\d{4}-/.test(l));
  expect(rows).toHaveLength(366); // every day of 2024 (a leap year); OCEAN has no 2024 data and is left out
  expect(rows[0]).toMatch(/^2024-01-01,100,100,100,100$/);
  // Rounded to the precision the data has: no 90.00000000000001.
  for (const row of rows) expect(row).not.toMatch(/\.\d{5,}/);
});

test("Download PNG writes a real PNG of 1600 x 900 whatever the window size", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/?view=provenance");
  const provenance = page.getByRole("region", { name: "Provenance & identity", exact: true });
  await expect(provenance.locator("svg.ts-chart").first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), provenance.getByRole("button", { name: "Download PNG" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^provenance-identity-2023-10-01-2024-03-08\.png$/);
  const png = readFileSync((await download.path()) ?? "");
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(png.readUInt32BE(16)).toBe(1600);
  expect(png.readUInt32BE(20)).toBe(900);
  expect(png.length).toBeGreaterThan(20_000);
});

test("every panel offers the exports it can make, and printing hides the controls", async ({ page }) => {
  await page.goto("/");
  for (const name of ["Data", "Compute", "Verification", "Provenance & identity", "Token narrative"] as const) {
    await openView(page, name);
    const panel = page.getByRole("region", { name, exact: true });
    await expect(panel.getByRole("button", { name: "Download CSV", exact: true })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Download PNG", exact: true })).toBeVisible();
  }
  // The Claims overview is a table: it has a CSV and no chart to draw.
  await openView(page, "Claims overview");
  const claims = page.getByRole("region", { name: "Claims overview", exact: true });
  await expect(claims.getByRole("button", { name: "Download CSV", exact: true })).toBeVisible();
  await expect(claims.getByRole("button", { name: "Download PNG" })).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Download CSV" }).first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Present", exact: true })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await openView(page, "Data");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Data", exact: true }).locator("svg.ts-chart").first()).toBeVisible();
});

test("a print in the dark theme draws its charts in the light colours", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  const slot = (n: number) => page.evaluate((i) => getComputedStyle(document.documentElement).getPropertyValue(`--ts-${i}`).trim(), n);
  expect([await slot(1), await slot(3)]).toEqual(["#56b4e9", "#3fd0a0"]);
  await page.emulateMedia({ media: "print" });
  expect([await slot(1), await slot(3)]).toEqual(["#0072b2", "#009e73"]);
});

test("the selected event's study, Figure 5 and Appendix 2 each download as CSV", async ({ page }) => {
  await page.goto("/?event=openai-sora-preview#narrative");
  const narrative = page.getByRole("region", { name: "Token narrative", exact: true });
  const study = narrative.getByRole("region", { name: /Returns around/ });
  // The study waits for ten price files and the events; on a busy machine that can outlast the default 5 s.
  await expect(study.getByRole("row", { name: /^WLD/ })).toContainText(/[+−]\d+\.\d/, { timeout: 20_000 });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    narrative.getByRole("button", { name: "Download CSV: event study" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("event-study-openai-sora-preview.csv");
  const text = readFileSync((await download.path()) ?? "", "utf8");
  expect(text).toMatch(/^# Event: 2024-02-15 .*Sora/m);
  expect(text).toMatch(/^# Benchmark: BTC$/m);
  expect(text).toMatch(/^# Estimation window: days -60 to -11/m);
  expect(text).toMatch(
    /^token,day 0,alpha \(% per day\),beta,estimation days,raw return % \[-1 to \+1\],BTC return % \[-1 to \+1\],CAR % \[-1 to \+1\]/m,
  );
  expect(text).toMatch(/^WLD,2024-02-15,/m);

  for (const [name, file, header] of [
    ["Download CSV: Figure 5", "figure-5-btc-down-days.csv", /^token,period,from,to,shared days,BTC-down days,/m],
    [
      "Download CSV: Appendix 2",
      "appendix-2-wld-openai-news.csv",
      /^event date,event,the report says,measure,from date,from close \(USDT\)/m,
    ],
  ] as const) {
    const [file$] = await Promise.all([page.waitForEvent("download"), narrative.getByRole("button", { name }).click()]);
    expect(file$.suggestedFilename()).toBe(file);
    expect(readFileSync((await file$.path()) ?? "", "utf8")).toMatch(header);
  }
});
