import type { DayRange } from "@/analytics";
import type { Series } from "@/sources/price-series";
import type { ScaleMode } from "../config";
import type { Emphasis } from "../hooks/use-cross-filter";
import type { ShownEvent } from "../lib/shown-events";

/**
 * What the chart shows of the narrative's state: the same in the Narrative view and in the overview's glance. Apart
 * from the chart's code, so the glance can hold it while that code loads.
 */
export function narrativeChartState(
  model: {
    available: ReadonlyMap<string, Series>;
    range: DayRange;
    selected: ShownEvent | undefined;
    view: { scale: ScaleMode; log: boolean };
  },
  emphasis: (s: Series) => Emphasis,
) {
  const { available, range, selected, view } = model;
  return { available, range, selected, mode: view.scale, log: view.log, emphasis };
}
