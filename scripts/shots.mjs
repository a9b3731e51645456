// Screenshots of each panel of a running build, for looking at what we built (not a test).
// Usage: node scripts/shots.mjs URL OUTDIR [--width 1440] [--height 900] [--dark]
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { launchOptions } from "./browser.mjs";

const args = process.argv.slice(2);
const [url = "http://localhost:4173/", out = ".shots"] = args.filter(
  (a, i) => !a.startsWith("--") && !/^--(width|height)$/.test(args[i - 1] ?? ""),
);
const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
const dark = args.includes("--dark");
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({
  viewport: { width: Number(opt("width", 1440)), height: Number(opt("height", 900)) },
  colorScheme: dark ? "dark" : "light",
});
page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
await page.goto(url, { waitUntil: "networkidle" });
await page.waitForTimeout(1200);
const tag = `${opt("width", 1440)}${dark ? "-dark" : ""}`;
await page.screenshot({ path: `${out}/top-${tag}.png` });
const sections = await page.locator("main > section").all();
for (const [i, s] of sections.entries()) {
  await s.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await s.screenshot({ path: `${out}/section${i}-${tag}.png` });
}
console.log(`wrote ${sections.length + 1} screenshots to ${out}`);
await browser.close();
