import { useMemo } from "react";
import { addDays } from "@/analytics";
import type { Series, SeriesId } from "@/sources/price-series";
import { useNotes } from "@/state/use-notes";
import { BENCHMARKS } from "../config";
import { resolveRange } from "../lib/build-view";
import { mergeEvents } from "../lib/shown-events";
import { useAiEvents, useNarrativeSeries } from "./use-narrative-data";
import { useNarrativeView } from "./use-narrative-view";

const isBenchmark = (id: string) => BENCHMARKS.includes(id as SeriesId);

/**
 * What the narrative's slides draw, from the same URL state and data as the panel: the shown series, the range, the
 * events in it (curated and the analyst's), and the selected event with its neighbours.
 */
export function useNarrativeModel() {
  const [view, dispatch] = useNarrativeView();
  const data = useNarrativeSeries([...view.shown, view.benchmark]);
  const events = useAiEvents();
  const { notes } = useNotes();
  const shown = useMemo(() => view.shown.flatMap((id) => data.byId.get(id) ?? []), [view.shown, data.byId]);
  const tokens = useMemo(() => shown.filter((s) => !isBenchmark(s.id)), [shown]);
  const asOf = useMemo(() => latestDay(tokens.length > 0 ? tokens : shown), [tokens, shown]);
  const range = useMemo(() => resolveRange(view.preset, asOf, view.custom), [view.preset, asOf, view.custom]);
  const all = useMemo(() => mergeEvents(events.data?.events ?? [], notes), [events.data, notes]);
  const inRange = useMemo(
    () => all.filter((e) => (e.category === "note" || view.categories.includes(e.category)) && e.date >= range.from && e.date <= range.to),
    [all, view.categories, range],
  );
  const selected = all.find((e) => e.id === view.selectedEventId);
  const neighbours = selected
    ? all.filter((e) => e.id !== selected.id && e.date >= addDays(selected.date, -7) && e.date <= addDays(selected.date, 7))
    : [];
  return { view, dispatch, data, shown, tokens, range, inRange, selected, neighbours, bench: data.byId.get(view.benchmark) };
}

function latestDay(series: readonly Series[]): string {
  return (
    series
      .map((s) => s.meta.asOf)
      .sort()
      .at(-1) ?? "2024-03-08"
  );
}
