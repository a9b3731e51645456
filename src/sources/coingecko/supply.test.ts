import { HttpResponse, http } from "msw";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { FAULT_KINDS, type FaultKind, fault } from "@mocks/faults";
import { server } from "@mocks/node";
import type { SourceErrorKind } from "@/sources/shared/source-error";
import { COINGECKO_COIN_URL, coingeckoHandlers } from "./handlers";

let cg: typeof import("./adapter");
let fdv: typeof import("./fdv");
beforeEach(async () => {
  server.use(...coingeckoHandlers);
  vi.resetModules();
  cg = await import("./adapter");
  fdv = await import("./fdv");
});
const now = () => new Date("2024-05-01T08:00:00Z");
const coin = (market_data: Record<string, unknown>) =>
  server.use(
    http.get(COINGECKO_COIN_URL, () =>
      HttpResponse.json({ id: "x", last_updated: "2024-04-30T23:00:00Z", market_data: { market_cap: { usd: 1 }, ...market_data } }),
    ),
  );

describe("CoinGecko coin supply", () => {
  it("reads supply and FDV from /coins/{id} and prefers the max supply for dilution", async () => {
    const result = await cg.fetchCoinSupply("akash-network", { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ circulating: 225e6, total: 380e6, max: 388e6, dilutedSupply: 388e6, dilutedBasis: "max supply" });
    expect(result.data.meta).toMatchObject({ asOf: "2024-04-30", sourceUrl: "https://www.coingecko.com/en/coins/akash-network" });
    expect(result.data.meta.requestUrl).toMatch(/\/coins\/akash-network\?localization=false&tickers=false&market_data=true/);
  });

  it("falls back to the total supply when there is no max, and says which", async () => {
    const result = await cg.fetchCoinSupply("the-graph", { now });
    expect(result.ok && result.data).toMatchObject({ max: null, dilutedSupply: 10.7e9, dilutedBasis: "total supply" });
  });

  it("gives no diluted supply when CoinGecko knows neither, and the note says FDV is missing", async () => {
    coin({ circulating_supply: 5, total_supply: null, max_supply: null, fully_diluted_valuation: {} });
    const result = await cg.fetchCoinSupply("x", { now });
    expect(result.ok && result.data).toMatchObject({ dilutedSupply: null, dilutedBasis: null, fdvUsd: null });
    expect(result.ok && result.data.meta.note).toMatch(/no fully diluted value/);
  });

  it("treats zero or negative supplies as unknown and no supply at all as empty", async () => {
    coin({ circulating_supply: 0, total_supply: -1, max_supply: null });
    const result = await cg.fetchCoinSupply("x", { now });
    expect(!result.ok && result.error.kind).toBe("empty");
  });

  it("rejects a drifted market_data", async () => {
    coin({ circulating_supply: "5", total_supply: null, max_supply: null });
    const result = await cg.fetchCoinSupply("x", { now });
    expect(!result.ok && result.error.kind).toBe("schema-drift");
  });

  const expected: Record<FaultKind, SourceErrorKind> = {
    "http-500": "http",
    "rate-limited": "rate-limited",
    timeout: "timeout",
    malformed: "malformed",
    "schema-drift": "malformed",
    empty: "empty",
  };
  it.each(FAULT_KINDS)("turns the %s fault into a typed error", async (kind) => {
    server.use(fault(COINGECKO_COIN_URL, kind));
    const result = await cg.fetchCoinSupply("akash-network", { now, timeoutMs: 50 });
    expect(!result.ok && result.error.kind).toBe(expected[kind]);
    if (kind === "rate-limited") expect(!result.ok && result.error.retryAfterMs).toBe(30_000);
  });

  it("multiplies each close by the diluted supply for an FDV series, and not at all without one", async () => {
    const supply = await cg.fetchCoinSupply("akash-network", { now });
    const chart = await cg.fetchMarketChart({
      coingeckoId: "akash-network",
      seriesId: "akt",
      ticker: "AKT",
      label: "Akash",
      from: "2024-04-01",
      to: "2024-04-30",
      now,
    });
    if (!supply.ok || !chart.ok) throw new Error("fixtures");
    const series = fdv.fdvSeries(chart.data.price, supply.data);
    expect(series?.id).toBe("akt-fdv");
    expect(series?.points[0]?.value).toBeCloseTo((chart.data.price.points[0]?.value ?? 0) * 388e6, 0);
    expect(series?.meta.note).toMatch(/max supply \(388,000,000 as CoinGecko reports it on 2024-04-30, applied to every day\)/);
    expect(fdv.fdvSeries(chart.data.price, { ...supply.data, dilutedSupply: null, dilutedBasis: null })).toBeUndefined();
  });
});
