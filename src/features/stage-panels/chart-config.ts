import { report } from "@/content/report";
import type { StageId } from "@/content/schema";
import type { SeriesId } from "@/sources/price-series";
import type { StageRange } from "@/state/url-schema";

/** The stage chart's range presets: the URL schema's list. */
export type RangePreset = StageRange;

/** "report" and "since-report" are the report's window (content/report.ts): Q4 2023 to early March 2024. */
export const RANGE_PRESETS: Record<RangePreset, { label: string; from: string; to: string }> = {
  report: { label: "Report window", ...report.reportWindow },
  y2024: { label: "2024", from: "2024-01-01", to: "2024-12-31" },
  "since-report": { label: "Since report", from: report.reportWindow.to, to: "2099-12-31" },
  all: { label: "All", from: "2016-01-01", to: "2099-12-31" },
};

export interface StageChartConfig {
  title: string;
  /** Series drawn, in legend order. */
  series: readonly SeriesId[];
  /** Series drawn dashed, because they measure something different (TAO daily opens). */
  dashed?: readonly SeriesId[];
  /** What the panel cannot draw for lack of data, said plainly under the chart. */
  missing?: string;
}

export const STAGE_CHARTS: Record<StageId, StageChartConfig> = {
  data: {
    title: "Data-stage tokens",
    series: ["fil", "ar", "grt", "ocean", "btc"],
    missing: "Grass had no token at the report's date. OCEAN's embedded file ends 2023-12-29.",
  },
  compute: {
    title: "Compute tokens against Nvidia",
    series: ["rndr", "render", "icp", "nvda", "btc"],
    missing:
      "AKT (Akash) has no embedded price series: no public daily file covering 2023-24 was found. Render is two series: RNDR (Yahoo, USD) to 2024-07-13 and RENDER (Binance, USDT) from 2024-07-26; the gap between them is left open.",
  },
  verification: {
    title: "Bittensor and model-market tokens",
    series: ["tao-open", "tao", "fet", "agix", "near"],
    dashed: ["tao-open"],
    missing:
      "TAO has no daily close before its Binance listing on 2024-04-11; the dashed line is Yahoo's daily OPEN, shown separately and never joined to the closes. AGIX's embedded file ends 2023-12-29.",
  },
  provenance: {
    title: "Worldcoin (WLD) and the report's events",
    series: ["wld"],
  },
};
