import type { DayRange, EventWindow } from "@/analytics";
import type { EventCategory } from "@/sources/sample-events";
import type { SeriesId } from "@/sources/price-series";
import { type CarTarget, EVENT_CATEGORIES, MAX_CAR_HALF_WIDTH } from "@/state/url-schema";
import { debounce } from "nuqs";
import { useMemo } from "react";
import { type UrlState, useViewState, viewSlice } from "@/state/use-view-state";
import { useShallowStable } from "@/ui/use-shallow-stable";
import { REPORT_WINDOW, type RangePresetId } from "../config";

const SLICE = viewSlice([
  "range",
  "from",
  "to",
  "scale",
  "log",
  "shown",
  "categories",
  "selectedEventId",
  "benchmark",
  "windows",
  "carCategory",
  "carTarget",
  "carHalfWidth",
]);

/**
 * The view changes at once (nuqs keeps the new values in memory and every reader sees them); the URL is written once
 * the chart has repainted. Writing it (pushState, then every URL reader re-rendering) took ~25–50 ms of the frame
 * after a click on the 2-CPU machine. 100 ms is past two frames even when a repaint takes 50 ms, under the 120 ms the
 * URL writes were already throttled to; choices within it become one history entry, as they did under the throttle.
 */
const WRITE_AFTER_PAINT = debounce(100);

/** Values set as they are: the URL's own state names (url-schema), nothing renamed. */
type PlainKeys = "scale" | "log" | "selectedEventId" | "benchmark";

/**
 * Everything that decides what the narrative panel shows: the URL's state under its own names, plus the range
 * resolved to a preset and a custom window. Read from the URL, so a link reproduces it.
 */
export type NarrativeViewState = Omit<UrlState<typeof SLICE>, "range" | "from" | "to"> & {
  preset: RangePresetId;
  custom: DayRange;
};

/** Changes that do more than set a value: toggles, ranges, clamped and normalised numbers. */
export type NarrativeAction =
  | { type: "set"; values: Partial<Pick<NarrativeViewState, PlainKeys>> }
  | { type: "toggle-series"; id: SeriesId }
  | { type: "preset"; preset: RangePresetId }
  | { type: "custom"; range: DayRange }
  /** A brushed range: a history entry of its own, so Back undoes the zoom. */
  | { type: "zoom"; range: DayRange }
  | { type: "toggle-category"; category: EventCategory }
  | { type: "all-categories"; on: boolean }
  | { type: "window"; index: number; window: EventWindow }
  | { type: "car"; category?: EventCategory; target?: CarTarget; halfWidth?: number };

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
  const [url, setUrlNow] = useViewState(SLICE);
  // nuqs debounces each key on its own timer and writes each as it fires: a choice that pushes a history entry and
  // changes several keys at once (a brushed range, a preset clearing from and to) became two or three entries, and Back
  // landed on a half-written view. Those go through nuqs's throttle, which writes every key of a call together.
  const setUrl = (values: Parameters<typeof setUrlNow>[0], options: Parameters<typeof setUrlNow>[1] = {}) => {
    const changed =
      values === null || typeof values === "function"
        ? []
        : Object.entries(values).filter(([k, v]) => (url as Record<string, unknown>)[k] !== v);
    const pushesSeveral = changed.length > 1 && (options.history ?? "push") === "push";
    return setUrlNow(values, pushesSeveral ? options : { limitUrlUpdates: WRITE_AFTER_PAINT, ...options });
  };
  // Derived objects keep their identity while their values do not change, so the memoised chart frame is not
  // rebuilt on unrelated renders.
  const customFrom = url.from ?? REPORT_WINDOW.from;
  const customTo = url.to ?? REPORT_WINDOW.to;
  const custom = useMemo(() => ({ from: customFrom, to: customTo }), [customFrom, customTo]);
  // Lists keep their identity while their items do not change: nuqs hands a new array for every key after any URL
  // write, and a new category list would refilter the events and redraw the 60-row event list on a scale change.
  const shown = useShallowStable(url.shown);
  const categories = useShallowStable(url.categories);
  const { range, from, to, ...rest } = url;
  const view: NarrativeViewState = {
    ...rest,
    shown: shown as typeof url.shown,
    categories: categories as typeof url.categories,
    preset: range === "custom" || from || to ? "custom" : range,
    custom,
  };

  const dispatch = (action: NarrativeAction) => {
    switch (action.type) {
      case "set":
        void setUrl(action.values);
        return;
      case "toggle-series":
        void setUrl({ shown: url.shown.includes(action.id) ? url.shown.filter((s) => s !== action.id) : [...url.shown, action.id] });
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
      case "toggle-category":
        void setUrl({
          categories: url.categories.includes(action.category)
            ? url.categories.filter((c) => c !== action.category)
            : [...url.categories, action.category],
        });
        return;
      case "all-categories":
        void setUrl({ categories: action.on ? [...EVENT_CATEGORIES] : [] });
        return;
      case "window":
        void setUrl(
          { windows: url.windows.map((w, i) => (i === action.index ? normaliseWindow(action.window) : w)) },
          { history: "replace" },
        );
        return;
      case "car":
        void setUrl({
          ...(action.category ? { carCategory: action.category } : {}),
          ...(action.target ? { carTarget: action.target } : {}),
          ...(action.halfWidth === undefined ? {} : { carHalfWidth: clamp(Math.round(action.halfWidth), 1, MAX_CAR_HALF_WIDTH) }),
        });
        return;
    }
  };
  return [view, dispatch];
}
