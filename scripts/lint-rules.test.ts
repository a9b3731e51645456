import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The README's layer rules are only as good as biome.json's globs. This plants each forbidden import (and a few
 * allowed ones) in a temporary file in the folder it concerns, lints them all in one Biome run, and expects every
 * breach to be reported by the rule meant to catch it and every clean file to pass: a glob that stops matching, or an
 * override that silently replaces another's options, fails here instead of letting breaches in.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PROBE = "__lint_probe";
/** A feature folder that does not exist: a new feature must get the rules without anyone editing biome.json. */
const NEW_FEATURE = `src/features/${PROBE}_feature`;

type Rule = "imports" | "globals";
interface Case {
  /** Folder the probe file goes in, relative to the repo root. */
  dir: string;
  code: string;
  /** The rule expected to fire and a fragment of its message; omitted for files that must pass. */
  expect?: { rule: Rule; message: string };
  /** File extension, when it matters. */
  ext?: "ts" | "tsx";
}

const PURE = { rule: "imports", message: "analytics and content are plain TypeScript" } as const;
const PURE_GLOBAL = { rule: "globals", message: "" } as const;
const UI = { rule: "imports", message: "ui primitives" } as const;
const STATE = { rule: "imports", message: "state holds the URL" } as const;
const FEATURE = { rule: "imports", message: "Features never import each other" } as const;
const SEAM = { rule: "imports", message: "Outside sources/, use a source by its folder" } as const;
const OTHER_SOURCE = { rule: "imports", message: "A source uses its own folder" } as const;
const COMPOSITE = { rule: "imports", message: "live-prices is the one composite source" } as const;
const UPPER = { rule: "imports", message: "sources return data" } as const;
const MSW_ZUSTAND = { rule: "imports", message: "zustand to src/state/ui-store.ts alone" } as const;
/** Full zod in one file would bring its whole classic API back into the first load: schemas use @/content/zod. */
const FULL_ZOD = { rule: "imports", message: "schemas take z from @/content/zod" } as const;
const APP_FEATURE = { rule: "imports", message: "app uses a feature through its index" } as const;
const ENTRY = { rule: "imports", message: "The entry reaches other folders by alias" } as const;

