import { type ReactNode, memo, useMemo } from "react";
import { useUiStore } from "@/state/ui-store";
import type { DayRange, EventWindow } from "@/analytics";
import type { AiEvent, EventCategory } from "@/sources/sample-events";
import type { SeriesId } from "@/sources/price-series";
import { isPriceSeriesId } from "@/content/series";
import { Panel } from "@/ui/panel";
import { PanelBoundary } from "@/ui/panel-boundary";
import { useAfterPaint } from "@/ui/use-after-paint";
import { usePlotHeight } from "@/ui/use-plot-height";
import { useShallowStable } from "@/ui/use-shallow-stable";
import { type BenchmarkId, CATEGORIES, STUDY_BENCHMARKS } from "../config";
import { eventConcerns, useCrossFilter } from "../hooks/use-cross-filter";
import { useNarrativeModel } from "../hooks/use-narrative-model";
import type { ShownEvent } from "../lib/shown-events";
import { useStableCallback } from "../lib/use-stable-callback";
import { CategoryCar } from "./category-car";
import { DownDaysTable } from "./down-days-table";
import { CategoryFilter, EventList } from "./event-list";
import { EventStudyTable } from "./event-study-table";
import { FocusControl } from "./focus-control";
import { Methodology } from "./methodology";
import { PriceChartSection, narrativeChartState } from "./price-chart-section";
import { RangeControls } from "./range-controls";
import { SeriesToggles } from "./series-toggles";
import { SeriesErrors } from "./series-errors";
import { StudySidePanel } from "./study-side-panel";
import { WorldcoinCheck } from "./worldcoin-check";

// The panel re-renders whenever nuqs re-reads the URL after its throttled write, with the same values. Children whose
// props are then unchanged skip that render (the rest are memoised in their own files).
const MemoCategoryFilter = memo(CategoryFilter);
const MemoEventList = memo(EventList);
const MemoEventStudyTable = memo(EventStudyTable);
const MemoWorldcoinCheck = memo(WorldcoinCheck);
const MemoMethodology = memo(Methodology);
const MemoDownDaysTable = memo(DownDaysTable);
const MemoCategoryCar = memo(CategoryCar);
const NO_EVENTS: readonly AiEvent[] = [];

