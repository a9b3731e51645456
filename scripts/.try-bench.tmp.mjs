import { chromium } from "@playwright/test";
import { preview } from "vite";
import { narrativeRun } from "./bench/narrative.mjs";
import { uplotRun } from "./bench/uplot.mjs";
import { launchOptions } from "./browser.mjs";
const server = await preview({ preview: { port: 4188, strictPort: false, open: false }, logLevel: "silent" });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch(launchOptions());
try {
  console.log("uplot", JSON.stringify(await uplotRun(browser, url)));
  const n = await narrativeRun(browser, url);
  console.log(
    "mirage",
    JSON.stringify({
      first: n.first.ms,
      toggle: n.toggleOff.ms,
      scale: n.scale.ms,
      oneYear: n.oneYear.ms,
      c2p: n.clickToPaint,
      late: [n.first.late, n.toggleOff.late, n.scale.late, n.oneYear.late],
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