const CASES: readonly Case[] = [
  // analytics and content: pure, nothing of ours outside their folder, no React, no network or DOM
  { dir: "src/analytics", code: `import "../sources/coingecko";`, expect: PURE },
  { dir: "src/analytics", code: `import type { UrlState } from "@/state/url-schema";\nexport type S = UrlState;`, expect: PURE },
  { dir: "src/analytics", code: `export { report } from "../content/report";`, expect: PURE },
  { dir: "src/analytics/claim-checks", code: `import "../../sources/akash";`, expect: PURE },
  { dir: "src/analytics", code: `import "react";`, expect: PURE },
  { dir: "src/analytics", code: `import "@/sources/registry";`, expect: PURE },
  { dir: "src/analytics", code: `export const load = () => fetch("/data/x.json");`, expect: PURE_GLOBAL },
  { dir: "src/analytics", code: `export const href = () => window.location.href;`, expect: PURE_GLOBAL },
  { dir: "src/analytics", code: `export const title = () => document.title;`, expect: PURE_GLOBAL },
  { dir: "src/analytics", code: `export const get = () => globalThis.fetch;`, expect: PURE_GLOBAL },
  { dir: "src/analytics", code: `export const read = () => localStorage.getItem("x");`, expect: PURE_GLOBAL },
  { dir: "src/content", code: `import "../analytics";`, expect: PURE },
  { dir: "src/content", code: `export const load = () => fetch("/x");`, expect: PURE_GLOBAL },
  // ui: data-shaped props, nothing of ours
  { dir: "src/ui", code: `import "../state/ui-store";`, expect: UI },
  { dir: "src/ui/export", code: `import "@/content/report";`, expect: UI },
  { dir: "src/ui", code: `import "zustand";`, expect: MSW_ZUSTAND },
  // state: content ids only; zustand in ui-store.ts alone
  { dir: "src/state", code: `import { create } from "zustand";\nexport const c = create;`, expect: MSW_ZUSTAND },
  { dir: "src/state", code: `import "../sources/price-series";`, expect: STATE },
  { dir: "src/state", code: `import "@/features/narrative";`, expect: STATE },
  // features: never each other, by any path, nor the app; sources only by folder or price-series
  { dir: "src/features/narrative", code: `import "../claims";`, expect: FEATURE },
  { dir: "src/features/narrative/components", code: `import "../../claims/hooks/claim-results";`, expect: FEATURE, ext: "tsx" },
  { dir: "src/features/narrative/hooks", code: `export const load = () => import("../../claims");`, expect: FEATURE },
  { dir: "src/features/views", code: `export { NotesEditor } from "../notes";`, expect: FEATURE },
  { dir: "src/features/stage-panels", code: `import "@/features/claims";`, expect: FEATURE },
  { dir: NEW_FEATURE, code: `import "../narrative";`, expect: FEATURE },
  { dir: NEW_FEATURE, code: `import "@/app/app";`, expect: FEATURE },
  { dir: "src/features/claims/components", code: `import "@/sources/shared/retry";`, expect: SEAM },
  { dir: "src/features/narrative/lib", code: `import "@/sources/akash/adapter";`, expect: SEAM },
  { dir: "src/features/notes", code: `import "msw";`, expect: MSW_ZUSTAND },
  { dir: "src/features/notes", code: `import "zustand";`, expect: MSW_ZUSTAND },
  // sources: own folder, sources/shared, analytics, content; live-prices alone combines coingecko and defillama
  { dir: "src/sources/akash", code: `import "../coingecko";`, expect: OTHER_SOURCE },
  { dir: "src/sources/sample-events", code: `import "@/sources/akash";`, expect: OTHER_SOURCE },
  { dir: "src/sources/shared", code: `import "../sample-prices";`, expect: OTHER_SOURCE },
  { dir: "src/sources/live-prices", code: `import "../akash";`, expect: COMPOSITE },
  { dir: "src/sources/live-prices", code: `import "@/sources/coingecko/adapter";`, expect: COMPOSITE },
  { dir: "src/sources/akash", code: `import "react";`, expect: UPPER },
  { dir: "src/sources/akash", code: `import "@/ui/format";`, expect: UPPER },
  { dir: "src/sources/akash", code: `import "msw";`, expect: MSW_ZUSTAND },
  // app: sources through the seams, features through their index
  { dir: "src/app", code: `import "@/sources/shared/retry";`, expect: SEAM },
  { dir: "src/app/layout", code: `import "../../sources/akash/adapter";`, expect: SEAM },
  { dir: "src/app/routes", code: `import "@/features/narrative/config";`, expect: APP_FEATURE },
  { dir: "src/app", code: `import "zustand";`, expect: MSW_ZUSTAND },
  { dir: "src/sources/akash", code: `import { z } from "zod";\nexport const s = z.string();`, expect: FULL_ZOD },
  { dir: "src/state", code: `import { z } from "zod/v4";\nexport const s = z.string();`, expect: FULL_ZOD },
  { dir: "src/features/notes", code: `import { z } from "zod";\nexport const s = z.string();`, expect: FULL_ZOD },
  { dir: "src/content", code: `import { z } from "zod";\nexport const s = z.string();`, expect: FULL_ZOD },
  { dir: "src/state", code: `import { z } from "@/content/zod";\nexport const s = z.string();` },
  // the entry: aliases only, so the rules above see what it imports
  { dir: "src", code: `import "./app/app";`, expect: ENTRY },
  // allowed: each must pass with no diagnostic at all
  { dir: "src/analytics/claim-checks", code: `import "../types";\nimport "./helpers";\nexport const n = (xs: number[]) => xs.length;` },
  { dir: "src/content", code: `import "./schema";` },
  // analytics reads content's ids (typed series ids of the checks) by alias; a relative ../content stays a breach
  {
    dir: "src/analytics/claim-checks",
    code: `import type { AnySeriesId } from "@/content/series";\nexport const id: AnySeriesId = "btc";`,
  },
  { dir: "src/ui", code: `import "./format";\nimport "./export/csv";\nimport "react";` },
  { dir: "src/state", code: `import "@/content/report";\nimport "./url-schema";\nimport "nuqs";` },
  {
    dir: "src/features/narrative/components",
    code: [
      "../config",
      "../lib/build-view",
      "./event-list",
      "@/sources/price-series",
      "@/sources/sample-events",
      "@/analytics",
      "@/state/url-schema",
      "@/ui/panel",
      "@/content/report",
    ]
      .map((p) => `import "${p}";`)
      .join("\n"),
    ext: "tsx",
  },
  { dir: NEW_FEATURE, code: `import "./model";\nimport "@/sources/akash";` },
  {
    dir: "src/sources/live-prices",
    code: `import "@/sources/coingecko";\nimport "../defillama";\nimport "../shared/http";\nimport "@/analytics";`,
  },
  {
    dir: "src/sources/akash",
    code: `import "./schema";\nimport "../shared/http";\nimport "@/sources/shared/series";\nimport "@/content/report";`,
  },
  {
    dir: "src/app/layout",
    code: `import "@/features/narrative";\nimport "@/sources/price-series";\nimport "@/state/ui-store";\nimport "../routes/dashboard";`,
  },
  { dir: "src", code: `import "@/app/app";\nimport "@mocks/browser";` },
  { dir: "mocks", code: `import "msw";\nimport "msw/node";` },
];

