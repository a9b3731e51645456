import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
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
  it("1,000 refresh cycles keep one query, one observer and a flat heap", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date", "performance"] });
    vi.setSystemTime(new Date("2024-04-01T12:00:00Z"));
    coingeckoBudget.reset();
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
    const seen: number[] = [];
    const unsubscribe = observer.subscribe((r) => {
      if (r.isSuccess) seen.push(r.dataUpdatedAt);
    });

    // Each cycle: a minute passes, then the refetch (MSW answers through real I/O turns) is let to finish.
    const settle = async () => {
      for (let k = 0; k < 5000 && observer.getCurrentResult().isFetching; k++) await new Promise((r) => setImmediate(r));
    };
    const cycle = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await vi.advanceTimersByTimeAsync(60_000);
        await settle();
      }
    };
    await cycle(50); // warm up: module caches, JIT, MSW's first responses
    const before = heap();
    await cycle(1000);
    const after = heap();
    unsubscribe();

    // Each cycle really refetched (a refetch that overlaps the next tick is skipped by design, so allow a few).
    const updates = client.getQueryCache().getAll()[0]?.state.dataUpdateCount ?? 0;
    expect(updates).toBeGreaterThan(950);
    expect(seen.length).toBeGreaterThan(950);
    expect(client.getQueryCache().getAll()).toHaveLength(1);
    expect(client.getQueryCache().getAll()[0]?.getObserversCount() ?? 0).toBe(0);
    expect(coingeckoBudget.waiting).toBe(0);
    expect(gc, "vitest runs workers with --expose-gc (vite.config.ts)").toBeDefined();
    expect((after - before) / before).toBeLessThan(0.1);
    client.clear();
  }, 120_000);
});
