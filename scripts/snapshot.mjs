// Mirage snapshot: records the live sources into public/data/snapshot/ so the app's sample mode can show them (today:
// Akash usage in the Compute panel), with a PROVENANCE.md saying what each file is and when it was recorded.
//
// FOR MAINTAINERS, AND IT NEEDS NETWORK: it calls the Akash Console API and CoinGecko's keyless API through the same
// adapters and schemas as the live data mode (scripts/snapshot/record.ts, loaded with Vite's SSR loader so the
// project's TypeScript runs as is). Without network every source fails, nothing is written but PROVENANCE.md, and the
// script exits 1. Review the diff and PROVENANCE.md before committing what it wrote.
//
// Usage: npm run snapshot                      (writes public/data/snapshot/)
//        npm run snapshot -- --out=/tmp/snap   (writes elsewhere, to look before replacing)
// Exit 1 when every source failed or the recorder could not run; a partial failure is printed and exits 0.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const outArg = process.argv.slice(2).find((a) => a.startsWith("--out="));
const outDir = outArg ? resolve(outArg.slice("--out=".length)) : resolve(ROOT, "public/data/snapshot");

/** A plain text table with padded columns. */
function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(cells[0]), line(widths.map((w) => "-".repeat(w))), ...cells.slice(1).map(line)].join("\n");
}

async function main() {
  // hmr/ws off, as in scripts/bench/analytics.mjs: only the module loader is needed, not a dev server's ports.
  const vite = await createServer({
    root: ROOT,
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: "custom",
    logLevel: "silent",
  });
  try {
    const { recordSnapshot } = await vite.ssrLoadModule("/scripts/snapshot/record.ts");
    console.log(`Recording into ${outDir} …`);
    const summary = await recordSnapshot({ outDir, now: () => new Date() });
    const rows = [
      ...summary.written.map((f) => ["written", f.file, f.points, `${f.meta.range.from} to ${f.meta.range.to}`, f.meta.asOf, ""]),
      ...summary.kept.map((f) => [
        "kept",
        f.file,
        f.points,
        `${f.meta.range.from} to ${f.meta.range.to}`,
        f.meta.asOf,
        `from ${f.recordedAt}`,
      ]),
      ...summary.failed.map((f) => ["FAILED", f.id, "", "", "", f.message]),
    ];
    console.log(`\n${table(["status", "file / source", "points", "date range", "as of", "note"], rows)}\n`);
    console.log(
      `${summary.written.length} written, ${summary.kept.length} kept from earlier runs, ${summary.failed.length} failed. ` +
        `Recorded at ${summary.recordedAt}; see ${resolve(outDir, "PROVENANCE.md")}.`,
    );
    if (summary.written.length === 0 && summary.failed.length > 0) {
      console.error("Every source failed: is there network access? Nothing was recorded.");
      process.exitCode = 1;
    }
  } finally {
    await vite.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
