/// <reference types="vitest/config" />
import { rmSync } from "node:fs";
import { fileURLToPath, URL } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, runnerImport } from "vite";

const src = fileURLToPath(new URL("./src", import.meta.url));
const mocks = fileURLToPath(new URL("./mocks", import.meta.url));

/**
 * The MSW worker lives in public/ so `npm run dev` can use it, but it is for development and tests only:
 * it must not ship with the production site.
 */
function dropMockWorker(): Plugin {
  let outDir = "dist";
  return {
    name: "mirage:drop-mock-worker",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      rmSync(`${outDir}/mockServiceWorker.js`, { force: true });
    },
  };
}

/**
 * A Content-Security-Policy for the built site: no inline script, scripts and data from this origin only, plus the
 * public APIs live mode calls (CoinGecko, DefiLlama's coins and fees APIs, the Akash Console API). Styles allow
 * inline attributes (charts set them per element). Build only: the dev server injects an inline React-refresh preamble.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https://api.coingecko.com https://coins.llama.fi https://api.llama.fi https://console-api.akash.network",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "mirage:csp",
    apply: "build",
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * Writes the top of the dashboard (header and masthead, default state) into index.html's #root at build time, so the
 * first paint comes with the HTML and CSS instead of after the script has run: src/app/static-shell.tsx, rendered by
 * Vite's module runner with the app's own aliases. Build only; the dev server starts from an empty #root.
 */
function staticShell(): Plugin {
  return {
    name: "mirage:static-shell",
    apply: "build",
    async transformIndexHtml(html) {
      const { module } = await runnerImport<{ renderStaticShell: () => string }>("/src/app/static-shell.tsx", {
        configFile: false,
        root: fileURLToPath(new URL(".", import.meta.url)),
        resolve: { alias: { "@": src, "@mocks": mocks } },
        logLevel: "error",
      });
      const shell = module.renderStaticShell();
      if (!html.includes('<div id="root"></div>')) throw new Error("index.html has no empty #root for the static shell");
      return html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`);
    },
  };
}

/**
 * Every module the app's boot imports statically (src/boot.tsx and down), gathered once the module graph is known:
 * they all load on every first visit, so they ship as one chunk. Left to itself the bundler cut them into ~26 small
 * chunks (a module shared with a lazy view gets a chunk of its own), and starting ~26 requests (Vite's modulepreload
 * links) was a ~30 ms task on the main thread, 100+ ms on a throttled phone, right after the first paint.
 */
const bootGraph = new Set<string>();
function collectBootGraph(): Plugin {
  return {
    name: "mirage:boot-graph",
    apply: "build",
    buildEnd() {
      const staticGraph = (entry: RegExp) => {
        const seen = new Set<string>();
        const start = [...this.getModuleIds()].find((id) => entry.test(id));
        const queue = start ? [start] : [];
        while (queue.length > 0) {
          const id = queue.pop() as string;
          if (seen.has(id)) continue;
          seen.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      // Less what the entry itself imports (the stylesheet) and Vite's virtual helpers (the preload helper, which the
      // entry uses too): those stay out, or the entry would import the app's chunk statically and wait for it.
      const entry = staticGraph(/[\\/]src[\\/]main\.tsx$/);
      bootGraph.clear();
      for (const id of staticGraph(/[\\/]src[\\/]boot\.tsx$/)) if (!entry.has(id) && !id.startsWith("\0")) bootGraph.add(id);
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), dropMockWorker(), contentSecurityPolicy(), staticShell(), collectBootGraph()],
  resolve: { alias: { "@": src, "@mocks": mocks } },
  // The manifest (dist/.vite/manifest.json) tells `npm run bench` which chunks every first load fetches.
  build: {
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
    manifest: true,
    // analytics is pure (README): saying so lets the bundler leave a module the first screen reaches only through the
    // @/analytics index (the event study, CAR paths, down days) in the lazy chunks that use it, not in the first load.
    rolldownOptions: {
      treeshake: { moduleSideEffects: [{ test: /\/src\/analytics\//, sideEffects: false }] },
      output: {
        codeSplitting: {
          groups: [
            // Vite's preload helper, which the entry uses as well: a chunk of its own (a few hundred bytes) rather than the
            // boot chunk, or the entry would import the boot chunk statically.
            { name: "preload-helper", test: /preload-helper/, priority: 3 },
            // React on its own: src/main.tsx evaluates it in a task before the app's (see there).
            { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            // Less src/analytics: the graph walk follows every re-export of its index, and the modules only lazy views use
            // (the event study, down days) rode in the boot chunk, undoing its side-effect-free marking above. Left to
            // the bundler, the ones the boot code uses still land in the boot chunk.
            { name: "boot", test: (id) => bootGraph.has(id) && !/[\\/]src[\\/]analytics[\\/]/.test(id), priority: 1 },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "mocks/**/*.test.ts", "scripts/**/*.test.ts"],
    css: false,
    restoreMocks: true,
    // Lets the long-polling memory test force a collection before it measures.
    execArgv: ["--expose-gc"],
    // One worker per CPU: Vitest's default (CPUs − 1) runs a 2-CPU machine's suite on one worker, 147 s against 99 s
    // on two. No test depends on the machine being idle (npm run test:stress runs the suite beside two busy loops).
    maxWorkers: "100%",
  },
});
