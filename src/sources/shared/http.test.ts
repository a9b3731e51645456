import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchText, parseRetryAfter } from "./http";
import { parseCsv } from "./csv";

describe("parseRetryAfter", () => {
  const now = Date.parse("2024-03-01T00:00:00Z");
  it("reads delta-seconds and HTTP dates", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Fri, 01 Mar 2024 00:00:30 GMT", now)).toBe(30_000);
  });
  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});

describe("parseCsv", () => {
  const src = { sourceId: "t", sourceName: "Test" };
  it("reads a header and rows, skipping comments and blank lines", () => {
    const r = parseCsv("# note\ndate,close\n2024-01-01,1.5\n\n", src, "u");
    expect(r.ok && r.data).toEqual([{ date: "2024-01-01", close: "1.5" }]);
  });
  it("calls an HTML page malformed", () => {
    const r = parseCsv("<html><body>oops</body></html>", src, "u");
    expect(!r.ok && r.error.kind).toBe("malformed");
  });
  it("calls a ragged row malformed", () => {
    const r = parseCsv("date,close\n2024-01-01,1,2\n", src, "u");
    expect(!r.ok && r.error.detail).toMatch(/line 2/);
  });
});

describe("fetchText's turn", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("yields to the browser (scheduler.yield) before it starts a request, and starts none once cancelled meanwhile", async () => {
    const order: string[] = [];
    let release = () => {};
    vi.stubGlobal("scheduler", {
      yield: () => {
        order.push("yield");
        return new Promise<void>((r) => {
          release = r;
        });
      },
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        order.push("fetch");
        return new Response("a,b\n1,2\n");
      }),
    );
    const source = { sourceId: "t", sourceName: "Test" };
    const first = fetchText(source, "https://example.test/a.csv");
    await Promise.resolve();
    expect(order).toEqual(["yield"]);
    release();
    expect((await first).ok).toBe(true);
    expect(order).toEqual(["yield", "fetch"]);

    const controller = new AbortController();
    const second = fetchText(source, "https://example.test/b.csv", { signal: controller.signal });
    controller.abort();
    release();
    await expect(second).rejects.toBeDefined();
    expect(order).toEqual(["yield", "fetch", "yield"]);
  });
});
