import { type SeriesId, seriesEntry } from "@/sources/price-series";
import { slotStyle } from "@/ui/time-axis";
import { AI_TOKENS, BENCHMARKS } from "../config";
import { colourSlots } from "../lib/colour-slots";

interface SeriesTogglesProps {
  shown: readonly SeriesId[];
  failed: readonly SeriesId[];
  namedByEvent: (ticker: string) => boolean;
  onToggle: (id: SeriesId) => void;
}

interface ToggleProps {
  id: SeriesId;
  on: boolean;
  /** The colour of its line on the chart, when shown. */
  colour: string | undefined;
  failed: boolean;
  named: boolean;
  onToggle: (id: SeriesId) => void;
}

function Toggle({ id, on, colour, failed, named, onToggle }: ToggleProps) {
  const entry = seriesEntry(id);
  const label = entry.measure === "open" ? `${entry.ticker} open` : entry.ticker;
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={`${label} (${entry.label})${failed ? ", failed to load" : ""}${named ? ", named by the selected event" : ""}`}
      title={`${entry.label}: daily ${entry.measure}, ${entry.quote}, ${entry.first} to ${entry.last}`}
      onClick={() => onToggle(id)}
      className={`inline-flex items-center gap-1.5 rounded-md border px-2 py-1 text-xs font-semibold ${
        on ? "border-ink-3 bg-surface-2 text-ink" : "border-line text-ink-3"
      }`}
    >
      <span
        aria-hidden="true"
        className="h-2.5 w-2.5 rounded-full"
        style={{ background: on && colour ? colour : "transparent", border: `2px solid ${on && colour ? colour : "var(--ink-3)"}` }}
      />
      {label}
      {failed ? <span className="text-bad">(failed)</span> : null}
      {named ? (
        <span aria-hidden="true" title="Named by the selected event" className="text-warn">
          ★
        </span>
      ) : null}
    </button>
  );
}

/** Pressed-state buttons per series: AI tokens first, then the benchmarks the report compares them with. */
export function SeriesToggles({ shown, failed, namedByEvent, onToggle }: SeriesTogglesProps) {
  const slots = colourSlots(shown);
  const colour = (id: SeriesId) => {
    const slot = slots.get(id);
    return slot === undefined ? undefined : slotStyle(slot).color;
  };
  const group = (legend: string, ids: readonly SeriesId[]) => (
    <fieldset className="flex flex-wrap items-center gap-1.5">
      <legend className="float-left w-20 text-xs font-medium text-ink-3">{legend}</legend>
      {ids.map((id) => (
        <Toggle
          key={id}
          id={id}
          on={shown.includes(id)}
          colour={colour(id)}
          failed={failed.includes(id)}
          named={namedByEvent(seriesEntry(id).ticker)}
          onToggle={onToggle}
        />
      ))}
    </fieldset>
  );
  return (
    <div className="space-y-1.5">
      {group("AI tokens", AI_TOKENS)}
      {group("Benchmarks", BENCHMARKS)}
    </div>
  );
}
