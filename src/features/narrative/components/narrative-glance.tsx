import { Suspense, useDeferredValue, useMemo, useRef } from "react";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { PanelBoundary } from "@/ui/panel-boundary";
import { lazyView } from "@/ui/lazy-view";
import { useNearViewport } from "@/ui/use-near-viewport";
import { usePlotHeight } from "@/ui/use-plot-height";
import { useCrossFilter } from "../hooks/use-cross-filter";
import { useNarrativeModel } from "../hooks/use-narrative-model";
import { narrativeChartState } from "./narrative-chart-state";
import { RangeControls } from "./range-controls";

const SLICE = viewSlice(["view", "selectedEventId"]);

/**
 * The chart's code (the time chart, its axes and the event rail) stays out of the first load: the static shell and the
 * first renders show the "Loading prices…" box of the same height until the prices arrive, so the chunk starts at
 * once, with the app, rather than on idle, and is in by the time there is something to draw.
 */
const GlanceChart = lazyView(() => import("./price-chart-section").then((m) => m.PriceChartSection));
if (typeof window !== "undefined") GlanceChart.preload().catch(() => undefined);

/**
 * The token narrative at a glance, for the overview: the same chart, series, range and events as the Narrative view
 * (they share the URL), at a working height. Choosing an event opens the Narrative view with that event's study.
 */
export function NarrativeGlance() {
  const model = useNarrativeModel();
  const { view, range, selected, dispatch } = model;
  const [, setUrl] = useViewState(SLICE);
  const cross = useCrossFilter(selected);
  const height = usePlotHeight(0.44, 240, 760, 340);
  const events = useMemo(() => model.inRange, [model.inRange]);
  // The chart mounts in a deferred render once the prices are in: the render that brings them (TanStack Query's
  // store update, which React runs at once) then stays short, and the chart's own comes in slices React can yield in.
  const shown = useDeferredValue(model.shown);
  // Drawn once it comes near the screen: beside the scoreboard on a wide screen (at once), below it and the stage tiles
  // on a phone, where a first visit that never scrolls there is spared drawing ten lines.
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box, { margin: "150px" });
  return (
    <section aria-labelledby="glance-title" className="min-w-0 rounded-xl border border-line bg-surface p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="glance-title" className="text-base font-semibold text-ink">
          Token narrative: prices and AI news
        </h2>
        <a
          href="?view=narrative"
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            void setUrl({ view: "narrative" });
            window.scrollTo({ top: 0 });
          }}
          className="text-xs font-medium text-accent underline"
        >
          Open the narrative
        </a>
      </div>
      <div className="mt-2">
        <RangeControls
          preset={view.preset}
          range={range}
          mode={view.scale}
          log={view.log}
          compact
          onPreset={(preset) => dispatch({ type: "preset", preset })}
          onCustom={(r) => dispatch({ type: "custom", range: r })}
          onMode={(scale) => dispatch({ type: "set", values: { scale } })}
          onLog={(log) => dispatch({ type: "set", values: { log } })}
        />
      </div>
      <div ref={box}>
        <PanelBoundary label="the narrative chart">
          {shown.length === 0 || !near ? (
            <ChartStandIn height={height}>
              {model.data.waiting.length > 0 || (shown.length > 0 && !near)
                ? "Loading prices…"
                : "No series is shown: choose some in the Narrative view."}
            </ChartStandIn>
          ) : (
            <Suspense fallback={<ChartStandIn height={height}>Loading prices…</ChartStandIn>}>
              <GlanceChart
                {...narrativeChartState(model, cross.emphasis)}
                series={shown}
                onZoom={(r) => dispatch({ type: "zoom", range: r })}
                events={events}
                plotHeight={height}
                compact
                onSelect={(id) => {
                  void setUrl({ view: "narrative", selectedEventId: id });
                  window.scrollTo({ top: 0 });
                }}
              />
            </Suspense>
          )}
        </PanelBoundary>
      </div>
    </section>
  );
}

/** The box that holds the chart's place while there is nothing to draw yet (prices or the chart's code on their way). */
function ChartStandIn({ height, children }: { height: number; children: string }) {
  return (
    <div role="status" className="mt-2 flex items-center justify-center rounded-lg bg-surface-2 text-sm text-ink-3" style={{ height }}>
      {children}
    </div>
  );
}
