import type { Slide } from "@/state/deck";

interface DeckEditorListProps {
  slides: readonly Slide[];
  onChange: (next: Slide[]) => void;
}

/** Title, notes and order of each slide of your deck. Text is stored as typed and shown as text only. */
export function DeckEditorList({ slides, onChange }: DeckEditorListProps) {
  if (slides.length === 0)
    return <p className="text-xs text-ink-3">Your deck is empty. Use "Add this view as a slide" on any view you want to show.</p>;
  const move = (i: number, by: number) => {
    const next = [...slides];
    const [s] = next.splice(i, 1);
    if (!s) return;
    next.splice(Math.max(0, Math.min(next.length, i + by)), 0, s);
    onChange(next);
  };
  const patch = (i: number, p: Partial<Slide>) => onChange(slides.map((s, j) => (j === i ? { ...s, ...p } : s)));
  return (
    <ol aria-label="Your deck" className="max-h-80 space-y-2 overflow-y-auto">
      {slides.map((s, i) => (
        <li key={s.id} className="rounded border border-line p-2 text-xs">
          <div className="flex items-center gap-2">
            <span className="font-mono text-ink-3">{i + 1}</span>
            <input
              aria-label={`Title of slide ${i + 1}`}
              value={s.title}
              maxLength={80}
              onChange={(e) => patch(i, { title: e.target.value })}
              onBlur={(e) => patch(i, { title: e.target.value.trim() || `Slide ${i + 1}` })}
              className="min-w-0 flex-1 rounded border border-line bg-surface px-1 py-0.5 text-ink"
            />
            <button
              type="button"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              className="text-accent underline disabled:text-ink-3"
              aria-label={`Move slide ${i + 1} up`}
            >
              Up
            </button>
            <button
              type="button"
              disabled={i === slides.length - 1}
              onClick={() => move(i, 1)}
              className="text-accent underline disabled:text-ink-3"
              aria-label={`Move slide ${i + 1} down`}
            >
              Down
            </button>
            <button
              type="button"
              onClick={() => onChange(slides.filter((_, j) => j !== i))}
              className="text-bad underline"
              aria-label={`Remove slide ${i + 1}`}
            >
              Remove
            </button>
          </div>
          <textarea
            aria-label={`Speaker notes for slide ${i + 1}`}
            value={s.notes}
            maxLength={1000}
            rows={2}
            onChange={(e) => patch(i, { notes: e.target.value })}
            placeholder="Speaker notes"
            className="mt-1 w-full rounded border border-line bg-surface px-1 py-0.5 text-ink"
          />
        </li>
      ))}
    </ol>
  );
}
