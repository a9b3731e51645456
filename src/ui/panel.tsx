import { type ReactNode, useId } from "react";

interface PanelProps {
  /** The section's accessible name. */
  title: string;
  subtitle?: ReactNode;
  /** Anchor for in-page links and, later, URL focus. */
  anchor?: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled `<section>`: its frame always renders; the body below it carries its own error boundary. */
export function Panel({ title, subtitle, anchor, actions, children }: PanelProps) {
  const titleId = useId();
  return (
    <section id={anchor} aria-labelledby={titleId} className="rounded-xl border border-line bg-surface shadow-sm scroll-mt-20">
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-line px-5 py-4">
        <div className="min-w-0">
          <h2 id={titleId} className="text-xl font-semibold tracking-tight text-ink">
            {title}
          </h2>
          {subtitle ? <p className="mt-0.5 text-sm text-ink-3">{subtitle}</p> : null}
        </div>
        {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
      </header>
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}
