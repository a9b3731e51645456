import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { NuqsTestingAdapter, type OnUrlUpdateFunction } from "nuqs/adapters/testing";
import type { ReactElement } from "react";

interface RenderOptions {
  /** The URL's query string the view starts from, e.g. "?event=openai-sora-preview". */
  search?: string;
  /** Called with every URL update the UI makes, to assert on the link a click produced. */
  onUrlUpdate?: OnUrlUpdateFunction;
}

/**
 * A fresh client per test with retries off, so a failure shows at once (TanStack's testing guide), and nuqs's
 * testing adapter in place of the browser URL.
 */
export function renderWithClient(ui: ReactElement, { search = "", onUrlUpdate }: RenderOptions = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
  return {
    client,
    ...render(
      <NuqsTestingAdapter searchParams={search} hasMemory {...(onUrlUpdate ? { onUrlUpdate } : {})}>
        <QueryClientProvider client={client}>{ui}</QueryClientProvider>
      </NuqsTestingAdapter>,
    ),
  };
}
