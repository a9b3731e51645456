import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { server } from "@mocks/node";

// findBy* and waitFor await a condition (data parsed, chart drawn). Testing Library gives up after 1 s by default: a
// guess about the machine that a busy one misses (issue 13: a claim check still "loading" when the second ran out).
// Wait as long as it takes; this bound only turns a hang into a message naming what never came, and stays under the
// timeouts of the component test files (60 s, set per file).
configure({ asyncUtilTimeout: 30_000 });

// Requests resolve against jsdom's origin; any request no handler answers is a test failure.
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

// Recharts' ResponsiveContainer needs ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

// jsdom has no canvas 2D context: it returns null after logging "Not implemented". Null, quietly: the time chart then
// sets its canvas's data attributes (which lines, which colours) without drawing.
if (typeof HTMLCanvasElement !== "undefined") {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as typeof HTMLCanvasElement.prototype.getContext;
}
