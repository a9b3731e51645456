import { useQueryStates } from "nuqs";
import { urlKeys, viewParsers } from "./url-schema";

/**
 * The shareable view, read from and written to the URL. Discrete choices push a history entry so Back and Forward
 * step through views; callers pass `{ history: "replace" }` for continuous input such as typing a date.
 */
export function useViewState() {
  return useQueryStates(viewParsers, {
    urlKeys,
    history: "push",
    clearOnDefault: true,
    limitUrlUpdates: { method: "throttle", timeMs: 120 },
  });
}

export type SetViewState = ReturnType<typeof useViewState>[1];
