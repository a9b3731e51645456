import type { DayRange } from "@/analytics";
import { Segmented, Toggle } from "@/ui/segmented";
import type { RangePresetId, ScaleMode } from "../config";

const presetOptions: { value: RangePresetId; label: string }[] = [
  { value: "report", label: "Report window" },
  { value: "1y", label: "1Y" },
  { value: "ytd", label: "YTD" },
  { value: "all", label: "All" },
  { value: "custom", label: "Custom" },
];
const modeOptions: { value: ScaleMode; label: string }[] = [
  { value: "rebased", label: "Index = 100" },
  { value: "pct", label: "% change" },
  { value: "price", label: "Price" },
];

interface RangeControlsProps {
  preset: RangePresetId;
  range: DayRange;
  mode: ScaleMode;
  log: boolean;
  onPreset: (p: RangePresetId) => void;
  onCustom: (r: DayRange) => void;
  onMode: (m: ScaleMode) => void;
  onLog: (on: boolean) => void;
  /** Presets, scale and log only: the custom dates live in the full view. */
  compact?: boolean;
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

export function RangeControls({ preset, range, mode, log, onPreset, onCustom, onMode, onLog, compact = false }: RangeControlsProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <Segmented
        label="Range"
        value={preset}
        options={compact ? presetOptions.filter((o) => o.value !== "custom" || preset === "custom") : presetOptions}
        onChange={onPreset}
      />
      {compact ? null : (
        <span className="inline-flex items-center gap-1.5 text-xs text-ink-2">
          <label htmlFor="narrative-from">From</label>
          <input
            id="narrative-from"
            type="date"
            value={range.from}
            onChange={(e) => isDay(e.target.value) && onCustom({ from: e.target.value, to: range.to })}
            className="rounded border border-line bg-surface px-1.5 py-0.5 text-ink"
          />
          <label htmlFor="narrative-to">to</label>
          <input
            id="narrative-to"
            type="date"
            value={range.to > "2098" ? "" : range.to}
            onChange={(e) => isDay(e.target.value) && onCustom({ from: range.from, to: e.target.value })}
            className="rounded border border-line bg-surface px-1.5 py-0.5 text-ink"
          />
        </span>
      )}
      <Segmented label="Scale" value={mode} options={modeOptions} onChange={onMode} />
      {/* A log of a % change means nothing (it crosses zero): in that mode the box is off and says why, and a link's log=1
          waits, unused, for index or price. */}
      <Toggle
        label="Log scale"
        checked={log}
        onChange={onLog}
        disabledReason={mode === "pct" ? "Log scale applies to index and price" : undefined}
      />
    </div>
  );
}
