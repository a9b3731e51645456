import { type ReactNode, useEffect, useId } from "react";

/**
 * The selected event's study, beside the chart rather than below it, so the price move and the returns around it are
 * on one screen. Escape or the close button closes it (the event leaves the URL) and the list of events comes back.
 */
export function StudySidePanel({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const headingId = useId();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t?.closest("input, textarea, select, [role=dialog], [aria-expanded=true]")) return;
      onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);
  return (
    <aside aria-labelledby={headingId} data-study-panel className="rounded-lg border border-accent/50 bg-surface p-3 shadow-sm">
      <div className="flex items-start justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-ink-3">
          Event study<span className="sr-only">: {title}</span>
        </h3>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close the event study (Escape)"
          className="rounded-md border border-line px-2 py-0.5 text-xs font-medium text-ink-2 hover:bg-surface-2"
        >
          Close ✕
        </button>
      </div>
      {children}
    </aside>
  );
}
