import { type ReactNode, useEffect, useId, useRef } from "react";

/**
 * The selected event's study, beside the chart rather than below it, so the price move and the returns around it are
 * on one screen. Escape or the close button closes it (the event leaves the URL) and the list of events comes back.
 */
export function StudySidePanel({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  // Chosen from further down (the list, a note), the study comes into view; opened from a link it is already there.
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof el.scrollIntoView !== "function") return;
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight * 0.6) el.scrollIntoView({ block: "start" });
  }, [title]);
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
    <aside
      ref={ref}
      aria-labelledby={headingId}
      data-study-panel
      className="scroll-mt-28 rounded-lg border border-accent/50 bg-surface p-3 shadow-sm"
    >
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
