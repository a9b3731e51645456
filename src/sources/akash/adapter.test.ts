import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FAULT_KINDS, fault } from "@mocks/faults";
import { server } from "@mocks/node";
import { SourceError } from "@/sources/shared/source-error";
import { awaitRequest, freezeDeadlines } from "@/test/fake-clock";
import { AKASH_API_BASE, fetchAkashSeries } from "./adapter";
import { akashHandlers } from "./handlers";
import { akashQueries } from "./queries";

const NOW = () => new Date("2024-05-01T09:00:00Z");
const LEASES_URL = `${AKASH_API_BASE}/graph-data/activeLeaseCount`;
const SPEND_URL = `${AKASH_API_BASE}/graph-data/dailyUUsdSpent`;
const answer = (url: string, body: unknown) => http.get(url, () => HttpResponse.json(body as Record<string, unknown>));

beforeEach(() => server.use(...akashHandlers));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("Akash Console API adapter", () => {
  it("reads active leases as one point per UTC day, keeping the day in progress for a level", async () => {
    const result = await fetchAkashSeries("active-leases", { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = result.data;
    expect(s).toMatchObject({ id: "akash-active-leases", unit: "leases" });
    expect(s.points).toHaveLength(213);
    expect(s.points[0]).toEqual({ date: "2023-10-01", value: 1833 });
    // The fixture's last snapshot is the latest block, 2024-04-30T14:03:27Z: today's level so far.
    expect(s.points.at(-1)?.date).toBe("2024-04-30");
    expect(s.meta).toMatchObject({
      sourceId: "akash",
      sourceName: "Akash Console API",
      sourceUrl: "https://stats.akash.network",
      requestUrl: LEASES_URL,
      asOf: "2024-04-30",
      range: { from: "2023-10-01", to: "2024-04-30" },
      fetchedAt: "2024-05-01T09:00:00.000Z",
      isSample: false,
    });
  });

  it("converts micro-USD to USD and keeps only complete days of spend", async () => {
    const result = await fetchAkashSeries("daily-spend-usd", { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = result.data;
    expect(s.unit).toBe("USD");
    // 13,454,667,272.264 uusd in the fixture.
    expect(s.points.find((p) => p.date === "2024-01-15")?.value).toBeCloseTo(13_454.667272264, 9);
    // Dropped: 2023-10-01, the API's undifferenced running total, and 2024-04-30, a day still in progress.
    expect(s.meta.range).toEqual({ from: "2023-10-02", to: "2024-04-29" });
    expect(s.meta.asOf).toBe("2024-04-29");
    expect(s.points.every((p) => p.value < 100_000)).toBe(true);
  });

  it("reads provider GPU capacity from provider-graph-data and says what it counts", async () => {
    const result = await fetchAkashSeries("available-gpus");
    expect(result.ok && result.data.points.at(-1)).toEqual({ date: "2024-04-30", value: 606 });
    expect(result.ok && result.data.meta.note).toMatch(/leased \+ pending \+ free/);
    expect(result.ok && result.data.meta.requestUrl).toBe(`${AKASH_API_BASE}/provider-graph-data/gpu`);
  });

  it("labels days in UTC whatever the viewer's zone, sorts them and keeps a day's latest reading", async () => {
    vi.stubEnv("TZ", "America/Los_Angeles"); // where 2024-03-10T00:00Z is still 9 March
    server.use(
      answer(LEASES_URL, {
        currentValue: 0,
        compareValue: 0,
        snapshots: [
          { date: "2024-03-11T00:00:00.000Z", value: 12 },
          { date: "2024-03-10T00:00:00.000Z", value: 10 },
          { date: "2024-03-11T18:30:00.000Z", value: 0 },
        ],
      }),
    );
    const result = await fetchAkashSeries("active-leases");
    expect(result.ok && result.data.points).toEqual([
      { date: "2024-03-10", value: 10 },
      { date: "2024-03-11", value: 0 },
    ]);
  });

  it("calls a reply with no snapshots empty, not an empty chart", async () => {
    server.use(answer(LEASES_URL, { currentValue: 0, compareValue: 0, snapshots: [] }));
    const result = await fetchAkashSeries("active-leases");
    expect(!result.ok && result.error.kind).toBe("empty");
  });

  it("calls a spend series with no complete day empty", async () => {
    server.use(answer(SPEND_URL, { currentValue: 0, compareValue: 0, snapshots: [{ date: "2024-03-10T00:00:00.000Z", value: 5e12 }] }));
    const result = await fetchAkashSeries("daily-spend-usd");
    expect(!result.ok && result.error.kind).toBe("empty");
  });

  it("rejects a negative count: the domain schema is the contract", async () => {
    server.use(answer(LEASES_URL, { currentValue: 0, compareValue: 0, snapshots: [{ date: "2024-03-10T00:00:00.000Z", value: -3 }] }));
    const result = await fetchAkashSeries("active-leases");
    expect(!result.ok && result.error.kind).toBe("schema-drift");
    expect(!result.ok && result.error.detail).toMatch(/points\[0\]\.value/);
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
    server.use(fault(LEASES_URL, kind, JSON.stringify({ data: [{ day: "2024-01-01", leases: 1 }] })));
    // The 50 ms deadline runs on a fake clock: only the hung answer reaches it, never a slow real one.
    freezeDeadlines();
    const result = await awaitRequest(fetchAkashSeries("active-leases", { timeoutMs: 50 }), { hangs: kind === "timeout" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(SourceError);
    expect(result.error.kind).toBe(expected[kind]);
    expect(result.error.sourceName).toBe("Akash Console API");
    if (kind === "rate-limited") expect(result.error.retryAfterMs).toBe(30_000);
    if (kind === "schema-drift") expect(result.error.detail).toMatch(/snapshots/);
  });
});

describe("akashQueries", () => {
  it("keys each metric under the source id and keeps it fresh for ten minutes", () => {
    const options = akashQueries.series("leased-gpus");
    expect(options.queryKey).toEqual(["akash", "series", "leased-gpus"]);
    expect(options.staleTime).toBe(600_000);
  });
});
