import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/react";
import { type ReactNode, useState } from "react";
import { isSourceError } from "@/sources/price-series";

declare module "@tanstack/react-query" {
  interface Register {
    defaultError: Error;
  }
}

/** Retry what may heal by itself (network, 5xx); never schema drift or a missing file, which a retry cannot fix. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (isSourceError(error) && !error.retryable) return false;
  return failureCount < 2;
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return (
    <NuqsAdapter>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </NuqsAdapter>
  );
}
