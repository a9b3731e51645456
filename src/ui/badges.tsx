import type { ReactNode } from "react";

/** Marks data that ships with the app, so no one mistakes it for a live feed. */
export function SampleBadge({ label = "Sample data" }: { label?: string }) {
  return (
    <span
      data-sample-badge=""
      className="inline-flex items-center gap-1 rounded-full border border-warn/50 bg-warn-bg px-2 py-0.5 text-xs font-semibold text-warn"
    >
      <svg aria-hidden="true" viewBox="0 0 12 12" className="h-3 w-3">
        <circle cx="6" cy="6" r="5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M6 3.2v3.3M6 8.3v.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      {label}
    </span>
  );
}

const tagTones = {
  neutral: "border-line bg-surface-2 text-ink-2",
  accent: "border-accent/40 bg-surface text-accent",
  warn: "border-warn/50 bg-warn-bg text-warn",
} as const;

export function Tag({ tone = "neutral", children, title }: { tone?: keyof typeof tagTones; children: ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center rounded border px-1.5 py-px text-xs font-medium ${tagTones[tone]}`}>
      {children}
    </span>
  );
}
