import { Suspense, lazy, useEffect } from "react";
import { hookPrint } from "@/ui/print-reveal";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { Header } from "./layout/header";
import { SkipLink } from "./layout/skip-link";
import { UiNotices } from "./layout/ui-notices";
import { UrlNotice } from "./layout/url-notice";
import { Providers } from "./providers";
import { Dashboard } from "./routes/dashboard";

// Presentation code loads only when a deck opens (slide= in the URL).
const Present = lazy(() =>
  import("./routes/present").then(async (m) => {
    await m.slidesReady;
    return m;
  }),
);
const SLICE = viewSlice(["slide"]);

/** The page inside the providers: the deck when the URL names a slide, else the dashboard. */
export function Shell() {
  const [{ slide }] = useViewState(SLICE);
  useEffect(hookPrint, []);
  if (slide !== null) {
    return (
      <Suspense
        fallback={
          <p role="status" className="p-8 text-lg">
            Opening the deck…
          </p>
        }
      >
        <UrlNotice />
        <Present />
      </Suspense>
    );
  }
  return (
    <>
      <SkipLink />
      <Header />
      <UrlNotice />
      <UiNotices />
      <Dashboard />
      <footer className="mx-auto max-w-[1600px] px-6 pb-8 text-xs text-ink-3">
        Mirage is an independent analysis tool, not affiliated with Coinbase. Sample data are historical and embedded; nothing here is
        investment advice.
      </footer>
    </>
  );
}

export function App() {
  return (
    <Providers>
      <Shell />
    </Providers>
  );
}
