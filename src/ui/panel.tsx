import { type ReactNode, useId, useRef } from "react";
import { ExportButtons } from "./export/export-buttons";
import { ExportProvider } from "./export/export-context";
import { Button } from "./button";

interface PanelProps {
  /** The section's accessible name. */
  title: string;
  subtitle?: ReactNode;
  /** Anchor for in-page links and, later, URL focus. */
  anchor?: string;
  actions?: ReactNode;
  /** Cross-filtering: draws a ring when another panel's selection concerns this one. */
  highlighted?: boolean;
  /** Focus mode: show this panel alone (a link can open on it) and come back to all panels. */
  focus?: { active: boolean; onToggle: () => void };
  /** Adds "Download CSV" and "Download PNG"; the body registers what it shows with useRegisterExport. */
  exportable?: boolean;
  children: ReactNode;
}

/** A titled `<section>`: its frame always renders; the body below it carries its own error boundary. */
export function Panel({ title, subtitle, anchor, actions, highlighted = false, focus, exportable = false, children }: PanelProps) {
  const titleId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  return (
    <ExportProvider>
      <section
        ref={sectionRef}
        id={anchor}
        aria-labelledby={titleId}
        className={`scroll-mt-20 rounded-xl border bg-surface shadow-sm ${highlighted ? "border-accent ring-2 ring-accent" : "border-line"}`}
      >
        <header className="flex flex-wrap items-start justify-between gap-3 border-b border-line px-5 py-4">
          <div className="min-w-0">
            <h2 id={titleId} className="text-xl font-semibold tracking-tight text-ink">
              {title}
            </h2>
            {subtitle ? <p className="mt-0.5 text-sm text-ink-3">{subtitle}</p> : null}
          </div>
          {actions || focus || exportable ? (
            <div data-controls className="flex flex-wrap items-center gap-2">
              {exportable ? <ExportButtons title={title} sectionRef={sectionRef} /> : null}
              {actions}
              {focus ? (
                <Button aria-pressed={focus.active} onClick={focus.onToggle}>
                  {focus.active ? "Show all panels" : "Focus this panel"}
                </Button>
              ) : null}
            </div>
          ) : null}
        </header>
        <div className="px-5 py-4">{children}</div>
      </section>
    </ExportProvider>
  );
}
