import { Header } from "./layout/header";
import { UiNotices } from "./layout/ui-notices";
import { UrlNotice } from "./layout/url-notice";
import { Providers } from "./providers";
import { Dashboard } from "./routes/dashboard";

export function App() {
  return (
    <Providers>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-accent focus:px-3 focus:py-2 focus:text-accent-ink"
      >
        Skip to content
      </a>
      <Header />
      <UrlNotice />
      <UiNotices />
      <Dashboard />
      <footer className="mx-auto max-w-[1600px] px-6 pb-8 text-xs text-ink-3">
        Mirage is an independent analysis tool, not affiliated with Coinbase. Sample data are historical and embedded; nothing here is
        investment advice.
      </footer>
    </Providers>
  );
}
