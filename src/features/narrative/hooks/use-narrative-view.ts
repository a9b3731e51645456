import type { DayRange, EventWindow } from "@/analytics";
import type { EventCategory } from "@/sources/sample-events";
import type { SeriesId } from "@/sources/price-series";
import { MAX_CAR_HALF_WIDTH } from "@/state/url-schema";
import { useMemo } from "react";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { type BenchmarkId, CATEGORIES, REPORT_WINDOW, type RangePresetId, type ScaleMode } from "../config";

/** Everything that decides what the narrative panel shows: read from the URL, so a link reproduces it. */
export interface NarrativeViewState {
  shown: SeriesId[];
  preset: RangePresetId;
  custom: DayRange;
  mode: ScaleMode;
  log: boolean;
  categories: EventCategory[];
  selectedEventId: string | null;
  benchmark: BenchmarkId;
  windows: EventWindow[];
  carCategory: EventCategory;
  carTarget: "basket" | SeriesId;
  carHalfWidth: number;
}

export type NarrativeAction =
  | { type: "toggle-series"; id: SeriesId }
  | { type: "preset"; preset: RangePresetId }
  | { type: "custom"; range: DayRange }
  /** A brushed range: a history entry of its own, so Back undoes the zoom. */
  | { type: "zoom"; range: DayRange }
  | { type: "mode"; mode: ScaleMode }
  | { type: "log"; log: boolean }
  | { type: "toggle-category"; category: EventCategory }
  | { type: "all-categories"; on: boolean }
  | { type: "select-event"; id: string | null }
  | { type: "benchmark"; benchmark: BenchmarkId }
  | { type: "window"; index: number; window: EventWindow }
  | { type: "car"; category?: EventCategory; target?: "basket" | SeriesId; halfWidth?: number };

const SLICE = viewSlice(["range", "from", "to", "scale", "log", "tokens", "cats", "event", "bench", "win", "carcat", "carfor", "carw"]);

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Number.isFinite(n) ? n : lo));

/** Windows stay within ±30 days and in order, whatever is typed. */
export function normaliseWindow(w: EventWindow): EventWindow {
  const a = clamp(Math.round(w.from), -30, 30);
  const b = clamp(Math.round(w.to), -30, 30);
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/**
 * The narrative's view lives in the URL. Choices push a history entry (Back undoes them); typing a date or a
 * window bound replaces it, so the history is not flooded with every keystroke.
 */
export function useNarrativeView(): [NarrativeViewState, (action: NarrativeAction) => void] {
  const [url, setUrl] = useViewState(SLICE);
  // Derived objects keep their identity while their values do not change, so the memoised chart frame is not
  // rebuilt on unrelated renders.
  const customFrom = url.from ?? REPORT_WINDOW.from;
  const customTo = url.to ?? REPORT_WINDOW.to;
  const custom = useMemo(() => ({ from: customFrom, to: customTo }), [customFrom, customTo]);
  const view: NarrativeViewState = {
    shown: url.tokens,
    preset: url.range === "custom" || url.from || url.to ? "custom" : url.range,
    custom,
    mode: url.scale,
    log: url.log,
    categories: url.cats,
    selectedEventId: url.event,
    benchmark: url.bench,
    windows: url.win,
    carCategory: url.carcat,
    carTarget: url.carfor,
    carHalfWidth: url.carw,
  };

  const dispatch = (action: NarrativeAction) => {
    switch (action.type) {
      case "toggle-series":
        void setUrl({ tokens: url.tokens.includes(action.id) ? url.tokens.filter((s) => s !== action.id) : [...url.tokens, action.id] });
        return;
      case "preset":
        void setUrl(
          action.preset === "custom"
            ? { range: "custom", from: custom.from, to: custom.to }
            : { range: action.preset, from: null, to: null },
        );
        return;
      case "custom":
        void setUrl({ range: "custom", from: action.range.from, to: action.range.to }, { history: "replace" });
        return;
      case "zoom":
        void setUrl({ range: "custom", from: action.range.from, to: action.range.to });
        return;
      case "mode":
        void setUrl({ scale: action.mode });
        return;
      case "log":
        void setUrl({ log: action.log });
        return;
      case "toggle-category":
        void setUrl({
          cats: url.cats.includes(action.category) ? url.cats.filter((c) => c !== action.category) : [...url.cats, action.category],
        });
        return;
      case "all-categories":
        void setUrl({ cats: action.on ? [...CATEGORIES] : [] });
        return;
      case "select-event":
        void setUrl({ event: action.id });
        return;
      case "benchmark":
        void setUrl({ bench: action.benchmark });
        return;
      case "window":
        void setUrl({ win: url.win.map((w, i) => (i === action.index ? normaliseWindow(action.window) : w)) }, { history: "replace" });
        return;
      case "car":
        void setUrl({
          ...(action.category ? { carcat: action.category } : {}),
          ...(action.target ? { carfor: action.target } : {}),
          ...(action.halfWidth === undefined ? {} : { carw: clamp(Math.round(action.halfWidth), 1, MAX_CAR_HALF_WIDTH) }),
        });
        return;
    }
  };
  return [view, dispatch];
}