/** AI tokens against BTC, ETH and AI stocks, AI news on the time axis, and the returns around each event. */
export function NarrativePanel({ notesEditor }: { notesEditor?: ReactNode }) {
  const model = useNarrativeModel(["btc", "wld"]);
  const { view, data, eventsQuery, curated, range, tokens, selected, neighbours, bench } = model;
  const shownSeries = model.shown;
  const allEvents = model.all;
  const dispatch = useStableCallback(model.dispatch);
  const setHoveredEvent = useUiStore((s) => s.setHoveredEvent);
  const counts = useMemo(() => countByCategory(allEvents), [allEvents]);
  const cross = useCrossFilter(selected);
  // The analyses under the chart follow a toggle or a range change one painted frame later: the chart the analyst
  // clicked repaints first (the category CAR chart alone costs ~90 ms of recharts store updates).
  const laterTokens = useAfterPaint(tokens);
  const laterRange = useAfterPaint(range);
  // The same array while the same events are visible: nuqs hands over a new categories array on every render, and a
  // new list each render would have the after-paint copy below re-render the panel every frame, for ever.
  const visible = useShallowStable(
    useMemo(
      () =>
        allEvents.filter(
          (e) =>
            (e.category === "note" || view.categories.includes(e.category)) &&
            e.date >= range.from &&
            e.date <= range.to &&
            (e.isNote || !cross.project || eventConcerns(e, cross.project)),
        ),
      [allEvents, view.categories, range, cross.project],
    ),
  );
  // The list beside the chart follows a frame later too: re-laying out sixty list items in the click's frame delayed the
  // chart's own repaint (the rail under the chart moves with it, at once).
  const laterVisible = useAfterPaint(visible);
  const height = usePlotHeight(0.5, 300, 900, 380);
  const benchLabel = STUDY_BENCHMARKS.find((b) => b.value === view.benchmark)?.label ?? view.benchmark;
  const handlers = useMemo(
    () => ({
      selectEvent: (id: string | null) => dispatch({ type: "set", values: { selectedEventId: id } }),
      zoom: (range: DayRange) => dispatch({ type: "zoom", range }),
      // The chart's legend toggles a line as its chip does (the line's key is its series id).
      toggleSeries: (id: string) => {
        if (isPriceSeriesId(id)) dispatch({ type: "toggle-series", id });
      },
      toggleCategory: (category: EventCategory) => dispatch({ type: "toggle-category", category }),
      allCategories: (on: boolean) => dispatch({ type: "all-categories", on }),
      benchmark: (benchmark: BenchmarkId) => dispatch({ type: "set", values: { benchmark } }),
      window: (index: number, window: EventWindow) => dispatch({ type: "window", index, window }),
      car: (c: { category?: EventCategory; target?: "basket" | SeriesId; halfWidth?: number }) => dispatch({ type: "car", ...c }),
    }),
    [dispatch],
  );

  return (
    <Panel
      title="Token narrative"
      anchor="narrative"
      exportable
      subtitle="AI tokens against BTC, ETH, Nvidia and Microsoft, with AI news on the time axis and the returns around each event"
    >
      <div className="space-y-3">
        <SeriesToggles
          shown={view.shown}
          failed={data.errors.map((e) => e.id)}
          namedByEvent={cross.namedByEvent}
          onToggle={(id) => dispatch({ type: "toggle-series", id })}
        />
        <FocusControl tokens={tokens} project={cross.project} onFocus={cross.focusOn} onClear={cross.clearProject} />
        <RangeControls
          preset={view.preset}
          range={range}
          mode={view.scale}
          log={view.log}
          onPreset={(preset) => dispatch({ type: "preset", preset })}
          onCustom={(r) => dispatch({ type: "custom", range: r })}
          onMode={(scale) => dispatch({ type: "set", values: { scale } })}
          onLog={(log) => dispatch({ type: "set", values: { log } })}
        />
        <SeriesErrors errors={data.errors} onRetry={data.refetch} />
      </div>
      <div className="mt-4 grid grid-cols-1 gap-5 xl:grid-cols-12">
        <div className={`min-w-0 ${selected ? "xl:col-span-7" : "xl:col-span-8"}`}>
          <PanelBoundary label="the narrative chart">
            {data.waiting.some((id) => view.shown.includes(id)) && shownSeries.length === 0 ? (
              <div role="status" className="flex items-center justify-center rounded-lg bg-surface-2 text-sm text-ink-3" style={{ height }}>
                Loading prices…
              </div>
            ) : (
              <PriceChartSection
                {...narrativeChartState(model, cross.emphasis)}
                series={shownSeries}
                onZoom={handlers.zoom}
                onToggleSeries={handlers.toggleSeries}
                events={visible}
                plotHeight={height}
                onSelect={handlers.selectEvent}
              />
            )}
          </PanelBoundary>
        </div>
        <div className={`min-w-0 space-y-3 ${selected ? "xl:col-span-5" : "xl:col-span-4"}`}>
          {selected ? (
            <StudySidePanel title={selected.title} onClose={() => handlers.selectEvent(null)}>
              <PanelBoundary label="the event study">
                <MemoEventStudyTable
                  event={selected}
                  tokens={tokens}
                  bench={bench}
                  benchmark={view.benchmark}
                  windows={view.windows}
                  neighbours={neighbours}
                  onBenchmark={handlers.benchmark}
                  onWindow={handlers.window}
                  framed={false}
                />
              </PanelBoundary>
            </StudySidePanel>
          ) : (
            <p className="rounded-lg border border-dashed border-line p-3 text-sm text-ink-3">
              Select an event in the list or on the rail under the chart: its study opens here, beside the chart.
            </p>
          )}
          <MemoCategoryFilter
            selected={view.categories}
            counts={counts}
            onToggle={handlers.toggleCategory}
            onAll={handlers.allCategories}
          />
          {eventsQuery.error ? (
            <div role="alert" className="rounded-lg border border-bad/40 bg-bad-bg p-3 text-sm">
              The AI events could not be loaded: {eventsQuery.error.message}{" "}
              <button type="button" className="font-semibold underline" onClick={() => void eventsQuery.refetch()}>
                Retry
              </button>
            </div>
          ) : (
            <div className={selected ? "max-h-72 overflow-y-auto" : "max-h-[calc(100vh-16rem)] overflow-y-auto"} data-scroll-list>
              <MemoEventList
                events={laterVisible}
                selectedId={view.selectedEventId}
                onSelect={handlers.selectEvent}
                onHover={setHoveredEvent}
              />
            </div>
          )}
          {notesEditor}
        </div>
      </div>
      <div className="mt-5 space-y-5">
        <div className="space-y-5">
          <PanelBoundary label="the down-day table">
            <MemoDownDaysTable tokens={laterTokens} btc={data.byId.get("btc")} range={laterRange} />
          </PanelBoundary>
          <PanelBoundary label="the Worldcoin check">
            <MemoWorldcoinCheck wld={data.byId.get("wld")} />
          </PanelBoundary>
        </div>
        <PanelBoundary label="the category averages">
          <MemoCategoryCar
            events={curated ?? NO_EVENTS}
            tokens={laterTokens}
            bench={bench}
            benchLabel={benchLabel}
            category={view.carCategory}
            target={view.carTarget}
            halfWidth={view.carHalfWidth}
            onChange={handlers.car}
          />
        </PanelBoundary>
        <MemoMethodology />
      </div>
    </Panel>
  );
}

function countByCategory(events: readonly ShownEvent[]): Record<EventCategory, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<EventCategory, number>;
  for (const e of events) if (e.category !== "note") counts[e.category] += 1;
  return counts;
}
