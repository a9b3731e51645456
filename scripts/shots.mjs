// Screenshots of every view of a running build, and how tall each view is, for looking at what we built (not a test).
// Usage: node scripts/shots.mjs URL OUTDIR [--width 1440] [--height 900] [--dark]
// Prints one line per view: the page height in px and screens, and on the overview where the narrative chart and the
// verdict scoreboard sit (top and bottom, px from the top of the page).
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { launchOptions } from "./browser.mjs";

const VIEWS = ["overview", "data", "compute", "verification", "provenance", "narrative", "demand", "claims", "about"];
const args = process.argv.slice(2);
const [url = "http://localhost:4173/", out = ".shots"] = args.filter(
  (a, i) => !a.startsWith("--") && !/^--(width|height)$/.test(args[i - 1] ?? ""),
);
const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
const dark = args.includes("--dark");
const width = Number(opt("width", 1440));
const height = Number(opt("height", 900));
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width, height }, colorScheme: dark ? "dark" : "light" });
page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
const tag = `${width}${dark ? "-dark" : ""}`;
const box = async (selector) => {
  const b = await page.locator(selector).first().boundingBox();
  return b ? `${Math.round(b.y)}–${Math.round(b.y + b.height)}` : "absent";
};
for (const view of VIEWS) {
  const u = new URL(url);
  if (view !== "overview") u.searchParams.set("view", view);
  await page.goto(u.toString(), { waitUntil: "networkidle" });
  await page
    .locator("svg.ts-chart, table")
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => {});
  await page.waitForTimeout(800);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  let extra = "";
  if (view === "overview")
    extra = ` · narrative chart ${await box('[aria-labelledby="glance-title"] svg.ts-chart')} · scoreboard ${await box('[aria-labelledby="scoreboard-title"]')} · stages ${await box('[aria-label="The four stages"]')}`;
  console.log(`${view.padEnd(12)} ${String(h).padStart(6)} px = ${(h / height).toFixed(2)} screens${extra}`);
  await page.screenshot({ path: `${out}/${view}-${tag}.png` });
}
await browser.close();
