import { afterEach, describe, expect, it, vi } from "vitest";
import { FAULT_KINDS, fault } from "@mocks/faults";
import { server } from "@mocks/node";
import { SourceError } from "@/sources/shared/source-error";
import { awaitRequest, freezeDeadlines } from "@/test/fake-clock";
import { fetchSampleSeries } from "./adapter";

afterEach(() => vi.useRealTimers());

describe("sample prices adapter", () => {
  it("parses WLD closes into a validated series with its provenance", async () => {
    const result = await fetchSampleSeries("wld", { now: () => new Date("2026-01-01T00:00:00Z") });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const wld = result.data;
    expect(wld).toMatchObject({ id: "wld", ticker: "WLD", measure: "close", quote: "USDT" });
    // PROVENANCE.md's own checks: WLD closed 2.466 on 2023-12-15 and 3.463 on 2024-02-15.
    expect(wld.points.find((p) => p.date === "2023-12-15")?.value).toBe(2.466);
    expect(wld.points.find((p) => p.date === "2024-02-15")?.value).toBe(3.463);
    expect(wld.meta).toMatchObject({ isSample: true, sourceId: "sample-prices", fetchedAt: "2026-01-01T00:00:00.000Z" });
    expect(wld.meta.sourceUrl).toContain("github.com/RobBudaghyan/mark6/blob/0af2c2b");
    expect(wld.meta.asOf).toBe(wld.points[wld.points.length - 1]?.date);
  });

  it("reads TAO's Yahoo file as opens, never as closes", async () => {
    const result = await fetchSampleSeries("tao-open");
    expect(result.ok && result.data.measure).toBe("open");
    expect(result.ok && result.data.meta.note).toMatch(/OPENS, not closes/);
  });

  it("reads NVDA's three-column file and keeps it in USD", async () => {
    const result = await fetchSampleSeries("nvda");
    expect(result.ok && result.data.quote).toBe("USD");
    // Split-adjusted: 2024-03-08 is 87.53 (875.28 before the 10:1 split), per PROVENANCE.md.
    expect(result.ok && result.data.points.find((p) => p.date === "2024-03-08")?.value).toBe(87.53);
  });

  const expected: Record<(typeof FAULT_KINDS)[number], SourceError["kind"]> = {
    "http-500": "http",
    "rate-limited": "rate-limited",
    timeout: "timeout",
    malformed: "malformed",
    "schema-drift": "schema-drift",
    empty: "empty",
  };

  it.each(FAULT_KINDS)("turns a %s answer into a typed error value", async (kind) => {
    server.use(fault("*/data/prices/WLD.csv", kind));
    // The 50 ms deadline runs on a fake clock: only the hung answer reaches it, never a slow real one.
    freezeDeadlines();
    const result = await awaitRequest(fetchSampleSeries("wld", { timeoutMs: 50 }), { hangs: kind === "timeout" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(SourceError);
    expect(result.error.kind).toBe(expected[kind]);
    if (kind === "rate-limited") expect(result.error.retryAfterMs).toBe(30_000);
    if (kind === "schema-drift") expect(result.error.message).toMatch(/changed shape/);
  });

  it("rejects a file whose dates go backwards: the domain schema is the contract", async () => {
    server.use(fault("*/data/prices/WLD.csv", "schema-drift", "date,close\n2024-01-02,1\n2024-01-01,2\n"));
    const result = await fetchSampleSeries("wld");
    expect(!result.ok && result.error.detail).toMatch(/strictly increasing/);
  });

  it("rejects a negative or non-numeric close", async () => {
    server.use(fault("*/data/prices/WLD.csv", "schema-drift", "date,close\n2024-01-01,-1\n"));
    const result = await fetchSampleSeries("wld");
    expect(!result.ok && result.error.kind).toBe("schema-drift");
    expect(!result.ok && result.error.detail).toMatch(/\[0\]\.close/);
  });
});
