import { Suspense, lazy } from "react";
import type { LineChartViewProps } from "./line-chart";

const LineChartView = lazy(() => import("./line-chart"));

/** The chart code loads on first use, so the dashboard's first paint does not wait for recharts. */
export function LazyLineChart(props: LineChartViewProps) {
  return (
    <Suspense
      fallback={
        <div
          role="status"
          className="flex items-center justify-center rounded-lg bg-surface-2 text-sm text-ink-3"
          style={{ height: props.height }}
        >
          Loading chart…
        </div>
      }
    >
      <LineChartView {...props} />
    </Suspense>
  );
}

export type { ChartMarker, LineSeriesSpec } from "./line-chart";
