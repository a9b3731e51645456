import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { Shell } from "./app";

/**
 * The dashboard's first render as static HTML, written into index.html at build time (vite.config.ts): the header,
 * the masthead, the Data panel (its chart still loading) and the placeholders of the panels below, in their default
 * state. The first paint shows the page's title, thesis, stages and first panel before any script runs; React then
 * renders the live page over it (createRoot replaces the markup; nothing is hydrated) with the same markup in the same
 * place, so nothing moves. Only build tooling imports this file.
 */
export function renderStaticShell(): string {
  const client = new QueryClient();
  const html = renderToString(
    <StrictMode>
      <NuqsTestingAdapter>
        <QueryClientProvider client={client}>
          <Shell />
        </QueryClientProvider>
      </NuqsTestingAdapter>
    </StrictMode>,
  );
  // The queries the render created hold garbage-collection timers that would keep the build's process alive.
  client.clear();
  // Its controls do nothing until the app has started: they stay disabled till then, so a click or a key press waits
  // for the working control instead of being lost on a dead one. Links (in-page and out) work without script.
  return html.replace(/<(button|input|select|textarea)\b/g, '<$1 disabled=""');
}
