import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

/** Issue 15's budget for the JavaScript every first load fetches, gzip (level 9), as `npm run bench` reports it. */
const BUDGET_KIB = 150;
const DIST = "dist";

/**
 * The chunks a first load fetches, as scripts/bench.mjs counts them (firstLoadAssets): index.html's module scripts and
 * preloads, every manifest entry and what it imports dynamically (src/main.tsx's one dynamic import is the app's boot
 * chunk, src/boot.tsx's static graph), and everything they import statically. Reads the built site, so
 * it needs `npx vite build` first, as every spec here does.
 */
function firstLoadScripts(): string[] {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const manifest: Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }> = JSON.parse(
    readFileSync(join(DIST, ".vite", "manifest.json"), "utf8"),
  );
  const names = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) names.add(m[1] ?? "");
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) names.add(m[1] ?? "");
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in Vite's manifest`);
    names.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    visit(key);
    for (const k of chunk.dynamicImports ?? []) visit(k);
  }
  const fileName = (url: string) => url.split(/[?#]/)[0]?.split("/").pop() ?? url;
  return [...new Set([...names].map(fileName))].filter((n) => n.endsWith(".js"));
}

test("the first load's JavaScript fits issue 15's budget of 150 KiB gzip", () => {
  const sizes = firstLoadScripts().map((file) => ({
    file,
    kib: gzipSync(readFileSync(join(DIST, "assets", file)), { level: 9 }).length / 1024,
  }));
  const total = sizes.reduce((s, f) => s + f.kib, 0);
  const table = sizes
    .sort((a, b) => b.kib - a.kib)
    .map((f) => `${f.kib.toFixed(1).padStart(6)} KiB  ${f.file}`)
    .join("\n");
  expect(total, `first-load JS is ${total.toFixed(2)} KiB gzip:\n${table}`).toBeLessThanOrEqual(BUDGET_KIB);
});
