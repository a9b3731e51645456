import { QueryClient, dehydrate } from "@tanstack/react-query";
import { type PersistedClient, persistQueryClientRestore, persistQueryClientSave } from "@tanstack/react-query-persist-client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { akashQueries } from "@/sources/akash";
import { coingeckoBudget, coingeckoQueries } from "@/sources/coingecko";
import { feesQueries } from "@/sources/defillama-fees";
import { livePricesQueries } from "@/sources/live-prices";
import { SourceError } from "@/sources/price-series";
import { useUiStore } from "@/state/ui-store";
import {
  CACHE_BUSTER,
  type KeyValueStore,
  PERSIST_KEY,
  PERSIST_MAX_AGE_MS,
  PERSIST_THROTTLE_MS,
  createValidatingPersister,
  droppedNotice,
  shouldPersist,
} from "./query-persistence";

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get: async (k) => map.get(k),
    set: async (k, v) => void map.set(k, v),
    del: async (k) => void map.delete(k),
  };
}

const wld = livePricesQueries.series({ seriesId: "wld", ticker: "WLD", label: "Worldcoin", today: "2024-03-31", apiKey: "", refreshMs: 0 });
const leases = akashQueries.series("active-leases");
const gpus = akashQueries.series("leased-gpus");

/** Saves a client's cache as the app does, and waits for the write. */
async function save(client: QueryClient, store: ReturnType<typeof memoryStore>) {
  await persistQueryClientSave({
    queryClient: client,
    persister: createValidatingPersister(store),
    buster: CACHE_BUSTER,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersist },
  });
  // The persister throttles its writes; the first one goes out at once, but through a few promise turns.
  await vi.waitFor(() => expect(store.map.get(PERSIST_KEY)).toBeDefined());
}

/** A live cache as the app saves it: WLD from CoinGecko and two Akash series, fetched through MSW. */
async function savedCache(store: ReturnType<typeof memoryStore>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
  await Promise.all([client.fetchQuery(wld), client.fetchQuery(leases), client.fetchQuery(gpus)]);
  await save(client, store);
}

async function restore(store: KeyValueStore) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
  await persistQueryClientRestore({
    queryClient: client,
    persister: createValidatingPersister(store),
    buster: CACHE_BUSTER,
    maxAge: PERSIST_MAX_AGE_MS,
  });
  return client;
}

type Saved = {
  timestamp: number;
  buster: string;
  clientState: { queries: { queryKey: unknown[]; state: { data: { points: unknown } } }[] };
};
const edit = (store: ReturnType<typeof memoryStore>, change: (s: Saved) => void) => {
  const saved = JSON.parse(store.map.get(PERSIST_KEY) ?? "{}") as Saved;
  change(saved);
  store.map.set(PERSIST_KEY, JSON.stringify(saved));
};
const notices = () => useUiStore.getState().notices.map((n) => n.text);

beforeEach(() => {
  coingeckoBudget.reset();
  useUiStore.setState({ notices: [] });
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2024-04-01T12:00:00Z"));
});
afterEach(() => vi.useRealTimers());

