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

export default defineConfig({
  plugins: [react(), tailwindcss(), dropMockWorker()],
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
  },
});
