import { createAsyncStoragePersister } from "@tanstack/query-async-storage-persister";
import type { Query } from "@tanstack/react-query";
import type { Persister } from "@tanstack/react-query-persist-client";
import { del, get, set } from "idb-keyval";
import { z } from "zod";
import { useUiStore } from "@/state/ui-store";

/** Only live sources are worth keeping: the sample is embedded and free to reload. */
export const PERSISTED_SOURCES = new Set(["coingecko", "defillama", "akash", "huggingface", "live-prices"]);
export const PERSIST_KEY = "mirage:query-cache";
export const PERSIST_MAX_AGE_MS = 7 * 24 * 60 * 60_000;
/** Bump when a persisted shape changes, so old caches are discarded rather than misread. */
export const CACHE_BUSTER = "mirage-1";

const Envelope = z.object({
  timestamp: z.number(),
  buster: z.string(),
  clientState: z.object({
    queries: z.array(z.object({ queryKey: z.array(z.unknown()), state: z.object({ data: z.unknown() }).loose() }).loose()),
    mutations: z.array(z.unknown()),
  }),
});

export function shouldPersist(query: Query): boolean {
  return query.state.status === "success" && PERSISTED_SOURCES.has(String(query.queryKey[0]));
}

/**
 * The TanStack persister over IndexedDB (idb-keyval). What comes back from storage is untrusted: an unreadable or
 * foreign entry is dropped with a notice and the app starts from the network.
 */
export function createIdbPersister(): Persister | undefined {
  if (typeof indexedDB === "undefined") return undefined;
  return createAsyncStoragePersister({
    key: PERSIST_KEY,
    throttleTime: 1000,
    storage: {
      getItem: async (key) => {
        try {
          const value = await get<string>(key);
          if (value === undefined) return null;
          const parsed = Envelope.safeParse(JSON.parse(value));
          if (parsed.success) return value;
          await del(key);
          useUiStore.getState().notify("The saved live data on this device was damaged and has been cleared.", "warn");
          return null;
        } catch {
          await del(key).catch(() => undefined);
          return null;
        }
      },
      setItem: async (key, value) => {
        await set(key, value).catch(() => undefined);
      },
      removeItem: async (key) => {
        await del(key).catch(() => undefined);
      },
    },
  });
}
