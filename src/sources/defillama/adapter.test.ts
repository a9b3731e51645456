import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FAULT_KINDS, type FaultKind, fault } from "@mocks/faults";
import { server } from "@mocks/node";
import { SeriesSchema } from "@/sources/shared/series";
import { SourceError, type SourceErrorKind } from "@/sources/shared/source-error";
import { awaitRequest, freezeDeadlines } from "@/test/fake-clock";
import { DEFILLAMA_MAX_SPAN, closingDayOfRecord, fetchLlamaSeries } from "./adapter";
import { DEFILLAMA_CHART_URL, defillamaHandlers } from "./handlers";

afterEach(() => vi.useRealTimers());

beforeEach(() => {
  server.use(...defillamaHandlers);
});

const inApril = () => new Date("2024-04-15T08:00:00Z");
const btc = {
  coingeckoId: "bitcoin",
  seriesId: "btc",
  ticker: "BTC",
  label: "Bitcoin",
  from: "2024-01-01",
  to: "2024-03-31",
  now: inApril,
};

describe("DefiLlama coins chart", () => {
  it("reads one close per day from the records nearest each following midnight", async () => {
    const result = await fetchLlamaSeries(btc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const series = result.data;
    expect(SeriesSchema.safeParse(series).success).toBe(true);
    expect(series).toMatchObject({ id: "btc", ticker: "BTC", measure: "close", quote: "USD" });
    expect(series.points).toHaveLength(91);
    expect(series.points[0]?.date).toBe("2024-01-01");
    expect(series.points[0]?.value).toBeCloseTo(44179.55, -2);
    expect(series.points.at(-1)?.value).toBeCloseTo(71280.01, -2);
    expect(series.meta).toMatchObject({
      sourceId: "defillama",
      sourceName: "DefiLlama coins API",
      isSample: false,
      asOf: "2024-03-31",
      requestUrl: "https://coins.llama.fi/chart/coingecko:bitcoin?start=1704153600&span=91&period=1d",
    });
    expect(series.meta.note).toMatch(/aggregated price for coingecko:bitcoin at the record nearest 00:00 UTC/);
  });

  it("labels a record by the midnight it stands for, whichever side of it it falls", () => {
    const midnight = Date.parse("2024-01-02T00:00:00Z") / 1000;
    expect(closingDayOfRecord(midnight - 290)).toBe("2024-01-01");
    expect(closingDayOfRecord(midnight + 290)).toBe("2024-01-01");
  });

  it("splits a long range into calls under the API's 500-point cap and merges them", async () => {
    const spans: number[] = [];
    server.use(
      http.get(DEFILLAMA_CHART_URL, ({ request }) => {
        spans.push(Number(new URL(request.url).searchParams.get("span")));
      }),
    );
    const result = await fetchLlamaSeries({ ...btc, from: "2022-06-01" });
    expect(spans).toEqual([DEFILLAMA_MAX_SPAN, 670 - DEFILLAMA_MAX_SPAN]);
    // The fixture's first record, 2024-01-01 00:00 UTC, is the close of 2023-12-31, which this longer range includes.
    expect(result.ok && result.data.points).toHaveLength(92);
    expect(result.ok && result.data.points[0]?.date).toBe("2023-12-31");
    expect(result.ok && result.data.meta.note).toMatch(/Fetched in 2 calls/);
  });

  it("leaves out days that are not complete yet", async () => {
    const result = await fetchLlamaSeries({ ...btc, now: () => new Date("2024-02-10T12:00:00Z") });
    expect(result.ok && result.data.meta.asOf).toBe("2024-02-09");
    expect(result.ok && result.data.meta.note).toMatch(/Days after 2024-02-09 are not complete yet/);
  });

  it("calls a coin DefiLlama does not know empty", async () => {
    const result = await fetchLlamaSeries({ ...btc, coingeckoId: "no-such-coin" });
    expect(!result.ok && result.error).toMatchObject({
      kind: "empty",
      detail: expect.stringMatching(/no prices for coingecko:no-such-coin/),
    });
  });

  it("drops non-positive prices", async () => {
    const ts = Date.parse("2024-03-02T00:00:00Z") / 1000;
    server.use(
      http.get(DEFILLAMA_CHART_URL, () =>
        HttpResponse.json({ coins: { "coingecko:bitcoin": { symbol: "BTC", confidence: 0.99, prices: [{ timestamp: ts, price: 0 }] } } }),
      ),
    );
    const result = await fetchLlamaSeries({ ...btc, from: "2024-03-01", to: "2024-03-01" });
    expect(!result.ok && result.error.kind).toBe("empty");
  });

  const expected: Record<FaultKind, SourceErrorKind> = {
    "http-500": "http",
    "rate-limited": "rate-limited",
    timeout: "timeout",
    malformed: "malformed",
    "schema-drift": "schema-drift",
    empty: "empty",
  };
  const drifted = JSON.stringify({ coins: { "coingecko:bitcoin": { prices: [{ time: 1704153600, price: 44179.55 }] } } });

  it.each(FAULT_KINDS)("turns a %s answer into a typed error value", async (kind) => {
    server.use(fault(DEFILLAMA_CHART_URL, kind, drifted));
    // The 50 ms deadline runs on a fake clock: only the hung answer reaches it, never a slow real one.
    freezeDeadlines();
    const result = await awaitRequest(fetchLlamaSeries({ ...btc, timeoutMs: 50 }), { hangs: kind === "timeout" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(SourceError);
    expect(result.error).toMatchObject({ kind: expected[kind], sourceId: "defillama" });
    if (kind === "rate-limited") expect(result.error.retryAfterMs).toBe(30_000);
    if (kind === "schema-drift") expect(result.error.detail).toMatch(/^coins\.coingecko:bitcoin\.prices\[0\]\.timestamp: /);
  });
});
