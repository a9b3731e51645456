import { useNarrativeModel } from "../hooks/use-narrative-model";
import { EventStudyTable } from "./event-study-table";
import { PriceChartSection } from "./price-chart-section";

const normal = () => "normal" as const;

/**
 * The narrative chart at projector scale, as the URL (or the slide's view) sets it. The slide's own title names it, so
 * the chart's heading stays for screen readers only.
 */
export function NarrativeSlide({ plotHeight }: { plotHeight?: number }) {
  const m = useNarrativeModel();
  if (m.shown.length === 0) return <p role="status">Loading prices…</p>;
  return (
    <div className="[&_figure_h3]:sr-only">
      <PriceChartSection
        plotHeight={plotHeight}
        series={m.shown}
        available={m.available}
        range={m.range}
        mode={m.view.scale}
        log={m.view.log}
        events={m.inRange}
        selected={m.selected}
        emphasis={normal}
        onSelect={(id) => m.dispatch({ type: "set", values: { selectedEventId: id } })}
      />
    </div>
  );
}

/** The event study for the selected event, large enough to read from the back of the room. */
export function StudySlide() {
  const m = useNarrativeModel();
  if (!m.selected) return <p className="text-[1rem]">No event is selected for this slide.</p>;
  return (
    <div className="text-[1.1rem]">
      <EventStudyTable
        event={m.selected}
        tokens={m.tokens}
        bench={m.bench}
        benchmark={m.view.benchmark}
        windows={m.view.windows}
        neighbours={m.neighbours}
        onBenchmark={(benchmark) => m.dispatch({ type: "set", values: { benchmark } })}
        onWindow={(index, window) => m.dispatch({ type: "window", index, window })}
      />
    </div>
  );
}
