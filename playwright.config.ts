import { availableParallelism } from "node:os";
import { defineConfig, devices } from "@playwright/test";
// @ts-expect-error: plain ESM helper shared with the bench and screenshot scripts
import { launchOptions } from "./scripts/browser.mjs";

/** MIRAGE_PORT lets two checkouts run their browser suites side by side; 4173 is Vite's preview default. */
const PORT = Number(process.env.MIRAGE_PORT ?? 4173);

/**
 * Real-browser tests against the built site served by `vite preview` (npm run test:e2e builds first).
 * Playwright's own Chromium is used when installed, the system's otherwise; with neither, launchOptions() stops
 * with a message saying what to install.
 */
export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // At least two: Playwright's default (half the CPUs) is one worker on a 2-CPU machine, 3.2 min against 2.8 min on two.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // Bounds, not waits: every assertion polls for its condition and passes as soon as it holds. They are sized for a
  // 2-CPU machine with both CPUs busy (npm run test:stress), where a full-page axe scan took 41 s and the first chart
  // of a panel mounted by "Show all panels now" more than 5 s (issue 13); on a quiet machine nothing waits longer.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: launchOptions(),
  },
  projects: [{ name: "chromium-1440", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
