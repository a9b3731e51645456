import { report } from "@/content/report";
import { dataAsOf } from "@/sources/price-series";
import { PresentControls } from "@/features/deck-controls";
import { ViewsMenu } from "@/features/views";
import { DataModeSwitch } from "./data-mode";
import { SettingsMenu } from "./settings-menu";
import { ThemeSwitch } from "./theme-switch";
import { ViewTabs } from "./view-tabs";

/** Product, the report it rests on, data mode and freshness, the meeting and sharing tools, and a tab for every view. */
export function Header() {
  const asOf = dataAsOf();
  return (
    <header className="z-20 border-b border-line bg-surface/95 backdrop-blur md:sticky md:top-0">
      <div className="mx-auto flex max-w-[2560px] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
        <div className="flex items-baseline gap-3">
          <span className="text-lg font-bold tracking-tight text-ink">Mirage</span>
          <span className="hidden text-sm text-ink-3 2xl:inline">
            the report{" "}
            <a
              href={report.url}
              target="_blank"
              rel="noreferrer"
              className="font-medium text-ink-2 underline decoration-dotted underline-offset-2 hover:text-accent"
            >
              <cite className="not-italic">{report.title}</cite>
            </a>{" "}
            ({report.publisher}, {report.author}, {report.publishedApprox}) checked against data
          </span>
          <a
            href={report.url}
            target="_blank"
            rel="noreferrer"
            className="hidden text-sm text-ink-2 underline decoration-dotted xl:inline 2xl:hidden"
          >
            <cite className="not-italic">{report.title}</cite>
          </a>
        </div>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-2 text-xs text-ink-3">
          <PresentControls />
          <ViewsMenu />
          <SettingsMenu />
          <ThemeSwitch />
        </div>
      </div>
      <ViewTabs>
        <DataModeSwitch sampleAsOf={asOf} />
      </ViewTabs>
    </header>
  );
}
