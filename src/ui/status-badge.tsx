/** The five claim verdicts: the word first, an icon beside it, colour last (never colour alone). */
export type StatusWord = "holds" | "weakened" | "broken" | "no data" | "not testable";

const STYLE: Record<StatusWord, { icon: string; tone: string }> = {
  holds: { icon: "✓", tone: "border-[color:var(--s-nvda)] text-[color:var(--s-nvda)]" },
  weakened: { icon: "◐", tone: "border-warn text-warn" },
  broken: { icon: "✗", tone: "border-bad text-bad" },
  "no data": { icon: "∅", tone: "border-line text-ink-3" },
  "not testable": { icon: "—", tone: "border-line text-ink-3" },
};

export function StatusBadge({ status, prefix, title }: { status: StatusWord; prefix?: string; title?: string }) {
  const s = STYLE[status];
  return (
    <span
      title={title}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border bg-surface px-1.5 py-px text-xs font-semibold ${s.tone}`}
    >
      <span aria-hidden="true">{s.icon}</span>
      {prefix ? <span className="font-normal text-ink-3">{prefix}</span> : null}
      {status}
    </span>
  );
}
