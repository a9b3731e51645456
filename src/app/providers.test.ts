import type { UseQueryResult } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { createElement } from "react";
import { expectTypeOf, vi } from "vitest";
import type { SourceError } from "@/sources/price-series";
import { Providers, createQueryClient } from "./providers";

// jsdom has no IndexedDB: the app's persister is stood in for by one whose flush is watched.
const flush = vi.hoisted(() => ({ calls: 0 }));
vi.mock("./query-persistence", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./query-persistence")>();
  return {
    ...actual,
    createIdbPersister: () => ({
      persistClient: async () => undefined,
      restoreClient: async () => undefined,
      removeClient: async () => undefined,
      flush: async () => {
        flush.calls += 1;
      },
    }),
  };
});

describe("the app's query client", () => {
  it("types every query's error as the SourceError all sources throw (checked by tsc)", () => {
    expectTypeOf<UseQueryResult<number>["error"]>().toEqualTypeOf<SourceError | null>();
  });

  it("retries with the sources' policy", () => {
    const { queries } = createQueryClient().getDefaultOptions();
    expect(typeof queries?.retry).toBe("function");
    expect(typeof queries?.retryDelay).toBe("function");
  });
});

describe("saving the live cache as the page goes away", () => {
  it("flushes the throttled save when the page is hidden or unloaded, and stops after unmount", () => {
    flush.calls = 0;
    const { unmount } = render(createElement(Providers, null, createElement("p", null, "app")));
    // Visible again (a tab switched back to): nothing to do.
    document.dispatchEvent(new Event("visibilitychange"));
    expect(flush.calls).toBe(0);
    window.dispatchEvent(new Event("pagehide"));
    expect(flush.calls).toBe(1);
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    try {
      document.dispatchEvent(new Event("visibilitychange"));
      expect(flush.calls).toBe(2);
      unmount();
      document.dispatchEvent(new Event("visibilitychange"));
      window.dispatchEvent(new Event("pagehide"));
      expect(flush.calls).toBe(2);
    } finally {
      Reflect.deleteProperty(document, "visibilityState");
    }
  });
});
