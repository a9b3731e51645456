import { createAsyncStoragePersister } from "@tanstack/query-async-storage-persister";
import type { Query } from "@tanstack/react-query";
import type { PersistedClient, Persister } from "@tanstack/react-query-persist-client";
import { createStore, del, get, promisifyRequest } from "idb-keyval";
import { z } from "@/content/zod";
import { persistedDataSchema } from "@/sources/registry";
import { useUiStore } from "@/state/ui-store";

export const PERSIST_KEY = "mirage:query-cache";
export const PERSIST_MAX_AGE_MS = 7 * 24 * 60 * 60_000;
/** Bump when a persisted shape changes, so old caches are discarded rather than misread. */
export const CACHE_BUSTER = "mirage-1";

const PersistedQuery = z.lazy(() => z.looseObject({ queryKey: z.array(z.unknown()), state: z.looseObject({ data: z.unknown() }) }));
const Envelope = z.lazy(() =>
  z.object({
    timestamp: z.number(),
    buster: z.string(),
    clientState: z.looseObject({ queries: z.array(z.unknown()), mutations: z.array(z.unknown()) }),
  }),
);

/**
 * Keeps the queries whose data passes their source's schema, found from the key through the registry (each source
 * declares what of it is kept and its shape); counts the rest. A key no source keeps has no schema, and is dropped.
 */
export function validateRestoredQueries(queries: readonly unknown[]): { kept: unknown[]; dropped: number } {
  const kept = queries.filter((q) => {
    const wrapper = PersistedQuery.safeParse(q);
    if (!wrapper.success) return false;
    const schema = persistedDataSchema(wrapper.data.queryKey);
    return schema?.safeParse(wrapper.data.state.data).success === true;
  });
  return { kept, dropped: queries.length - kept.length };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function droppedNotice(dropped: number, kept: number): string {
  const gone = `${plural(dropped, "saved live entry was", "saved live entries were")} damaged and dropped; ${dropped === 1 ? "it" : "they"} will be fetched again.`;
  return kept === 0 ? `${gone} Nothing else was saved.` : `${gone} The other ${plural(kept, "entry was", "entries were")} kept.`;
}

export interface KeyValueStore {
  get: (key: string) => Promise<string | undefined>;
  set: (key: string, value: string) => Promise<void>;
  del: (key: string) => Promise<void>;
}

/** idb-keyval's own database and store, opened once. */
const keyval = createStore("keyval-store", "keyval");
const idbStore: KeyValueStore = {
  get: (key) => get<string>(key, keyval),
  // Committed at once rather than when the task ends: a write started as the page goes away (flush) is otherwise
  // aborted with the page.
  set: (key, value) =>
    keyval("readwrite", (store) => {
      store.put(value, key);
      store.transaction.commit?.();
      return promisifyRequest(store.transaction).then(() => undefined);
    }),
  del: (key) => del(key, keyval),
};

/** Saves at most once a second: a burst of answers is one write, not one per answer. */
export const PERSIST_THROTTLE_MS = 1000;

export interface FlushablePersister extends Persister {
  /**
   * Writes the latest cache handed to the persister now, when the throttle is still holding it back. Called as the
   * page is hidden or unloaded: a reload within the throttle's second would otherwise lose the answers that just came
   * in, and an offline start after it would have nothing to show.
   */
  flush: () => Promise<void>;
}

/**
 * The TanStack persister over a key-value store (IndexedDB through idb-keyval in the app). What comes back from
 * storage is untrusted: every restored query is checked with its source's schema, and what fails is dropped while the
 * rest is kept. Every reset of the saved data (damaged, unreadable, too old, from an older version) says so in a notice.
 */
export function createValidatingPersister(store: KeyValueStore, now: () => number = Date.now): FlushablePersister {
  const notify = (text: string) => useUiStore.getState().notify(text, "warn");
  const clear = async (key: string, why: string) => {
    await store.del(key).catch(() => undefined);
    notify(`The saved live data on this device ${why} and has been cleared.`);
    return null;
  };
  // The newest cache handed to the persister, and the newest one written (or being written): flush() writes the first
  // when they differ.
  let latest: PersistedClient | undefined;
  let written: PersistedClient | undefined;
  const throttled = createAsyncStoragePersister({
    key: PERSIST_KEY,
    throttleTime: PERSIST_THROTTLE_MS,
    // Called by each throttled write just before it stores the cache.
    serialize: (client) => {
      written = client;
      return JSON.stringify(client);
    },
    storage: {
      getItem: async (key) => {
        let value: string | undefined;
        try {
          value = await store.get(key);
        } catch {
          return clear(key, "could not be read");
        }
        if (value === undefined || value === null) return null;
        let parsed: z.infer<typeof Envelope>;
        try {
          const envelope = Envelope.safeParse(JSON.parse(value));
          if (!envelope.success) return clear(key, "was damaged");
          parsed = envelope.data;
        } catch {
          return clear(key, "was damaged");
        }
        if (parsed.buster !== CACHE_BUSTER) return clear(key, "was written by an older version of Mirage");
        if (now() - parsed.timestamp > PERSIST_MAX_AGE_MS) return clear(key, "was more than 7 days old");
        const { kept, dropped } = validateRestoredQueries(parsed.clientState.queries);
        if (dropped === 0) return value;
        const cleaned = JSON.stringify({ ...parsed, clientState: { ...parsed.clientState, queries: kept } });
        await store.set(key, cleaned).catch(() => undefined);
        notify(droppedNotice(dropped, kept.length));
        return cleaned;
      },
      setItem: async (key, value) => {
        await store.set(key, value).catch(() => undefined);
      },
      // TanStack removes the saved client only when restoring it failed.
      removeItem: async (key) => {
        await clear(key, "could not be restored");
      },
    },
  });
  return {
    ...throttled,
    persistClient: (client) => {
      latest = client;
      return throttled.persistClient(client);
    },
    flush: async () => {
      if (latest === undefined || latest === written) return;
      written = latest;
      await store.set(PERSIST_KEY, JSON.stringify(latest)).catch(() => undefined);
    },
  };
}

/**
 * A live query is kept while it has data, even when its last refetch failed: that data is the "last good data" an
 * offline start must show. (Keeping only `success` dropped a series from the saved cache the moment a background
 * refetch failed, which is what a reload offline then lacked.) Only what a source declares it keeps is saved (the
 * registry says, with the schema the entry is restored with): the sample is embedded and free to load again.
 */
export function shouldPersist(query: Query): boolean {
  return query.state.data !== undefined && persistedDataSchema(query.queryKey) !== undefined;
}

export function createIdbPersister(): FlushablePersister | undefined {
  if (typeof indexedDB === "undefined") return undefined;
  return createValidatingPersister(idbStore);
}
