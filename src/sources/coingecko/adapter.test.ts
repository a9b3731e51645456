import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FAULT_KINDS, type FaultKind, fault } from "@mocks/faults";
import { server } from "@mocks/node";
import { SeriesSchema } from "@/sources/shared/series";
import type { SourceErrorKind } from "@/sources/shared/source-error";
import { awaitRequest, freezeDeadlines } from "@/test/fake-clock";
import { COINGECKO_MARKET_CHART_URL, coingeckoHandlers } from "./handlers";

// Each test loads a fresh adapter, so each starts with an empty 20-a-minute budget, as a fresh page load would.
let cg: typeof import("./adapter");
beforeEach(async () => {
  server.use(...coingeckoHandlers);
  vi.resetModules();
  cg = await import("./adapter");
});
afterEach(() => vi.useRealTimers());

const Q1 = { from: "2024-01-01", to: "2024-03-31" } as const;
const inApril = () => new Date("2024-04-15T08:00:00Z");
const btc = { coingeckoId: "bitcoin", seriesId: "btc", ticker: "BTC", label: "Bitcoin", ...Q1, now: inApril };

describe("CoinGecko market chart", () => {
  it("turns the 00:00 UTC snapshots into one validated close per day, in USD, with provenance", async () => {
    const result = await cg.fetchMarketChart(btc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { price, marketCap, volume } = result.data;
    for (const series of [price, marketCap, volume]) {
      expect(SeriesSchema.safeParse(series).success).toBe(true);
      expect(series.points).toHaveLength(91);
      expect(series).toMatchObject({ measure: "close", quote: "USD", ticker: "BTC" });
    }
    // The snapshot stamped 2024-01-02 00:00 UTC closes 2024-01-01; the one stamped 2024-04-01 closes 2024-03-31.
    expect(price.points[0]).toEqual({ date: "2024-01-01", value: 44179.55 });
    expect(price.points.at(-1)).toEqual({ date: "2024-03-31", value: 71280.01 });
    expect([price.id, marketCap.id, volume.id]).toEqual(["btc", "btc-market-cap", "btc-volume"]);
    expect(price.meta).toMatchObject({
      sourceId: "coingecko",
      sourceName: "CoinGecko",
      sourceUrl: "https://www.coingecko.com/en/coins/bitcoin",
      isSample: false,
      asOf: "2024-03-31",
      range: { from: "2024-01-01", to: "2024-03-31" },
      fetchedAt: "2024-04-15T08:00:00.000Z",
    });
    expect(price.meta.requestUrl).toBe(
      "https://api.coingecko.com/api/v3/coins/bitcoin/market_chart/range?vs_currency=usd&from=1704067200&to=1711929600",
    );
    expect(price.meta.note).toMatch(/00:00 UTC, which closes the day before/);
    expect(price.meta.note).toMatch(/past 365 days/);
  });

  it.each([
    ["worldcoin-wld", "WLD", 3.615, 8.217],
    ["fetch-ai", "FET", 0.7326, 3.0508],
  ])("reads the %s fixture", async (coingeckoId, ticker, firstClose, lastClose) => {
    const result = await cg.fetchMarketChart({ ...btc, coingeckoId, ticker, seriesId: ticker.toLowerCase(), label: ticker });
    expect(result.ok && result.data.price.points[0]?.value).toBe(firstClose);
    expect(result.ok && result.data.price.points.at(-1)?.value).toBe(lastClose);
  });

  it("keeps the last point of each UTC day from hourly data and drops non-positive values", async () => {
    const at = (iso: string) => Date.parse(iso);
    const pairs = (values: [string, number][]) => values.map(([iso, v]) => [at(iso), v]);
    server.use(
      http.get(COINGECKO_MARKET_CHART_URL, () =>
        HttpResponse.json({
          prices: pairs([
            ["2024-03-02T23:00:07Z", 10],
            ["2024-03-01T00:00:00Z", 9], // closes 2024-02-29, outside the range
            ["2024-03-01T12:00:03Z", 11],
            ["2024-03-01T23:00:05Z", 12],
            ["2024-03-02T00:00:00Z", 13], // exactly midnight: the close of 2024-03-01
            ["2024-03-02T23:30:00Z", -1],
          ]),
          market_caps: pairs([
            ["2024-03-01T23:00:05Z", 0],
            ["2024-03-02T23:00:07Z", 500],
          ]),
          total_volumes: pairs([
            ["2024-03-01T23:00:05Z", 70],
            ["2024-03-02T23:00:07Z", 80],
          ]),
        }),
      ),
    );
    const result = await cg.fetchMarketChart({ ...btc, from: "2024-03-01", to: "2024-03-02" });
    expect(result.ok && result.data.price.points).toEqual([
      { date: "2024-03-01", value: 13 },
      { date: "2024-03-02", value: 10 },
    ]);
    expect(result.ok && result.data.marketCap.points).toEqual([{ date: "2024-03-02", value: 500 }]);
  });

  it("sends the Demo key in the x-cg-demo-api-key header when given, and no key otherwise", async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(COINGECKO_MARKET_CHART_URL, ({ request }) => {
        seen.push(request.headers.get("x-cg-demo-api-key"));
        // returning nothing lets the fixture handler answer
      }),
    );
    await cg.fetchMarketChart({ ...btc, apiKey: "CG-demo-key" });
    await cg.fetchMarketChart(btc);
    expect(seen).toEqual(["CG-demo-key", null]);
  });

  it("clamps the start to the public API's 365 days and says so", async () => {
    const result = await cg.fetchMarketChart({ ...btc, now: () => new Date("2025-01-15T12:00:00Z") });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.price.points[0]?.date).toBe("2024-01-17");
    expect(result.data.price.meta.requestUrl).toContain(`from=${Date.parse("2024-01-17T00:00:00Z") / 1000}`);
    expect(result.data.price.meta.note).toMatch(/starts 2024-01-17, not 2024-01-01/);
  });

  it("does not call the API for a range wholly beyond its history limit", async () => {
    let calls = 0;
    server.use(http.get(COINGECKO_MARKET_CHART_URL, () => void calls++));
    const result = await cg.fetchMarketChart({ ...btc, now: () => new Date("2026-01-01T00:00:00Z") });
    expect(!result.ok && result.error.kind).toBe("empty");
    expect(!result.ok && result.error.detail).toMatch(/past 365 days/);
    expect(calls).toBe(0);
  });

  it("reports an unknown coin as a 404 that is not worth retrying", async () => {
    const result = await cg.fetchMarketChart({ ...btc, coingeckoId: "no-such-coin" });
    expect(!result.ok && result.error).toMatchObject({ kind: "http", status: 404, retryable: false });
  });

  it("calls an empty prices array empty, not a failure of the API", async () => {
    server.use(http.get(COINGECKO_MARKET_CHART_URL, () => HttpResponse.json({ prices: [], market_caps: [], total_volumes: [] })));
    const result = await cg.fetchMarketChart(btc);
    expect(!result.ok && result.error).toMatchObject({ kind: "empty", detail: "the prices array is empty" });
  });

  const expected: Record<FaultKind, SourceErrorKind> = {
    "http-500": "http",
    "rate-limited": "rate-limited",
    timeout: "timeout",
    malformed: "malformed",
    "schema-drift": "schema-drift",
    empty: "empty",
  };
  const drifted = JSON.stringify({ prices: [[1704153600000, "44179.55"]], market_caps: [], total_volumes: [] });

  it.each(FAULT_KINDS)("turns a %s answer into a typed error value", async (kind) => {
    server.use(fault(COINGECKO_MARKET_CHART_URL, kind, drifted));
    // The 50 ms deadline runs on a fake clock: only the hung answer reaches it, never a slow real one.
    freezeDeadlines();
    const result = await awaitRequest(cg.fetchMarketChart({ ...btc, timeoutMs: 50 }), { hangs: kind === "timeout" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.name).toBe("SourceError");
    expect(result.error).toMatchObject({ kind: expected[kind], sourceId: "coingecko" });
    if (kind === "rate-limited") expect(result.error.retryAfterMs).toBe(30_000);
    if (kind === "schema-drift") expect(result.error.detail).toMatch(/^prices\[0\]\[1\]: /);
  });
});

// Imports the adapter afresh (vi.resetModules): 0.2 s on a quiet 2-CPU machine, 2.3 s with both CPUs busy at a load
// average of 25 (npm run test:stress), so 30 s instead of Vitest's 5 s.
describe("CoinGecko request budget", { timeout: 30_000 }, () => {
  it("queues the 21st call of a minute instead of dropping it, and sends it when the window slides", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date", "performance"] });
    vi.resetModules();
    const fresh = await import("./adapter");
    let requests = 0;
    server.use(http.get(COINGECKO_MARKET_CHART_URL, () => void requests++));
    const calls = Array.from({ length: 21 }, () => fresh.fetchMarketChart(btc));
    expect(fresh.coingeckoBudget.waiting).toBe(1);
    await Promise.all(calls.slice(0, 20));
    expect(requests).toBe(20);
    await vi.advanceTimersByTimeAsync(60_010);
    const results = await Promise.all(calls);
    expect(requests).toBe(21);
    expect(results.every((r) => r.ok)).toBe(true);
  });
});
