import type { EventCategory } from "@/sources/sample-events";
import type { ShownCategory } from "../config";
import type { ShownEvent } from "../lib/shown-events";
import { Tag } from "@/ui/badges";
import { CheckboxLabel } from "@/ui/segmented";
import { CATEGORIES, CATEGORY_META } from "../config";

export function CategoryDot({ category }: { category: ShownCategory }) {
  const meta = CATEGORY_META[category];
  return (
    <span
      aria-hidden="true"
      className="inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full border border-black/40 text-[9px] font-bold dark:border-white/40"
      style={{ background: meta.color, color: meta.ink }}
    >
      {meta.letter}
    </span>
  );
}

interface CategoryFilterProps {
  selected: readonly EventCategory[];
  counts: Record<EventCategory, number>;
  onToggle: (c: EventCategory) => void;
  onAll: (on: boolean) => void;
}

/** The category legend doubles as the filter: each entry is a checkbox with its colour, letter and count. */
export function CategoryFilter({ selected, counts, onToggle, onAll }: CategoryFilterProps) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <legend className="mb-1 text-xs font-semibold text-ink-2">Event categories (legend and filter)</legend>
      {CATEGORIES.map((c) => (
        <CheckboxLabel key={c} checked={selected.includes(c)} onChange={() => onToggle(c)}>
          <CategoryDot category={c} />
          <span className="font-normal">
            {CATEGORY_META[c].label} <span className="text-ink-3">({counts[c]})</span>
          </span>
        </CheckboxLabel>
      ))}
      <span className="inline-flex gap-2 text-xs">
        <button type="button" className="min-h-6 rounded px-1 text-accent underline hover:bg-surface-2" onClick={() => onAll(true)}>
          All
        </button>
        <button type="button" className="min-h-6 rounded px-1 text-accent underline hover:bg-surface-2" onClick={() => onAll(false)}>
          None
        </button>
      </span>
    </fieldset>
  );
}

interface EventListProps {
  events: readonly ShownEvent[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
}

/** Every visible event as a list item with a select button: the keyboard and screen-reader route to the rail. */
export function EventList({ events, selectedId, onSelect, onHover }: EventListProps) {
  return (
    <div className="flex min-h-0 flex-col">
      <h3 className="text-sm font-semibold text-ink">
        Events <span className="font-normal text-ink-3">({events.length} in range)</span>
      </h3>
      <ul aria-label="Events" className="mt-1 max-h-[27rem] space-y-1 overflow-y-auto pr-1">
        {events.map((e) => {
          const selected = e.id === selectedId;
          return (
            <li key={e.id} className={`rounded-md border p-2 text-xs ${selected ? "border-accent bg-surface-2" : "border-line"}`}>
              <div className="flex items-start gap-2">
                <CategoryDot category={e.category} />
                <div className="min-w-0 flex-1">
                  <p className="text-ink-3">
                    <time dateTime={e.date}>{e.date}</time> · {CATEGORY_META[e.category].label}
                    {e.isNote ? (
                      <>
                        {" "}
                        <Tag tone="warn">Your note</Tag>
                      </>
                    ) : null}
                    {e.inReport ? (
                      <>
                        {" "}
                        <Tag tone="accent">In the report</Tag>
                      </>
                    ) : null}
                  </p>
                  <p className="font-medium text-ink">{e.title}</p>
                  {e.isNote && e.summary ? <p className="text-ink-2">{e.summary}</p> : null}
                  <p className="mt-0.5 flex flex-wrap gap-x-3">
                    <button
                      type="button"
                      aria-pressed={selected}
                      onClick={() => onSelect(selected ? null : e.id)}
                      onFocus={() => onHover(e.id)}
                      onBlur={() => onHover(null)}
                      onMouseEnter={() => onHover(e.id)}
                      onMouseLeave={() => onHover(null)}
                      className="font-semibold text-accent underline"
                    >
                      {selected ? "Selected" : "Select"}
                      <span className="sr-only"> {e.title}</span>
                    </button>
                    {e.source.url ? (
                      <a href={e.source.url} target="_blank" rel="noreferrer" className="text-ink-3 underline">
                        {e.isNote ? "Link" : `Source: ${e.source.publisher}`}
                      </a>
                    ) : null}
                  </p>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
