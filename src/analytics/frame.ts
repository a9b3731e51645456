import { type AlignedRow, alignOnDates } from "./align";
import { type DayRange, clipToRange } from "./range";
import { pctChange, rebaseTo100 } from "./rebase";
import type { IsoDay, Point } from "./types";

export type ValueMode = "rebased" | "price";

export interface FrameInput {
  key: string;
  points: readonly Point[];
}

export interface FrameSeriesSummary {
  key: string;
  /** First and last day with data inside the window, if any. */
  first?: IsoDay;
  last?: IsoDay;
  /** Return over the window from the series' first to last point, percent. */
  changePct?: number;
  points: number;
}

export interface ComparisonFrame {
  rows: AlignedRow[];
  summaries: FrameSeriesSummary[];
  mode: ValueMode;
  range: DayRange;
}

/**
 * Prepares a comparison chart: clip each series to the window, rebase to 100 at each series' first point in it (or
 * keep prices), then align on the union of days without filling gaps. Pure, so it is tested without a DOM.
 */
export function buildComparisonFrame(inputs: readonly FrameInput[], range: DayRange, mode: ValueMode): ComparisonFrame {
  const clipped = inputs.map((s) => ({ key: s.key, points: clipToRange(s.points, range) }));
  const prepared = mode === "rebased" ? clipped.map((s) => ({ key: s.key, points: rebaseTo100(s.points) })) : clipped;
  const summaries = clipped.map((s): FrameSeriesSummary => {
    const first = s.points[0];
    const last = s.points[s.points.length - 1];
    const change = first && last ? pctChange(first.value, last.value) : undefined;
    return {
      key: s.key,
      points: s.points.length,
      ...(first ? { first: first.date } : {}),
      ...(last ? { last: last.date } : {}),
      ...(change === undefined ? {} : { changePct: change }),
    };
  });
  return { rows: alignOnDates(prepared), summaries, mode, range };
}
