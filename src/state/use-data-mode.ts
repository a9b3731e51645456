import { useState } from "react";
import { useSettings } from "./settings";
import { useViewState, viewSlice } from "./use-view-state";

const SLICE = viewSlice(["dataMode"]);

export interface DataModeContext {
  mode: "sample" | "live";
  /** What live queries need: today's UTC day (fixed for the visit, so keys stay stable), the key and the refresh. */
  live: { today: string; apiKey: string; refreshMs: number };
}

/** The data mode from the URL plus the per-device live settings, for the hooks that build source queries. */
export function useDataMode(): DataModeContext {
  const [{ dataMode: mode }] = useViewState(SLICE);
  const settings = useSettings();
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  return { mode, live: { today, apiKey: settings.coingeckoKey, refreshMs: settings.refreshMs } };
}
