import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { Header } from "./layout/header";
import { Masthead } from "./layout/masthead";
import { SkipLink } from "./layout/skip-link";
import { MAIN_CLASS } from "./routes/dashboard";

/**
 * The top of the dashboard as static HTML, written into index.html at build time (vite.config.ts): the header and the
 * masthead with their default state, so the first paint shows the page's title, thesis and stages before any script
 * runs. React then renders the live page over it (createRoot replaces the markup; nothing is hydrated), with the same
 * markup in the same place, so nothing moves. Only build tooling imports this file.
 */
export function renderStaticShell(): string {
  const html = renderToString(
    <StrictMode>
      <NuqsTestingAdapter>
        <QueryClientProvider client={new QueryClient()}>
          <SkipLink />
          <Header />
          <main id="main" tabIndex={-1} className={MAIN_CLASS}>
            <Masthead />
          </main>
        </QueryClientProvider>
      </NuqsTestingAdapter>
    </StrictMode>,
  );
  // Its controls do nothing until the app has started: they stay disabled till then, so a click or a key press waits
  // for the working control instead of being lost on a dead one. Links (in-page and out) work without script.
  return html.replace(/<(button|input|select|textarea)\b/g, '<$1 disabled=""');
}