describe("restoring the persisted live cache", () => {
  it("drops a query whose points were poisoned into a string, keeps the others, and says so", async () => {
    const store = memoryStore();
    await savedCache(store);
    edit(store, (s) => {
      const q = s.clientState.queries.find((x) => x.queryKey[0] === "live-prices");
      if (q) q.state.data.points = "poisoned";
    });

    const client = await restore(store);
    expect(client.getQueryData(wld.queryKey)).toBeUndefined();
    expect(client.getQueryData(leases.queryKey)?.points.length).toBeGreaterThan(0);
    expect(client.getQueryData(gpus.queryKey)?.points.length).toBeGreaterThan(0);
    expect(notices()).toEqual([droppedNotice(1, 2)]);
    expect(droppedNotice(1, 2)).toBe(
      "1 saved live entry was damaged and dropped; it will be fetched again. The other 2 entries were kept.",
    );

    // The cleaned cache was written back: the next start restores quietly.
    useUiStore.setState({ notices: [] });
    await restore(store);
    expect(notices()).toEqual([]);
  });

  it("drops entries no source writes and Akash points that break the usage schema", async () => {
    const store = memoryStore();
    await savedCache(store);
    edit(store, (s) => {
      const akash = s.clientState.queries.find((x) => x.queryKey[0] === "akash");
      if (akash) akash.state.data.points = [{ date: "2024-01-01", value: -1 }];
      s.clientState.queries.push({ queryKey: ["elsewhere"], state: { data: { points: [] } } });
    });
    const client = await restore(store);
    expect(client.getQueryData(wld.queryKey)?.points.length).toBeGreaterThan(0);
    expect(client.getQueryCache().getAll()).toHaveLength(2);
    expect(notices()).toEqual([
      "2 saved live entries were damaged and dropped; they will be fetched again. The other 2 entries were kept.",
    ]);
  });

  it.each([
    ["unreadable JSON", (s: ReturnType<typeof memoryStore>) => s.map.set(PERSIST_KEY, "{not json"), "was damaged"],
    [
      "an older version's buster",
      (s: ReturnType<typeof memoryStore>) =>
        edit(s, (x) => {
          x.buster = "mirage-0";
        }),
      "was written by an older version of Mirage",
    ],
    [
      "a timestamp over a week old",
      (s: ReturnType<typeof memoryStore>) =>
        edit(s, (x) => {
          x.timestamp -= PERSIST_MAX_AGE_MS + 1;
        }),
      "was more than 7 days old",
    ],
    [
      "no timestamp",
      (s: ReturnType<typeof memoryStore>) =>
        edit(s, (x) => {
          x.timestamp = 0;
        }),
      "was more than 7 days old",
    ],
  ])("clears a cache with %s and always says so", async (_name, damage, why) => {
    const store = memoryStore();
    await savedCache(store);
    damage(store);
    const client = await restore(store);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
    expect(store.map.has(PERSIST_KEY)).toBe(false);
    expect(notices()).toEqual([`The saved live data on this device ${why} and has been cleared.`]);
  });

  it("says so when TanStack discards a cache it could not hydrate", async () => {
    const store = memoryStore();
    await savedCache(store);
    await createValidatingPersister(store).removeClient();
    expect(store.map.has(PERSIST_KEY)).toBe(false);
    expect(notices()).toEqual(["The saved live data on this device could not be restored and has been cleared."]);
  });

  describe("for every kind of entry the sources keep", () => {
    type Data = Record<string, unknown>;
    const chart = coingeckoQueries.marketChart({ coingeckoId: "akash-network", from: "2024-03-01", to: "2024-03-31" });
    /** One query of each kept kind, with a damage its source's schema must catch. */
    const kinds = [
      { name: "live price", query: wld, poison: (d: Data) => ({ ...d, points: "poisoned" }) },
      {
        name: "CoinGecko market chart",
        query: chart,
        poison: (d: Data) => ({ ...d, marketCap: { ...(d.marketCap as Data), points: [{ date: "March", value: 1 }] } }),
      },
      {
        name: "CoinGecko supply",
        query: coingeckoQueries.supply({ coingeckoId: "akash-network" }),
        poison: (d: Data) => ({ ...d, fdvUsd: -1 }),
      },
      { name: "DefiLlama fees", query: feesQueries.live("akt"), poison: (d: Data) => ({ ...d, points: [{ date: "2024-03-01" }] }) },
      { name: "Akash live series", query: leases, poison: (d: Data) => ({ ...d, points: [{ date: "2024-01-01", value: -1 }] }) },
      {
        name: "Akash recorded series",
        query: akashQueries.snapshot("leased-gpus"),
        poison: (d: Data) => ({ ...d, meta: { ...(d.meta as Data), asOf: 20240430 } }),
      },
      { name: "Akash snapshot manifest", query: akashQueries.snapshotManifest(), poison: (d: Data) => ({ ...d, files: "poisoned" }) },
    ];

    it.each(kinds.map((k) => [k.name, k] as const))("drops a poisoned %s, keeps the others, and says so", async (_name, kind) => {
      const store = memoryStore();
      const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
      // Each fetch has its own options type; the cache holds them all.
      await Promise.all(kinds.map((k) => client.fetchQuery(k.query as Parameters<typeof client.fetchQuery>[0])));
      await save(client, store);
      edit(store, (s) => {
        const q = s.clientState.queries.find((x) => JSON.stringify(x.queryKey) === JSON.stringify(kind.query.queryKey));
        if (q) q.state.data = kind.poison(q.state.data as unknown as Data) as Saved["clientState"]["queries"][number]["state"]["data"];
      });
      const restored = await restore(store);
      expect(restored.getQueryData(kind.query.queryKey)).toBeUndefined();
      expect(restored.getQueryCache().getAll()).toHaveLength(kinds.length - 1);
      expect(notices()).toEqual([droppedNotice(1, kinds.length - 1)]);
    });
  });

  it("keeps the Demand view's fees and CoinGecko supply across a reload, checked with their own schemas", async () => {
    const store = memoryStore();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
    await Promise.all([
      client.fetchQuery(feesQueries.live("akt")),
      client.fetchQuery(coingeckoQueries.supply({ coingeckoId: "akash-network" })),
    ]);
    await save(client, store);
    const restored = await restore(store);
    expect(restored.getQueryData(feesQueries.live("akt").queryKey)?.id).toBe("fees:akt");
    expect(restored.getQueryData(coingeckoQueries.supply({ coingeckoId: "akash-network" }).queryKey)?.dilutedBasis).toBe("max supply");
    expect(notices()).toEqual([]);
  });
});

