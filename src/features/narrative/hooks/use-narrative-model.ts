import { useMemo } from "react";
import { addDays } from "@/analytics";
import { CONTINUES_AS, type Series, type SeriesId } from "@/sources/price-series";
import { useNotes } from "@/state/use-notes";
import { useShallowStable } from "@/ui/use-shallow-stable";
import { BENCHMARKS, REPORT_WINDOW } from "../config";
import { resolveRange } from "../lib/resolve-range";
import { mergeEvents } from "../lib/shown-events";
import { useAiEvents, useNarrativeSeries } from "./use-narrative-data";
import { useNarrativeView } from "./use-narrative-view";

const isBenchmark = (id: string) => BENCHMARKS.includes(id as SeriesId);

/**
 * What the narrative draws, from the URL and the data, for the panel and its slides alike: the shown series, the
 * range, the events (curated and the analyst's), and the selected event with its neighbours. `extra` loads series the
 * caller's analyses need beyond those shown (BTC for the down-day table, WLD for the Appendix 2 check).
 */
export function useNarrativeModel(extra: readonly SeriesId[] = []) {
  const [view, dispatch] = useNarrativeView();
  // A shown series that continues under a later ticker loads that one too, to be joined to it (RNDR → RENDER).
  const continuations = view.shown.flatMap((id) => CONTINUES_AS[id] ?? []);
  const data = useNarrativeSeries([...view.shown, ...continuations, view.benchmark, ...extra]);
  const eventsQuery = useAiEvents();
  const { notes } = useNotes();
  // The same array while the same series are shown: nuqs re-reads the URL into a new array after each write, and
  // TanStack Query notifies a new combined result after a toggle; either would rebuild the frame and every line.
  const shown = useShallowStable(view.shown.flatMap((id) => data.byId.get(id) ?? []));
  const joinable = useShallowStable(continuations.flatMap((id) => data.byId.get(id) ?? []));
  /** The loaded continuations (RENDER for RNDR), for the chart to join to the series they continue. */
  const available = useMemo(() => new Map<string, Series>(joinable.map((x) => [x.id, x])), [joinable]);
  const tokens = useMemo(() => shown.filter((s) => !isBenchmark(s.id)), [shown]);
  const asOf = useMemo(() => latestDay(tokens.length > 0 ? tokens : shown), [tokens, shown]);
  const range = useMemo(() => resolveRange(view.preset, asOf, view.custom), [view.preset, asOf, view.custom]);
  const curated = eventsQuery.data?.events;
  const all = useMemo(() => mergeEvents(curated ?? [], notes), [curated, notes]);
  const inRange = useMemo(
    () => all.filter((e) => (e.category === "note" || view.categories.includes(e.category)) && e.date >= range.from && e.date <= range.to),
    [all, view.categories, range],
  );
  const selected = all.find((e) => e.id === view.selectedEventId);
  const neighbours = useMemo(
    () =>
      selected
        ? all.filter((e) => e.id !== selected.id && e.date >= addDays(selected.date, -7) && e.date <= addDays(selected.date, 7))
        : [],
    [all, selected],
  );
  return {
    view,
    dispatch,
    data,
    eventsQuery,
    curated,
    shown,
    available,
    tokens,
    range,
    all,
    inRange,
    selected,
    neighbours,
    bench: data.byId.get(view.benchmark),
  };
}

function latestDay(series: readonly Series[]): string {
  return (
    series
      .map((s) => s.meta.asOf)
      .sort()
      .at(-1) ?? REPORT_WINDOW.to
  );
}
