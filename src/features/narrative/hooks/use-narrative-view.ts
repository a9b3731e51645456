import { useReducer } from "react";
import type { DayRange, EventWindow } from "@/analytics";
import type { EventCategory } from "@/sources/sample-events";
import type { SeriesId } from "@/sources/price-series";
import { type BenchmarkId, CATEGORIES, DEFAULT_SHOWN, REPORT_WINDOW, type RangePresetId, type ScaleMode } from "../config";

/** Everything that decides what the narrative panel shows. Plain data, so the URL can carry it later. */
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

export const INITIAL_VIEW: NarrativeViewState = {
  shown: [...DEFAULT_SHOWN],
  preset: "report",
  custom: { ...REPORT_WINDOW },
  mode: "rebased",
  log: false,
  categories: [...CATEGORIES],
  selectedEventId: null,
  benchmark: "btc",
  windows: [
    { from: -1, to: 1 },
    { from: 0, to: 3 },
    { from: 0, to: 7 },
  ],
  carCategory: "model-release",
  carTarget: "basket",
  carHalfWidth: 10,
};

export type NarrativeAction =
  | { type: "toggle-series"; id: SeriesId }
  | { type: "preset"; preset: RangePresetId }
  | { type: "custom"; range: DayRange }
  | { type: "mode"; mode: ScaleMode }
  | { type: "log"; log: boolean }
  | { type: "toggle-category"; category: EventCategory }
  | { type: "all-categories"; on: boolean }
  | { type: "select-event"; id: string | null }
  | { type: "benchmark"; benchmark: BenchmarkId }
  | { type: "window"; index: number; window: EventWindow }
  | { type: "car"; category?: EventCategory; target?: "basket" | SeriesId; halfWidth?: number };

export function narrativeReducer(state: NarrativeViewState, action: NarrativeAction): NarrativeViewState {
  switch (action.type) {
    case "toggle-series":
      return {
        ...state,
        shown: state.shown.includes(action.id) ? state.shown.filter((s) => s !== action.id) : [...state.shown, action.id],
      };
    case "preset":
      return { ...state, preset: action.preset };
    case "custom":
      return { ...state, preset: "custom", custom: action.range };
    case "mode":
      return { ...state, mode: action.mode };
    case "log":
      return { ...state, log: action.log };
    case "toggle-category":
      return {
        ...state,
        categories: state.categories.includes(action.category)
          ? state.categories.filter((c) => c !== action.category)
          : [...state.categories, action.category],
      };
    case "all-categories":
      return { ...state, categories: action.on ? [...CATEGORIES] : [] };
    case "select-event":
      return { ...state, selectedEventId: action.id };
    case "benchmark":
      return { ...state, benchmark: action.benchmark };
    case "window": {
      const windows = state.windows.map((w, i) => (i === action.index ? normaliseWindow(action.window) : w));
      return { ...state, windows };
    }
    case "car":
      return {
        ...state,
        ...(action.category ? { carCategory: action.category } : {}),
        ...(action.target ? { carTarget: action.target } : {}),
        ...(action.halfWidth === undefined ? {} : { carHalfWidth: clamp(Math.round(action.halfWidth), 1, MAX_CAR_HALF_WIDTH) }),
      };
  }
}

/** The estimation window ends at day −11, so a path may reach back at most 10 days without overlapping it. */
export const MAX_CAR_HALF_WIDTH = 10;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Number.isFinite(n) ? n : lo));

/** Windows stay within ±30 days and in order, whatever is typed. */
export function normaliseWindow(w: EventWindow): EventWindow {
  const a = clamp(Math.round(w.from), -30, 30);
  const b = clamp(Math.round(w.to), -30, 30);
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

export function useNarrativeView() {
  return useReducer(narrativeReducer, INITIAL_VIEW);
}
