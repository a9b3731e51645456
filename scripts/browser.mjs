// Which Chromium to drive: Playwright's own when installed (a laptop after `npx playwright install chromium`),
// otherwise the system's (Debian's `chromium` package, as on CI). Shared by playwright.config.ts and the scripts.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function findBrowser() {
  if (process.env.CHROMIUM_PATH) return { kind: "env", path: process.env.CHROMIUM_PATH };
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return { kind: "playwright", path: own };
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return { kind: "system", path: system };
  return undefined;
}

export const NO_BROWSER_MESSAGE = [
  "No Chromium found for the browser tests.",
  "Install one of:",
  "  - Playwright's own:   npx playwright install chromium",
  "  - Debian/Ubuntu:      sudo apt-get install -y chromium",
  "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
].join("\n");

/** Launch options for chromium.launch(); throws a plain instruction when no browser is present. */
export function launchOptions() {
  const found = findBrowser();
  if (!found) throw new Error(NO_BROWSER_MESSAGE);
  if (found.kind === "playwright") return {};
  return {
    executablePath: found.path,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  };
}
