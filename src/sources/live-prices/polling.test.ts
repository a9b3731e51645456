import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { server } from "@mocks/node";
import { coingeckoBudget } from "@/sources/coingecko";
import { livePricesQueries } from "./queries";

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

afterEach(() => vi.useRealTimers());

describe("live polling", () => {
  // The 1,050 cycles take about 5 s on a quiet 2-CPU machine and 70 s with both CPUs busy and a load average of 20
  // (npm run test:stress); the bound is there to stop a hang, not to time anything.
  it("1,000 refresh cycles keep one query, one observer and a flat heap, and each cycle fetches exactly once", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date", "performance"] });
    vi.setSystemTime(new Date("2024-04-01T12:00:00Z"));
    coingeckoBudget.reset();
    const requests: string[] = [];
    const onRequest = ({ request }: { request: Request }) => void requests.push(new URL(request.url).host);
    server.events.on("request:start", onRequest);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: 60_000 } } });
    // One refresh a minute: the budget (20 calls a minute) is never the bottleneck, as with the real setting.
    const options = livePricesQueries.series({
      seriesId: "wld",
      ticker: "WLD",
      label: "Worldcoin",
      today: "2024-03-31",
      apiKey: "",
      refreshMs: 60_000,
    });
    const observer = new QueryObserver(client, { ...options, refetchIntervalInBackground: true });
    const seen = new Set<number>();
    const unsubscribe = observer.subscribe((r) => {
      if (r.isSuccess) seen.add(r.dataUpdatedAt);
    });

    // The clock only moves when the test moves it, so the request's own deadline never fires. After each minute the
    // refetch (MSW answers through real I/O turns) is awaited however long the machine takes: the next minute never
    // starts while a fetch is in flight, so no refetch can overlap the next tick and be merged into it.
    const settle = async () => {
      while (observer.getCurrentResult().isFetching) await new Promise((r) => setImmediate(r));
    };
    const cycle = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const updates = observer.getCurrentQuery().state.dataUpdateCount;
        await vi.advanceTimersByTimeAsync(60_000);
        await settle();
        expect(observer.getCurrentQuery().state.dataUpdateCount, "each minute's tick refetches once").toBe(updates + 1);
      }
    };
    await settle(); // the first fetch, on subscribe
    await cycle(50); // warm up: module caches, JIT, MSW's first responses
    const before = heap();
    await cycle(1000);
    const after = heap();
    await vi.advanceTimersByTimeAsync(0); // deliver the last result (TanStack batches notifications on a timer)
    unsubscribe();
    server.events.removeListener("request:start", onRequest);

    // Driven one minute at a time, every cycle ran exactly once: the first fetch plus 1,050 refetches, each a single
    // CoinGecko request (no timeout, no fallback) and each a new result for the observer.
    const query = client.getQueryCache().getAll()[0];
    expect(query?.state.dataUpdateCount).toBe(1051);
    expect(seen.size).toBe(1051);
    expect(requests).toHaveLength(1051);
    expect(new Set(requests)).toEqual(new Set(["api.coingecko.com"]));
    expect(client.getQueryCache().getAll()).toHaveLength(1);
    expect(query?.getObserversCount() ?? 0).toBe(0);
    expect(coingeckoBudget.waiting).toBe(0);
    expect(gc, "vitest runs workers with --expose-gc (vite.config.ts)").toBeDefined();
    expect((after - before) / before).toBeLessThan(0.1);
    client.clear();
  }, 300_000);
});
