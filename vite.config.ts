/// <reference types="vitest/config" />
import { rmSync } from "node:fs";
import { fileURLToPath, URL } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

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
 * three public APIs live mode calls. Styles allow inline attributes (charts set them per element). Build only: the dev
 * server injects an inline React-refresh preamble.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https://api.coingecko.com https://coins.llama.fi https://console-api.akash.network",
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

export default defineConfig({
  plugins: [react(), tailwindcss(), dropMockWorker(), contentSecurityPolicy()],
  resolve: { alias: { "@": src, "@mocks": mocks } },
  build: { target: "es2022", sourcemap: false, reportCompressedSize: false },
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
  },
});