interface Diagnostic {
  path: string;
  rule: string;
  message: string;
}

const planted: { file: string; c: Case }[] = CASES.map((c, i) => ({ file: `${c.dir}/${PROBE}_${i}.${c.ext ?? "ts"}`, c }));
let byFile = new Map<string, Diagnostic[]>();

/** Removes every probe this test can have left behind, including after a run that was killed half-way. */
function removeProbes() {
  rmSync(join(ROOT, NEW_FEATURE), { recursive: true, force: true });
  for (const dir of new Set(CASES.map((c) => c.dir))) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs)) if (name.startsWith(PROBE)) rmSync(join(abs, name), { recursive: true, force: true });
  }
}

beforeAll(() => {
  removeProbes();
  try {
    for (const { file, c } of planted) {
      mkdirSync(join(ROOT, c.dir), { recursive: true });
      writeFileSync(join(ROOT, file), `${c.code}\n`);
    }
    const biome = join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "biome.cmd" : "biome");
    const run = spawnSync(biome, ["lint", "--reporter=rdjson", "--max-diagnostics=none", ...planted.map((p) => p.file)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const start = run.stdout.indexOf("{");
    if (start < 0) throw new Error(`biome printed no report (exit ${run.status}): ${run.stderr}`);
    const report = JSON.parse(run.stdout.slice(start)) as {
      diagnostics?: { code?: { value?: string }; location: { path: string }; message: string }[];
    };
    byFile = new Map();
    for (const d of report.diagnostics ?? []) {
      const path = relative(ROOT, join(ROOT, d.location.path)).split("\\").join("/");
      const list = byFile.get(path) ?? [];
      list.push({ path, rule: d.code?.value ?? "", message: d.message });
      byFile.set(path, list);
    }
  } finally {
    removeProbes();
  }
}, 60_000);

afterAll(removeProbes);

const RULE_CATEGORY: Record<Rule, string> = {
  imports: "lint/style/noRestrictedImports",
  globals: "lint/style/noRestrictedGlobals",
};

describe("biome.json layer rules", () => {
  it.each(planted.filter((p) => p.c.expect))("flags $file: $c.code", ({ file, c }) => {
    const found = byFile.get(file) ?? [];
    const expected = c.expect;
    if (!expected) throw new Error("unreachable");
    expect(found.map((d) => d.rule)).toContain(RULE_CATEGORY[expected.rule]);
    const messages = found.filter((d) => d.rule === RULE_CATEGORY[expected.rule]).map((d) => d.message);
    expect(messages.some((m) => m.includes(expected.message))).toBe(true);
  });

  it.each(planted.filter((p) => !p.c.expect))("passes $file", ({ file }) => {
    expect(byFile.get(file) ?? []).toEqual([]);
  });

  it("leaves no probe file behind", () => {
    for (const { file } of planted) expect(existsSync(join(ROOT, file))).toBe(false);
  });
});
