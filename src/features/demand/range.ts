import { addDays } from "@/analytics";

export type DemandRange = "all" | "1y" | "report";

export const RANGE_OPTIONS: readonly { value: DemandRange; label: string }[] = [
  { value: "all", label: "All" },
  { value: "1y", label: "1Y" },
  { value: "report", label: "Report window" },
];

/** The report's window, as the narrative uses it. */
const REPORT = { from: "2023-10-01", to: "2024-03-08" };

export function rangeFor(range: DemandRange, latest: string): { from: string; to: string } {
  if (range === "report") return REPORT;
  if (range === "1y") return { from: addDays(latest, -364), to: latest };
  return { from: "2000-01-01", to: latest };
}
