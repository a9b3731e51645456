import { Suspense, lazy, useRef } from "react";
import { usePrinting } from "./print-reveal";
import type { LineChartViewProps } from "./line-chart";
import { useNearViewport } from "./use-near-viewport";

const LineChartView = lazy(() => import("./line-chart"));

/** A chart starts drawing as it comes within 200 px of the screen: about a flick of the wheel ahead. */
const AHEAD = "200px 0px 200px 0px";

/**
 * The chart code loads on first use, so the dashboard's first paint does not wait for recharts; and a chart draws only
 * once it comes near the screen (or everything is revealed for printing), since drawing one costs a long task on a
 * slow phone. Until then, and while the code loads, a box of the chart's height holds its place.
 */
export function LazyLineChart(props: LineChartViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const all = usePrinting();
  const near = useNearViewport(box, { margin: AHEAD, skip: all });
  const placeholder = (
    <div
      ref={box}
      role="status"
      className="flex items-center justify-center rounded-lg bg-surface-2 text-sm text-ink-3"
      style={{ height: props.height }}
    >
      Loading chart…
    </div>
  );
  if (!near && !all) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <LineChartView {...props} />
    </Suspense>
  );
}

export type { ChartMarker, LineSeriesSpec } from "./line-chart";
