import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { PersistQueryClientProvider } from "@tanstack/react-query-persist-client";
import { NuqsAdapter } from "nuqs/adapters/react";
import { type ReactNode, useEffect, useState } from "react";
import { retryDelayMs, type SourceError, shouldRetrySource } from "@/sources/price-series";
import { CACHE_BUSTER, PERSIST_MAX_AGE_MS, createIdbPersister, shouldPersist } from "./query-persistence";

// Every source's query function throws the SourceError its adapter returned (failures are values until then), so a
// query's `error` is typed as one: panels read its kind, detail and retryable without a cast.
declare module "@tanstack/react-query" {
  interface Register {
    defaultError: SourceError;
  }
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetrySource,
        retryDelay: retryDelayMs,
        refetchOnWindowFocus: false,
        // Kept long enough for the persisted cache to be useful after a reload or offline start.
        gcTime: PERSIST_MAX_AGE_MS,
      },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  const [persister] = useState(createIdbPersister);
  // The persister writes at most once a second; as the page is hidden or goes away (a reload, a closed tab), the cache
  // still held back is written at once, so the answers of the last second are there for an offline start.
  useEffect(() => {
    if (!persister) return;
    const flush = () => void persister.flush();
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [persister]);
  const inner = persister ? (
    <PersistQueryClientProvider
      client={client}
      persistOptions={{
        persister,
        maxAge: PERSIST_MAX_AGE_MS,
        buster: CACHE_BUSTER,
        dehydrateOptions: { shouldDehydrateQuery: shouldPersist },
      }}
    >
      {children}
    </PersistQueryClientProvider>
  ) : (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return <NuqsAdapter>{inner}</NuqsAdapter>;
}
