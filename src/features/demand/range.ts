import { addDays } from "@/analytics";
import { report } from "@/content/report";
import type { ViewState } from "@/state/url-schema";

/** The URL schema's list of ranges. */
export type DemandRange = ViewState["demandRange"];

export const RANGE_OPTIONS: readonly { value: DemandRange; label: string }[] = [
  { value: "all", label: "All" },
  { value: "1y", label: "1Y" },
  { value: "report", label: "Report window" },
];

/** The report's window (content/report.ts), as the narrative uses it. */
const REPORT = report.reportWindow;

export function rangeFor(range: DemandRange, latest: string): { from: string; to: string } {
  if (range === "report") return REPORT;
  if (range === "1y") return { from: addDays(latest, -364), to: latest };
  return { from: "2000-01-01", to: latest };
}