describe("what is saved", () => {
  it("keeps a live series whose last refetch failed, since its data is the last good data", () => {
    const client = new QueryClient();
    const key = ["live-prices", "fil", "2026-11-30"];
    client.setQueryData(key, { id: "fil", points: [] });
    const query = client.getQueryCache().find({ queryKey: key });
    expect(query).toBeDefined();
    if (!query) return;
    expect(shouldPersist(query)).toBe(true);
    // A background refetch fails: the status turns to error, the data stays, and so does its place in the saved cache.
    const offline = new SourceError({ sourceId: "coingecko", sourceName: "CoinGecko", url: "", kind: "offline" });
    query.setState({ status: "error", error: offline, fetchStatus: "idle" });
    expect(shouldPersist(query)).toBe(true);
    // A query that never had data is not saved, nor is sample data.
    client.setQueryData(["sample-prices", "fil"], { id: "fil", points: [] });
    const sample = client.getQueryCache().find({ queryKey: ["sample-prices", "fil"] });
    expect(sample && shouldPersist(sample)).toBe(false);
  });
});

describe("the last second before the page goes away", () => {
  /** A saved cache holding these live series, as the app dehydrates it. */
  const cache = (series: string[]): PersistedClient => {
    const client = new QueryClient();
    for (const id of series) client.setQueryData(["live-prices", id], { id });
    return { buster: CACHE_BUSTER, timestamp: Date.now(), clientState: dehydrate(client) };
  };
  const saved = (store: ReturnType<typeof memoryStore>) =>
    (
      JSON.parse(store.map.get(PERSIST_KEY) ?? "null") as { clientState: { queries: { queryKey: string[] }[] } } | null
    )?.clientState.queries.map((q) => q.queryKey[1]);

  it("flush writes the cache the throttle is holding back, once", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    const store = memoryStore();
    const writes = vi.spyOn(store, "set");
    const persister = createValidatingPersister(store);
    // Nothing handed over yet: nothing to write.
    await persister.flush();
    expect(writes).not.toHaveBeenCalled();
    // The first save goes out at once, before the answers; the one with them waits for the throttle's second.
    await persister.persistClient(cache([]));
    expect(saved(store)).toEqual([]);
    void persister.persistClient(cache(["fil", "ar"]));
    await vi.advanceTimersByTimeAsync(PERSIST_THROTTLE_MS / 2);
    expect(saved(store)).toEqual([]);
    // The page is hidden or reloaded within that second: flush writes the answers now.
    await persister.flush();
    expect(saved(store)).toEqual(["fil", "ar"]);
    expect(writes).toHaveBeenCalledTimes(2);
    // A second flush (pagehide after visibilitychange) has nothing new to write.
    await persister.flush();
    expect(writes).toHaveBeenCalledTimes(2);
    // The throttled save still runs, with the same cache.
    await vi.advanceTimersByTimeAsync(PERSIST_THROTTLE_MS);
    expect(saved(store)).toEqual(["fil", "ar"]);
  });

  it("flush writes nothing when the throttled save already wrote the latest cache", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    const store = memoryStore();
    const writes = vi.spyOn(store, "set");
    const persister = createValidatingPersister(store);
    await persister.persistClient(cache(["fil"]));
    await persister.flush();
    expect(writes).toHaveBeenCalledTimes(1);
    expect(saved(store)).toEqual(["fil"]);
  });
});
