import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fault } from "@mocks/faults";
import { server } from "@mocks/node";
import { akashQueries, akashSeriesUrl } from "@/sources/akash";
import { coingeckoBudget } from "@/sources/coingecko";
import { livePricesQueries } from "@/sources/live-prices";
import { createQueryClient } from "./providers";

/** The README's live-data contract, checked against the app's own query client (its retry policy included). */
const CG_WLD = "https://api.coingecko.com/api/v3/coins/worldcoin-wld/market_chart/range";
const LLAMA = "https://coins.llama.fi/chart/:coin";
const wld = () =>
  livePricesQueries.series({ seriesId: "wld", ticker: "WLD", label: "Worldcoin", today: "2024-03-31", apiKey: "", refreshMs: 0 });

/** The app's client, with the backoff between retries set to zero so the test never waits on a clock. */
function appClient() {
  const client = createQueryClient();
  const queries = client.getDefaultOptions().queries;
  client.setDefaultOptions({ queries: { ...queries, retryDelay: 0, gcTime: Number.POSITIVE_INFINITY } });
  return client;
}

function counting(url: string, answer: () => Response) {
  const calls = { n: 0 };
  return {
    calls,
    handler: http.get(url, () => {
      calls.n += 1;
      return answer();
    }),
  };
}

// Live prices cover the past 365 days: pin "today" just after the day the queries ask for.
const pinToday = () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2024-04-01T12:00:00Z"));
};
beforeEach(() => coingeckoBudget.reset());
afterEach(() => vi.useRealTimers());

describe("live faults keep the README's contract", () => {
  it("retries a network error twice: three tries in all, not four", async () => {
    pinToday();
    const cg = counting(CG_WLD, () => HttpResponse.error());
    const llama = counting(LLAMA, () => HttpResponse.error());
    server.use(cg.handler, llama.handler);
    await expect(appClient().fetchQuery(wld())).rejects.toThrow(/could not be reached/);
    expect(cg.calls.n).toBe(3);
    expect(llama.calls.n).toBe(3);
  });

  it("names both providers' failures, and stops retrying when DefiLlama's failure is final", async () => {
    pinToday();
    const cg = counting(CG_WLD, () => new HttpResponse("upstream failure", { status: 500 }));
    const llama = counting(LLAMA, () => new HttpResponse("not found", { status: 404 }));
    server.use(cg.handler, llama.handler);
    const error = await appClient()
      .fetchQuery(wld())
      .then(
        () => null,
        (e: unknown) => e as Error,
      );
    expect(error?.message).toMatch(/CoinGecko answered with HTTP 500\./);
    expect(error?.message).toMatch(/DefiLlama coins API answered with HTTP 404\./);
    // A 404 at the last resort will be a 404 again: one try, no retries.
    expect(cg.calls.n).toBe(1);
    expect(llama.calls.n).toBe(1);
  });

  it("abandons an Akash request after 8 s, the README's timeout, not the 15 s default", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    server.use(fault(akashSeriesUrl("active-leases"), "timeout"));
    const client = appClient();
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
    let settled: unknown = "pending";
    void client.fetchQuery(akashQueries.series("active-leases")).then(
      () => (settled = "answered"),
      (e: unknown) => (settled = e),
    );
    await vi.advanceTimersByTimeAsync(7_999);
    expect(settled).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    // The abort settles through a few I/O turns of the mocked fetch; no timer is involved any more.
    for (let i = 0; i < 50 && settled === "pending"; i++) await new Promise((r) => setImmediate(r));
    expect(settled).toMatchObject({ kind: "timeout", detail: "no answer within 8000 ms" });
  });
});
