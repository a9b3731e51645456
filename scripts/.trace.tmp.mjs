import { chromium } from "@playwright/test";
import { preview } from "vite";
import { basename } from "node:path";
import { priceCsv, syntheticEvents } from "./bench/synthetic.mjs";
import { armEventTiming } from "./bench/uplot.mjs";
import { launchOptions } from "./browser.mjs";
const server = await preview({
  build: { outDir: process.env.OUT ?? "dist" },
  preview: { port: 4188, strictPort: false, open: false },
  logLevel: "silent",
});
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.route("**/data/prices/*.csv", (r) =>
  r.fulfill({ status: 200, contentType: "text/csv", body: priceCsv(basename(new URL(r.request().url()).pathname)) }),
);
await page.route("**/data/events.json", (r) =>
  r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(syntheticEvents()) }),
);
await page.goto(new URL("/?view=narrative&range=all&tokens=wld.fet.rndr.fil.ar.btc.eth.nvda.msft.ocean.tao.grt.near.icp.agix", url).href);
await page.locator("svg.ts-chart path.ts-line").nth(14).waitFor({ state: "attached" });
await page.waitForTimeout(2000);
const near = page.getByRole("button", { name: /^NEAR \(/ });
await near.click();
await page.waitForTimeout(1500);
const read = await armEventTiming(page);
await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
await near.click();
console.log("c2p", await read(), JSON.stringify(await page.evaluate(() => window.__lastEvents)));
await page.waitForTimeout(500);
const trace = JSON.parse((await browser.stopTracing()).toString());
const events = trace.traceEvents ?? trace;
const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
const seq = events
  .filter(
    (e) =>
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.ph === "X" &&
      ((e.name === "RunTask" && e.dur > 3000) ||
        ([
          "Paint",
          "EventDispatch",
          "TimerFire",
          "FireAnimationFrame",
          "Layout",
          "UpdateLayoutTree",
          "Commit",
          "ParseHTML",
          "EvaluateScript",
        ].includes(e.name) &&
          e.dur > 500) ||
        (e.name === "FunctionCall" && e.dur > 3000)),
  )
  .sort((a, b) => a.ts - b.ts);
const t0 = seq.find((e) => e.name === "EventDispatch" && e.args?.data?.type === "pointerdown")?.ts ?? 0;
for (const e of seq)
  if (e.ts >= t0 - 1000)
    console.log(
      ((e.ts - t0) / 1000).toFixed(1),
      e.name,
      (e.dur / 1000).toFixed(1),
      e.args?.data?.type ?? e.args?.data?.functionName ?? e.args?.data?.url ?? "",
    );
await browser.close();
await server.close();
