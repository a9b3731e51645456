import { report } from "@/content/report";
import { stages } from "@/content/stages";
import { stageAnchor } from "@/features/stage-panels";
import { dataAsOf } from "@/sources/price-series";
import { PresentControls } from "@/features/deck-controls";
import { ViewsMenu } from "@/features/views";
import { DataModeSwitch } from "./data-mode";
import { SettingsMenu } from "./settings-menu";
import { ThemeSwitch } from "./theme-switch";

/** Product, the report it rests on, data mode and freshness, and a way to every stage. */
export function Header() {
  const asOf = dataAsOf();
  return (
    <header className="sticky top-0 z-20 border-b border-line bg-surface/95 backdrop-blur">
      <div className="mx-auto flex max-w-[1600px] flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
        <div className="flex items-baseline gap-3">
          <span className="text-lg font-bold tracking-tight text-ink">Mirage</span>
          <span className="hidden text-sm text-ink-3 xl:inline">
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
          <a href={report.url} target="_blank" rel="noreferrer" className="text-sm text-ink-2 underline decoration-dotted xl:hidden">
            <cite className="not-italic">{report.title}</cite>
          </a>
        </div>
        <nav aria-label="Stages" className="flex gap-1 text-sm">
          {stages.map((s) => (
            <a key={s.id} href={`#${stageAnchor(s.id)}`} className="rounded px-2 py-1 text-ink-2 hover:bg-surface-2 hover:text-ink">
              {s.title}
            </a>
          ))}
          <a href="#narrative" className="rounded px-2 py-1 text-ink-2 hover:bg-surface-2 hover:text-ink">
            Narrative
          </a>
          <a href="#claims" className="rounded px-2 py-1 text-ink-2 hover:bg-surface-2 hover:text-ink">
            Claims
          </a>
          <a href="#about" className="rounded px-2 py-1 text-ink-2 hover:bg-surface-2 hover:text-ink">
            About
          </a>
        </nav>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-2 text-xs text-ink-3">
          <DataModeSwitch sampleAsOf={asOf} />
          <PresentControls />
          <ViewsMenu />
          <SettingsMenu />
          <ThemeSwitch />
        </div>
      </div>
    </header>
  );
}
